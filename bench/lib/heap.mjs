// Leaks: the JS heap after mount/unmount cycles, against before. Each cycle creates a tray,
// lets it load for real from the mock backend (token reused, one provider request), then
// removes it. The same harness runs the floor element as a control, which shows what the
// noise is. Heap figures are taken after forced garbage collection
// (CDP HeapProfiler.collectGarbage, then Runtime.getHeapUsage), DOM node and listener counts
// from Performance.getMetrics.
const WARMUP_CYCLES = 200;
const CHECKPOINTS = 4;

async function openPage(browser, origin) {
  const page = await browser.newPage();
  await page.goto(`${origin}/pages/trays.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench !== undefined);
  if (!(await page.evaluate(() => window.bench.ready))) throw new Error('trays.html: an element is not defined');
  return page;
}

async function snapshot(session) {
  for (let i = 0; i < 3; i++) await session.send('HeapProfiler.collectGarbage');
  const { usedSize } = await session.send('Runtime.getHeapUsage');
  const { metrics } = await session.send('Performance.getMetrics');
  const get = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
  return { heap: usedSize, nodes: get('Nodes'), listeners: get('JSEventListeners') };
}

/** `cycles` mount/unmount cycles of `kind` ('product' | 'floor'), measured at every quarter. */
export async function measureHeap(browser, origin, kind, cycles) {
  const page = await openPage(browser, origin);
  try {
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    await session.send('HeapProfiler.enable');
    const identity = `bench-heap-${kind}@example.com`;
    const run = (n) => page.evaluate((k, count, who) => window.bench.cycle(k, count, who), kind, n, identity);
    // Warm-up fills the caches that are meant to stay (Intl formatters, token, JIT code).
    await run(WARMUP_CYCLES);
    const before = await snapshot(session);
    const again = await snapshot(session);
    const started = Date.now();
    const points = [before];
    for (let i = 0; i < CHECKPOINTS; i++) {
      await run(cycles / CHECKPOINTS);
      points.push(await snapshot(session));
    }
    const after = points[CHECKPOINTS];
    const mid = points[CHECKPOINTS / 2];
    return {
      kind,
      cycles,
      warmupCycles: WARMUP_CYCLES,
      seconds: (Date.now() - started) / 1000,
      heapAt: points.map((p) => p.heap),
      before,
      after,
      repeatJitter: Math.abs(again.heap - before.heap),
      growth: after.heap - before.heap,
      growthPerCycle: (after.heap - before.heap) / cycles,
      // A leak keeps growing at the same pace; warm-up effects (JIT code, feedback) fade.
      secondHalfPerCycle: (after.heap - mid.heap) / (cycles / 2),
      nodesGrowth: after.nodes - before.nodes,
      listenersGrowth: after.listeners - before.listeners,
    };
  } finally {
    await page.close();
  }
}

/**
 * What one loaded tray holds on the heap (100 mounted at once, then removed): the size a
 * leaked tray would add per cycle, to read the growth figures against.
 */
export async function measureTrayWeight(browser, origin, count = 100) {
  const page = await openPage(browser, origin);
  try {
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    await session.send('HeapProfiler.enable');
    const shopper = { provider: 'clevertap', identity: 'bench-weight@example.com' };
    await page.evaluate((o) => window.bench.mount(1, o), shopper);
    await page.evaluate(() => window.bench.clear());
    const empty = await snapshot(session);
    await page.evaluate((n, o) => window.bench.mount(n, o), count, shopper);
    const full = await snapshot(session);
    await page.evaluate(() => window.bench.clear());
    return { trays: count, bytesPerTray: Math.round((full.heap - empty.heap) / count), nodesPerTray: (full.nodes - empty.nodes) / count };
  } finally {
    await page.close();
  }
}
