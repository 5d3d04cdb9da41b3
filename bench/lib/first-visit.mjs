// A logged-in shopper's first visit over a slow network: every response held back by
// DELAY_MS on a loopback server, nothing cached. Two pages, English and German:
//   product: the script-tag file (and whatever it fetches: runtime chunk, translation, token,
//            provider) showing the shopper's vouchers;
//   floor:   the shortest honest chain, the page, one small script, the token, the provider,
//            with plain fetch and innerHTML.
// Each page has text under the tray, so the same run also reports layout shift: at the
// upgrade and skeleton (before the vouchers) and when the vouchers arrive, and how tall the
// skeleton stood against the list that replaced it.
import { readFileSync } from 'node:fs';
import { runPage } from './browser.mjs';
import { SCRIPT_FILE, VARIANTS, startDelayServer } from './loader-alternatives.mjs';
import { median } from './paint.mjs';

export const DELAY_MS = 200;
const SHOPPER = 'bench-shopper';

// The floor's one script: token, then provider, then the codes as a list.
const FLOOR_SCRIPT = `(async () => {
  const grant = await (await fetch('/mock/token', { method: 'POST', headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ provider: 'clevertap', identity: '${SHOPPER}' }) })).json();
  const base = new URL(grant.api_base, location.href).href.replace(/\\/$/, '');
  const body = await (await fetch(base + '/1/promo/vouchers?identity=${SHOPPER}',
    { headers: { Authorization: 'Bearer ' + grant.token } })).json();
  document.getElementById('tray').innerHTML = '<ul>' + body.records.map((r) => '<li>' + r.voucherCode + '</li>').join('') + '</ul>';
})();`;

// Each frame: is the list on screen yet? Then the time after that frame was painted, and the
// layout shifts seen before it and in the second after it.
const probe = (kind) => `<script>(() => {
  const shifts = [];
  new PerformanceObserver((list) => { for (const e of list.getEntries()) if (!e.hadRecentInput) shifts.push([e.startTime, e.value]); })
    .observe({ type: 'layout-shift', buffered: true });
  const tray = () => document.getElementById('tray');
  const list = () => ${kind === 'product' ? "tray().shadowRoot?.querySelector('[part=\"list\"] li')" : "tray().querySelector('li')"};
  const skeleton = () => ${kind === 'product' ? "tray().shadowRoot?.querySelector('[part=\"loading\"]')" : 'null'};
  let skeletonHeight;
  window.benchResult = new Promise((resolve) => {
    const frame = () => requestAnimationFrame((frameStart) => {
      if (skeleton()) skeletonHeight = tray().getBoundingClientRect().height;
      if (!list()) return frame();
      // The list is laid out in this frame: shifts from here on are the list's.
      const seenAt = frameStart;
      const listHeight = tray().getBoundingClientRect().height;
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        const ms = performance.now();
        setTimeout(() => {
          const sum = (from, to) => shifts.filter(([t]) => t >= from && t < to).reduce((total, [, v]) => total + v, 0);
          resolve({ ms, shiftBefore: sum(0, seenAt), shiftAtList: sum(seenAt, Infinity), skeletonHeight, listHeight });
        }, 1000);
      };
      channel.port2.postMessage(0);
    });
    frame();
  });
})();</script>`;

const BELOW = '<p style="margin:0;font:16px/1.5 sans-serif">Text under the tray, which must not jump.</p>';

/** The README's rule that reserves the tray's space before the script arrives, as embedders copy it. */
export function reservingRule() {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  const rule = /```css\n(voucher-tray[^\n]*:not\(:defined\)[^\n]*)\n```/.exec(readme)?.[1];
  if (!rule) throw new Error('README.md: no css block with the voucher-tray:not(:defined) rule');
  return rule;
}

