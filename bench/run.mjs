// `npm run bench`: bytes, paint time, requests and heap of <voucher-tray>, each against a floor
// measured in the same run. Prints a markdown table and writes bench/results.json (raw) and
// bench/RESULTS.md (the table, for the README). Needs only `npm install` and Chromium
// (CHROMIUM_PATH, default /usr/bin/chromium). Starts one HTTP server on 127.0.0.1 and one
// browser, and stops both however the run ends. BENCH_RUNS sets the paint runs (default 7);
// BENCH_SOURCE names the sources measured when they are not a git checkout (an export, CI).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { FLOOR_ELEMENT, PAINT_FLOOR, buildScript, repoRoot, scriptAssets } from './lib/build.mjs';
import { launchChromium } from './lib/browser.mjs';
import { measureFirstVisit } from './lib/first-visit.mjs';
import { measureHeap, measureTrayWeight } from './lib/heap.mjs';
import { measurePaint } from './lib/paint.mjs';
import { renderReport } from './lib/report.mjs';
import { measureIdleLayout, measureRequests } from './lib/requests.mjs';
import { startServer } from './lib/server.mjs';
import { measureFloor, measureProduct } from './lib/size.mjs';
import { boundedRun } from './lib/bounded-run.mjs';

const PAINT_SIZES = [10, 100, 1_000, 10_000];
const PAINT_RUNS = Math.max(5, Number(process.env.BENCH_RUNS) || 7);
const HEAP_CYCLES = 1_000;
const TIME_LIMIT_MS = 8 * 60_000;

const log = (message) => process.stderr.write(`${message}\n`);

function sourceVersion() {
  try {
    const git = (...args) =>
      execFileSync('git', args, { cwd: repoRoot, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = git('status', '--porcelain', '--', 'src', 'vite.config.ts', 'package.json') !== '';
    return `${git('rev-parse', '--short', 'HEAD')}${dirty ? ' + uncommitted changes' : ''}`;
  } catch {
    return process.env.BENCH_SOURCE ?? 'unknown (no git checkout)';
  }
}

let server;
let browser;
async function stopAll() {
  const b = browser;
  const s = server;
  browser = server = undefined;
  await b?.close().catch(() => b.process()?.kill('SIGKILL'));
  await s?.close();
}

async function main() {
  const started = Date.now();
  log('bench: building product and floors (in memory)…');
  const sizes = { product: await measureProduct(), floor: await measureFloor() };
  // Each script-tag file is served with the chunks it fetches from beside itself.
  const assets = {
    ...scriptAssets('product.js', await buildScript()),
    ...scriptAssets('floor.js', await buildScript(FLOOR_ELEMENT)),
    ...scriptAssets('paint-floor.js', await buildScript(PAINT_FLOOR)),
  };

  server = await startServer(assets);
  browser = await launchChromium();
  const environment = {
    date: new Date().toISOString().slice(0, 16).replace('T', ' ') + ' UTC',
    cpu: os.cpus()[0]?.model?.replace(/\s+/g, ' ').trim() ?? 'unknown CPU',
    cores: os.availableParallelism?.() ?? os.cpus().length,
    browser: await browser.version(),
    node: process.version,
    commit: sourceVersion(),
    // Other work on the machine shows up as noise; the load average says how much there was.
    loadAverageAtStart: os.loadavg()[0],
  };

  log(`bench: paint timing, ${PAINT_RUNS} runs per size…`);
  const paint = await measurePaint(browser, server.origin, PAINT_SIZES, PAINT_RUNS, log);
  log('bench: first visit over a slow network…');
  const firstVisit = await measureFirstVisit(browser, PAINT_RUNS, log);
  log('bench: requests…');
  const requests = await measureRequests(browser, server.origin);
  const idleLayout = await measureIdleLayout(browser, server.origin);
  log(`bench: heap, ${HEAP_CYCLES} mount/unmount cycles each…`);
  const trayWeight = await measureTrayWeight(browser, server.origin);
  const heap = [];
  for (const kind of ['product', 'floor']) heap.push(await measureHeap(browser, server.origin, kind, HEAP_CYCLES));
  await stopAll();
  environment.loadAverageAtEnd = os.loadavg()[0];

  const results = {
    environment,
    seconds: (Date.now() - started) / 1000,
    sizes,
    paintRuns: PAINT_RUNS,
    paint,
    firstVisit,
    requests,
    idleLayout,
    trayWeight,
    heap,
  };
  const report = renderReport(results);
  writeFileSync(new URL('./results.json', import.meta.url), `${JSON.stringify(results, null, 2)}\n`);
  // The server kit's section (npm run bench:server) is its own bench's; keep it as it is.
  const resultsFile = new URL('./RESULTS.md', import.meta.url);
  const previous = existsSync(resultsFile) ? readFileSync(resultsFile, 'utf8') : '';
  const serverSection = /<!-- bench:server:start -->[\s\S]*<!-- bench:server:end -->/.exec(previous)?.[0];
  writeFileSync(resultsFile, serverSection ? `${report.trimEnd()}\n\n${serverSection}\n` : report);
  process.stdout.write(report);
  log(`bench: done in ${results.seconds.toFixed(0)} s; wrote bench/results.json and bench/RESULTS.md`);
}

await boundedRun('bench', TIME_LIMIT_MS, main, stopAll, log);
