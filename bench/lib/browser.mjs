// Debian's Chromium, headless, with the flags the test runner uses (test/runner/browsers.mjs).
import puppeteer from 'puppeteer-core';
import { chromiumArgs } from '../../test/runner/browsers.mjs';

export const CHROMIUM_ARGS = chromiumArgs;

export function launchChromium() {
  return puppeteer.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: CHROMIUM_ARGS,
    headless: true,
    protocolTimeout: 120_000,
  });
}

/** Opens `url` in a fresh tab, resolves `window.benchResult`, closes the tab. */
export async function runPage(browser, url, timeoutMs = 60_000) {
  const page = await browser.newPage();
  const errors = [];
  page.on('pageerror', (error) => errors.push(String(error)));
  try {
    await page.goto(url, { waitUntil: 'load', timeout: timeoutMs });
    await page.waitForFunction(() => window.benchResult !== undefined, { timeout: timeoutMs });
    const result = await page.evaluate(
      (ms) =>
        Promise.race([
          window.benchResult,
          new Promise((resolve) => setTimeout(() => resolve({ error: `no result within ${ms} ms` }), ms)),
        ]),
      timeoutMs,
    );
    if (result?.error || errors.length) throw new Error(`${url}: ${result?.error ?? errors.join('\n')}`);
    return result;
  } finally {
    await page.close();
  }
}
