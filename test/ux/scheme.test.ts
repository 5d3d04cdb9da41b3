// Light or dark follows the page (its color-scheme), not only the system; `theme` overrides it.
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { nothing } from 'lit';
import type { FakeFetch } from '../helpers/fake-fetch.js';
import { DAY, fakeBackend, part, providerWith, settled, voucher } from './helpers.js';

const provider = providerWith(() => [voucher({ code: 'SCHEME-1', title: 'Scheme', value: { kind: 'percent', percent: 10 }, expiresAt: Date.now() + 9 * DAY })]);
const LIGHT_CARD = 'rgb(255, 255, 255)';
const DARK_CARD = 'rgb(22, 27, 34)';
const LIGHT_TEXT = 'rgb(31, 35, 40)';
const DARK_TEXT = 'rgb(230, 237, 243)';

/** A tray in a page region whose color-scheme is `pageScheme`; its card's background and title colour. */
async function colours(pageScheme: string, theme?: string) {
  const page = await fixture<HTMLElement>(html`<div style="color-scheme: ${pageScheme}">
    <voucher-tray provider=${provider} identity="a" token-endpoint="/token" theme=${theme ?? nothing}></voucher-tray>
  </div>`);
  const el = await settled(page.querySelector('voucher-tray')!);
  return { card: getComputedStyle(part(el, 'voucher')!).backgroundColor, title: getComputedStyle(part(el, 'title')!).color, el };
}

/** Runs `body` with the system preferring dark, where this engine's driver can emulate it; false otherwise. */
async function underDarkSystem(body: () => Promise<void>): Promise<boolean> {
  try {
    await emulateMedia({ colorScheme: 'dark' });
  } catch {
    return false;
  }
  try {
    await body();
  } finally {
    await emulateMedia({ colorScheme: 'light' });
  }
  return true;
}

describe('colour scheme', () => {
  let fake: FakeFetch;
  beforeEach(() => (fake = fakeBackend()));
  afterEach(() => fake.restore());

  it('is light on a page that declares no color-scheme, even when the system prefers dark', async () => {
    expect(await colours('normal')).to.include({ card: LIGHT_CARD, title: LIGHT_TEXT });
    await underDarkSystem(async () => {
      expect(await colours('normal')).to.include({ card: LIGHT_CARD, title: LIGHT_TEXT });
      expect(await colours('light')).to.include({ card: LIGHT_CARD, title: LIGHT_TEXT });
    });
  });

  it('is dark on a dark page, and follows the system on a page that allows both', async () => {
    const dark = await colours('dark');
    expect(dark).to.include({ card: DARK_CARD, title: DARK_TEXT });
    await expect(dark.el).to.be.accessible();
    expect(await colours('light dark')).to.include({ card: LIGHT_CARD, title: LIGHT_TEXT });
    await underDarkSystem(async () => {
      expect(await colours('light dark')).to.include({ card: DARK_CARD, title: DARK_TEXT });
    });
  });

  it('takes the theme attribute over the page', async () => {
    expect(await colours('normal', 'dark')).to.include({ card: DARK_CARD, title: DARK_TEXT });
    expect(await colours('dark', 'light')).to.include({ card: LIGHT_CARD, title: LIGHT_TEXT });
    expect(await colours('dark', 'auto')).to.include({ card: LIGHT_CARD, title: LIGHT_TEXT });
    const emulated = await underDarkSystem(async () => {
      expect(await colours('light', 'auto')).to.include({ card: DARK_CARD, title: DARK_TEXT });
    });
    const { el } = await colours('normal', 'dark');
    expect(el.theme).to.equal('dark');
    el.theme = 'light';
    await el.updateComplete;
    expect(el.getAttribute('theme'), 'reflected').to.equal('light');
    expect(getComputedStyle(part(el, 'voucher')!).backgroundColor).to.equal(LIGHT_CARD);
    if (!emulated) console.info('colour scheme: this engine cannot emulate a dark system; the system-dependent checks were skipped');
  });
});
