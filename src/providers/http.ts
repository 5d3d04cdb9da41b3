import { VoucherTrayError, isAbortError } from './errors.js';
import type { Query } from './types.js';

/** No request waits longer than this; a hung server becomes a `timeout` error. */
export const REQUEST_TIMEOUT_MS = 15_000;

/**
 * `fetch` bound to the caller's signal and to a timeout. Failures come out as
 * `VoucherTrayError` (`network`, `timeout`), except the caller's own abort, which is
 * rethrown as is so superseded loads end quietly.
 */
export async function fetchWithTimeout(
  url: string,
  init: RequestInit,
  signal: AbortSignal,
  timeoutMs = REQUEST_TIMEOUT_MS,
): Promise<Response> {
  signal.throwIfAborted();
  const controller = new AbortController();
  const abort = () => controller.abort(signal.reason);
  signal.addEventListener('abort', abort, { once: true });
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    return await fetch(url, { ...init, signal: controller.signal });
  } catch (error) {
    if (timedOut) throw new VoucherTrayError('timeout', `No answer within ${timeoutMs / 1000} s`);
    if (signal.aborted || isAbortError(error)) throw error;
    throw new VoucherTrayError('network', 'The server could not be reached');
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', abort);
  }
}

/** Strict percent-encoding (RFC 3986): spaces as %20, never `+`. */
export function encodeQuery(query: Query): string {
  return Object.entries(query)
    .filter((entry): entry is [string, string | number] => entry[1] !== undefined)
    .map(([key, value]) => `${encodeURIComponent(key)}=${encodeURIComponent(String(value))}`)
    .join('&');
}

/** An http(s) URL resolved against `base` (the page), or a `VoucherTrayError('config')`. */
export function resolveHttpUrl(value: string, base: string, what: string): URL {
  let url: URL;
  try {
    url = new URL(value, base);
  } catch {
    throw new VoucherTrayError('config', `${what} is not a valid URL`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new VoucherTrayError('config', `${what} must be an http(s) URL`);
  }
  return url;
}

/** `{api base}{path}?{query}`; the base may carry a path of its own (a proxy prefix). */
export function buildProviderUrl(apiBase: URL, path: string, query: Query): string {
  const url = new URL(apiBase.href);
  url.pathname = url.pathname.replace(/\/+$/, '') + path;
  const extra = encodeQuery(query);
  if (extra) url.search = url.search ? `${url.search}&${extra}` : `?${extra}`;
  url.hash = '';
  return url.href;
}

/**
 * The JSON body of a response. A non-2xx status becomes `http` (with the provider's own
 * message when `describe` can read its error body); a 2xx that is not JSON becomes `parse`.
 */
export async function readJson(
  response: Response,
  describe?: (body: unknown) => string | undefined,
): Promise<unknown> {
  const text = await response.text();
  let body: unknown;
  let parsed = true;
  try {
    body = JSON.parse(text);
  } catch {
    parsed = false;
  }
  if (!response.ok) {
    let message: string | undefined;
    try {
      message = parsed ? describe?.(body) : undefined;
    } catch {
      message = undefined;
    }
    throw new VoucherTrayError('http', message || `The server answered ${response.status}`, response.status);
  }
  if (!parsed) throw new VoucherTrayError('parse', 'The server answered with something that is not JSON');
  return body;
}
