// The demo page's controls. The trays are configured only through their attributes and
// listened to only through their events, as any embedder's page would do.
import '../src/entries/index.js';
import { registerProvider, voucherifyAdapter } from '../src/providers/index.js';

// Demo only: the mock's Voucherify vouchers carry the docs' `{{internalVoucherifyURL}}`
// placeholder for their QR and barcode images, which the tray rightly ignores. For the
// showcase shopper, real-looking https links are swapped in so the asset links can be seen.
registerProvider('voucherify', {
  ...voucherifyAdapter,
  async fetchVouchers(request) {
    const vouchers = await voucherifyAdapter.fetchVouchers(request);
    if (request.identity !== 'showcase') return vouchers;
    const asset = (kind: string, code: string) => `https://dl.voucherify.io/api/v1/assets/${kind}/${encodeURIComponent(code)}`;
    return vouchers.map((v) => ({ ...v, qrUrl: asset('qr', v.code), barcodeUrl: asset('barcode', v.code) }));
  },
});

type Mode = 'clevertap' | 'voucherify' | 'voucherify-vouchers' | 'voucherify-codes' | 'spaaza';

/** A shopper the mock knows, per provider (any other identity gets vouchers too). */
const defaultIdentity: Record<Mode, string> = {
  clevertap: '+919538784114',
  voucherify: 'cust_p1ufreYbVbwZ1x70nFkH9rF9',
  'voucherify-vouchers': 'cust_p1ufreYbVbwZ1x70nFkH9rF9',
  'voucherify-codes': 'cust_p1ufreYbVbwZ1x70nFkH9rF9',
  spaaza: '21',
};
const LOG_LIMIT = 60;

function byId<T extends HTMLElement>(id: string, type: { new (): T; prototype: T }): T {
  const element = document.getElementById(id);
  if (!(element instanceof type)) throw new Error(`demo page: #${id} is missing`);
  return element;
}

const form = byId('session-form', HTMLFormElement);
const provider = byId('provider', HTMLSelectElement);
const identity = byId('identity', HTMLInputElement);
const codes = byId('codes', HTMLInputElement);
const codesField = byId('codes-field', HTMLElement);
const session = byId('session', HTMLElement);
const showExpired = byId('show-expired', HTMLInputElement);
const locale = byId('locale', HTMLSelectElement);
const rtl = byId('rtl', HTMLInputElement);
const scheme = byId('scheme', HTMLSelectElement);
const special = byId('special', HTMLSelectElement);
const traysRegion = byId('trays', HTMLElement);
const eventLog = byId('event-log', HTMLOListElement);
/** The trays that follow the shopper form; the showcase tray keeps its own shopper. */
const trays = [...traysRegion.querySelectorAll('voucher-tray[data-shopper]')];
const allTrays = [...traysRegion.querySelectorAll('voucher-tray')];

let loggedInAs: string | undefined;
/** The shopper whose codes the mock filled in; undefined once the field is edited by hand. */
let codesFilledFor: string | undefined;

const isMode = (value: string): value is Mode => Object.hasOwn(defaultIdentity, value);
const currentMode = (): Mode => (isMode(provider.value) ? provider.value : 'clevertap');

function setOnTrays(name: string, value: string | null, on = trays): void {
  for (const tray of on) {
    if (value === null) tray.removeAttribute(name);
    else tray.setAttribute(name, value);
  }
}

function applySettings(): void {
  const mode = currentMode();
  const codeList = mode === 'voucherify-codes' ? codes.value.trim() : '';
  codesField.hidden = mode !== 'voucherify-codes';
  byId('codes-hint', HTMLElement).hidden = codesField.hidden;
  setOnTrays('provider', mode === 'voucherify-codes' ? 'voucherify' : mode);
  setOnTrays('codes', codeList === '' ? null : codeList);
  setOnTrays('show-expired', showExpired.checked ? '' : null);
  setOnTrays('locale', locale.value === '' ? null : locale.value, allTrays);
  traysRegion.dir = rtl.checked ? 'rtl' : '';
  // The page's own scheme: the plain trays follow it (their color-scheme is inherited).
  document.documentElement.style.colorScheme = scheme.value;
}

