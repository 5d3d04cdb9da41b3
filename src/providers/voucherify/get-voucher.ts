import type { Voucher } from '../../model/voucher.js';
import { VoucherTrayError } from '../errors.js';
import { asObject } from '../../model/json.js';
import { Slots } from '../net/slots.js';
import type { ProviderRequest } from '../types.js';
import { dedupeByCode, mapVoucherifyVoucher } from './voucher.js';

/** Get Voucher requests in flight at once on the page, whatever the number of codes or trays. */
export const GET_VOUCHER_IN_FLIGHT = 4;
const slots = new Slots(GET_VOUCHER_IN_FLIGHT);

/**
 * Get Voucher (`GET /v1/vouchers/{code}`) for every code, a few at a time. A 404 means there
 * is no such code and it is skipped; any other failure fails the load.
 */
export async function fetchVoucherifyVouchersByCode(
  request: ProviderRequest,
  provider: string,
): Promise<Voucher[]> {
  const codes = [...new Set(request.codes)];
  // The first failure fails the load: no code still waiting for a slot is asked after it.
  // (The waiters then end with an AbortError; the load ends with that first failure.)
  const failed = new AbortController();
  const signal = AbortSignal.any([request.signal, failed.signal]);
  let failure: { error: unknown } | undefined;
  const getOne = (code: string) =>
    getVoucherUnlessMissing(request, code).catch((error: unknown) => {
      failure ??= { error };
      failed.abort();
      throw error;
    });
  const bodies = await Promise.all(codes.map((code) => slots.run(signal, () => getOne(code)))).catch((error: unknown) => {
    throw failure ? failure.error : error;
  });
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
