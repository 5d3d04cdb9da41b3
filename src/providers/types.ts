import type { Voucher } from '../model/voucher.js';

/** Query values an adapter passes; `undefined` entries are left out. */
export type Query = Record<string, string | number | undefined>;

/**
 * What an adapter gets for one load. It never sees the token, the api base or `fetch`:
 * `getJson` adds all of that, percent-encodes the query, and retries once after a 401.
 */
export interface ProviderRequest {
  /** The shopper, trimmed and never empty. */
  readonly identity: string;
  /** Voucher codes from the `codes` attribute, trimmed, empty ones dropped. */
  readonly codes: readonly string[];
  /** Aborted when the load is superseded or the element leaves the page. */
  readonly signal: AbortSignal;
  /**
   * GET `{api base}{path}?{query}` and return the parsed JSON body. `path` starts with `/`;
   * any value the adapter puts in it must already be wrapped in `encodeURIComponent`.
   * Throws `VoucherTrayError` (`http` with the status, `parse`, `network`, `timeout`).
   */
  getJson(path: string, query?: Query): Promise<unknown>;
}

/** A provider: where it lives by default and how its JSON becomes `Voucher`s. DOM-free. */
export interface ProviderAdapter {
  /** Used when neither the `api-base` attribute nor the token response names one. */
  readonly defaultApiBase: string;
  /**
   * Every voucher assigned to the shopper, unfiltered (the element hides expired and unusable
   * ones). Throws `VoucherTrayError` for provider-reported failures and malformed bodies.
   */
  fetchVouchers(request: ProviderRequest): Promise<Voucher[]>;
  /** Reads the provider's error body into a human message, for non-2xx answers. */
  errorMessage?(body: unknown): string | undefined;
  /**
   * True for a 2xx body that says the token is no longer good (CleverTap's
   * `{status: "fail", code: 401}`): the loader renews the token once, as after an HTTP 401.
   */
  sessionExpired?(body: unknown): boolean;
}
