import { clevertapAdapter } from './clevertap.js';
import { adapters } from './registry.js';
import { spaazaAdapter } from './spaaza.js';
import { voucherifyAdapter } from './voucherify/redeemables.js';
import { voucherifyVouchersAdapter } from './voucherify/list-vouchers.js';

/** The providers every tray knows without a `registerProvider()` call. */
export const builtInProviders = {
  clevertap: clevertapAdapter,
  voucherify: voucherifyAdapter,
  'voucherify-vouchers': voucherifyVouchersAdapter,
  spaaza: spaazaAdapter,
} as const;

// Any name the page registered first is left alone.
for (const [name, adapter] of Object.entries(builtInProviders)) if (!adapters.has(name)) adapters.set(name, adapter);