function page(url, rule) {
  const match = /^\/first-visit\/(product|floor)$/.exec(url.pathname);
  if (!match) return undefined;
  const kind = match[1];
  const lang = url.searchParams.get('lang') ?? 'en';
  const body =
    kind === 'product'
      ? `<voucher-tray id="tray" provider="clevertap" identity="${SHOPPER}" token-endpoint="/mock/token"></voucher-tray>${BELOW}<script src="/assets/a/${SCRIPT_FILE}"></script>`
      : `<div id="tray"></div>${BELOW}<script src="/assets/f/floor.js"></script>`;
  const style = kind === 'product' ? `<style>${rule}</style>` : '';
  return { html: `<!doctype html><html lang="${lang}"><head><meta charset="utf-8">${style}${probe(kind)}</head><body style="margin:0">${body}</body></html>` };
}

/**
 * Medians of `runs` first visits of each page in each language, product and floor alternating
 * run by run; the product's script-tag build comes from the same in-memory build as the
 * loaders bench (variant a, today's plugin).
 */
export async function measureFirstVisit(browser, runs, log) {
  const rule = reservingRule();
  const server = await startDelayServer({ a: await VARIANTS.a.build(), f: { 'floor.js': FLOOR_SCRIPT } }, (url) => page(url, rule));
  try {
    server.setDelay(DELAY_MS);
    const rows = [];
    for (const lang of ['en', 'de']) {
      const results = { product: [], floor: [] };
      // One untimed visit of each first: the browser's own warm-up is nobody's cost.
      for (const kind of ['product', 'floor']) await runPage(browser, `${server.origin}/first-visit/${kind}?lang=${lang}`);
      for (let run = 0; run < runs; run++) {
        for (const kind of run % 2 ? ['floor', 'product'] : ['product', 'floor']) {
          results[kind].push(await runPage(browser, `${server.origin}/first-visit/${kind}?lang=${lang}`));
        }
      }
      const pick = (kind, key) => median(results[kind].map((r) => r[key] ?? 0));
      const row = {
        lang,
        product: pick('product', 'ms'),
        floor: pick('floor', 'ms'),
        shiftBefore: pick('product', 'shiftBefore'),
        shiftAtList: pick('product', 'shiftAtList'),
        floorShift: pick('floor', 'shiftBefore') + pick('floor', 'shiftAtList'),
        skeletonHeight: pick('product', 'skeletonHeight'),
        listHeight: pick('product', 'listHeight'),
      };
      row.ratio = row.product / row.floor;
      log(`  first visit ${lang}: product ${row.product.toFixed(0)} ms, floor ${row.floor.toFixed(0)} ms (${row.ratio.toFixed(2)}×)`);
      rows.push(row);
    }
    return { delayMs: DELAY_MS, runs, rows, rule };
  } finally {
    await server.close();
  }
}

/** The report's section for it. */
export function firstVisitSection(firstVisit) {
  const { delayMs, runs, rows } = firstVisit;
  const f = (n, digits = 0) => n.toFixed(digits);
  return [
    '### First visit over a slow network',
    '',
    `Every response held back ${delayMs} ms, nothing cached; time from navigation to the shopper's vouchers on`,
    `screen, median of ${runs} runs. Floor: the page, one script, the token and the provider with plain \`fetch\``,
    'and `innerHTML`. Layout shift (cumulative, of the text under the tray): before the vouchers (the upgrade and',
    'the skeleton) and when they arrive; the skeleton\'s height against the list that replaces it (the list: the',
    'mock shopper\'s five vouchers, in rows of two at the page\'s 800 px). The product page carries the README\'s rule',
    `that reserves the tray's space before the script arrives: \`${firstVisit.rule}\`.`,
    '',
    '| language | product ms | floor ms | ratio (goal ≤ 1.1×) | shift before | shift at the list | skeleton / list height px |',
    '|---|---:|---:|---:|---:|---:|---:|',
    ...rows.map(
      (r) =>
        `| ${r.lang} | ${f(r.product)} | ${f(r.floor)} | ${f(r.ratio, 2)}× | ${f(r.shiftBefore, 3)} | ${f(r.shiftAtList, 3)} | ${f(r.skeletonHeight)} / ${f(r.listHeight)} |`,
    ),
  ].join('\n');
}
