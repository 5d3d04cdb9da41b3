// The demo's backend on the production path: the real server kit (src/server) under
// /voucher-tray/, in front of fake provider APIs (demo/fake-upstreams/) that check the
// account credentials like the real ones. Beside the /mock/ backend, which the browser tests use.
//
// DEMO ONLY: identify() trusts a cookie that the demo page sets when you "log in"
// (voucher_tray_demo_shopper). A real site checks its own session or login token there.
// `token-down` keeps its meaning: the token endpoint answers 503 for that shopper.
import { fileURLToPath } from 'node:url';
import { demoData } from './fake-upstreams/demo-data.js';
import { startFakeUpstreams } from './fake-upstreams/server.js';

export const DEMO_LOGIN_COOKIE = 'voucher_tray_demo_shopper';
/** The showcase tray's own shopper, shown to every visitor of the demo. */
const SHOWCASE = 'showcase';
const DEMO_SECRET = 'demo-only-secret-never-use-this-one-in-production';

/** @param {Request} request */
function demoShopper(request) {
  const cookie = request.headers.get('cookie') ?? '';
  const match = new RegExp(`(?:^|;\\s*)${DEMO_LOGIN_COOKIE}=([^;]*)`).exec(cookie);
  try {
    return match ? decodeURIComponent(match[1] ?? '') : undefined;
  } catch {
    return undefined;
  }
}

/**
 * @param {{ createVoucherTrayHandler: Function, serveNodeRequest: Function }} kit the kit's module
 */
export async function demoBackend(kit) {
  const data = demoData();
  const fakes = await startFakeUpstreams(data, { unref: true });
  const handler = kit.createVoucherTrayHandler({
    secret: DEMO_SECRET,
    ...fakes.kitOptions(),
    identify(/** @type {Request} */ request) {
      const shopper = demoShopper(request);
      if (shopper) data.remember(shopper);
      return shopper;
    },
  });
  /** @param {Request} request */
  const demoHandler = async (request) => {
    if (request.method === 'POST' && new URL(request.url).pathname === '/voucher-tray/token') {
      const body = await request.clone().json().catch(() => undefined);
      if (body?.identity === 'token-down') {
        return new Response(JSON.stringify({ error: 'token service unavailable' }), { status: 503, headers: { 'Content-Type': 'application/json' } });
      }
      // The showcase tray asks for its own shopper whoever is logged in.
      if (body?.identity === SHOWCASE && body?.provider === 'voucherify') {
        const showcase = new Request(request, { headers: withCookie(request.headers, SHOWCASE) });
        return handler(showcase);
      }
    }
    return handler(request);
  };
  return (/** @type {import('node:http').IncomingMessage} */ req, /** @type {import('node:http').ServerResponse} */ res) =>
    kit.serveNodeRequest(demoHandler, req, res);
}

/** @param {Headers} headers @param {string} shopper */
function withCookie(headers, shopper) {
  const copy = new Headers(headers);
  copy.set('cookie', `${DEMO_LOGIN_COOKIE}=${encodeURIComponent(shopper)}`);
  return copy;
}

/**
 * The kit as a Vite plugin: `vite` (npm start) loads it from the TypeScript source;
 * `vite preview` from the build (npm run build).
 * @returns {import('vite').Plugin}
 */
export function serverKitVite() {
  /** @param {{ middlewares: import('vite').Connect.Server }} server @param {() => Promise<any>} load */
  const install = (server, load) => {
    /** @type {Promise<(req: any, res: any) => Promise<boolean>> | undefined} */
    let backend;
    server.middlewares.use((req, res, next) => {
      if (!req.url?.startsWith('/voucher-tray/')) return next();
      backend ??= load().then(demoBackend);
      backend.then((serve) => serve(req, res)).then((handled) => handled || next(), next);
    });
  };
  const source = fileURLToPath(new URL('../src/server/index.ts', import.meta.url));
  return {
    name: 'voucher-tray-server-kit',
    configureServer: (server) => install(server, () => server.ssrLoadModule(source)),
    // Named at run time, so loading vite.config.ts never needs the build to exist.
    configurePreviewServer: (server) => install(server, () => import(/* @vite-ignore */ new URL('../dist/server/index.js', import.meta.url).href)),
  };
}
