// Loading never waits for text: with a translation chunk slow to arrive, the runtime, token
// and provider requests start at once; only the text is held (never English meanwhile).
// This file must be the first in its page to ask for Hindi (web-test-runner gives each file one).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { VoucherTray } from '../../src/entries/index.js';
import { englishStrings } from '../../src/i18n/en-list.js';
import { translationFor } from '../../src/i18n/load.js';
import { loadRuntime } from '../../src/runtime/loader.js';
import { DAY, fakeBackend, part, providerWith, text, voucher } from './helpers.js';

const SLOW_MS = 1200;
const provider = providerWith(() => [voucher({ code: 'NAMASTE-1', title: 'Namaste', expiresAt: Date.now() + 20 * DAY })]);

describe('text and loading', () => {
  before(() => loadRuntime());

  it('starts the token and provider requests while the translation is still on its way', async function () {
    this.timeout(20_000);
    const fake = fakeBackend();
    try {
      await fetch(`/__slow-translation/hi?ms=${SLOW_MS}`, { method: 'POST' });
      const translatedWhenAsked: boolean[] = [];
      fake.on('GET', '/vouchers', () => (translatedWhenAsked.push(translationFor('hi') !== undefined), new Response('{}')));
      const seen: string[] = [];
      const el = await fixture<VoucherTray>(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="hi-IN"></voucher-tray>`);
      const observer = new MutationObserver(() => seen.push(el.shadowRoot!.textContent ?? ''));
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });
      await waitUntil(() => fake.count((r) => r.method === 'GET') === 1, 'no provider request', { timeout: 10_000 });
      await waitUntil(() => part(el, 'list'), 'never showed the list', { timeout: 10_000 });
      observer.disconnect();
      // Firefox, deep in a full run, may take the chunk from a cache of its own without asking
      // the server: then nothing was slow, and there is nothing to prove.
      if (((await (await fetch('/__slow-translation/hi')).json()) as { armed: boolean }).armed) this.skip();
      expect(translatedWhenAsked, 'the provider was asked before the translation arrived').to.deep.equal([false]);
      expect(text(part(el, 'copy-button'))).to.equal('कोड कॉपी करें');
      for (const content of seen) expect(content).to.not.contain(englishStrings.copy);
    } finally {
      fake.restore();
    }
  });
});
