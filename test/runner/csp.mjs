// Serves the pages under test/hardening/csp/ with the strict policy an embedder may run:
// nothing inline, scripts and styles from the page's own origin only, Trusted Types required.
//
// @web/test-runner injects two small inline module scripts into every *.test.html page (its
// config and its console capture). The policy would block them, and the runner with them, so
// this middleware moves exactly those two out to same-origin files. Nothing else is touched:
// an inline script written in the page itself stays inline and is blocked and reported.
import { createHash } from 'node:crypto';

export const STRICT_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'";

/** Each page and its policy: the strict one, and the same with an allowlist of TT policies. */
const POLICIES = new Map([
  ['/test/hardening/csp/strict-csp.test.html', STRICT_CSP],
  ['/test/hardening/csp/trusted-types-allowlist.test.html', `${STRICT_CSP}; trusted-types lit-html`],
]);
const HARNESS_PATH = '/__strict-csp-harness/';
const INLINE_MODULE = /<script type="module">([\s\S]*?)<\/script>/g;
// The runner's two injections (serveTestRunnerHtmlPlugin, trackBrowserLogs), recognised by
// what they set up: the esbuild plugin has reformatted them by the time they pass here.
const isRunnerScript = (code) =>
  /^\s*(?:"use strict";\s*)?window\.__WTR_CONFIG__ = /.test(code) || code.includes('window.__wtr_browser_logs__ = ');

/** Runner scripts moved out of the pages, by content hash (each is a few kB; one per session). */
const moved = new Map();

function moveRunnerScriptsOut(html) {
  return html.replace(INLINE_MODULE, (tag, code) => {
    if (!isRunnerScript(code)) return tag;
    const name = `${createHash('sha256').update(code).digest('hex').slice(0, 24)}.js`;
    moved.set(name, code);
    return `<script type="module" src="${HARNESS_PATH}${name}"></script>`;
  });
}

/** Koa middleware for @web/test-runner's `middleware` option. */
export function strictCspPages() {
  return async (ctx, next) => {
    if (ctx.path.startsWith(HARNESS_PATH)) {
      const code = moved.get(ctx.path.slice(HARNESS_PATH.length));
      if (code === undefined) return void (ctx.status = 404);
      ctx.type = 'text/javascript';
      ctx.set('Cache-Control', 'no-store');
      ctx.body = code;
      return;
    }
    await next();
    const policy = POLICIES.get(ctx.path);
    if (!policy || !ctx.response.is('html')) return;
    ctx.set('Content-Security-Policy', policy);
    if (typeof ctx.body === 'string' || Buffer.isBuffer(ctx.body)) ctx.body = moveRunnerScriptsOut(String(ctx.body));
  };
}
