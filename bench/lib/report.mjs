// The results as markdown: printed by `npm run bench` and written to bench/RESULTS.md.
import { firstVisitSection } from './first-visit.mjs';
import { BUDGETS } from './size.mjs';

const bytes = (n) => n.toLocaleString('en-US');
const ms = (n) => (n >= 100 ? n.toFixed(0) : n.toFixed(1));
const ratio = (n) => `${n.toFixed(2)}×`;
const LEAK_BYTES_PER_CYCLE = 64;

function table(head, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(head), line(head.map(() => '---')), ...rows.map(line)].join('\n');
}

function sizeSection({ product, floor }) {
  const row = (name, p, f, budget) => [
    name,
    bytes(p.min),
    bytes(p.gzip),
    bytes(p.brotli),
    bytes(f.min),
    bytes(f.gzip),
    bytes(f.brotli),
    ratio(p.gzip / f.gzip),
    `${bytes(budget)}: ${p.gzip <= budget ? 'ok' : `**${bytes(p.gzip - budget)} over**`}`,
  ];
  const lazy = product.esm.lazy.length
    ? product.esm.lazy.map((c) => `${c.name} ${bytes(c.gzip)}`).join(', ')
    : 'none';
  const loggedIn = product.script.gzip + product.runtime.gzip;
  return [
    '### Bytes',
    '',
    'Built in memory from the current sources with the project\'s vite.config.ts (floor: the same',
    'config, only the entry swapped for bench/floor/floor-element.ts, a trivial Lit element using',
    '@lit/task). Script-tag file: `--mode script` exactly as `npm run build` writes it (oxc-minified,',
    'Lit inside): what a page pays before the first paint. What only a logged-in shopper needs',
    '(network layer, adapters, list view) and the translations are chunks it fetches from beside',
    'itself when needed. ESM entry: `--mode lib` (Lit external), each chunk then minified by oxc',
    '(vite\'s `minify`: compress + mangle + whitespace), no source maps: `src/entries/index.ts` as the only',
    'entry, so `index.js` holds everything it imports statically, as a bundler would add it to an',
    'app (lazy `import()` chunks are not counted). gzip -9, brotli -q 11. 1 KB = 1,000 B.',
    '',
    table(
      ['artefact', 'min', 'gzip', 'brotli', 'floor min', 'floor gzip', 'floor brotli', 'gzip × floor', 'gzip budget'],
      [
        row('script-tag file (Lit inside)', product.script, floor.script, BUDGETS.scriptGzip),
        row('ESM entry (Lit external)', product.esm, floor.esm, BUDGETS.esmGzip),
      ],
    ),
    '',
    `Script-tag chunks, fetched from beside the file when needed (gzip): ` +
      `${product.scriptChunks.map((c) => `${c.name} ${bytes(c.gzip)}`).join(', ')}. ` +
      `A logged-in shopper's first load takes the file and the runtime chunk: ${bytes(loggedIn)} B ` +
      `(${ratio(loggedIn / floor.script.gzip)} the floor); an anonymous visitor only the file. ` +
      `The standalone file (everything inside, for hosts that take one file): ${bytes(product.standalone.gzip)} B.`,
    '',
    `ESM lazy chunks, not counted: ${lazy}. As dist/ ships it (${product.esmShipped.files.length} files: ` +
      `dist/entries/index.js and its static imports), each file gzipped on its own: ${bytes(product.esmShipped.perFileGzip)} B in all.`,
  ].join('\n');
}

function paintSection(rows, runs) {
  return [
    '### Time from provider response to list painted',
    '',
    `Headless Chromium, median of ${runs} runs (min–max), each run a fresh tab, product and floor`,
    'alternating. A stubbed `fetch` holds the CleverTap response (n records, expiries over the',
    'coming year) until the tray\'s loading state has painted and the page is idle, then delivers',
    'it: t0. Product: the script-tag file\'s `<voucher-tray provider="clevertap">` parses it with',
    'its real adapter and renders; floor: lit-html reads the same response with `response.json()`',
    'and renders one plain `<li>` text row per record, up to 500: the tray shows at most 500 entries',
    '(the guard\'s cap, src/model/guard.ts), so above that both paint 500 rows from the bigger body.',
    'Painted: the DOM is committed (product:',
    '`voucher-tray-load`), then `requestAnimationFrame` with a forced layout of the list, then a',
    'MessageChannel task, which runs after that frame was painted: t1. "to DOM" is t0 → commit.',
    'Frames come at 60 Hz for both kinds, as on a real display (the page runs a 1 px CSS animation;',
    'otherwise headless Chromium starts a frame at once for a page with nothing animating, which the',
    'tray, whose loading skeleton animates, never gets), and t0 steps through the phase of a frame',
    'from run to run, the same for both kinds, so that neither is charged or spared a whole frame by',
    'where its commit happens to fall.',
    '',
    table(
      ['vouchers', 'product ms', 'floor ms', 'product ÷ floor', 'product to DOM ms', 'floor to DOM ms'],
      rows.map((r) => [
        bytes(r.vouchers),
        `${ms(r.product.median)} (${ms(r.product.min)}–${ms(r.product.max)})`,
        `${ms(r.floor.median)} (${ms(r.floor.min)}–${ms(r.floor.max)})`,
        `**${ratio(r.ratio)}**`,
        ms(r.productToCommit.median),
        ms(r.floorToCommit.median),
      ]),
    ),
    '',
    (() => {
      const at1000 = rows.find((r) => r.vouchers === 1000);
      return at1000
        ? `Target: 1,000 vouchers within 3× the floor: ${ratio(at1000.ratio)}, ${at1000.ratio <= 3 ? 'met' : '**not met**'}.`
        : '';
    })(),
  ].join('\n');
}