/** Demo-only helper of the mock; a real page knows its codes (from an order, an email…). */
async function fillCodes(shopper: string): Promise<void> {
  const response = await fetch(`/mock/_codes?identity=${encodeURIComponent(shopper)}`);
  const body: unknown = response.ok ? await response.json() : undefined;
  const list = (body as { codes?: unknown } | undefined)?.codes;
  if (!Array.isArray(list)) return;
  codes.value = list.filter((code): code is string => typeof code === 'string').slice(0, 6).join(',');
  codesFilledFor = shopper;
}

/**
 * The demo's "login": a cookie that the demo backend's identify() trusts (demo/kit-backend.js).
 * A real site has its own session; the server kit asks it who is logged in.
 */
function setDemoLogin(shopper: string | undefined): void {
  document.cookie =
    shopper === undefined
      ? 'voucher_tray_demo_shopper=; path=/; max-age=0; SameSite=Strict'
      : `voucher_tray_demo_shopper=${encodeURIComponent(shopper)}; path=/; SameSite=Strict`;
}

async function logIn(shopper: string): Promise<void> {
  identity.value = shopper;
  setDemoLogin(shopper);
  const stale = codes.value.trim() === '' || (codesFilledFor !== undefined && codesFilledFor !== shopper);
  if (currentMode() === 'voucherify-codes' && stale) await fillCodes(shopper).catch(() => undefined);
  applySettings();
  setOnTrays('identity', shopper);
  loggedInAs = shopper;
  session.textContent = `Logged in as ${shopper}.`;
}

function logOut(): void {
  setDemoLogin(undefined);
  setOnTrays('identity', null);
  loggedInAs = undefined;
  session.textContent = 'Logged out: the vouchers are gone and the trays show their login prompt.';
}

function note(event: Event, text: string): void {
  const tray = event.target instanceof HTMLElement ? (event.target.dataset['name'] ?? 'tray') : 'tray';
  const now = new Date();
  const time = Object.assign(document.createElement('time'), { dateTime: now.toISOString(), textContent: now.toLocaleTimeString() });
  const name = Object.assign(document.createElement('code'), { textContent: event.type });
  const item = document.createElement('li');
  item.append(time, ` ${tray} · `, name, ` ${text}`);
  eventLog.prepend(item);
  while (eventLog.children.length > LOG_LIMIT) eventLog.lastElementChild?.remove();
}

form.addEventListener('submit', (event) => {
  event.preventDefault();
  void logIn(identity.value.trim());
});
byId('logout', HTMLButtonElement).addEventListener('click', logOut);
byId('clear-log', HTMLButtonElement).addEventListener('click', () => eventLog.replaceChildren());
special.addEventListener('change', () => {
  if (special.value !== '') void logIn(special.value);
  special.value = '';
});
provider.addEventListener('change', () => {
  const typed = identity.value.trim();
  if (typed === '' || Object.values(defaultIdentity).includes(typed)) identity.value = defaultIdentity[currentMode()];
  if (loggedInAs === undefined) applySettings();
  else void logIn(identity.value.trim());
});
codes.addEventListener('input', () => (codesFilledFor = undefined));
codes.addEventListener('change', applySettings);
showExpired.addEventListener('change', applySettings);
locale.addEventListener('change', applySettings);
rtl.addEventListener('change', applySettings);
scheme.addEventListener('change', applySettings);

traysRegion.addEventListener('voucher-tray-load', (e) => note(e, `${e.detail.vouchers.length} voucher(s) shown`));
traysRegion.addEventListener('voucher-tray-error', (e) =>
  note(e, e.detail.status === undefined ? e.detail.kind : `${e.detail.kind} (HTTP ${e.detail.status})`),
);
traysRegion.addEventListener('voucher-tray-copy', (e) => note(e, `copied ${e.detail.voucher.code}`));
const cart = byId('cart', HTMLOutputElement);
traysRegion.addEventListener('voucher-tray-apply', (e) => {
  // The shop applies the code in its own cart, so the tray's link to /cart?discount=… is not followed.
  e.preventDefault();
  cart.value = `${e.detail.voucher.code} applied`;
  note(e, `cancelled: ${e.detail.voucher.code} applied in the page's cart`);
});
traysRegion.addEventListener('voucher-tray-view', (e) => note(e, `seen ${e.detail.voucher.code}`));
traysRegion.addEventListener('voucher-tray-scan', (e) => note(e, `showing ${e.detail.voucher.code} at the till`));
traysRegion.addEventListener('voucher-tray-login', (e) => {
  // A real page would open its login dialog here; the demo's is the identity field.
  e.preventDefault();
  note(e, 'cancelled: the page handles login itself');
  identity.focus();
});

applySettings();
