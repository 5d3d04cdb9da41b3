// Server-rendered pages for the hydration test (test/ssr/hydration.test.ts), rendered per
// request with Lit SSR from the built package (dist/):
//   /ssr/page?state=anonymous|shopper|german|germanShopper   a whole page, as a server would send it
//   /ssr/tray?state=anonymous|shopper   only the <voucher-tray> markup (&defer=1: with
//                                       defer-hydration, so the test decides when it hydrates)
const STATES = {
  anonymous: { provider: 'clevertap', 'token-endpoint': '/mock/token', 'login-url': '#ssr-login' },
  shopper: { provider: 'clevertap', identity: '+919538784114', 'token-endpoint': '/mock/token', 'login-url': '#ssr-login' },
  // Rendered in English on the server (no translation loads there); German once hydrated.
  german: { provider: 'clevertap', locale: 'de', 'token-endpoint': '/mock/token', 'login-url': '#ssr-login' },
  germanShopper: { provider: 'clevertap', locale: 'de', identity: '+919538784114', 'token-endpoint': '/mock/token', 'login-url': '#ssr-login' },
};

/** Koa middleware for @web/test-runner's `middleware` option. */
export function ssrPages() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith('/ssr/')) return next();
    const attributes = STATES[ctx.query.state];
    if (!attributes || !['/ssr/page', '/ssr/tray'].includes(ctx.path)) return void (ctx.status = 404);
    // Imported on first use: the package is built by then (npm test builds before the suite).
    const { renderPage, renderTray } = await import('../ssr/render.mjs');
    ctx.set('Cache-Control', 'no-store');
    ctx.type = 'text/html';
    const deferred = ctx.query.defer === '1' ? { ...attributes, 'defer-hydration': true } : attributes;
    ctx.body = ctx.path === '/ssr/page' ? await renderPage(attributes) : await renderTray(deferred);
  };
}
