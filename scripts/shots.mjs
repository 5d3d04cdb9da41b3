// `npm run shots`: screenshots of every state of the tray (login, loading, list, empty, error,
// copied, scheduled, expiring, expired, CleverTap's value-less cards, "Use now", and the scan view open) in every layout,
// light and dark, left-to-right and right-to-left, 320 px and 1280 px wide, with Debian's
// headless Chromium, into shots/ (git-ignored). Serves demo/shots.html with the Vite dev
// server and the demo's mock backend. Look at them before calling a change to the card done.
//   node scripts/shots.mjs [--layout=auto,carousel] [--state=list,copied] [--width=320] [--scheme=dark] [--dir=rtl]
//   node scripts/shots.mjs --demo       the demo page, logged in, light and dark
//   node scripts/shots.mjs --docs       docs/tray.png, the README's picture
import { mkdirSync, rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { createServer } from 'vite';

const root = fileURLToPath(new URL('..', import.meta.url));
const out = `${root}shots/`;
const arg = (name, all) => process.argv.find((a) => a.startsWith(`--${name}=`))?.split('=')[1].split(',') ?? all;
const layouts = arg('layout', ['auto', 'list', 'grid', 'carousel', 'launcher']);
const states = arg('state', ['login', 'loading', 'list', 'empty', 'error', 'copied', 'scheduled', 'expiring', 'expired', 'clevertap', 'apply', 'scan']);
const widths = arg('width', ['320', '1280']).map(Number);
const schemes = arg('scheme', ['light', 'dark']);
const dirs = arg('dir', ['ltr', 'rtl']);

// A token endpoint that never answers: the loading state stays on screen.
const hang = { name: 'shots-hang', configureServer(server) {
    server.middlewares.use('/shots/hang', (req, res) => req.on('close', () => res.destroy()));
  },
};
const server = await createServer({ configFile: `${root}vite.config.ts`, server: { host: '127.0.0.1', port: 0 }, plugins: [hang], logLevel: 'error' });
await server.listen();
const base = server.resolvedUrls.local[0];

const browser = await puppeteer.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--no-sandbox', '--headless=new', '--disable-gpu', '--no-first-run', '--hide-scrollbars'],
});
if (!process.argv.some((a) => a === '--demo' || a === '--docs')) rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });

const settled = (page, name) =>
  page
    .waitForFunction(
      () => [...document.querySelectorAll('section:not(#loading) voucher-tray')].every((t) => t.shadowRoot?.querySelector('[part~="list"], [part="empty"], [part="error"], [part="login"]')),
      { timeout: 60_000 },
    )
    .catch(async (error) => {
      const waiting = await page.evaluate(() => [...document.querySelectorAll('section:not(#loading)')].filter((s) => !s.querySelector('voucher-tray').shadowRoot?.querySelector('[part~="list"], [part="empty"], [part="error"], [part="login"]')).map((s) => s.id));
      throw new Error(`${name}: never settled: ${waiting.join(', ')} (${error.message})`);
    });

