// Requests made, counted by the mock backend itself (GET /mock/_log; DELETE clears it) and,
// as a cross-check, by the browser (every request the page made after it had loaded).
const TOKEN_PATH = '/mock/token';

async function mockLog(origin) {
  const response = await fetch(`${origin}/mock/_log`);
  return response.json();
}

async function clearMockLog(origin) {
  await fetch(`${origin}/mock/_log`, { method: 'DELETE' });
}

// The script-tag file's own chunks (the runtime on the first logged-in load), served by the
// bench server under /assets/: code, not requests to the token endpoint or the provider.
const isCode = (path) => path.startsWith('/assets/');

function tally(entries) {
  const token = entries.filter((e) => e.path === TOKEN_PATH).length;
  return { token, provider: entries.length - token, total: entries.length };
}

async function openTrayPage(browser, origin) {
  const page = await browser.newPage();
  const seen = [];
  await page.goto(`${origin}/pages/trays.html`, { waitUntil: 'load' });
  await page.waitForFunction(() => window.bench !== undefined);
  if (!(await page.evaluate(() => window.bench.ready))) throw new Error('trays.html: an element is not defined');
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (path !== '/favicon.ico') seen.push(path);
  });
  return { page, seen };
}

/**
 * The scenarios of the issue. Each row: what the mock backend logged and what the browser
 * sent while the scenario ran, against what the issue expects.
 */
export async function measureRequests(browser, origin) {
  const rows = [];
  const record = async (name, expected, seen, run) => {
    await clearMockLog(origin);
    const before = seen.length;
    const shown = await run();
    const logged = tally(await mockLog(origin));
    const sent = seen.slice(before);
    const browserSent = sent.filter((path) => !isCode(path)).length;
    const code = sent.filter(isCode).length;
    const ok =
      logged.token === expected.token && logged.provider === expected.provider && browserSent === logged.total && code === expected.code;
    rows.push({ scenario: name, expected, ...logged, browserSent, code, vouchersShown: shown, ok });
  };

  const shopper = { provider: 'clevertap', identity: 'bench-shopper@example.com' };
  {
    const { page, seen } = await openTrayPage(browser, origin);
    try {
      await record('first load (1 tray)', { token: 1, provider: 1, code: 1 }, seen, () =>
        page.evaluate((o) => window.bench.mount(1, o), shopper),
      );
      await record('2nd tray, same shopper, token alive', { token: 0, provider: 1, code: 0 }, seen, () =>
        page.evaluate((o) => window.bench.mount(1, o), shopper),
      );
    } finally {
      await page.close();
    }
  }
  {
    // A new page: the token client lives in memory only, so this starts without a token.
    const { page, seen } = await openTrayPage(browser, origin);
    try {
      const other = { ...shopper, identity: 'bench-twenty@example.com' };
      await record('20 trays, same shopper, one page', { token: 1, provider: 1, code: 1 }, seen, () =>
        page.evaluate((o) => window.bench.mount(20, o), other),
      );
    } finally {
      await page.close();
    }
  }
  {
    const { page, seen } = await openTrayPage(browser, origin);
    try {
      await record('anonymous page (no identity), 1 s idle', { token: 0, provider: 0, code: 0 }, seen, () =>
        page.evaluate(() => window.bench.mount(1, {}, 1000)),
      );
    } finally {
      await page.close();
    }
  }
  {
    // Pagination: the mock's `many` shopper has 230 vouchers, three List Vouchers pages.
    const { page, seen } = await openTrayPage(browser, origin);
    try {
      await record('first load, voucherify-vouchers, 230 vouchers', { token: 1, provider: 3, code: 1 }, seen, () =>
        page.evaluate(() => window.bench.mount(1, { provider: 'voucherify-vouchers', identity: 'many' })),
      );
    } finally {
      await page.close();
    }
  }
  return rows;
}

/**
 * Layout economy while idle: twenty loaded trays left alone for `idleMs`; Chromium's own
 * LayoutCount / RecalcStyleCount (CDP Performance.getMetrics) must not move.
 */
export async function measureIdleLayout(browser, origin, idleMs = 2000) {
  const { page } = await openTrayPage(browser, origin);
  try {
    const session = await page.createCDPSession();
    await session.send('Performance.enable');
    await page.evaluate(() => window.bench.mount(20, { provider: 'clevertap', identity: 'bench-idle@example.com' }, 200));
    const metric = async () => {
      const { metrics } = await session.send('Performance.getMetrics');
      const get = (name) => metrics.find((m) => m.name === name)?.value ?? NaN;
      return { layouts: get('LayoutCount'), styleRecalcs: get('RecalcStyleCount') };
    };
    const before = await metric();
    await new Promise((resolve) => setTimeout(resolve, idleMs));
    const after = await metric();
    return {
      trays: 20,
      idleMs,
      layouts: after.layouts - before.layouts,
      styleRecalcs: after.styleRecalcs - before.styleRecalcs,
    };
  } finally {
    await page.close();
  }
}
