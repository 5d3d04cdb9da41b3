// Checks for the pages beside this file, which load the built script-tag file (run
// `npm run build` first) in a German page: the translations must come from their own chunks
// in dist/, next to the script, and never be bundled into it.
import { expect, waitUntil } from '@open-wc/testing';
import { fetchedPaths } from '../script-tag/checks.js';

const loginText = (id: string) =>
  document.getElementById(id)?.shadowRoot?.querySelector('[part="login-text"]')?.textContent?.trim();

export function describeScriptTranslations(loading: string): void {
  describe(`script-tag file, ${loading}: translations`, () => {
    it('fetches the page’s language and a tray’s own locale from chunks beside the script', async () => {
      await waitUntil(() => loginText('german') === 'Melden Sie sich an, um Ihre Gutscheine zu sehen.', 'no German text', { timeout: 8000 });
      await waitUntil(() => loginText('french') === 'Connectez-vous pour voir vos bons de réduction.', 'no French text', { timeout: 8000 });
      expect(loginText('english')).to.equal('Log in to see your vouchers.');
      const fetched = fetchedPaths();
      const chunks = fetched.filter((path) => /\/voucher-tray\.[^/]+-[\w-]+\.js$/.test(path)).sort();
      expect(chunks).to.have.length(2);
      expect(chunks[0]).to.match(/^\/dist\/voucher-tray\.de-[\w-]+\.js$/);
      expect(chunks[1]).to.match(/^\/dist\/voucher-tray\.fr-[\w-]+\.js$/);
      // Every tray here is anonymous: the runtime chunk (network layer, list) is never fetched.
      expect(fetched.filter((path) => path.includes('voucher-tray.runtime-'))).to.deep.equal([]);
    });

    it('carries no translation inside the script itself', async () => {
      const script = await (await fetch('/dist/voucher-tray.min.js')).text();
      expect(script).to.contain('Log in to see your vouchers.');
      for (const phrase of ['Melden Sie sich an', 'Connectez-vous', 'Inicia sesión', 'Log in om', 'Entre na sua conta', 'लॉग इन करें']) {
        expect(script, phrase).to.not.contain(phrase);
      }
    });
  });
}
