// A self-hoster who copied only dist/voucher-tray.min.js, without the chunks beside it:
// /script-alone/voucher-tray.min.js is the built file, and nothing else is in that folder.
import { readFile } from 'node:fs/promises';

const PREFIX = '/script-alone/';
const scriptFile = new URL('../../dist/voucher-tray.min.js', import.meta.url);

/** Koa middleware for @web/test-runner's `middleware` option. */
export function scriptAlone() {
  return async (ctx, next) => {
    if (!ctx.path.startsWith(PREFIX)) return next();
    ctx.set('Cache-Control', 'no-store');
    if (ctx.path !== `${PREFIX}voucher-tray.min.js`) return void (ctx.status = 404);
    ctx.type = 'text/javascript';
    ctx.body = await readFile(scriptFile, 'utf8');
  };
}
