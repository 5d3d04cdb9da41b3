// Shared checks for the pages in this folder, each of which loads dist/voucher-tray.min.js the
// way a marketing site, tag manager or CMS block does. Nothing here imports the element's
// source: the built file alone must define <voucher-tray>.
import { expect, waitUntil } from '@open-wc/testing';

interface TrayLike extends HTMLElement {
  vouchers: readonly { code: string; expiresAt?: number }[];
}

declare global {
  interface Window {
    __pageErrors: string[];
  }
}

/** The path of every resource the page has fetched so far. */
export { fetchedPaths } from '../helpers/tray.js';
import { fetchedPaths } from '../helpers/tray.js';

async function shown(tray: TrayLike): Promise<string[]> {
  await waitUntil(
    () => tray.shadowRoot?.querySelector('[part="list"], [part="empty"], [part="error"]'),
    `${tray.id || 'tray'} never settled`,
    { timeout: 8000 },
  );
  // The error's text, not the element: chai's report of a failing element can hang the page.
  expect(tray.shadowRoot!.querySelector('[part="error"]')?.textContent ?? null, `${tray.id} error state`).to.equal(null);
  return [...tray.shadowRoot!.querySelectorAll('[part="code"]')].map((n) => n.textContent!.trim());
}

/**
 * The checks every loading style must pass. `standalone`: the page loads the one-file build,
 * which must fetch no chunk at all.
 */
export function describeScriptTagPage(name: string, { standalone = false } = {}): void {
  describe(`script tag: ${name}`, () => {
    it('defines <voucher-tray> and exposes registerProvider on window.VoucherTray', async () => {
      await waitUntil(() => customElements.get('voucher-tray'), `never defined; page errors: ${JSON.stringify(window.__pageErrors)} at ${location.href}`, { timeout: 8000 });
      expect(typeof window.VoucherTray?.registerProvider).to.equal('function');
      // With two copies on the page, window.VoucherTray is the copy whose element is defined.
      expect(window.VoucherTray?.VoucherTray).to.equal(customElements.get('voucher-tray'));
    });

    it('upgrades the tags already in the page and shows only unexpired vouchers', async () => {
      const trays = [...document.querySelectorAll<TrayLike>('voucher-tray[data-expect="vouchers"]')];
      expect(trays.length).to.be.greaterThan(0);
      for (const tray of trays) {
        const codes = await shown(tray);
        expect(codes.length, tray.id).to.be.greaterThan(0);
        expect(codes).to.deep.equal(tray.vouchers.map((v) => v.code));
        for (const voucher of tray.vouchers) {
          if (voucher.expiresAt !== undefined) expect(voucher.expiresAt).to.be.greaterThan(Date.now());
        }
      }
    });

    it('shows the login prompt to anonymous shoppers', async () => {
      const tray = document.querySelector<TrayLike>('voucher-tray[data-expect="login"]')!;
      await waitUntil(() => tray.shadowRoot?.querySelector('[part="login"]'), 'no login prompt');
    });

    it('handles tags injected with innerHTML after the script ran', async () => {
      const host = document.createElement('div');
      document.body.append(host);
      host.innerHTML =
        '<voucher-tray id="injected" provider="spaaza" identity="21" token-endpoint="/mock/token"></voucher-tray>';
      const codes = await shown(host.querySelector<TrayLike>('#injected')!);
      expect(codes.length).to.be.greaterThan(0);
      host.remove();
    });

    if (standalone) {
      it('fetched no chunk: everything is inside the one file', () => {
        expect([...new Set(fetchedPaths().filter((path) => path.startsWith('/dist/')))]).to.deep.equal(['/dist/voucher-tray.standalone.min.js']);
      });
    } else {
      it('fetched its runtime once, from beside the script', () => {
        const runtime = fetchedPaths().filter((path) => path.includes('voucher-tray.runtime-'));
        expect(runtime).to.have.length(1);
        expect(runtime[0]).to.match(/^\/dist\/voucher-tray\.runtime-[\w-]+\.js$/);
      });
    }

    it('fetches the scan view only when a shopper opens a code, from beside the script', async () => {
      const scanChunks = () => fetchedPaths().filter((path) => /voucher-tray\.scan-/.test(path));
      const host = document.createElement('div');
      document.body.append(host);
      host.innerHTML = '<voucher-tray scan provider="spaaza" identity="21" token-endpoint="/mock/token"></voucher-tray>';
      const tray = host.querySelector<TrayLike>('voucher-tray')!;
      await shown(tray);
      expect(scanChunks(), 'before any code was opened').to.deep.equal([]);
      tray.shadowRoot!.querySelector<HTMLElement>('[part="scan-button"]')!.click();
      await waitUntil(() => tray.shadowRoot!.querySelector('dialog[part="scan"][open]'), 'the scan view never opened', { timeout: 8000 });
      expect(tray.shadowRoot!.querySelector('[part="qr"]'), 'a QR code').to.exist;
      if (standalone) expect(scanChunks()).to.deep.equal([]);
      else expect(scanChunks()).to.have.length(1).and.satisfy((paths: string[]) => /^\/dist\/voucher-tray\.scan-[\w-]+\.js$/.test(paths[0]!));
      tray.shadowRoot!.querySelector('dialog')!.close();
      host.remove();
    });

    it('lets the page register a provider through window.VoucherTray', async () => {
      // A built-in name no tray here uses yet: the page's adapter wins over the built-in one.
      window.VoucherTray!.registerProvider('voucherify-vouchers', {
        defaultApiBase: '/unused',
        fetchVouchers: async ({ identity }) => [{ id: 'page-1', code: `PAGE-${identity}`, provider: 'page', status: 'active' }],
      });
      const host = document.createElement('div');
      document.body.append(host);
      host.innerHTML = '<voucher-tray provider="voucherify-vouchers" identity="kim" token-endpoint="/mock/token"></voucher-tray>';
      expect(await shown(host.querySelector<TrayLike>('voucher-tray')!)).to.deep.equal(['PAGE-kim']);
      host.remove();
    });

    it('threw nothing, even with the script loaded twice', () => {
      expect(window.__pageErrors).to.deep.equal([]);
    });
  });
}
