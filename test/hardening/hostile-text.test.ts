import { expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/index.js';
import type { VoucherTray } from '../../src/entries/index.js';
import clevertapBody from '../fixtures/clevertap-fetch-voucher.json';
import spaazaBody from '../fixtures/spaaza-get-user-vouchers.json';
import redeemables from '../fixtures/voucherify-customer-redeemables.json';
import { installFakeFetch, json, type FakeFetch } from '../helpers/fake-fetch.js';
import { part, parts, quickRequests, recordPageErrors, settled } from './helpers.js';

declare global {
  interface Window {
    __xss?: number;
  }
}

/** Markup, script, template and bidi payloads, each of which must come out as plain text. */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '<script>window.__xss=2</script>',
  '"><svg onload="window.__xss=3"><b>bold</b>',
  '</p><iframe srcdoc="<script>parent.__xss=4</script>"></iframe>',
  '${window.__xss=5} {{constructor.constructor("window.__xss=6")()}}',
  '\u202Egpj.exe\u202C tail', // right-to-left override
  '\u2067\u05E9\u05DC\u05D5\u05DD unterminated isolate', // RLI never closed
  '\u202B\u202Dnested embeddings \u200F\u061C marks',
];
const FUTURE_SECONDS = Math.floor(Date.now() / 1000) + 86_400;
const FUTURE_ISO = new Date(Date.now() + 86_400_000).toISOString();

/** Each provider's real JSON with every shown text field set to `payload`. */
const PROVIDERS = {
  clevertap: (payload: string) => {
    const body = structuredClone(clevertapBody) as any;
    const [record] = body.records;
    body.records = [{ ...record, voucherCode: payload, listName: payload, listDescription: payload, partner: payload, listExpiry: FUTURE_SECONDS }];
    return { path: '/api/1/promo/vouchers', body };
  },
  voucherify: (payload: string) => {
    const body = structuredClone(redeemables) as any;
    const entry = body.data[0];
    Object.assign(entry.redeemable.voucher, { code: payload, campaign: payload, additional_info: payload, expiration_date: FUTURE_ISO });
    entry.redeemable.voucher.discount = { type: 'UNIT', unit_off: 2, unit_type: payload };
    body.data = [entry];
    return { path: /\/api\/v1\/customers\/alice\/redeemables/, body };
  },
  spaaza: (payload: string) => {
    const body = structuredClone(spaazaBody) as any;
    const [voucher] = body.results.basket_vouchers;
    body.results = {
      basket_vouchers: [
        {
          ...voucher,
          voucher_honour_code: payload,
          voucher_title: payload,
          voucher_description: payload,
          voucher_currency_symbol: payload,
          voucher_amount: 12.5,
          voucher_expiry_datetime_utc: FUTURE_ISO.slice(0, 19).replace('T', ' '),
          voucher_status: 'claimed',
          voucher_image_url: null,
        },
      ],
    };
    return { path: '/api/get-user-vouchers', body };
  },
};

const TEXT_PARTS: Record<keyof typeof PROVIDERS, string[]> = {
  clevertap: ['code', 'title', 'description', 'brand'],
  voucherify: ['code', 'title', 'description'],
  spaaza: ['code', 'title', 'description'],
};

describe('hardening: hostile text', () => {
  let fake: FakeFetch;
  let restore: () => void;
  let page: ReturnType<typeof recordPageErrors>;
  beforeEach(() => {
    fake = installFakeFetch();
    restore = quickRequests({ timeoutMs: 2000 });
    page = recordPageErrors();
    delete window.__xss;
    fake.on('POST', '/token', () => json({ token: 'tok' }));
  });
  afterEach(() => {
    page.stop();
    fake.restore();
    restore();
  });

  for (const provider of Object.keys(PROVIDERS) as (keyof typeof PROVIDERS)[]) {
    describe(provider, () => {
      for (const payload of PAYLOADS) {
        it(`shows ${JSON.stringify(payload)} as text, isolated`, async () => {
          const { path, body } = PROVIDERS[provider](payload);
          fake.on('GET', path, () => json(body));
          const el = await fixture<VoucherTray>(html`<voucher-tray
            provider=${provider}
            identity="alice"
            token-endpoint="/token"
            api-base="/api"
          ></voucher-tray>`);
          await settled(el);
          expect(parts(el, 'voucher')).to.have.length(1);
          for (const name of TEXT_PARTS[provider]) {
            const node = part(el, name)!;
            expect(node, name).to.exist;
            expect(node.textContent!.trim(), name).to.equal(payload.trim());
            // Text only: at most a <bdi> around it, itself holding nothing but text.
            const inner = [...node.querySelectorAll('*')];
            expect(inner.every((child) => child.localName === 'bdi' && child.children.length === 0), `${name} holds elements`).to.equal(true);
            // Bidi controls stay inside their own box: what holds the text is a bidi isolate.
            const holder = node.querySelector('bdi') ?? node;
            expect(getComputedStyle(holder).unicodeBidi, name).to.be.oneOf(['isolate', 'plaintext']);
            expect(holder.localName === 'bdi' || holder.getAttribute('dir') === 'auto', `${name} takes its own direction`).to.equal(true);
          }
          const root = el.shadowRoot!;
          expect(root.querySelectorAll('script, iframe, svg:not(.copy > svg), b, img:not([part~="image"])'), 'no injected elements').to.have.length(0);
          const handlers = [...root.querySelectorAll('*')].flatMap((node) => node.getAttributeNames()).filter((n) => n.startsWith('on'));
          expect(handlers).to.deep.equal([]);
          await new Promise((resolve) => setTimeout(resolve, 50)); // an onerror would have fired by now
          expect(window.__xss).to.equal(undefined);
          expect(page.errors).to.deep.equal([]);
        });
      }
    });
  }

  // A currency sign (Spaaza) and a unit name (Voucherify) share a line with a number.
  for (const provider of ['voucherify', 'spaaza'] as const) {
    it(`${provider}: keeps invisible characters out of the value line, so they cannot reorder its digits`, async () => {
      const { path, body } = PROVIDERS[provider]('\u202E\u2066');
      fake.on('GET', path, () => json(body));
      const el = await fixture<VoucherTray>(html`<voucher-tray provider=${provider} identity="alice" token-endpoint="/token" api-base="/api"></voucher-tray>`);
      await settled(el);
      const value = part(el, 'value');
      expect(value, 'value line').to.exist;
      expect(value!.textContent).to.match(/\d/);
      expect(value!.textContent).to.not.match(/[\u202A-\u202E\u2066-\u2069]/);
    });
  }

  it('still shows a plain voucher code as typed, bidi controls and all, in the copy button’s label', async () => {
    const payload = '\u202Eevil';
    const { path, body } = PROVIDERS.clevertap(payload);
    fake.on('GET', path, () => json(body));
    const el = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="alice" token-endpoint="/token" api-base="/api"></voucher-tray>`);
    await settled(el);
    expect(el.vouchers[0]!.code).to.equal(payload);
    expect(part(el, 'copy-button')!.getAttribute('aria-label')).to.contain(payload);
  });
});
