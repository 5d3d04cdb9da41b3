// `npm run bench:loaders`: how the script-tag file could load its lazy chunks (issue #10,
// item 4; docs/decisions/script-chunks.md). Builds the three variants in memory
// (bench/lib/loader-alternatives.mjs), then in headless Chromium over a loopback server that
// holds every response back by 200 ms (and by 50 ms):
//   - which loading styles work: classic, async, defer, type=module, two copies of the file at
//     two URLs, and a strict CSP with Trusted Types (nonce + 'strict-dynamic', and 'self');
//   - time from navigation to the first paint of the tray: anonymous (login prompt) and logged
//     in (vouchers on screen, through the mock backend's token endpoint and provider), in
//     English and in German (a translation chunk). Medians of BENCH_RUNS (default 7, at least
//     7) runs, variants interleaved run by run, each as a ratio against (a) of the same run;
//   - gzip bytes of the JavaScript each variant fetched before that paint.
// Prints a markdown table. One server, one browser, both stopped however the run ends.
import os from 'node:os';
import { gzipSync } from 'node:zlib';
import { launchChromium, runPage } from './lib/browser.mjs';
import { SCRIPT_FILE, VARIANTS, startDelayServer } from './lib/loader-alternatives.mjs';
import { median } from './lib/paint.mjs';
import { boundedRun } from './lib/bounded-run.mjs';

const RUNS = Math.max(7, Number(process.env.BENCH_RUNS) || 7);
const DELAYS_MS = [200, 50];
const TIME_LIMIT_MS = 6 * 60_000;
const CELLS = [
  { who: 'anon', lang: 'en' },
  { who: 'anon', lang: 'de' },
  { who: 'user', lang: 'en' },
  { who: 'user', lang: 'de' },
];
const MODES = ['classic', 'async', 'defer', 'module', 'two copies', 'CSP nonce+TT', 'CSP self+TT'];
const NONCE = 'bench';
const CSP = {
  'CSP nonce+TT': `script-src 'nonce-${NONCE}' 'strict-dynamic'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html`,
  'CSP self+TT': `script-src 'self' 'nonce-${NONCE}'; object-src 'none'; base-uri 'none'; require-trusted-types-for 'script'; trusted-types lit-html`,
};
// lit-html makes a Trusted Types policy named lit-html; any page with Lit must allow it.

const log = (message) => process.stderr.write(`${message}\n`);

const EXPECTED = {
  en: { login: 'Log in to see your vouchers.', list: 'Your vouchers' },
  de: { login: 'Melden Sie sich an, um Ihre Gutscheine zu sehen.', list: 'Ihre Gutscheine' },
};

// The page's own probe (inline, with the page's nonce): each frame, is the tray on screen yet?
// Once it is, a forced layout in that frame's requestAnimationFrame, then a MessageChannel task,
// which runs after the frame has been painted; its time is from navigation start.
function probe(who, lang) {
  const expected = JSON.stringify(EXPECTED[lang]);
  return `<script nonce="${NONCE}">(() => {
  const who = ${JSON.stringify(who)}, expected = ${expected}, violations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    const seen = e.violatedDirective + " " + e.blockedURI;
    if (!violations.includes(seen)) violations.push(seen);
  });
  const onScreen = () => {
    const trays = [...document.querySelectorAll("voucher-tray")];
    return trays.length > 0 && trays.every((tray) => {
      const root = tray.shadowRoot;
      if (!root) return false;
      if (who === "anon") return root.querySelector('[part="login-text"]')?.textContent === expected.login;
      const list = root.querySelector('[part="list"]');
      return Boolean(list && list.getAttribute("aria-label") === expected.list && list.querySelector("li"));
    });
  };
  window.benchResult = new Promise((resolve) => {
    const limit = setTimeout(() => resolve({ error: "tray not on screen within 10 s" + (violations.length ? "; CSP refused: " + violations.join(", ") : "") }), 10000);
    const frame = () => requestAnimationFrame(() => {
      if (!onScreen()) return frame();
      document.querySelector("voucher-tray").getBoundingClientRect();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        clearTimeout(limit);
        const ms = performance.now();
        const seen = violations.slice();
        const throws = (f) => { try { f(); return false; } catch { return true; } };
        resolve({
          ms,
          violations: seen,
          global: Boolean(window.VoucherTray && window.VoucherTray.registerProvider),
          // Controls: does the page's policy really refuse eval and a string for a script sink?
          evalRefused: throws(() => new Function("")),
          trustedTypesEnforced: throws(() => { document.createElement("script").src = "/nothing.js"; }),
        });
      };
      channel.port2.postMessage(0);
    });
    frame();
  });
})();</script>`;
}

