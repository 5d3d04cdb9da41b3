// Loading never waits for text: with a translation chunk slow to arrive, the runtime, token
// and provider requests start at once; only the text is held (never English meanwhile).
// This file must be the first in its page to ask for Hindi (web-test-runner gives each file one).
import { expect, fixtureSync, html, waitUntil } from '@open-wc/testing';
import type { VoucherTray } from '../../src/entries/index.js';
import { englishStrings } from '../../src/i18n/en-list.js';
import { loadTranslation, translationFor } from '../../src/i18n/load.js';
import { loadRuntime } from '../../src/runtime/loader.js';
import { DAY, fakeBackend, part, providerWith, text, voucher } from './helpers.js';

// The longest a tray holds its text for a translation (src/i18n/load.ts), less a margin for
// the time between the tray's start and this test's clock.
const TRANSLATION_WAIT_MS = 1400;
const provider = providerWith(() => [voucher({ code: 'NAMASTE-1', title: 'Namaste', expiresAt: Date.now() + 20 * DAY })]);

describe('text and loading', () => {
  before(() => loadRuntime());

  it('starts the token and provider requests while the translation is still on its way', async function () {
    this.timeout(20_000);
    // The test server's controls, asked with the page's own fetch: the fake below answers
    // everything else (before this, it answered these too, and nothing was ever held).
    const server = window.fetch.bind(window);
    const fake = fakeBackend();
    const held = async () => ((await (await server('/__slow-translation/hi')).json()) as { held: boolean }).held;
    try {
      // The chunk is held at the server until this test lets it go: whatever the machine's
      // load, the provider is asked while the translation is still on its way, or it is not.
      await server('/__slow-translation/hi', { method: 'POST' });
      // When the provider is asked: is the translation in, and is the tray still waiting for
      // it (asking again starts nothing: it answers the wait already under way, or none)?
      const whenAsked: { translated: boolean; waiting: boolean }[] = [];
      fake.on('GET', '/vouchers', () => {
        whenAsked.push({ translated: translationFor('hi') !== undefined, waiting: loadTranslation('hi-IN') !== undefined });
        return new Response('{}');
      });
      // Not `fixture`: it waits for the tray's update, and the update waits for the text.
      // What the tray said, and when: English may show only once the translation wait is over.
      const seen: { at: number; content: string }[] = [];
      const started = performance.now();
      const el = fixtureSync<VoucherTray>(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="hi-IN"></voucher-tray>`);
      const observer = new MutationObserver(() => seen.push({ at: performance.now() - started, content: el.shadowRoot!.textContent ?? '' }));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      await waitUntil(() => fake.count((r) => r.method === 'GET') === 1, 'no provider request', { timeout: 10_000 });
      // The chunk is served uncached (test/runner/slow-translations.mjs), so even deep in a full
      // run, after other pages loaded Hindi, the browser asks the server, and it waits there.
      let asked = false;
      for (const end = Date.now() + 3000; !asked && Date.now() < end; ) asked = await held();
      expect(asked, 'the Hindi chunk is held at the server').to.equal(true);
      expect(whenAsked, 'the provider was asked before the translation arrived, not after waiting for it').to.deep.equal([{ translated: false, waiting: true }]);
      if (performance.now() - started < TRANSLATION_WAIT_MS) expect(part(el, 'list'), 'the list waits for its text').to.equal(null);
      await server('/__slow-translation/hi/release', { method: 'POST' });
      await waitUntil(() => text(part(el, 'copy-button')) === 'कोड कॉपी करें', 'never showed the list in Hindi', { timeout: 10_000 });
      observer.disconnect();
      for (const { at, content } of seen) if (at < TRANSLATION_WAIT_MS) expect(content).to.not.contain(englishStrings.copy);
    } finally {
      await server('/__slow-translation/hi/release', { method: 'POST' });
      fake.restore();
    }
  });
});
