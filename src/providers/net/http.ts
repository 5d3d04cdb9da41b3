import { httpUrl } from '../../model/urls.js';
import { VoucherTrayError } from '../errors.js';
import type { HttpAnswer } from './request.js';
import type { Query } from '../types.js';

/**
 * True when `text` can be percent-encoded (no lone surrogates). Asked of encodeURIComponent
 * itself: WebKit's /\p{Cs}/u missed a lone surrogate in a JSON-parsed string (found by the
 * property tests), so a regular expression is not trusted for this.
 */
export function isEncodable(text: string): boolean {
  try {
    encodeURIComponent(text);
    return true;
  } catch {
    return false;
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
  const url = httpUrl(value, base);
  if (!url) throw new VoucherTrayError('config', `${what} must be a valid http(s) URL`);
  return url;
}

/**
 * Where the bearer token may go (see the README's Security section): the api base the token
 * endpoint named, or else the tray's own base (`api-base`, else the adapter's default) when
 * it is on the page's origin. A cross-origin base the endpoint did not name is `config`.
 */
export function bearerBase(grantBase: string | undefined, ownBase: URL, pageUrl: string): URL {
  if (grantBase !== undefined) return resolveHttpUrl(grantBase, pageUrl, 'api_base');
  if (ownBase.origin === new URL(pageUrl).origin) return ownBase;
  throw new VoucherTrayError('config', `The token endpoint did not name ${ownBase.origin} as its api_base`);
}

// `.`, `..` and their percent-encoded spellings, which the URL parser resolves away: an
// identity or code of ".." would otherwise climb out of the adapter's path.
const DOT_SEGMENT = /^(?:\.|%2e){1,2}$/i;

/** True when `text`, percent-encoded, can be one segment of a request path (not `.` or `..`). */
export function isPathSegment(text: string): boolean {
  return isEncodable(text) && !DOT_SEGMENT.test(encodeURIComponent(text));
}

/**
 * `{api base}{path}?{query}`; the base may carry a path of its own (a proxy prefix). A path
 * with a dot segment is refused (`config`): it would reach another endpoint than meant.
 */
export function buildProviderUrl(apiBase: URL, path: string, query: Query): string {
  if (path.split(/[/\\]/).some((segment) => DOT_SEGMENT.test(segment))) {
    throw new VoucherTrayError('config', 'An identity or code cannot be used in a request path');
  }
  const url = new URL(apiBase.href);
  url.pathname = url.pathname.replace(/\/+$/, '') + path;
  const extra = encodeQuery(query);
  if (extra) url.search = url.search ? `${url.search}&${extra}` : `?${extra}`;
  url.hash = '';
  return url.href;
}

/**
 * The JSON body of an answer. A non-2xx status becomes `http` (with the provider's own
 * message when `describe` can read its error body); a 2xx that is not JSON (an empty body,
 * a login page after a redirect) becomes `parse`.
 */
export function readJson(
  answer: Pick<HttpAnswer, 'status' | 'ok' | 'text'>,
  describe?: (body: unknown) => string | undefined,
): unknown {
  let body: unknown;
  let parsed = true;
  try {
    body = JSON.parse(answer.text);
  } catch {
    parsed = false;
  }
  if (!answer.ok) {
    let message: string | undefined;
    try {
      message = parsed ? describe?.(body) : undefined;
    } catch {
      message = undefined;
    }
    // Only a short, plain string: this lands in the error event's detail.
    if (typeof message !== 'string' || message.length > 300) message = undefined;
    throw new VoucherTrayError('http', message || `The server answered ${answer.status}`, answer.status);
  }
  if (!parsed) throw new VoucherTrayError('parse', 'The server answered with something that is not JSON');
  return body;
}
