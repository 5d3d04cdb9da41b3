// The server kit in front of fake upstreams, as Koa middleware for @web/test-runner: the
// end-to-end page (test/server-e2e/) loads the built script-tag file, whose trays ask the
// kit's token endpoint and proxy under /voucher-tray/ like a production page would. The kit
// is the built dist/server (npm run build), loaded on the first request.
import { startFakeUpstreams } from '../../demo/fake-upstreams/server.js';
import { testData } from '../server/test-data.js';

/** The page's "login": this cookie names the shopper; each provider knows them by its own id. */
export const E2E_LOGIN_COOKIE = 'e2e_shopper';
const IDENTITIES = {
  alice: { clevertap: 'alice@example.com', voucherify: 'cust_alice', 'voucherify-vouchers': 'cust_alice', spaaza: '21' },
};

function loggedIn(request, provider) {
  const cookie = request.headers.get('cookie') ?? '';
  const shopper = new RegExp(`(?:^|;\\s*)${E2E_LOGIN_COOKIE}=([^;]+)`).exec(cookie)?.[1];
  return shopper && Object.hasOwn(IDENTITIES, shopper) ? IDENTITIES[shopper][provider] : undefined;
}

async function createKit() {
  const { createVoucherTrayHandler, serveNodeRequest } = await import('../../dist/server/index.js');
  const fakes = await startFakeUpstreams(testData, { unref: true });
  const handler = createVoucherTrayHandler({
    secret: 'end-to-end-test-secret-of-32-bytes-or-more',
    identify: loggedIn,
    ...fakes.kitOptions(),
  });
  return { fakes, serve: (req, res) => serveNodeRequest(handler, req, res) };
}

export function serverKitKoa() {
  /** @type {Promise<Awaited<ReturnType<typeof createKit>>> | undefined} */
  let kit;
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/voucher-tray/') && ctx.path !== '/voucher-tray-e2e/upstream-log') return next();
    kit ??= createKit();
    const { fakes, serve } = await kit;
    if (ctx.path === '/voucher-tray-e2e/upstream-log') {
      // What reached the fake providers: paths and queries, never headers.
      ctx.body = fakes.state.requests.map(({ family, path, query }) => ({ family, path, query }));
      return;
    }
    if (await serve(ctx.req, ctx.res)) ctx.respond = false;
    else await next();
  };
}