const tray = (who) =>
  `<voucher-tray provider="clevertap" token-endpoint="/mock/token"${who === 'user' ? ' identity="bench-shopper"' : ''}></voucher-tray>`;

function scriptTags(variant, mode) {
  const src = `/assets/${variant}/${SCRIPT_FILE}`;
  const nonce = mode.startsWith('CSP') ? ` nonce="${NONCE}"` : '';
  switch (mode) {
    case 'async':
      return `<script async src="${src}"></script>`;
    case 'defer':
      return `<script defer src="${src}"></script>`;
    case 'module':
      return `<script type="module" src="${src}"></script>`;
    case 'two copies':
      return `<script src="${src}"></script><script src="/copy/${variant}/${SCRIPT_FILE}"></script>`;
    default:
      return `<script${nonce} src="${src}"></script>`;
  }
}

function page(variant, mode, who, lang) {
  return {
    html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8"><title>loaders ${variant}</title>${probe(who, lang)}</head>
<body>${tray(who)}${mode === 'two copies' ? tray(who) : ''}
${scriptTags(variant, mode)}</body></html>`,
    csp: CSP[mode],
  };
}

// /page/<variant>?mode=…&who=…&lang=…
function pages(url) {
  const match = /^\/page\/([a-z])$/.exec(url.pathname);
  if (!match || !VARIANTS[match[1]]) return undefined;
  const q = url.searchParams;
  return page(match[1], q.get('mode') ?? 'classic', q.get('who') ?? 'anon', q.get('lang') ?? 'en');
}

const pageUrl = (origin, variant, params) => `${origin}/page/${variant}?${new URLSearchParams(params)}`;

let server;
let browser;
async function stopAll() {
  const b = browser;
  const s = server;
  browser = server = undefined;
  await b?.close().catch(() => b.process()?.kill('SIGKILL'));
  await s?.close();
}

const gzip = (code) => gzipSync(Buffer.from(code, 'utf8'), { level: 9 }).length;
const fmt = (ms) => ms.toFixed(0);

async function main() {
  const started = Date.now();
  log('bench:loaders: building (in memory)…');
  const assets = {};
  for (const [key, variant] of Object.entries(VARIANTS)) assets[key] = await variant.build();
  server = await startDelayServer(assets, pages);
  browser = await launchChromium();
  const checked = Object.keys(VARIANTS);
  const variants = checked.filter((key) => VARIANTS[key].timed !== false);

  log('bench:loaders: loading styles (logged in, German, 50 ms a response)…');
  server.setDelay(50);
  const support = {};
  for (const variant of checked) {
    support[variant] = {};
    for (const mode of MODES) {
      try {
        const result = await runPage(browser, pageUrl(server.origin, variant, { mode, who: 'user', lang: 'de' }), 30_000);
        const problems = [...result.violations, ...(result.global ? [] : ['no window.VoucherTray'])];
        if (CSP[mode] && !(result.evalRefused && result.trustedTypesEnforced)) problems.push('the policy was not enforced');
        support[variant][mode] = problems.length ? `no (${problems.join('; ')})` : 'yes';
      } catch (error) {
        // runPage's message starts with the page's URL; the reason is what follows it.
        const reason = String(error.message).replace(/^\S+: /, '').split('\n')[0];
        support[variant][mode] = `no (${reason.slice(0, 140)})`;
      }
    }
  }

  const timing = [];
  for (const delay of DELAYS_MS) {
    server.setDelay(delay);
    log(`bench:loaders: paint timing at ${delay} ms a response, ${RUNS} runs…`);
    // One untimed load of each variant first: the browser's own warm-up is nobody's cost.
    for (const variant of variants) await runPage(browser, pageUrl(server.origin, variant, { who: 'user', lang: 'de' }));
    for (const cell of CELLS) {
      const runs = Object.fromEntries(variants.map((v) => [v, []]));
      const fetched = {};
      for (let run = 0; run < RUNS; run++) {
        // Rotate the order run by run, so that a noisy moment hits every variant alike.
        const order = variants.map((_, i) => variants[(i + run) % variants.length]);
        for (const variant of order) {
          server.takeLog();
          const result = await runPage(browser, pageUrl(server.origin, variant, cell));
          runs[variant].push(result.ms);
          fetched[variant] ??= [...new Set(server.takeLog())];
        }
      }
      const medians = Object.fromEntries(variants.map((v) => [v, median(runs[v])]));
      for (const variant of variants) {
        const files = fetched[variant].map((path) => path.split('/')[1]);
        timing.push({
          delay,
          ...cell,
          variant,
          medianMs: medians[variant],
          ratio: medians[variant] / medians.a,
          runs: runs[variant],
          files,
          gzip: files.reduce((sum, name) => sum + gzip(assets[variant][name]), 0),
        });
      }
      log(`  ${delay} ms ${cell.who} ${cell.lang}: ${variants.map((v) => `${v} ${fmt(medians[v])} ms`).join(', ')}`);
    }
  }
  const environment = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cpu: os.cpus()[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown CPU',
    cores: os.availableParallelism?.() ?? os.cpus().length,
    browser: await browser.version(),
    node: process.version,
    loadAverage: os.loadavg()[0].toFixed(2),
  };
  await stopAll();

  const out = [];
  out.push(`## Loading the lazy chunks: three ways (\`npm run bench:loaders\`)\n`);
  out.push(`${environment.date}, ${environment.cpu} (${environment.cores} cores), ${environment.browser}, Node ${environment.node}, load average ${environment.loadAverage} at the end; ${RUNS} runs per cell, medians.\n`);
  out.push('### Loading styles (logged-in tray, German; every script must run without eval or inline script)\n');
  out.push(`| | ${MODES.join(' | ')} |`);
  out.push(`|---|${MODES.map(() => '---').join('|')}|`);
  for (const variant of checked) out.push(`| ${VARIANTS[variant].label} | ${MODES.map((m) => support[variant][m]).join(' | ')} |`);
  out.push('');
  out.push('### Navigation to the first paint of the tray (every response held back by the delay)\n');
  out.push(
    `| delay | on screen | lang | ${variants.map((v) => `(${v}) ms${v === 'a' ? '' : ` | (${v})/(a)`}`).join(' | ')} | ${variants.map((v) => `gzip B (${v})`).join(' | ')} | files (${variants.join('/')}) |`,
  );
  out.push(`|---:|---|---|${variants.map((v) => (v === 'a' ? '---:' : '---:|---:')).join('|')}|${variants.map(() => '---:').join('|')}|---|`);
  for (const delay of DELAYS_MS) {
    for (const cell of CELLS) {
      const rows = Object.fromEntries(
        timing.filter((r) => r.delay === delay && r.who === cell.who && r.lang === cell.lang).map((r) => [r.variant, r]),
      );
      const times = variants.map((v) => (v === 'a' ? fmt(rows.a.medianMs) : `${fmt(rows[v].medianMs)} | ${rows[v].ratio.toFixed(2)}`));
      out.push(
        `| ${delay} ms | ${cell.who === 'anon' ? 'login prompt (anonymous)' : 'vouchers (logged in)'} | ${cell.lang} | ${times.join(' | ')} | ${variants.map((v) => rows[v].gzip).join(' | ')} | ${variants.map((v) => rows[v].files.length).join('/')} |`,
      );
    }
  }
  out.push('');
  out.push(`Files fetched before the paint, logged in, de: ${variants.map((v) => `(${v}) ${timing.find((r) => r.variant === v && r.who === 'user' && r.lang === 'de').files.map((f) => f.replace(/-[\w-]{8}\.js$/, '.js')).join(' + ')}`).join('; ')}.`);
  out.push('');
  out.push('### Sizes (gzip -9, bytes)\n');
  out.push('| variant | script-tag file | + entry it imports | runtime chunk | de chunk | all files |');
  out.push('|---|---:|---:|---:|---:|---:|');
  for (const variant of variants) {
    const files = assets[variant];
    const find = (prefix) => Object.keys(files).find((name) => name.startsWith(prefix));
    const entry = variant === 'b' ? gzip(files['voucher-tray.esm.js']) : 0;
    const all = Object.values(files).reduce((sum, code) => sum + gzip(code), 0);
    out.push(`| ${VARIANTS[variant].label} | ${gzip(files[SCRIPT_FILE])} | ${entry || '–'} | ${gzip(files[find('voucher-tray.runtime-')])} | ${gzip(files[find('voucher-tray.de-')])} | ${all} |`);
  }
  out.push('');
  process.stdout.write(`${out.join('\n')}\n`);
  if (process.env.BENCH_JSON) process.stdout.write(`${JSON.stringify({ environment, support, timing }, null, 1)}\n`);
  log(`bench:loaders: done in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

await boundedRun('bench:loaders', TIME_LIMIT_MS, main, stopAll, log);
