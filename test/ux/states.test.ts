import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { VoucherTray } from '../../src/entries/index.js';
import voucherifyVoucher from '../fixtures/voucherify-get-voucher.json';
import { deferred, json, type FakeFetch } from '../helpers/fake-fetch.js';
import { DAY, announced, fakeBackend, part, parts, providerWith, root, text, trayFixture, voucher } from './helpers.js';

const provider = providerWith(() => [
  voucher({ code: 'WELCOME', title: 'Welcome', brand: 'ACME', description: '10% on your first order', value: { kind: 'percent', percent: 10 }, expiresAt: Date.now() + 3 * DAY }),
]);

describe('tray states', () => {
  let fake: FakeFetch;
  beforeEach(() => (fake = fakeBackend()));
  afterEach(() => fake.restore());

  describe('login (anonymous shopper)', () => {
    it('asks the shopper to log in, with a button', async () => {
      const el = await fixture<VoucherTray>(html`<voucher-tray provider=${provider} token-endpoint="/token" locale="en"></voucher-tray>`);
      expect(text(part(el, 'login-text'))).to.equal('Log in to see your vouchers.');
      expect(text(part(el, 'login-button'))).to.equal('Log in');
      expect(part(el, 'login-button')!.tagName).to.equal('BUTTON');
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
      await expect(el).to.be.accessible();
    });

    it('lets the page replace the prompt through the login slot', async () => {
      const el = await fixture<VoucherTray>(html`<voucher-tray provider=${provider} token-endpoint="/token"><p slot="login">Members see their offers here. <a href="/account">Sign in</a></p></voucher-tray>`);
      const slot = root(el).querySelector<HTMLSlotElement>('slot[name="login"]')!;
      expect(text(slot.assignedElements()[0])).to.equal('Members see their offers here. Sign in');
      expect(slot.closest('[part="login"]')).to.exist;
      await expect(el).to.be.accessible();
    });
  });

  describe('loading', () => {
    it('shows a skeleton hidden from screen readers, marks the tray busy and announces the load', async () => {
      const held = deferred<Response>();
      fake.on('GET', '/vouchers', () => held.promise);
      const el = await fixture<VoucherTray>(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="en"></voucher-tray>`);
      await waitUntil(() => fake.count((r) => r.method === 'GET') === 1);
      await el.updateComplete;
      const loading = part(el, 'loading')!;
      expect(loading.getAttribute('aria-hidden')).to.equal('true');
      expect(parts(el, 'skeleton')).to.have.length(2);
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('true');
      expect(announced(el)).to.equal('Loading your vouchers…');
      await expect(el).to.be.accessible();
      held.resolve(json({}));
      await oneEvent(el, 'voucher-tray-load');
      await el.updateComplete;
      expect(part(el, 'loading')).to.equal(null);
      expect(part(el, 'base')!.getAttribute('aria-busy')).to.equal('false');
      expect(announced(el)).to.equal('');
    });
  });

  describe('list', () => {
    it('renders a labelled list with every piece of a voucher', async () => {
      const el = await trayFixture(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="en"></voucher-tray>`);
      const list = part(el, 'list')!;
      expect(list.tagName).to.equal('UL');
      expect(list.getAttribute('role')).to.equal('list');
      expect(list.getAttribute('aria-label')).to.equal('Your vouchers');
      const item = part(el, 'voucher')!;
      expect(item.tagName).to.equal('LI');
      // A ticket: the stub with the value, then the body; the normal case says nothing ("Active").
      expect([...item.querySelectorAll('[part]')].map((n) => n.getAttribute('part'))).to.deep.equal([
        'stub', 'value', 'content', 'brand', 'title', 'description', 'meta', 'expiry', 'code-row', 'code', 'copy-button',
      ]);
      expect(part(el, 'status')).to.equal(null);
      expect(text(part(el, 'expiry'))).to.match(/^Until /);
      await expect(el).to.be.accessible();
    });
  });

  describe('empty', () => {
    it('says there are no vouchers, or shows the page’s empty slot', async () => {
      const none = providerWith(() => []);
      const el = await trayFixture(html`<voucher-tray provider=${none} identity="a" token-endpoint="/token" locale="en"></voucher-tray>`);
      expect(text(part(el, 'empty'))).to.equal('You have no vouchers right now.');
      await expect(el).to.be.accessible();
      const slotted = await trayFixture(html`<voucher-tray provider=${none} identity="a" token-endpoint="/token"><p slot="empty">Nothing yet — <a href="/offers">see this week’s offers</a>.</p></voucher-tray>`);
      const slot = root(slotted).querySelector<HTMLSlotElement>('slot[name="empty"]')!;
      expect(text(slot.assignedElements()[0])).to.equal('Nothing yet — see this week’s offers.');
      await expect(slotted).to.be.accessible();
    });
  });

  describe('error', () => {
    it('alerts, offers a retry, and keeps focus in the tray when retrying', async () => {
      fake.on('GET', '/vouchers', () => json({}, 503));
      const el = await trayFixture(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="en"></voucher-tray>`);
      const error = part(el, 'error')!;
      expect(error.getAttribute('role')).to.equal('alert');
      expect(text(part(el, 'error-text'))).to.equal('Your vouchers could not be loaded.');
      expect(text(part(el, 'retry-button'))).to.equal('Try again');
      await expect(el).to.be.accessible();

      fake.on('GET', '/vouchers', () => json({}));
      part(el, 'retry-button')!.focus();
      part(el, 'retry-button')!.click();
      await oneEvent(el, 'voucher-tray-load');
      await el.updateComplete;
      expect(part(el, 'list')).to.exist;
      expect(root(el).activeElement).to.equal(part(el, 'base'));
    });
  });

  describe('Voucherify QR and barcode assets', () => {
    it('links them when they are https URLs, with names that say what and which code', async () => {
      const withAssets = providerWith(() => [
        voucher({ code: 'QR-ONLY', qrUrl: 'https://dl.voucherify.io/api/v1/assets/qr/abc', barcodeUrl: 'javascript:alert(1)' }),
        voucher({ code: 'BOTH', qrUrl: 'https://dl.voucherify.io/qr/b', barcodeUrl: 'https://dl.voucherify.io/barcode/b' }),
        voucher({ code: 'NONE', qrUrl: 'http://insecure.test/qr' }),
      ]);
      const el = await trayFixture(html`<voucher-tray provider=${withAssets} identity="a" token-endpoint="/token" locale="en"></voucher-tray>`);
      const [qrOnly, both, none] = parts(el, 'voucher');
      expect(qrOnly!.querySelector('[part="barcode-link"]')).to.equal(null);
      const qr = qrOnly!.querySelector<HTMLAnchorElement>('[part="qr-link"]')!;
      expect(qr.href).to.equal('https://dl.voucherify.io/api/v1/assets/qr/abc');
      expect(qr.target).to.equal('_blank');
      expect(qr.rel).to.equal('noopener noreferrer');
      expect(text(qr)).to.equal('QR code: QR-ONLY (opens in a new tab)');
      expect(both!.querySelectorAll('[part="assets"] a')).to.have.length(2);
      expect(text(both!.querySelector('[part="barcode-link"]'))).to.equal('Barcode: BOTH (opens in a new tab)');
      expect(none!.querySelector('[part="assets"]')).to.equal(null);
      expect(root(el).querySelector('a[href^="javascript"], a[href^="http:"]')).to.equal(null);
      await expect(el).to.be.accessible();
    });

    it('shows none for the seed’s placeholder asset URLs', async () => {
      fake.on('GET', /^\/v1\/vouchers\//, () => json(voucherifyVoucher));
      const el = await trayFixture(html`<voucher-tray show-expired provider="voucherify" identity="c" codes=${voucherifyVoucher.code} token-endpoint="/token" api-base="https://api.test"></voucher-tray>`);
      expect(parts(el, 'voucher')).to.have.length(1);
      expect(part(el, 'assets')).to.equal(null);
    });
  });
});
