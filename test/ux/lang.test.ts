// A tray follows `lang` as it changes: <html lang>, an ancestor's, its own. One observer for
// the page, released with the last tray.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/entries/index.js';
import type { VoucherTray } from '../../src/entries/index.js';
import { trackResources } from '../perf/helpers.js';
import { part, text } from './helpers.js';

const loginButton = (el: VoucherTray) => text(part(el, 'login-button'));
const reads = (el: VoucherTray, words: string) => waitUntil(() => loginButton(el) === words, `never read “${words}”, read “${loginButton(el)}”`);

describe('lang changes', () => {
  let pageLang: string | null;
  let tracked: ReturnType<typeof trackResources>;
  beforeEach(() => {
    pageLang = document.documentElement.getAttribute('lang');
    tracked = trackResources();
  });
  afterEach(() => {
    tracked.restore();
    if (pageLang === null) document.documentElement.removeAttribute('lang');
    else document.documentElement.setAttribute('lang', pageLang);
  });

  it('re-renders in the language of <html lang> when it changes', async () => {
    document.documentElement.setAttribute('lang', 'en');
    const el = await fixture<VoucherTray>(html`<voucher-tray></voucher-tray>`);
    expect(loginButton(el)).to.equal('Log in');
    document.documentElement.setAttribute('lang', 'de');
    await reads(el, 'Anmelden');
  });

  it('follows an ancestor’s lang and its own', async () => {
    const page = await fixture<HTMLElement>(html`<section lang="fr"><div><voucher-tray></voucher-tray></div></section>`);
    const el = page.querySelector('voucher-tray')!;
    await reads(el, 'Se connecter');
    page.setAttribute('lang', 'nl');
    await reads(el, 'Inloggen');
    el.setAttribute('lang', 'es');
    await reads(el, 'Iniciar sesión');
  });

  it('keeps one observer for every tray, and none once the last tray is gone', async () => {
    const page = await fixture<HTMLElement>(html`<div><voucher-tray></voucher-tray><voucher-tray></voucher-tray></div>`);
    expect(tracked.observing(), 'while trays are on the page').to.equal(1);
    page.querySelector('voucher-tray')!.remove();
    expect(tracked.observing(), 'with one tray left').to.equal(1);
    page.remove();
    expect(tracked.observing(), 'with none left').to.equal(0);
  });
});
