import { clevertapAdapter } from './clevertap.js';
import { registerProvider } from './registry.js';
import { spaazaAdapter } from './spaaza.js';
import { voucherifyAdapter } from './voucherify.js';
import { voucherifyVouchersAdapter } from './voucherify-vouchers.js';

/** The providers every tray knows without a `registerProvider()` call. */
export const builtInProviders = {
  clevertap: clevertapAdapter,
  voucherify: voucherifyAdapter,
  'voucherify-vouchers': voucherifyVouchersAdapter,
  spaaza: spaazaAdapter,
} as const;

for (const [name, adapter] of Object.entries(builtInProviders)) registerProvider(name, adapter);
