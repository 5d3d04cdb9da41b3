/**
 * What every framework test proves, against the mock backend (demo/mock-backend.js). Each
 * test file builds the same small app in its framework:
 *
 * - state `{ provider, identity }`, handed to <voucher-tray> together with `token-endpoint`,
 *   `login-url` and `apply-url` (attributes or properties) and `strings` (a property: it is an
 *   object);
 * - a `voucher-tray-login` handler that cancels the event and logs in: identity becomes the
 *   shopper of the current provider (see SHOPPERS);
 * - a `voucher-tray-apply` handler that cancels the event and puts the code in the app's own
 *   cart, shown in `<output data-cart>`;
 * - a `[data-action="switch"]` button (provider becomes voucherify, same login state) and a
 *   `[data-action="logout"]` button (identity becomes empty);
 * - every `voucher-tray-*` event handed to a TrayEventLog through the framework's own binding.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { TrayStrings } from '../../src/i18n/types.js';
import type { VoucherTray } from '../../src/element/voucher-tray.js';
import type { VoucherTrayViewEvent } from '../../src/element/events.js';

/** One shopper per provider the scenario uses, each with vouchers in the mock backend. */
export const SHOPPERS = {
  clevertap: '+919538784114',
  voucherify: 'cust_p1ufreYbVbwZ1x70nFkH9rF9',
  spaaza: '21',
} as const;
export type ShopperProvider = keyof typeof SHOPPERS;

export interface TrayAppState {
  provider: ShopperProvider;
  identity: string;
}

/** Where every scenario starts: an anonymous CleverTap shopper. */
export const ANONYMOUS: TrayAppState = { provider: 'clevertap', identity: '' };
/** The mock backend's shopper whose provider answers 500. */
export const FAILING: TrayAppState = { provider: 'spaaza', identity: 'error' };
export const TOKEN_ENDPOINT = '/mock/token';
/** Only a hash, so a login that was not cancelled would show up without leaving the page. */
export const LOGIN_URL = '#framework-login';
/** Only a hash too: an apply that was not cancelled would change it. */
export const APPLY_URL = '#framework-apply={code}';
export const STRINGS: Partial<TrayStrings> = { loginButton: 'Sign in for your vouchers' };

export type TrayEventName =
  | 'voucher-tray-load'
  | 'voucher-tray-error'
  | 'voucher-tray-copy'
  | 'voucher-tray-login'
  | 'voucher-tray-apply'
  | 'voucher-tray-view';

/** Collects the tray events an app's framework bindings hand to it. */
export class TrayEventLog {
  readonly events: Event[] = [];

  /** Give this to the framework's event binding. */
  readonly record = (event: Event): void => {
    this.events.push(event);
  };

  of<K extends TrayEventName>(type: K): HTMLElementEventMap[K][] {
    return this.events.filter((event): event is HTMLElementEventMap[K] => event.type === type);
  }

  /** The `n`th event of `type` (1-based), once it has arrived. */
  async nth<K extends TrayEventName>(type: K, n: number): Promise<HTMLElementEventMap[K]> {
    await waitUntil(() => this.of(type).length >= n, `the app never received ${type} #${n}`, { timeout: 5000 });
    return this.of(type)[n - 1]!;
  }
}

export interface MountedApp {
  /** The element the framework rendered the app into. */
  host: HTMLElement;
  log: TrayEventLog;
}

export async function trayIn(host: HTMLElement): Promise<VoucherTray> {
  await waitUntil(() => host.querySelector('voucher-tray'), 'the app never rendered <voucher-tray>');
  const tray = host.querySelector('voucher-tray')!;
  await tray.updateComplete;
  return tray;
}

export function shownCodes(tray: VoucherTray): string[] {
  return [...tray.shadowRoot!.querySelectorAll('[part="code"]')].map((node) => node.textContent!.trim());
}

function partOf(tray: VoucherTray, name: string): HTMLElement | null {
  return tray.shadowRoot!.querySelector<HTMLElement>(`[part="${name}"]`);
}

function click(host: HTMLElement, action: 'switch' | 'logout'): void {
  host.querySelector<HTMLButtonElement>(`button[data-action="${action}"]`)!.click();
}

async function mockJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, init);
  expect(response.ok, `${init?.method ?? 'GET'} ${url}`).to.equal(true);
  const body: T = await response.json();
  return body;
}

interface MockLogEntry {
  method: string;
  path: string;
}

/** Every code the mock backend holds for this shopper, asked for without the tray. */
export async function codesOfShopper(provider: 'clevertap' | 'voucherify', identity: string): Promise<Set<string>> {
  if (provider === 'voucherify') {
    const { codes } = await mockJson<{ codes: string[] }>(`/mock/_codes?identity=${encodeURIComponent(identity)}`);
    return new Set(codes);
  }
  const { token, api_base } = await mockJson<{ token: string; api_base: string }>(TOKEN_ENDPOINT, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ provider, identity }),
  });
  const { records } = await mockJson<{ records: { voucherCode: string }[] }>(
    `${api_base}/1/promo/vouchers?identity=${encodeURIComponent(identity)}`,
    { headers: { Authorization: `Bearer ${token}` } },
  );
  return new Set(records.map((record) => record.voucherCode));
}

