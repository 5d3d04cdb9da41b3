// Lets a test hold one translation chunk back (a cold CDN) for exactly as long as it needs,
// instead of guessing a delay that a loaded machine may outlast:
//   POST /__slow-translation/<lang>           the next request for /src/i18n/<lang>.ts waits
//   GET  /__slow-translation/<lang>           { held: true } once that request is waiting
//   POST /__slow-translation/<lang>/release   serves it (and disarms, if it never came)
// Translation chunks are served uncached, so that next request does reach the server.
// Per browser (the engines run side by side): one engine's page must not take another's hold.
const holds = new Map();
const keyOf = (ctx, language) => `${ctx.get('User-Agent')} ${language}`;

function hold() {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  // Never longer than a test could wait: a forgotten hold must not hang the run.
  const timer = setTimeout(() => release(), 30_000);
  return { held: false, released, release: () => (clearTimeout(timer), release()) };
}

/** Koa middleware for @web/test-runner's `middleware` option. */
export function slowTranslations() {
  return async (ctx, next) => {
    const control = /^\/__slow-translation\/([a-z]{2})(\/release)?$/.exec(ctx.path);
    if (control) {
      const key = keyOf(ctx, control[1]);
      if (ctx.method === 'POST' && !control[2]) {
        holds.get(key)?.release();
        holds.set(key, hold());
        ctx.status = 204;
      } else if (ctx.method === 'POST') {
        holds.get(key)?.release();
        holds.delete(key);
        ctx.status = 204;
      } else {
        ctx.body = { held: holds.get(key)?.held ?? false };
      }
      return;
    }
    const chunk = /^\/src\/i18n\/([a-z]{2})\.ts$/.exec(ctx.path);
    if (!chunk) return next();
    const waiting = holds.get(keyOf(ctx, chunk[1]));
    if (waiting && !waiting.held) {
      waiting.held = true;
      await waiting.released;
    }
    await next();
    // Never from the HTTP cache (an earlier test file's page loaded it): every page asks anew.
    // The runner's own cache middleware, outside this one, marks every file cacheable for a
    // year after this returns (a header set here was overwritten, and Chromium, deep in a full
    // run, took the chunk from its cache), so the header goes on as the response is written.
    const { res } = ctx;
    const writeHead = res.writeHead;
    res.writeHead = (...args) => {
      res.setHeader('Cache-Control', 'no-store');
      return writeHead.apply(res, args);
    };
  };
}
