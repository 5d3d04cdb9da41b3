// The README's Workers recipe: `export default { fetch }`, secrets from `env`.
import { createVoucherTrayHandler, type VoucherTrayHandler } from '../../../src/server/index.js';

export interface Env {
  VOUCHER_TRAY_SECRET: string;
  CLEVERTAP_ACCOUNT_ID: string;
  CLEVERTAP_PASSCODE: string;
  CLEVERTAP_API_BASE?: string;
}

let handler: VoucherTrayHandler | undefined;

export default {
  async fetch(request: Request, env: Env, _ctx: { waitUntil(promise: Promise<unknown>): void }): Promise<Response> {
    handler ??= createVoucherTrayHandler({
      secret: env.VOUCHER_TRAY_SECRET,
      clevertap: { accountId: env.CLEVERTAP_ACCOUNT_ID, passcode: env.CLEVERTAP_PASSCODE, apiBase: env.CLEVERTAP_API_BASE },
      // Your site's session check goes here; this recipe trusts a header only for the test.
      identify: (req) => req.headers.get('x-test-shopper'),
    });
    return (await handler(request)) ?? new Response('Not found', { status: 404 });
  },
};
