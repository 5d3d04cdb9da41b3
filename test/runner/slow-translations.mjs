// Lets a test make one translation chunk slow (a cold CDN): `POST /__slow-translation/<lang>?ms=N`
// makes the next request for /src/i18n/<lang>.ts wait N ms before it is served. Translation
// chunks are served uncached, so that next request does reach the server.
// Per browser (the engines run side by side): one engine's page must not take another's delay.
const armed = new Map();
const keyOf = (ctx, language) => `${ctx.get('User-Agent')} ${language}`;

/** Koa middleware for @web/test-runner's `middleware` option. */
export function slowTranslations() {
  return async (ctx, next) => {
    const arm = /^\/__slow-translation\/([a-z]{2})$/.exec(ctx.path);
    if (arm && ctx.method === 'POST') {
      armed.set(keyOf(ctx, arm[1]), Number(ctx.query.ms) || 0);
      ctx.status = 204;
      return;
    }
    // Whether the delay is still waiting for its request (the browser never asked the server).
    if (arm && ctx.method === 'GET') {
      ctx.body = { armed: (armed.get(keyOf(ctx, arm[1])) ?? 0) > 0 };
      armed.delete(keyOf(ctx, arm[1]));
      return;
    }
    const chunk = /^\/src\/i18n\/([a-z]{2})\.ts$/.exec(ctx.path);
    if (!chunk) return next();
    const ms = armed.get(keyOf(ctx, chunk[1]));
    if (ms) {
      armed.delete(keyOf(ctx, chunk[1]));
      await new Promise((resolve) => setTimeout(resolve, ms));
    }
    await next();
    // Never from the HTTP cache (Firefox kept an earlier page's copy): every page asks anew.
    ctx.set('Cache-Control', 'no-store');
  };
}
