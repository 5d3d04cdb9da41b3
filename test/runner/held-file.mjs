// A test server middleware that holds one file's response back until the test releases it (a
// cold CDN), instead of guessing a delay a loaded machine may outlast. Controls, for `prefix`:
//   POST <prefix>[/<name>]           the next request for that file waits
//   GET  <prefix>[/<name>]           { held: true } once that request is waiting
//   POST <prefix>[/<name>]/release   serves it (and disarms, if it never came)
// The file is always served uncached, so every page's request reaches the server. Holds are
// per browser (the engines run side by side): one engine's page must not take another's.
// Used by slow-translations.mjs and held-runtime.mjs.

function hold() {
  let release;
  const released = new Promise((resolve) => (release = resolve));
  // Never longer than a test could wait: a forgotten hold must not hang the run.
  const timer = setTimeout(() => release(), 30_000);
  return { held: false, released, release: () => (clearTimeout(timer), release()) };
}

/**
 * Koa middleware. `control` matches a control path (group 1: the file's name, if any; group 2:
 * "/release"); `file` matches the held file's path (group 1: its name, if any).
 */
export function heldFile({ control, file }) {
  const holds = new Map();
  const keyOf = (ctx, name = '') => `${ctx.get('User-Agent')} ${name}`;
  return async (ctx, next) => {
    const asked = control.exec(ctx.path);
    if (asked) {
      const key = keyOf(ctx, asked[1]);
      if (ctx.method === 'GET') return void (ctx.body = { held: holds.get(key)?.held ?? false });
      holds.get(key)?.release();
      if (asked[2]) holds.delete(key);
      else holds.set(key, hold());
      ctx.status = 204;
      return;
    }
    const served = file.exec(ctx.path);
    if (!served) return next();
    const waiting = holds.get(keyOf(ctx, served[1]));
    if (waiting && !waiting.held) {
      waiting.held = true;
      await waiting.released;
    }
    await next();
    // Never from the HTTP cache (an earlier test file's page loaded it): every page asks anew.
    // The runner's own cache middleware, outside this one, marks every file cacheable for a
    // year after this returns (a header set here was overwritten), so the header goes on as
    // the response is written.
    const { res } = ctx;
    const writeHead = res.writeHead;
    res.writeHead = (...args) => {
      res.setHeader('Cache-Control', 'no-store');
      return writeHead.apply(res, args);
    };
  };
}
