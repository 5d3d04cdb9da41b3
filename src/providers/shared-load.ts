import type { Voucher } from '../model/voucher.js';
import { isAbortError } from './errors.js';
import { InFlight } from './net/in-flight.js';
import { loadVouchers, type LoadOptions } from './load.js';
import { providerVersion } from './registry.js';

const loads = new InFlight<Voucher[]>();
// Each caller's `whileWaiting`, by shared load: every tray sharing a load prepares its own
// formatters while the one provider request is on its way.
const waiting = new Map<string, (() => void)[]>();

/**
 * `loadVouchers`, shared by every tray on the page that asks for the same thing at the same
 * time (twenty identical trays make one provider request). Each tray gets its own array.
 */
export async function loadVouchersShared(options: LoadOptions): Promise<Voucher[]> {
  const key = JSON.stringify([
    options.provider,
    options.identity,
    options.tokenEndpoint,
    options.apiBase ?? '',
    options.codes,
    options.baseUrl,
    // A load started after registerProvider() replaced the adapter must not join the old one's.
    providerVersion(options.provider),
  ]);
  if (options.whileWaiting) waiting.set(key, [...(waiting.get(key) ?? []), options.whileWaiting]);
  const whileWaiting = () => {
    const callers = waiting.get(key) ?? [];
    waiting.delete(key);
    for (const prepare of callers) prepare();
  };
  const start = (signal: AbortSignal) => {
    const load = loadVouchers({ ...options, signal, whileWaiting });
    // A load that ended before its provider request leaves nobody waiting for it.
    void load.then(
      () => waiting.delete(key),
      () => waiting.delete(key),
    );
    return load;
  };
  let vouchers: Voucher[];
  try {
    vouchers = await loads.join(key, options.signal, start);
  } catch (error) {
    // `clearSharedLoads()` (logout) ended the shared load under a tray that still wants it:
    // that tray loads again, with a fresh token, rather than waiting forever.
    if (options.signal.aborted || !isAbortError(error)) throw error;
    vouchers = await loads.join(key, options.signal, start);
  }
  return [...vouchers];
}

/** Aborts and forgets every shared load in flight (logout: nothing of the last shopper finishes). */
export function clearSharedLoads(): void {
  loads.clear();
  waiting.clear();
}
