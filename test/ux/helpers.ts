// Shared by the shopper-experience tests: a provider whose vouchers each test decides (loaded
// through the real token + request path against a fake fetch), and small DOM look-ups.
import { fixture } from '@open-wc/testing';
import { settled, text } from '../helpers/tray.js';
import type { TemplateResult } from 'lit';
import '../../src/entries/index.js';
import { registerProvider, type VoucherTray } from '../../src/entries/index.js';
import { clearVoucherTrayCache } from '../../src/entries/index.js';
import type { Voucher } from '../../src/model/voucher.js';
import { grantAnswer, installFakeFetch, json, type FakeFetch } from '../helpers/fake-fetch.js';

export { DAY, HOUR, MINUTE } from '../../src/model/time.js';

let nextProvider = 0;

/** Registers a fresh provider that answers `vouchers()` (called at load time, so times can be relative to then). */
export function providerWith(vouchers: () => Voucher[]): string {
  const name = `ux-${++nextProvider}`;
  registerProvider(name, {
    defaultApiBase: 'https://provider.test',
    async fetchVouchers(request) {
      await request.getJson('/vouchers', {});
      return vouchers();
    },
  });
  return name;
}

export const voucher = (fields: Partial<Voucher> & { code: string }): Voucher => ({
  id: fields.code,
  provider: 'test',
  status: 'active',
  ...fields,
});

/** A fake fetch with a token endpoint at /token and an empty provider answer at /vouchers. */
export function fakeBackend(): FakeFetch {
  clearVoucherTrayCache();
  const fake = installFakeFetch();
  fake.on('POST', '/token', (r) => grantAnswer(r, { token: 'tok', expires_in: 600 }, 'https://provider.test'));
  fake.on('GET', '/vouchers', () => json({}));
  return fake;
}

export { part, parts, settled, text } from '../helpers/tray.js';
export const root = (el: VoucherTray): ShadowRoot => el.shadowRoot!;
/** What the tray's polite live region says right now. */
export const announced = (el: VoucherTray): string => text(root(el).querySelector('[role="status"]'));


/** Renders `template` (a single <voucher-tray>) and waits until it settles. */
export async function trayFixture(template: TemplateResult): Promise<VoucherTray> {
  return settled(await fixture<VoucherTray>(template));
}