let count = 0;
try {
  if (process.argv.includes('--docs')) {
    // docs/tray.png for the README: the grid of the list state, light beside dark, two rows.
    const page = await browser.newPage();
    const halves = [];
    for (const scheme of ['light', 'dark']) {
      await page.setViewport({ width: 600, height: 3000, deviceScaleFactor: 1 });
      await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
      await page.goto(`${base}shots.html?layout=grid&scheme=${scheme}`, { waitUntil: 'load' });
      await settled(page, `docs ${scheme}`);
      await page.evaluate(() => document.querySelectorAll('h2').forEach((heading) => heading.remove()));
      await page.$eval('#expiring', (node) => new Promise((resolve) => (node.scrollIntoView(), requestAnimationFrame(() => requestAnimationFrame(resolve)))));
      const box = await page.$eval('#expiring voucher-tray', (tray) => {
        const cards = [...tray.shadowRoot.querySelectorAll('[part="voucher"]')].slice(0, 4).map((c) => c.getBoundingClientRect());
        const top = Math.min(...cards.map((c) => c.top)) - 16;
        return { x: 0, y: top + scrollY, width: 600, height: Math.max(...cards.map((c) => c.bottom)) + 16 - top };
      });
      halves.push((await page.screenshot({ clip: box, encoding: 'base64' })));
    }
    await page.setViewport({ width: 1200, height: 400, deviceScaleFactor: 1 });
    await page.setContent(`<body style="margin:0;display:flex;align-items:start">${halves.map((png) => `<img src="data:image/png;base64,${png}">`).join('')}</body>`, { waitUntil: "load" });
    const size = await page.$eval('body', (body) => ({ width: body.scrollWidth, height: Math.max(...[...body.querySelectorAll("img")].map((i) => i.naturalHeight)) }));
    await page.screenshot({ path: `${root}docs/tray.png`, clip: { x: 0, y: 0, ...size } });
    await browser.close();
    await server.close();
    console.log('shots: docs/tray.png');
    process.exit(0);
  }
  if (process.argv.includes('--demo')) {
    // The demo page itself, logged in, light and dark (shots/demo-*.png).
    const page = await browser.newPage();
    for (const scheme of schemes) {
      await page.setViewport({ width: 1440, height: 2600, deviceScaleFactor: 1 });
      await page.emulateMediaFeatures([{ name: 'prefers-color-scheme', value: scheme }, { name: 'prefers-reduced-motion', value: 'reduce' }]);
      await page.goto(`${base}index.html`, { waitUntil: 'load' });
      await page.waitForFunction(() => document.querySelector('voucher-tray')?.shadowRoot?.querySelector('[part="login"]'));
      await page.evaluate(() => document.querySelector('#session-form').requestSubmit());
      await page
        .waitForFunction(() => [...document.querySelectorAll('voucher-tray')].every((t) => t.shadowRoot?.querySelector('[part~="list"], [part="empty"], [part="error"]')), { timeout: 30_000 })
        .catch(async () => console.warn('demo: not settled:', await page.evaluate(() => [...document.querySelectorAll('voucher-tray')].filter((t) => !t.shadowRoot?.querySelector('[part~="list"], [part="empty"], [part="error"]')).map((t) => `${t.dataset.name} ${t.shadowRoot?.innerHTML.slice(0, 200)}`))));
      await page.screenshot({ path: `${out}demo-${scheme}.png` });
      count++;
    }
    await browser.close();
    await server.close();
    console.log(`shots: ${count} screenshots of the demo in shots/`);
    process.exit(0);
  }
  const context = await browser.createBrowserContext();
  await context.overridePermissions(new URL(base).origin, ['clipboard-read', 'clipboard-write', 'clipboard-sanitized-write']);
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error('page error:', error.message));
  for (const layout of layouts)
    for (const width of widths)
      for (const scheme of schemes)
        for (const dir of dirs) {
          // Tall enough that no card is skipped by content-visibility while its section is shot.
          await page.setViewport({ width, height: layout === 'launcher' ? 800 : 3000, deviceScaleFactor: 1 });
          await page.emulateMediaFeatures([{ name: 'prefers-reduced-motion', value: 'reduce' }]);
          await page.goto(`${base}shots.html?layout=${layout}&scheme=${scheme}&dir=${dir}`, { waitUntil: 'load' });
          await settled(page, `${layout} ${width} ${scheme} ${dir}`);
          for (const state of states) {
            const name = `${layout}-${state}-${scheme}-${dir}-${width}`;
            const section = await page.$(`#${state}`);
            // Cards far down the page are skipped by content-visibility until they are near the view.
            await section.evaluate((node) => new Promise((resolve) => (node.scrollIntoView(), requestAnimationFrame(() => requestAnimationFrame(resolve)))));
            if (state === 'copied') {
              // Not the card that is about to expire (the mock's flash voucher leaves within two minutes).
              const copy = '[data-status="active"]:not([data-leaving]) [part="copy-button"]';
              if (layout === 'launcher') {
                await page.evaluate(() => document.querySelector('#copied voucher-tray').shadowRoot.querySelector('[part="launcher"]').click());
                await page.waitForFunction(() => document.querySelector('#copied voucher-tray').shadowRoot.querySelector(':popover-open'), { timeout: 10_000 });
              }
              await page.evaluate((selector) => document.querySelector('#copied voucher-tray').shadowRoot.querySelector(selector)?.click(), copy);
              await page
                .waitForFunction(() => document.querySelector('#copied voucher-tray').shadowRoot.querySelector('[data-copied]'), { timeout: 5000 })
                .catch(() => console.warn(`${name}: the copy did not show; shot as it is`));
            }
            if (state === 'scan') {
              // The cards with their "Show at the till" buttons, then the scan view of the first usable
              // voucher open over the page (in the launcher's popover there).
              if (layout !== 'launcher') await section.screenshot({ path: `${out}${name}-cards.png` });
              await page.evaluate(async (launcher) => {
                const root = document.querySelector('#scan voucher-tray').shadowRoot;
                if (launcher && !root.querySelector(':popover-open')) root.querySelector('[part="launcher"]').click();
                await new Promise((resolve) => requestAnimationFrame(resolve));
                root.querySelector('[part="scan-button"]')?.click();
              }, layout === 'launcher');
              const open = await page
                .waitForFunction(() => document.querySelector('#scan voucher-tray').shadowRoot.querySelector('[part="scan"][open]'), { timeout: 10_000 })
                .then(() => true, async () => {
                  const shown = await page.$eval('#scan voucher-tray', (tray) => tray.shadowRoot.querySelector('[part~="list"], [part="empty"], [part="error"]')?.getAttribute('part'));
                  console.warn(`${name}: the scan view did not open (the tray shows: ${shown})`);
                  return false;
                });
              if (open) {
                const dialog = await page.evaluateHandle(() => document.querySelector('#scan voucher-tray').shadowRoot.querySelector('[part="scan"]'));
                await dialog.screenshot({ path: `${out}${name}.png` });
                await page.keyboard.press('Escape');
                if (layout === 'launcher') await page.keyboard.press('Escape');
              }
              count++;
              continue;
            }
            if (layout === 'launcher') {
              // The closed launcher in its section, then the opened popover over the page.
              await section.screenshot({ path: `${out}${name}-closed.png` });
              await page.evaluate((id) => {
                const root = document.querySelector(`#${id} voucher-tray`).shadowRoot;
                if (!root.querySelector(':popover-open')) root.querySelector('[part="launcher"]').click();
              }, state);
              await page.screenshot({ path: `${out}${name}.png` });
              await page.keyboard.press('Escape');
            } else {
              await section.screenshot({ path: `${out}${name}.png` });
            }
            count++;
          }
        }
} finally {
  await browser.close();
  await server.close();
}
console.log(`shots: ${count} screenshots in shots/`);
