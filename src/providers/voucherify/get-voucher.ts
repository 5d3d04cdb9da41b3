import type { Voucher } from '../../model/voucher.js';
import { VoucherTrayError } from '../errors.js';
import { asObject } from '../../model/json.js';
import type { ProviderRequest } from '../types.js';
import { dedupeByCode, mapVoucherifyVoucher } from './voucher.js';

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
