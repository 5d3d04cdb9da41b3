import type { Voucher } from '../../model/voucher.js';
import { VoucherTrayError } from '../errors.js';
import { asArray, asObject, asText } from '../../model/json.js';
import type { ProviderAdapter, ProviderRequest } from '../types.js';
import { dedupeByCode, mapVoucherifyVoucher, voucherifyErrorMessage } from './voucher.js';

/** The most the API returns per page. */
const PAGE_SIZE = 100;
/**
 * Pages followed at most (5,000 redeemables): far beyond what one shopper holds, and a
 * hard stop should a server keep answering `has_more: true`.
 */
export const MAX_PAGES = 50;

/**
 * Voucherify List Customer Redeemables (`GET /v1/customers/{id}/redeemables`), following
 * `has_more`. With `codes`, Get Voucher for each code instead.
 */
export const voucherifyAdapter: ProviderAdapter = {
  defaultApiBase: 'https://api.voucherify.io',

  fetchVouchers(request) {
    return request.codes.length > 0
      ? fetchVoucherifyVouchersByCode(request, 'voucherify')
      : fetchCustomerRedeemables(request);
  },

  errorMessage: voucherifyErrorMessage,
};

/**
 * Get Voucher (`GET /v1/vouchers/{code}`) for every code, in parallel. A 404 means there is
 * no such code and it is skipped; any other failure fails the load.
 */
export async function fetchVoucherifyVouchersByCode(
  request: ProviderRequest,
  provider: string,
): Promise<Voucher[]> {
  const codes = [...new Set(request.codes)];
  const bodies = await Promise.all(codes.map((code) => getVoucherUnlessMissing(request, code)));
  const vouchers: Voucher[] = [];
  for (const body of bodies) {
    if (body === undefined) continue;
    if (!asObject(body)) {
      throw new VoucherTrayError('parse', 'Voucherify answered with an unexpected voucher');
    }
    const voucher = mapVoucherifyVoucher(body, undefined, provider);
    if (voucher) vouchers.push(voucher);
  }
  return dedupeByCode(vouchers);
}

async function getVoucherUnlessMissing(request: ProviderRequest, code: string): Promise<unknown> {
  try {
    return await request.getJson(`/v1/vouchers/${encodeURIComponent(code)}`);
  } catch (error) {
    if (error instanceof VoucherTrayError && error.kind === 'http' && error.status === 404) {
      return undefined;
    }
    throw error;
  }
}

async function fetchCustomerRedeemables(request: ProviderRequest): Promise<Voucher[]> {
  const path = `/v1/customers/${encodeURIComponent(request.identity)}/redeemables`;
  const vouchers: Voucher[] = [];
  const usedCursors = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = asObject(await request.getJson(path, { limit: PAGE_SIZE, starting_after_id: cursor }));
    const entries = asArray(body?.data);
    if (!body || !entries) {
      throw new VoucherTrayError('parse', 'Voucherify answered with an unexpected redeemables list');
    }
    for (const entry of entries) {
      const voucher = mapRedeemable(entry);
      if (voucher) vouchers.push(voucher);
    }
    if (body.has_more !== true || entries.length === 0) break;
    const next = asText(body.more_starting_after) ?? asText(asObject(entries[entries.length - 1])?.id);
    // A missing or repeated cursor would fetch the same page forever.
    if (!next || usedCursors.has(next)) break;
    usedCursors.add(next);
    cursor = next;
  }
  return dedupeByCode(vouchers);
}

/** Only voucher redeemables are shown; other holder objects (campaigns, …) are skipped. */
function mapRedeemable(value: unknown): Voucher | undefined {
  const entry = asObject(value);
  if (entry?.redeemable_object !== 'voucher') return undefined;
  const redeemable = asObject(entry.redeemable);
  return mapVoucherifyVoucher(redeemable?.voucher, redeemable?.status, 'voucherify');
}
