import { expect, fixture, html } from '@open-wc/testing';
import type { VoucherTray } from '../../src/entries/index.js';
import { TEXT_KEYS } from '../../src/i18n/en.js';
import { englishStrings } from '../../src/i18n/en-list.js';
import { textAttribute } from '../../src/i18n/resolve.js';
import type { TrayStrings } from '../../src/i18n/types.js';
import type { FakeFetch } from '../helpers/fake-fetch.js';
import { DAY, fakeBackend, part, parts, providerWith, root, text, trayFixture, voucher } from './helpers.js';

// This file must not import a translation itself: the first test proves none is fetched
// until a tray needs it.
const LANGUAGES = ['de', 'es', 'fr', 'hi', 'nl', 'pt'] as const;
const translationsFetched = () =>
  performance
    .getEntriesByType('resource')
    .map((entry) => entry.name.match(/\/i18n\/(\w\w)\.(?:ts|js)\b/)?.[1])
    // English (i18n/en.ts) is part of the element itself, not a translation.
    .filter((language) => language && language !== 'en');
const translation = async (language: string): Promise<TrayStrings> => (await import(`../../src/i18n/${language}.ts`)).default;

const provider = providerWith(() => [voucher({ code: 'HALLO-1', title: 'Hallo', expiresAt: Date.now() + 20 * DAY })]);
const none = providerWith(() => []);

