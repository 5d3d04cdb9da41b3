/**
 * What went wrong, as the `voucher-tray-error` event reports it. `config` (an addition to the
 * contract's five) is the embedder's own mistake: no token endpoint, an unknown provider, a
 * URL that is not http(s); retrying will not help until the attribute is fixed.
 */
export type VoucherTrayErrorKind = 'token' | 'network' | 'http' | 'parse' | 'timeout' | 'config';

/**
 * The one error type that leaves a load. Anything else thrown inside an adapter is a bug
 * or a malformed response and is turned into `kind: 'parse'` by the loader.
 */
export class VoucherTrayError extends Error {
  override readonly name = 'VoucherTrayError';
  /**
   * Set on the errors a load ends with: the server's or adapter's own words (the `message`
   * is then the tray's own). The error event shows it only with the tray's `debug` setting.
   */
  debugMessage?: string;
  constructor(
    readonly kind: VoucherTrayErrorKind,
    message: string,
    readonly status?: number,
  ) {
    super(message);
  }
}

/** Recognises an abort (our own signal or a timeout) however the browser phrases it. */
export function isAbortError(error: unknown): boolean {
  return error instanceof DOMException && (error.name === 'AbortError' || error.name === 'TimeoutError');
}
