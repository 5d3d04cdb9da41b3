// Shared by the shopper-experience tests: a provider whose vouchers each test decides (loaded
// through the real token + request path against a fake fetch), and small DOM look-ups.
import { fixture, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/entries/index.js';
import { registerProvider, type VoucherTray } from '../../src/entries/index.js';
import { sharedTokenClient } from '../../src/providers/net/token-client.js';
import type { Voucher } from '../../src/model/voucher.js';
import { installFakeFetch, json, type FakeFetch } from '../helpers/fake-fetch.js';

export const MINUTE = 60_000;
export const HOUR = 60 * MINUTE;
export const DAY = 24 * HOUR;

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
  sharedTokenClient.clear();
  const fake = installFakeFetch();
  fake.on('POST', '/token', () => json({ token: 'tok', expires_in: 600 }));
  fake.on('GET', '/vouchers', () => json({}));
  return fake;
}

export const root = (el: VoucherTray): ShadowRoot => el.shadowRoot!;
export const part = (el: VoucherTray, name: string) => root(el).querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: VoucherTray, name: string) => [...root(el).querySelectorAll<HTMLElement>(`[part~="${name}"]`)];
export const text = (node: Element | null | undefined): string => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
/** What the tray's polite live region says right now. */
export const announced = (el: VoucherTray): string => text(root(el).querySelector('[role="status"]'));

/** Waits until the tray shows its list, empty message or error. */
export async function settled(el: VoucherTray): Promise<VoucherTray> {
  await waitUntil(() => part(el, 'list') ?? part(el, 'empty') ?? part(el, 'error'), 'tray never settled', { timeout: 5000 });
  await el.updateComplete;
  return el;
}

/** Renders `template` (a single <voucher-tray>) and waits until it settles. */
export async function trayFixture(template: TemplateResult): Promise<VoucherTray> {
  return settled(await fixture<VoucherTray>(template));
}
