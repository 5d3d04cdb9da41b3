// Paint timing (method in bench/pages/paint.js): product and floor alternate run by run, each
// run a fresh tab, so that a noisy moment on the machine hits both alike.
import { runPage } from './browser.mjs';

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

const summary = (values) => ({
  median: median(values),
  min: Math.min(...values),
  max: Math.max(...values),
  runs: values,
});

export async function measurePaint(browser, origin, sizes, runs, log = () => undefined) {
  // One untimed run of each kind first: the browser's own start-up is nobody's cost.
  for (const kind of ['product', 'floor']) await runPage(browser, `${origin}/pages/paint.html?kind=${kind}&n=10`);
  const rows = [];
  for (const n of sizes) {
    const results = { product: [], floor: [] };
    for (let run = 0; run < runs; run++) {
      for (const kind of run % 2 ? ['floor', 'product'] : ['product', 'floor']) {
        // The delivery phase within a frame steps through the runs, the same for both kinds.
        const phase = (run / runs).toFixed(3);
        results[kind].push(await runPage(browser, `${origin}/pages/paint.html?kind=${kind}&n=${n}&phase=${phase}`, 120_000));
      }
    }
    const row = {
      vouchers: n,
      product: summary(results.product.map((r) => r.toPaintMs)),
      floor: summary(results.floor.map((r) => r.toPaintMs)),
      productToCommit: summary(results.product.map((r) => r.toCommitMs)),
      floorToCommit: summary(results.floor.map((r) => r.toCommitMs)),
    };
    row.ratio = row.product.median / row.floor.median;
    rows.push(row);
    log(`  paint ${n}: product ${row.product.median.toFixed(1)} ms, floor ${row.floor.median.toFixed(1)} ms`);
  }
  return rows;
}
