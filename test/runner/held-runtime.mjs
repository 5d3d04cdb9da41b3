// Lets a test hold the runtime chunk back (a cold CDN) until it releases it, to see what a
// tray does while the chunk is on its way (the early token request, test/perf/token-prefetch):
//   POST /__held-runtime           the next request for /src/runtime/runtime.ts waits
//   GET  /__held-runtime           { held: true } once that request is waiting
//   POST /__held-runtime/release   serves it (and disarms, if it never came)
// Per browser (the engines run side by side): one engine's page must not take another's hold.
const holds = new Map();

function hold() {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  // Never longer than a test could wait: a forgotten hold must not hang the run.
  const timer = setTimeout(() => release(), 30_000);
  return { held: false, released, release: () => (clearTimeout(timer), release()) };
}

/** Koa middleware for @web/test-runner's `middleware` option. */
export function heldRuntime() {
  return async (ctx, next) => {
    const key = ctx.get('User-Agent');
    const control = /^\/__held-runtime(\/release)?$/.exec(ctx.path);
    if (control) {
      if (ctx.method === 'GET') return void (ctx.body = { held: holds.get(key)?.held ?? false });
      holds.get(key)?.release();
      if (control[1]) holds.delete(key);
      else holds.set(key, hold());
      ctx.status = 204;
      return;
    }
    if (ctx.path !== '/src/runtime/runtime.ts') return next();
    const waiting = holds.get(key);
    if (waiting && !waiting.held) {
      waiting.held = true;
      await waiting.released;
    }
    await next();
    // Never from the HTTP cache (an earlier test file's page loaded it): every page asks anew.
    // The runner's own cache middleware, outside this one, marks every file cacheable for a
    // year after this returns, so the header goes on as the response is written.
    const { res } = ctx;
    const writeHead = res.writeHead;
    res.writeHead = (...args) => {
      res.setHeader('Cache-Control', 'no-store');
      return writeHead.apply(res, args);
    };
  };
}
