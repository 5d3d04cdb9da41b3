import type { Voucher } from '../../model/voucher.js';
import { VoucherTrayError } from '../errors.js';
import { asArray, asObject, asText } from '../../model/json.js';
import type { ProviderAdapter, ProviderRequest } from '../types.js';
import { fetchVoucherifyVouchersByCode } from './get-voucher.js';
import { PAGE_SIZE, VOUCHERIFY_API_BASE, dedupeByCode, mapVoucherifyVoucher, voucherifyErrorMessage } from './voucher.js';

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
  defaultApiBase: VOUCHERIFY_API_BASE,

  fetchVouchers(request) {
    return request.codes.length > 0
      ? fetchVoucherifyVouchersByCode(request, 'voucherify')
      : fetchCustomerRedeemables(request);
  },

  errorMessage: voucherifyErrorMessage,
};

async function fetchCustomerRedeemables(request: ProviderRequest): Promise<Voucher[]> {
  const path = `/v1/customers/${encodeURIComponent(request.identity)}/redeemables`;
  const vouchers: Voucher[] = [];
  const usedCursors = new Set<string>();
  let cursor: string | undefined;
  for (let page = 0; page < MAX_PAGES; page++) {
    const body = asObject(await request.getJson(path, { limit: PAGE_SIZE, starting_after_id: cursor }));
    // The description marks `data` nullable: null is a list with nothing in it.
    const entries = body?.data === null ? [] : asArray(body?.data);
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
  return mapVoucherifyVoucher(redeemable?.voucher, redeemable?.status, 'voucherify', entry.holder_role);
}
