// The demo's provider data behind the server kit: the same routes and data as the /mock/
// backend (demo/mock-backend/), answered the way the real APIs answer an account-wide
// credential. The special shoppers keep their behaviour (nobody, error, slow, many).
import { clevertap } from '../mock-backend/clevertap.js';
import { SPECIAL } from '../mock-backend/demo-data.js';
import { delay } from '../mock-backend/http.js';
import { spaaza } from '../mock-backend/spaaza.js';
import { customerIdOf, vouchersOf } from '../mock-backend/voucherify-catalog.js';
import { voucherify } from '../mock-backend/voucherify.js';

const SLOW_MS = 2000;
const FAMILIES = { clevertap, voucherify, spaaza };

/**
 * The demo data as the fakes' `data`. Get Voucher names no shopper, so the codes are looked
 * up among the shoppers seen so far (the kit asks for the customer first, and the demo's
 * identify() tells `remember` who logged in).
 */
export function demoData() {
  const shoppers = new Set();
  return {
    /** @param {string} identity */
    remember(identity) {
      shoppers.add(identity);
    },
    /**
     * @param {'clevertap' | 'voucherify' | 'spaaza'} family
     * @param {string} path
     * @param {URLSearchParams} query
     */
    async answer(family, path, query) {
      const provider = FAMILIES[family];
      const customer = family === 'voucherify' ? /^\/v1\/customers\/([^/]+)$/.exec(path) : null;
      if (customer) {
        const identity = decodeURIComponent(customer[1] ?? '');
        shoppers.add(identity);
        return { status: 200, body: { id: customerIdOf(identity), source_id: identity, object: 'customer' } };
      }
      const route = provider.route(path, query);
      if (!route) return undefined;
      if (route.invalid) return route.invalid;
      let shopper = route.subject;
      if (shopper === undefined) {
        const code = decodeURIComponent(path.slice(path.lastIndexOf('/') + 1));
        shopper = [...shoppers].find((s) => vouchersOf(s, Date.now()).some((spec) => spec.code === code));
        if (shopper === undefined) return { status: 404, body: provider.errorBody(404, `Cannot find voucher with id ${code}`) };
      } else {
        shoppers.add(shopper);
      }
      if (shopper === SPECIAL.slow) await delay(SLOW_MS);
      if (shopper === SPECIAL.error) return { status: 500, body: provider.errorBody(500, 'Internal server error') };
      return route.answer(shopper, Date.now());
    },
  };
}