function requestSection(rows, idle) {
  return [
    '### Requests',
    '',
    'Real requests to the demo\'s mock backend, counted by its log (`GET /mock/_log`), cross-checked',
    'with what the browser sent. CleverTap unless named. The token lives 300 s. "code": chunks the',
    'script-tag file fetched from beside itself (the runtime, once per page, on the first logged-in load).',
    '',
    table(
      ['scenario', 'expected token + provider (+ code)', 'token', 'provider', 'browser sent', 'code', 'ok'],
      rows.map((r) => [
        r.scenario,
        `${r.expected.token} + ${r.expected.provider} (+ ${r.expected.code})`,
        r.token,
        r.provider,
        r.browserSent,
        r.code,
        r.ok ? 'yes' : '**no**',
      ]),
    ),
    '',
    `Idle: ${idle.trays} loaded trays left alone for ${idle.idleMs / 1000} s caused ${idle.layouts} layouts and ` +
      `${idle.styleRecalcs} style recalculations (CDP Performance.getMetrics).`,
  ].join('\n');
}

function heapSection(heap, weight) {
  return [
    '### JS heap after mount/unmount cycles',
    '',
    'Each cycle: a new element, loaded for real (product: from the mock backend; floor: a JSON',
    'file), then removed. After a warm-up, heap used after forced GC (CDP',
    '`HeapProfiler.collectGarbage`, `Runtime.getHeapUsage`), sampled every quarter. A leak grows at',
    'the same pace all along; JIT and cache warm-up flattens out, so the second half is the figure',
    `to read. For scale: one loaded tray holds ${bytes(weight.bytesPerTray)} B of heap and ` +
      `${weight.nodesPerTray} DOM nodes.`,
    '',
    table(
      ['element', 'cycles', 'heap before', 'heap after', 'growth', 'per cycle', '2nd half per cycle', 'DOM nodes Δ', 'listeners Δ'],
      heap.map((h) => [
        h.kind,
        bytes(h.cycles),
        bytes(h.before.heap),
        bytes(h.after.heap),
        bytes(h.growth),
        `${h.growthPerCycle.toFixed(1)} B`,
        `${h.secondHalfPerCycle.toFixed(1)} B`,
        h.nodesGrowth,
        h.listenersGrowth,
      ]),
    ),
    '',
    `Heap at each quarter (product): ${heap.find((h) => h.kind === 'product').heapAt.map(bytes).join(' → ')}.`,
    '',
    (() => {
      const product = heap.find((h) => h.kind === 'product');
      // 64 B a cycle is 64 KB over a thousand: far above the warm-up noise, far below one tray.
      const leakLike = product.secondHalfPerCycle > LEAK_BYTES_PER_CYCLE || product.nodesGrowth > 0 || product.listenersGrowth > 0;
      return `Verdict: ${leakLike ? '**growth beyond noise, look for a leak**' : 'no growth beyond noise'} ` +
        `(second half ${product.secondHalfPerCycle.toFixed(1)} B per cycle against a ${LEAK_BYTES_PER_CYCLE} B threshold; ` +
        `a retained tray would add ${bytes(weight.bytesPerTray)} B).`;
    })(),
  ].join('\n');
}

export function renderReport(results) {
  const env = results.environment;
  return [
    '## Performance (`npm run bench`)',
    '',
    `Measured ${env.date} on ${env.cpu} (${env.cores} cores; load average ${env.loadAverageAtStart.toFixed(1)} at the ` +
      `start, ${env.loadAverageAtEnd.toFixed(1)} at the end), ${env.browser}, Node ${env.node}, sources at ${env.commit}.`,
    'Figures vary from machine to machine; the ratios against the floor, measured in the same run,',
    'are what to compare. Speed is reported, never asserted; the byte budgets are enforced by',
    '`scripts/check-size.mjs` in `npm test`.',
    '',
    sizeSection(results.sizes),
    '',
    paintSection(results.paint, results.paintRuns),
    '',
    firstVisitSection(results.firstVisit),
    '',
    requestSection(results.requests, results.idleLayout),
    '',
    heapSection(results.heap, results.trayWeight),
    '',
  ].join('\n');
}
