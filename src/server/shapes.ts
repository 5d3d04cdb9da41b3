// The five request shapes of the contract, and nothing else. The upstream request is built
// here from the grant and an allow-list of query parameters; nothing else of the browser's
// URL reaches the provider.
import type { Family, ProviderName } from './options.js';

export type ShapeKind = 'clevertap-vouchers' | 'voucherify-redeemables' | 'voucherify-list' | 'voucherify-get' | 'spaaza-vouchers';

/** An upstream request, relative to the provider's base; `query` is already validated. */
export interface Shape {
  readonly kind: ShapeKind;
  readonly family: Family;
  readonly path: string;
  readonly query: ReadonlyArray<readonly [string, string]>;
  /** Get Voucher: the code, for the holder check. */
  readonly code?: string;
}

export type ShapeResult = { ok: true; shape: Shape } | { ok: false; status: 400 | 403 | 404; error: string };

const MAX_VALUE_LENGTH = 256;
const CURSOR = /^[A-Za-z0-9_-]{1,128}$/;

/**
 * Whether an identity or code may be served: non-empty, not too long, no control
 * characters, no `/` or `\`, not a dot segment. Applied at the token endpoint and the proxy.
 */
export function isSafeValue(value: string): boolean {
  return (
    value.length > 0 &&
    value.length <= MAX_VALUE_LENGTH &&
    value.trim() === value &&
    value !== '.' &&
    value !== '..' &&
    !/[/\\\x00-\x1f\x7f]/.test(value)
  );
}

/**
 * The request target as the browser sent it may smuggle a path past a naive proxy: dot
 * segments (also percent-encoded), `\`, encoded slashes, `//`. Any of them is refused.
 */
export function isSafeTarget(target: string): boolean {
  const path = target.split('?')[0] ?? '';
  if (path.includes('//') || path.includes('\\') || /%(2f|5c)/i.test(path)) return false;
  return !path.split('/').some((segment) => /^(\.|%2e){1,2}$/i.test(segment));
}

const refuse = (status: 400 | 403 | 404, error: string): ShapeResult => ({ ok: false, status, error });

/** One value of a parameter; repeated parameters are refused. */
function single(query: URLSearchParams, name: string): string | undefined | null {
  const values = query.getAll(name);
  if (values.length > 1) return null;
  return values[0];
}

function integer(query: URLSearchParams, name: string, min: number, max: number): string | undefined | null {
  const value = single(query, name);
  if (value === undefined || value === null) return value;
  return /^\d{1,3}$/.test(value) && Number(value) >= min && Number(value) <= max ? String(Number(value)) : null;
}

function decodeSegment(segment: string): string | undefined {
  try {
    return decodeURIComponent(segment);
  } catch {
    return undefined;
  }
}

/**
 * Reads `subpath` (below `{basePath}/api/{provider}`) and its query as one of the five
 * shapes for the grant's shopper. Another shopper named anywhere is 403.
 */
export function parseShape(provider: ProviderName, subpath: string, query: URLSearchParams, identity: string): ShapeResult {
  const sameShopper = (named: string | undefined | null, label: string): ShapeResult | undefined => {
    if (named === null) return refuse(400, `${label} is given more than once`);
    if (named === undefined || named === '') return refuse(400, `${label} is required`);
    if (!isSafeValue(named)) return refuse(400, `${label} is not a value the kit forwards`);
    return named === identity ? undefined : refuse(403, 'the request names another shopper than the grant');
  };

  if (provider === 'clevertap') {
    if (subpath !== '/1/promo/vouchers') return refuse(404, 'no such route');
    const wrong = sameShopper(single(query, 'identity'), 'identity');
    if (wrong) return wrong;
    return { ok: true, shape: { kind: 'clevertap-vouchers', family: 'clevertap', path: subpath, query: [['identity', identity]] } };
  }

  if (provider === 'spaaza') {
    if (subpath !== '/get-user-vouchers') return refuse(404, 'no such route');
    const wrong = sameShopper(single(query, 'user_id'), 'user_id');
    if (wrong) return wrong;
    return { ok: true, shape: { kind: 'spaaza-vouchers', family: 'spaaza', path: subpath, query: [['user_id', identity]] } };
  }

  const single_ = /^\/v1\/vouchers\/([^/]+)$/.exec(subpath);
  if (single_) {
    const code = decodeSegment(single_[1]!);
    if (code === undefined || !isSafeValue(code)) return refuse(400, 'the voucher code is not a value the kit forwards');
    const path = `/v1/vouchers/${encodeURIComponent(code)}`;
    return { ok: true, shape: { kind: 'voucherify-get', family: 'voucherify', path, query: [], code } };
  }

  const limit = integer(query, 'limit', 1, 100);
  if (limit === null) return refuse(400, 'limit must be an integer from 1 to 100');

  if (provider === 'voucherify') {
    const redeemables = /^\/v1\/customers\/([^/]+)\/redeemables$/.exec(subpath);
    if (!redeemables) return refuse(404, 'no such route');
    const wrong = sameShopper(decodeSegment(redeemables[1]!) ?? null, 'the customer');
    if (wrong) return wrong;
    const cursor = single(query, 'starting_after_id');
    if (cursor === null || (cursor !== undefined && !CURSOR.test(cursor))) {
      return refuse(400, 'starting_after_id is not a redeemable id');
    }
    const params: Array<[string, string]> = [];
    if (limit !== undefined) params.push(['limit', limit]);
    if (cursor !== undefined) params.push(['starting_after_id', cursor]);
    const path = `/v1/customers/${encodeURIComponent(identity)}/redeemables`;
    return { ok: true, shape: { kind: 'voucherify-redeemables', family: 'voucherify', path, query: params } };
  }

  if (subpath !== '/v1/vouchers') return refuse(404, 'no such route');
  const wrong = sameShopper(single(query, 'customer'), 'customer');
  if (wrong) return wrong;
  const page = integer(query, 'page', 1, 99);
  if (page === null) return refuse(400, 'page must be an integer from 1 to 99');
  const params: Array<[string, string]> = [['customer', identity]];
  if (limit !== undefined) params.push(['limit', limit]);
  if (page !== undefined) params.push(['page', page]);
  return { ok: true, shape: { kind: 'voucherify-list', family: 'voucherify', path: subpath, query: params } };
}
