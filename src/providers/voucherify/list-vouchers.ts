import type { Voucher } from '../../model/voucher.js';
import { VoucherTrayError } from '../errors.js';
import { asArray, asObject } from '../../model/json.js';
import type { ProviderAdapter, ProviderRequest } from '../types.js';
import { fetchVoucherifyVouchersByCode } from './get-voucher.js';
import { PAGE_SIZE, VOUCHERIFY_API_BASE, mapVoucherifyVoucher, voucherifyErrorMessage } from './voucher.js';

const PROVIDER = 'voucherify-vouchers';
/** The highest `page` the API accepts. */
export const LAST_PAGE = 99;

/**
 * Voucherify List Vouchers filtered by holder (`GET /v1/vouchers?customer=…`), page by page
 * while pages come back full. With `codes`, Get Voucher for each code instead.
 */
export const voucherifyVouchersAdapter: ProviderAdapter = {
  defaultApiBase: VOUCHERIFY_API_BASE,

  fetchVouchers(request) {
    return request.codes.length > 0
      ? fetchVoucherifyVouchersByCode(request, PROVIDER)
      : fetchCustomerVouchers(request);
  },

  errorMessage: voucherifyErrorMessage,
};

async function fetchCustomerVouchers(request: ProviderRequest): Promise<Voucher[]> {
  const vouchers: Voucher[] = [];
  const seenCodes = new Set<string>();
  for (let page = 1; page <= LAST_PAGE; page++) {
    const body = await request.getJson('/v1/vouchers', {
      customer: request.identity,
      limit: PAGE_SIZE,
      page,
    });
    const list = asObject(body);
    // The description marks `vouchers` nullable: null is a page with nothing on it.
    const entries = list?.vouchers === null ? [] : asArray(list?.vouchers);
    if (!entries) throw new VoucherTrayError('parse', 'Voucherify answered with an unexpected voucher list');
    let newOnPage = 0;
    for (const entry of entries) {
      const voucher = mapVoucherifyVoucher(entry, undefined, PROVIDER);
      if (!voucher || seenCodes.has(voucher.code)) continue;
      seenCodes.add(voucher.code);
      vouchers.push(voucher);
      newOnPage++;
    }
    // A short page is the last; a full page of nothing new means the server ignores `page`.
    if (entries.length < PAGE_SIZE || newOnPage === 0) break;
  }
  return vouchers;
}