/** The shown codes are this shopper's, and the load event reported exactly them. */
async function expectVouchersOf(
  tray: VoucherTray,
  load: HTMLElementEventMap['voucher-tray-load'],
  provider: 'clevertap' | 'voucherify',
): Promise<string[]> {
  await tray.updateComplete;
  const shown = shownCodes(tray);
  expect(shown, `${provider} codes shown`).to.not.be.empty;
  expect(load.detail.vouchers.map((voucher) => voucher.code)).to.deep.equal(shown);
  const owned = await codesOfShopper(provider, SHOPPERS[provider]);
  expect(shown.filter((code) => !owned.has(code)), `codes that are not ${SHOPPERS[provider]}'s`).to.deep.equal([]);
  return shown;
}

/** Log in from the tray, copy a code, apply one in the app's cart, switch provider, log out: the tray follows the app. */
export async function expectTrayFollowsAppState({ host, log }: MountedApp): Promise<void> {
  await fetch('/mock/_log', { method: 'DELETE' });
  const tray = await trayIn(host);
  // Impressions are once per voucher and shopper per page view, so an app mounted again in
  // this page may get none: it must get exactly those the tray fired.
  const fired: string[] = [];
  const countView = (event: Event) => event.target === tray && fired.push((event as VoucherTrayViewEvent).detail.voucher.code);
  document.addEventListener('voucher-tray-view', countView);

  // Anonymous: attributes and properties from the app's state, and not a single request.
  expect(tray.getAttribute('provider')).to.equal('clevertap');
  expect(tray.tokenEndpoint).to.equal(TOKEN_ENDPOINT);
  expect(tray.loginUrl).to.equal(LOGIN_URL);
  expect(partOf(tray, 'login-button')!.textContent!.trim()).to.equal(STRINGS.loginButton);
  await new Promise((resolve) => setTimeout(resolve, 50));
  expect(await mockJson<MockLogEntry[]>('/mock/_log')).to.deep.equal([]);

  // Log in: the app's login handler cancels the event and sets the identity.
  partOf(tray, 'login-button')!.click();
  const login = await log.nth('voucher-tray-login', 1);
  expect(login.defaultPrevented, 'the app cancelled the login event').to.equal(true);
  expect(location.hash).to.not.equal(LOGIN_URL);
  const clevertapCodes = await expectVouchersOf(tray, await log.nth('voucher-tray-load', 1), 'clevertap');

  // Copy: the event reaches the app only once the clipboard accepted the code.
  const clipboard = navigator.clipboard;
  const writeText = clipboard.writeText;
  const written: string[] = [];
  clipboard.writeText = async (text: string) => void written.push(text);
  try {
    partOf(tray, 'copy-button')!.click();
    const copy = await log.nth('voucher-tray-copy', 1);
    expect(copy.detail.voucher.code).to.equal(clevertapCodes[0]);
    expect(written).to.deep.equal([clevertapCodes[0]]);
  } finally {
    clipboard.writeText = writeText;
  }

  // Use now: the app cancels it and applies the code in its own cart; the page stays.
  const hash = location.hash;
  partOf(tray, 'apply-button')!.click();
  const apply = await log.nth('voucher-tray-apply', 1);
  expect(apply.detail.voucher.code).to.equal(clevertapCodes[0]);
  expect(apply.defaultPrevented, 'the app cancelled the apply event').to.equal(true);
  await waitUntil(() => host.querySelector('output[data-cart]')!.textContent === clevertapCodes[0], 'the app never applied the code');
  expect(location.hash).to.equal(hash);

  // Switch provider: the same login, now Voucherify's shopper.
  click(host, 'switch');
  const voucherifyCodes = await expectVouchersOf(tray, await log.nth('voucher-tray-load', 2), 'voucherify');
  expect(tray.getAttribute('provider')).to.equal('voucherify');
  expect(voucherifyCodes.filter((code) => clevertapCodes.includes(code))).to.deep.equal([]);

  // Log out: the vouchers go at once and the prompt is back.
  click(host, 'logout');
  await waitUntil(() => partOf(tray, 'login'), 'the login prompt never came back');
  expect(shownCodes(tray)).to.deep.equal([]);
  expect(tray.vouchers).to.deep.equal([]);
  expect(log.of('voucher-tray-load')).to.have.length(2);
  expect(log.of('voucher-tray-error')).to.deep.equal([]);
  document.removeEventListener('voucher-tray-view', countView);
  expect(log.of('voucher-tray-view').map((event) => event.detail.voucher.code)).to.deep.equal(fired);
}

/** An app started on FAILING receives the error event and the tray shows its error part. */
export async function expectErrorReachesApp({ host, log }: MountedApp): Promise<void> {
  const tray = await trayIn(host);
  const error = await log.nth('voucher-tray-error', 1);
  expect(error.detail.kind).to.equal('http');
  expect(error.detail.status).to.equal(500);
  await tray.updateComplete;
  expect(partOf(tray, 'error')).to.exist;
  expect(log.of('voucher-tray-load')).to.deep.equal([]);
}

/**
 * The scenario every framework test runs, for one way of mounting the app: it follows the
 * app's state from anonymous to logged out, and a failed load reaches the app.
 */
export function itFollowsTheAppState(mount: (initial: TrayAppState) => MountedApp | Promise<MountedApp>): void {
  it('follows the app state: log in, copy, use now in the app’s cart, switch provider, log out', async () => {
    const app = await mount(ANONYMOUS);
    await expectTrayFollowsAppState(app);
    expect(app.host.querySelector('output')!.textContent).to.match(/^\d+ vouchers$/);
  });

  it('hands a failed load to the app', async () => {
    await expectErrorReachesApp(await mount(FAILING));
  });
}
