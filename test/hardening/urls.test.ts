import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/entries/index.js';
import { registerProvider, safeNavigationUrl, type VoucherTray } from '../../src/entries/index.js';
import spaazaBody from '../fixtures/spaaza-get-user-vouchers.json';
import getVoucherBody from '../fixtures/voucherify-get-voucher.json';
import { installFakeFetch, json, type FakeFetch } from '../helpers/fake-fetch.js';
import { parts, quickRequests, recordPageErrors, settled } from './helpers.js';

const HOSTILE_URLS = [
  'javascript:window.__xss=1',
  ' JaVaScRiPt:window.__xss=1',
  'java\tscript:window.__xss=1',
  'data:image/svg+xml,<svg onload="window.__xss=1"/>',
  'vbscript:msgbox(1)',
  'blob:https://cdn.invalid/1',
  'file:///etc/passwd',
  'http://tracker.invalid/pixel.png',
  '//tracker.invalid/pixel.png',
  '/relative/pixel.png',
  '{{internalVoucherifyURL}}',
];
const GOOD_IMAGE = 'https://cdn.invalid/voucher.png';

describe('hardening: URLs', () => {
  let fake: FakeFetch;
  let restore: () => void;
  let page: ReturnType<typeof recordPageErrors>;
  beforeEach(() => {
    fake = installFakeFetch();
    restore = quickRequests({ timeoutMs: 2000 });
    page = recordPageErrors();
    fake.on('POST', '/token', () => json({ token: 'tok' }));
  });
  afterEach(() => {
    page.stop();
    fake.restore();
    restore();
    expect(window).to.not.have.property('__xss');
  });

  describe('image and asset links', () => {
    const imageSources = (el: VoucherTray) => parts(el, 'image').map((img) => img.getAttribute('src'));

    it('uses a Spaaza image only when it is https', async () => {
      const body = structuredClone(spaazaBody) as any;
      const template = body.results.basket_vouchers[0];
      body.results = {
        basket_vouchers: [...HOSTILE_URLS, GOOD_IMAGE].map((url, i) => ({
          ...template,
          voucher_id: 1000 + i,
          voucher_honour_code: `CODE-${i}`,
          voucher_image_url: url,
          voucher_expiry_datetime_utc: '2099-01-01 00:00:00',
          voucher_status: 'claimed',
        })),
      };
      fake.on('GET', '/api/get-user-vouchers', () => json(body));
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="spaaza" identity="21" token-endpoint="/token" api-base="/api"></voucher-tray>`);
      await settled(el);
      expect(el.vouchers).to.have.length(HOSTILE_URLS.length + 1);
      expect(el.vouchers.map((v) => v.image).filter(Boolean)).to.deep.equal([GOOD_IMAGE]);
      expect(imageSources(el)).to.deep.equal([GOOD_IMAGE]);
    });

    it('uses Voucherify images, QR codes and barcodes only when they are https', async () => {
      for (const url of [...HOSTILE_URLS, GOOD_IMAGE]) {
        const body = structuredClone(getVoucherBody) as any;
        body.metadata = { image_url: url };
        body.assets = { qr: { url }, barcode: { url } };
        body.expiration_date = null;
        body.active = true;
        fake.on('GET', /\/api\/v1\/vouchers\/CODE1$/, () => json(body));
        const el = await fixture<VoucherTray>(html`<voucher-tray codes="CODE1" identity="c1" token-endpoint="/token" api-base="/api"></voucher-tray>`);
        await settled(el);
        const [voucher] = el.vouchers;
        const expected = url === GOOD_IMAGE ? GOOD_IMAGE : undefined;
        expect([voucher!.image, voucher!.qrUrl, voucher!.barcodeUrl], url).to.deep.equal([expected, expected, expected]);
        const links = [...el.shadowRoot!.querySelectorAll('a[href], img[src]')].map((n) => n.getAttribute('href') ?? n.getAttribute('src'));
        for (const link of links) expect(link, url).to.equal(GOOD_IMAGE);
      }
    });

    it('checks what a registered adapter returns as well: https or same-origin only', async () => {
      registerProvider('test-urls', {
        defaultApiBase: 'https://provider.invalid',
        fetchVouchers: async () =>
          [...HOSTILE_URLS, GOOD_IMAGE].map((url, i) => ({ id: `v${i}`, code: `C${i}`, provider: 'x', status: 'active', image: url, qrUrl: url })),
      });
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="test-urls" identity="a" token-endpoint="/token"></voucher-tray>`);
      await settled(el);
      // Relative paths resolve to this page's origin, which a registered adapter may use.
      const own = (path: string) => new URL(path, document.baseURI).href;
      const expected = [GOOD_IMAGE, own('/relative/pixel.png'), own('{{internalVoucherifyURL}}')];
      expect(el.vouchers.map((v) => v.image).filter(Boolean)).to.have.members(expected);
      expect(el.vouchers.map((v) => v.qrUrl).filter(Boolean)).to.have.members(expected);
    });
  });

  describe('login-url', () => {
    it('accepts only http(s) and relative URLs', () => {
      for (const url of HOSTILE_URLS.filter((u) => !/^(http:|\/|\{)/.test(u))) {
        expect(safeNavigationUrl(url), url).to.equal(undefined);
      }
      expect(safeNavigationUrl('/login?next=%2Fcart')).to.equal(new URL('/login?next=%2Fcart', location.href).href);
      expect(safeNavigationUrl('https://shop.invalid/login')).to.equal('https://shop.invalid/login');
    });

    it('does not navigate to, or run, a script URL when the login button is used', async () => {
      const before = location.href;
      for (const url of ['javascript:window.__xss=1', ' JAVASCRIPT:window.__xss=1', 'data:text/html,<script>1</script>']) {
        const el = await fixture<VoucherTray>(html`<voucher-tray login-url=${url}></voucher-tray>`);
        setTimeout(() => parts(el, 'login-button')[0]!.click());
        await oneEvent(el, 'voucher-tray-login');
        await new Promise((resolve) => setTimeout(resolve, 30));
        expect(location.href).to.equal(before);
      }
    });
  });

  describe('token-endpoint, api-base and api_base', () => {
    for (const url of ['javascript:alert(1)', 'data:application/json,{"token":"x"}', 'file:///etc/passwd', 'ftp://files.invalid/']) {
      it(`refuses ${url} before making any request`, async () => {
        for (const attributes of [{ endpoint: url, base: '/api' }, { endpoint: '/token', base: url }]) {
          fake.requests.length = 0;
          const el = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="a" token-endpoint=${attributes.endpoint} api-base=${attributes.base}></voucher-tray>`);
          const { detail } = await oneEvent(el, 'voucher-tray-error');
          expect(detail.kind).to.equal('config');
          expect(fake.requests.filter((r) => r.method === 'GET')).to.have.length(0);
          if (attributes.endpoint === url) expect(fake.requests).to.have.length(0);
        }
      });
    }

    it('refuses an api_base from the token endpoint that is not http(s)', async () => {
      fake.on('POST', '/token', () => json({ token: 'tok', api_base: 'javascript:alert(1)' }));
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="a" token-endpoint="/token"></voucher-tray>`);
      const { detail } = await oneEvent(el, 'voucher-tray-error');
      expect(detail.kind).to.equal('config');
      expect(fake.count((r) => r.method === 'GET')).to.equal(0);
    });

    it('does not follow provider redirects, which would carry the grant’s headers elsewhere', async () => {
      fake.on('GET', '/api/1/promo/vouchers', () => json({ status: 'success', records: [] }));
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="a" token-endpoint="/token" api-base="/api"></voucher-tray>`);
      await settled(el);
      const call = fake.requests.find((r) => r.method === 'GET')!;
      expect(call.init.redirect).to.equal('error');
      expect(call.init.cache).to.equal('no-store');
      expect(call.credentials).to.equal('same-origin');
    });
  });
});
