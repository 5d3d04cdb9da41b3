// The built script-tag file against the server kit: every request shape of the contract
// goes browser → kit → fake provider and back, with the kit's grant and nothing else.
import { expect, waitUntil } from '@open-wc/testing';

interface TrayLike extends HTMLElement {
  vouchers: readonly { code: string }[];
}

async function settled(id: string): Promise<TrayLike> {
  const tray = document.getElementById(id) as TrayLike;
  await waitUntil(() => tray.shadowRoot?.querySelector('[part="list"], [part="empty"], [part="error"]'), `${id} never settled`, { timeout: 8000 });
  return tray;
}

async function codesOf(id: string): Promise<string[]> {
  const tray = await settled(id);
  expect(tray.shadowRoot!.querySelector('[part="error"]')?.textContent ?? null, `${id} error`).to.equal(null);
  return tray.vouchers.map((v) => v.code).sort();
}

export function describeKitPage(): void {
  describe('server kit end to end (script-tag file)', () => {
    it('CleverTap Fetch Voucher', async () => {
      expect(await codesOf('clevertap')).to.deep.equal(['CT-alice@example.com-0', 'CT-alice@example.com-1']);
    });

    it('Voucherify customer redeemables, following has_more through the proxy', async () => {
      expect(await codesOf('redeemables')).to.deep.equal(['ALICE-1', 'ALICE-2', 'ALICE-3']);
    });

    it('Voucherify list vouchers by customer', async () => {
      expect(await codesOf('list')).to.deep.equal(['ALICE-1', 'ALICE-2', 'ALICE-3']);
    });

    it('Voucherify + codes: only the codes this shopper holds', async () => {
      expect(await codesOf('codes')).to.deep.equal(['ALICE-2']);
    });

    it('Spaaza get-user-vouchers', async () => {
      expect(await codesOf('spaaza')).to.deep.equal(['SP-21']);
    });

    it('a tray for another shopper than the logged-in one gets no grant', async () => {
      const tray = await settled('intruder');
      expect(tray.shadowRoot!.querySelector('[part="error"]')).to.not.equal(null);
      expect(tray.vouchers.length).to.equal(0);
    });

    it('the browser talked only to the kit, and the providers saw only the five shapes', async () => {
      const paths = performance.getEntriesByType('resource').map((e) => new URL(e.name));
      const calls = paths.filter((url) => url.pathname.startsWith('/voucher-tray/'));
      expect(calls.length).to.be.greaterThan(5);
      for (const url of calls) expect(url.search).to.not.match(/token|eyJ/);
      const log = (await (await fetch('/voucher-tray-e2e/upstream-log')).json()) as Array<{ family: string; path: string }>;
      const shapes = new Set(log.map(({ family, path }) => `${family} ${path.replace(/ALICE-\d|BOB-1|NOPE-1/, '{code}')}`));
      expect([...shapes].sort()).to.deep.equal([
        'clevertap /1/promo/vouchers',
        'spaaza /get-user-vouchers',
        // Not a browser shape: the kit's own look-up of the customer, to prove BOB-1 is not hers.
        'voucherify /v1/customers/cust_alice',
        'voucherify /v1/customers/cust_alice/redeemables',
        'voucherify /v1/vouchers',
        'voucherify /v1/vouchers/{code}',
      ]);
    });
  });
}
