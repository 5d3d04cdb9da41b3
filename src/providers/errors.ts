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

const warned = new Set<string>();
/**
 * A tray that cannot work as set up until the page is fixed (no token endpoint, an unknown
 * provider, its code missing beside the script, an unusable `apply-url`) says why in the
 * console, once per page and reason. The messages are the tray's own: they name attributes,
 * never a token, an identity or a code. Here, beside the errors, because the runtime shares it
 * with the first-paint file: this module is on both sides already.
 */
export function warnOnce(message: string): void {
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(`<voucher-tray>: ${message}`);
}