describe('languages', () => {
  let fake: FakeFetch;
  beforeEach(() => (fake = fakeBackend()));
  afterEach(() => fake.restore());

  it('has English built in and fetches a translation only when a tray’s locale needs it', async () => {
    const english = await fixture<VoucherTray>(html`<voucher-tray locale="en-GB"></voucher-tray>`);
    expect(text(part(english, 'login-text'))).to.equal(englishStrings.loginPrompt);
    expect(translationsFetched()).to.deep.equal([]);
    const german = await fixture<VoucherTray>(html`<voucher-tray locale="de-AT"></voucher-tray>`);
    expect(text(part(german, 'login-text'))).to.equal('Melden Sie sich an, um Ihre Gutscheine zu sehen.');
    expect(translationsFetched()).to.deep.equal(['de']);
    // A second German tray shares the loaded translation.
    await fixture<VoucherTray>(html`<voucher-tray locale="de"></voucher-tray>`);
    expect(translationsFetched()).to.deep.equal(['de']);
  });

  const regional = { de: 'de-CH', es: 'es-MX', fr: 'fr-CA', hi: 'hi-IN', nl: 'nl-BE', pt: 'pt-BR' };
  for (const language of LANGUAGES) {
    it(`shows ${language} text for ${regional[language]}, from the first render on`, async () => {
      const el = document.createElement('voucher-tray');
      el.setAttribute('locale', regional[language]);
      document.body.append(el);
      // Every state the shadow root passes through, to prove English never showed meanwhile.
      const seen: string[] = [];
      const observer = new MutationObserver(() => seen.push(el.shadowRoot!.textContent ?? ''));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      try {
        await el.updateComplete;
        const strings = await translation(language);
        expect(text(part(el, 'login-text'))).to.equal(strings.loginPrompt);
        expect(text(part(el, 'login-button'))).to.equal(strings.loginButton);
        expect(seen.length).to.be.at.least(1);
        for (const content of seen) expect(content).to.not.contain(englishStrings.loginPrompt);
      } finally {
        observer.disconnect();
        el.remove();
      }
    });
  }

  it('translates the list, its expiry text and its names for screen readers', async () => {
    const el = await trayFixture(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="fr"></voucher-tray>`);
    expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('Vos bons de réduction');
    expect(text(part(el, 'copy-button'))).to.equal('Copier le code');
    expect(part(el, 'copy-button')!.getAttribute('aria-label')).to.equal('Copier le code: HALLO-1');
    expect(text(part(el, 'expiry'))).to.match(/^Expire le /);
    await expect(el).to.be.accessible();
  });

  it('takes the language of the closest [lang] when there is no locale attribute', async () => {
    const page = await fixture<HTMLElement>(html`<section lang="nl"><div><voucher-tray></voucher-tray></div></section>`);
    const el = page.querySelector('voucher-tray')!;
    await el.updateComplete;
    expect(text(part(el, 'login-button'))).to.equal('Inloggen');
  });

  it('falls back to English text, with the locale’s own formats, for a language it has no translation for', async () => {
    const el = await trayFixture(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="ja"></voucher-tray>`);
    expect(text(part(el, 'copy-button'))).to.equal('Copy code');
    expect(text(part(el, 'expiry'))).to.match(/^Until (\d{4}年)?\d{1,2}月\d{1,2}日/);
  });

  describe('overrides', () => {
    it('replaces any text with a text-* attribute, without JavaScript', async () => {
      const el = await trayFixture(html`<voucher-tray
        provider=${none}
        identity="a"
        token-endpoint="/token"
        locale="de"
        text-empty="Noch keine Gutscheine – schauen Sie bald wieder vorbei."
      ></voucher-tray>`);
      expect(text(part(el, 'empty'))).to.equal('Noch keine Gutscheine – schauen Sie bald wieder vorbei.');
      el.setAttribute('text-empty', 'Leer.');
      await el.updateComplete;
      expect(text(part(el, 'empty'))).to.equal('Leer.');
      el.removeAttribute('text-empty');
      await el.updateComplete;
      expect(text(part(el, 'empty'))).to.equal('Sie haben derzeit keine Gutscheine.');
    });

    it('has one attribute per text, named after its key', async () => {
      const el = await trayFixture(html`<voucher-tray
        provider=${provider}
        identity="a"
        token-endpoint="/token"
        locale="en"
        text-list-label="Offers for you"
        text-copy="Copy"
        text-expires="Valid until {date}"
      ></voucher-tray>`);
      expect(part(el, 'list')!.getAttribute('aria-label')).to.equal('Offers for you');
      expect(text(part(el, 'copy-button'))).to.equal('Copy');
      expect(text(part(el, 'expiry'))).to.match(/^Valid until \w/);
      expect(Object.keys(englishStrings).map(textAttribute)).to.include.members(['text-login-prompt', 'text-expires-today', 'text-status-no-balance', 'text-new-tab']);
      // The keys observed from the first paint name every text, though most English comes later.
      expect([...TEXT_KEYS].sort()).to.deep.equal(Object.keys(englishStrings).sort());
    });

    it('lets the strings property win over attributes and translations', async () => {
      const el = await fixture<VoucherTray>(html`<voucher-tray locale="es" text-login-button="Entrar"></voucher-tray>`);
      expect(text(part(el, 'login-button'))).to.equal('Entrar');
      expect(text(part(el, 'login-text'))).to.equal('Inicia sesión para ver tus cupones.');
      el.strings = { loginButton: 'Acceder', loginPrompt: 'Tus ofertas te esperan.' };
      await el.updateComplete;
      expect(text(part(el, 'login-button'))).to.equal('Acceder');
      expect(text(part(el, 'login-text'))).to.equal('Tus ofertas te esperan.');
    });

    it('replaces the login prompt and empty message with slotted content', async () => {
      const el = await fixture<VoucherTray>(html`<voucher-tray locale="de"><a slot="login" href="/konto">Zum Kundenkonto</a></voucher-tray>`);
      const slot = root(el).querySelector<HTMLSlotElement>('slot[name="login"]')!;
      expect(slot.assignedElements().map(text)).to.deep.equal(['Zum Kundenkonto']);
      // The default prompt stays in the shadow root as slot fallback, but is not rendered.
      expect(parts(el, 'login-button')[0]!.getClientRects()).to.have.length(0);
    });
  });

  it('ships complete translations: every key, the same placeholders, at most two plural forms', async () => {
    const placeholders = (value: string) => [...new Set(value.match(/\{\w+\}/g) ?? [])].sort();
    for (const language of LANGUAGES) {
      const strings = await translation(language);
      expect(Object.keys(strings).sort(), language).to.deep.equal(Object.keys(englishStrings).sort());
      for (const [key, english] of Object.entries(englishStrings)) {
        const value = strings[key as keyof TrayStrings];
        expect(value.trim(), `${language}.${key}`).to.not.equal('');
        expect(placeholders(value), `${language}.${key}`).to.deep.equal(placeholders(english));
        expect(value.split('|').length, `${language}.${key}`).to.be.at.most(2);
      }
    }
  });
});
