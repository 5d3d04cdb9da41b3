import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../src/entries/index.js';
import { registerProvider, type VoucherTray } from '../src/entries/index.js';
import { clearVoucherTrayCache } from '../src/entries/index.js';
import { codesIn, settled } from './helpers/tray.js';
import type { ProviderRequest } from '../src/providers/types.js';
import type { Voucher } from '../src/model/voucher.js';
import clevertapBody from './fixtures/clevertap-fetch-voucher.json';
import { deferred, grantAnswer, installFakeFetch, json, type FakeFetch } from './helpers/fake-fetch.js';

const HOUR = 3_600_000;

/** A provider whose vouchers the test decides, fetched through the real token + getJson path. */
function registerTestProvider(name: string, make: (identity: string) => Voucher[]) {
  registerProvider(name, {
    defaultApiBase: 'https://provider.test',
    async fetchVouchers(request: ProviderRequest) {
      await request.getJson('/vouchers', { who: request.identity });
      return make(request.identity);
    },
  });
}

const full = (identity: string): Voucher[] => [
  {
    id: `${identity}-later`,
    code: `${identity.toUpperCase()}-LATER`,
    provider: 'test-all',
    title: 'Later title',
    description: 'Later description',
    brand: 'ACME',
    value: { kind: 'percent', percent: 20 },
    expiresAt: Date.now() + 48 * HOUR,
    status: 'active',
    image: 'https://cdn.example/v.png',
  },
  {
    id: `${identity}-soon`,
    code: `${identity.toUpperCase()}-SOON`,
    provider: 'test-all',
    title: 'Soon title',
    value: { kind: 'amount', amount: 5, currency: 'EUR' },
    expiresAt: Date.now() + 2 * HOUR,
    status: 'active',
  },
  { id: `${identity}-gone`, code: 'GONE', provider: 'test-all', expiresAt: Date.now() - HOUR, status: 'active' },
  { id: `${identity}-used`, code: 'USED', provider: 'test-all', status: 'used' },
];

registerTestProvider('test-all', full);



describe('<voucher-tray>', () => {
  let fake: FakeFetch;

  beforeEach(() => {
    clearVoucherTrayCache();
    fake = installFakeFetch();
    fake.on('POST', '/token', (r) => grantAnswer(r, { token: `tok-${JSON.parse(r.body!).identity}`, expires_in: 600 }, 'https://provider.test'));
    fake.on('GET', '/vouchers', () => json({}));
  });
  afterEach(() => fake.restore());

  describe('anonymous shopper', () => {
    for (const identity of [undefined, '', '   ']) {
      it(`shows the login prompt and makes no request at all (identity ${JSON.stringify(identity)})`, async () => {
        const el = await fixture<VoucherTray>(html`<voucher-tray
          provider="clevertap"
          token-endpoint="/token"
          identity=${identity ?? ''}
        ></voucher-tray>`);
        await new Promise((r) => setTimeout(r, 50));
        expect(el.shadowRoot!.querySelector('[part="login"]')).to.exist;
        expect(el.shadowRoot!.querySelector('[part="login-button"]')).to.exist;
        expect(fake.requests).to.have.length(0);
        expect(el.vouchers).to.deep.equal([]);
        await expect(el).to.be.accessible();
      });
    }

    it('lets a slotted prompt replace the default one', async () => {
      const el = await fixture<VoucherTray>(html`<voucher-tray token-endpoint="/token"
        ><a slot="login" href="/signin">Sign in for offers</a></voucher-tray
      >`);
      const slot = el.shadowRoot!.querySelector<HTMLSlotElement>('slot[name="login"]')!;
      expect(slot.assignedElements()[0]!.textContent).to.equal('Sign in for offers');
    });

    it('fires a cancelable voucher-tray-login and follows login-url unless cancelled', async () => {
      const el = await fixture<VoucherTray>(html`<voucher-tray login-url="#signed-in"></voucher-tray>`);
      const button = el.shadowRoot!.querySelector<HTMLButtonElement>('[part="login-button"]')!;
      el.addEventListener('voucher-tray-login', (e) => e.preventDefault(), { once: true });
      setTimeout(() => button.click());
      const cancelled = await oneEvent(el, 'voucher-tray-login');
      expect(cancelled.cancelable).to.equal(true);
      expect(cancelled.bubbles && cancelled.composed).to.equal(true);
      expect(location.hash).to.not.equal('#signed-in');
      setTimeout(() => button.click());
      await oneEvent(el, 'voucher-tray-login');
      // The login action is a link: the browser follows it after the event (Firefox in a task of its own).
      await waitUntil(() => location.hash === '#signed-in', 'the login link was not followed');
      history.replaceState(null, '', location.pathname + location.search);
    });

    it('refuses a javascript: login-url', async () => {
      const el = await fixture<VoucherTray>(html`<voucher-tray login-url="javascript:window.__pwned=1"></voucher-tray>`);
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="login-button"]')!.click();
      await new Promise((r) => setTimeout(r, 20));
      expect((window as unknown as { __pwned?: number }).__pwned).to.equal(undefined);
    });
  });

  describe('logged-in shopper', () => {
    it('gets a token, then vouchers, and shows usable ones soonest first', async () => {
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="test-all" identity="alice" token-endpoint="/token"></voucher-tray>`);
      const { detail } = await oneEvent(el, 'voucher-tray-load');
      await el.updateComplete;
      expect(codesIn(el)).to.deep.equal(['ALICE-SOON', 'ALICE-LATER']);
      expect(detail.vouchers.map((v: Voucher) => v.code)).to.deep.equal(['ALICE-SOON', 'ALICE-LATER']);
      expect(el.vouchers.map((v) => v.code)).to.deep.equal(['ALICE-SOON', 'ALICE-LATER']);
      const [token, provider] = fake.requests;
      expect(token!.method).to.equal('POST');
      expect(provider!.url.href).to.equal('https://provider.test/vouchers?who=alice');
      expect(provider!.headers.get('authorization')).to.equal('Bearer tok-alice');
      await expect(el).to.be.accessible();
    });

    it('renders every part of the contract (status: with show-expired, for the unusable ones)', async () => {
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="test-all" identity="alice" token-endpoint="/token" show-expired></voucher-tray>`);
      await settled(el);
      for (const part of ['base', 'list', 'voucher', 'code', 'copy-button', 'title', 'description', 'brand', 'value', 'expiry', 'status']) {
        expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
      }
      expect(el.shadowRoot!.querySelectorAll('[part="voucher"]')).to.have.length(4);
      expect(el.shadowRoot!.querySelector('[part="list"]')!.tagName).to.equal('UL');
    });

    it('marks expired and used entries instead of hiding them with show-expired', async () => {
      const el = await fixture<VoucherTray>(html`<voucher-tray show-expired provider="test-all" identity="alice" token-endpoint="/token"></voucher-tray>`);
      await settled(el);
      // The usable ones first; the unusable ones apart, after them.
      expect(codesIn(el)).to.deep.equal(['ALICE-SOON', 'ALICE-LATER', 'GONE', 'USED']);
      const statuses = [...el.shadowRoot!.querySelectorAll('[part="voucher"]')].map((n) => n.getAttribute('data-status'));
      expect(statuses).to.deep.equal(['active', 'active', 'expired', 'used']);
    });

    it('sends the token response’s headers and params, and its api_base wins over api-base', async () => {
      fake.on('POST', '/token', () =>
        json({ token: 'scoped', api_base: 'https://proxy.test/ct', headers: { 'X-Account': 'acme' }, params: { chain_id: '1743' } }),
      );
      fake.on('GET', '/ct/1/promo/vouchers', () => json(clevertapBody));
      const el = await fixture<VoucherTray>(html`<voucher-tray
        provider="clevertap"
        identity="+919538784114"
        token-endpoint="/token"
        api-base="https://ignored.test"
        show-expired
      ></voucher-tray>`);
      await settled(el);
      const call = fake.requests[1]!;
      expect(call.url.origin + call.url.pathname).to.equal('https://proxy.test/ct/1/promo/vouchers');
      expect(call.url.search).to.equal('?chain_id=1743&identity=%2B919538784114');
      expect(call.headers.get('x-account')).to.equal('acme');
      expect(codesIn(el)).to.have.members(['BMO9IW7QTALK', '3248BO386IJG']);
    });

    it('hides CleverTap seed vouchers whose listExpiry (seconds) has passed', async () => {
      fake.on('GET', '/ct/1/promo/vouchers', () => json(clevertapBody));
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="clevertap" identity="x" token-endpoint="/token" api-base="/ct"></voucher-tray>`);
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part="empty"]')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('renews the token once after a provider 401, never in a loop', async () => {
      let providerCalls = 0;
      fake.on('GET', '/vouchers', () => (++providerCalls === 1 ? json({}, 401) : json({})));
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="test-all" identity="alice" token-endpoint="/token"></voucher-tray>`);
      await settled(el);
      expect(codesIn(el)).to.have.length(2);
      expect(fake.count((r) => r.method === 'POST')).to.equal(2);

      clearVoucherTrayCache();
      fake.requests.length = 0;
      fake.on('GET', '/vouchers', () => json({}, 401));
      setTimeout(() => el.refresh());
      const { detail } = await oneEvent(el, 'voucher-tray-error');
      expect(detail).to.include({ kind: 'http', status: 401 });
      expect(fake.count((r) => r.method === 'POST')).to.equal(2);
      expect(fake.count((r) => r.method === 'GET')).to.equal(2);
    });

    it('shows the error part and fires one error event; the retry button loads again', async () => {
      fake.on('GET', '/vouchers', () => json({}, 503, { 'Retry-After': '0' }));
      const errors: Event[] = [];
      const el = await fixture<VoucherTray>(html`<voucher-tray
        @voucher-tray-error=${(e: Event) => errors.push(e)}
        provider="test-all"
        identity="alice"
        token-endpoint="/token"
      ></voucher-tray>`);
      await settled(el);
      expect(el.shadowRoot!.querySelector('[part="error"]')).to.exist;
      expect(errors).to.have.length(1);
      expect((errors[0] as CustomEvent).detail).to.deep.include({ kind: 'http', status: 503 });
      await expect(el).to.be.accessible();
      fake.on('GET', '/vouchers', () => json({}));
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="retry-button"]')!.click();
      await oneEvent(el, 'voucher-tray-load');
      await el.updateComplete;
      expect(codesIn(el)).to.deep.equal(['ALICE-SOON', 'ALICE-LATER']);
    });

    it('reports a token endpoint failure as kind "token"', async () => {
      fake.on('POST', '/token', () => json({ error: 'no session' }, 401));
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="test-all" identity="alice" token-endpoint="/token"></voucher-tray>`);
      const { detail } = await oneEvent(el, 'voucher-tray-error');
      expect(detail).to.include({ kind: 'token', status: 401 });
      expect(fake.count((r) => r.method === 'GET')).to.equal(0);
    });

    it('reports a missing token-endpoint or unknown provider as a config error', async () => {
      const kinds: string[] = [];
      const onError = (e: CustomEvent) => kinds.push(e.detail.kind);
      const unknown = await fixture<VoucherTray>(html`<voucher-tray
        @voucher-tray-error=${onError}
        provider="nope"
        identity="alice"
        token-endpoint="/token"
      ></voucher-tray>`);
      const noEndpoint = await fixture<VoucherTray>(html`<voucher-tray
        @voucher-tray-error=${onError}
        provider="test-all"
        identity="alice"
      ></voucher-tray>`);
      await settled(unknown);
      await settled(noEndpoint);
      expect(kinds).to.deep.equal(['config', 'config']);
      expect(fake.requests).to.have.length(0);
      // Registering the missing provider later makes the waiting tray load by itself.
      registerTestProvider('nope', full);
      await settled(unknown);
      await waitUntil(() => codesIn(unknown).length === 2, 'late registration not picked up');
    });

    it('shows provider text as text, never as markup', async () => {
      registerTestProvider('test-hostile', () => [
        { id: 'x', code: '<img src=x onerror=alert(1)>', provider: 't', title: '<b>bold</b>', description: '<script>1</script>', status: 'active' },
      ]);
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="test-hostile" identity="alice" token-endpoint="/token"></voucher-tray>`);
      await settled(el);
      const root = el.shadowRoot!;
      expect(root.querySelector('[part="code"]')!.textContent).to.contain('<img src=x onerror=alert(1)>');
      expect(root.querySelector('[part="title"]')!.textContent).to.equal('<b>bold</b>');
      expect(root.querySelector('[part="voucher"] img:not([part="image"]), b, script')).to.equal(null);
    });
  });

  describe('changing shopper', () => {
    it('shows only the new shopper’s vouchers when identity changes mid-flight', async () => {
      const held = deferred<Response>();
      fake.on('GET', '/vouchers', (r) => (r.url.searchParams.get('who') === 'alice' ? held.promise : json({})));
      const loads: string[][] = [];
      const el = await fixture<VoucherTray>(html`<voucher-tray
        @voucher-tray-load=${(e: CustomEvent) => loads.push(e.detail.vouchers.map((v: Voucher) => v.code))}
        provider="test-all"
        identity="alice"
        token-endpoint="/token"
      ></voucher-tray>`);
      await waitUntil(() => fake.count((r) => r.method === 'GET') === 1);
      const aliceRequest = fake.requests.find((r) => r.method === 'GET')!;
      el.identity = 'bob';
      await settled(el);
      held.resolve(json({}));
      await new Promise((r) => setTimeout(r, 50));
      await el.updateComplete;
      expect(aliceRequest.signal!.aborted).to.equal(true);
      expect(codesIn(el)).to.deep.equal(['BOB-SOON', 'BOB-LATER']);
      expect(loads).to.deep.equal([['BOB-SOON', 'BOB-LATER']]);
      const bobCall = fake.requests.find((r) => r.method === 'GET' && r.url.searchParams.get('who') === 'bob')!;
      expect(bobCall.headers.get('authorization')).to.equal('Bearer tok-bob');
    });

    it('clears the vouchers at once on logout and makes no request', async () => {
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="test-all" identity="alice" token-endpoint="/token"></voucher-tray>`);
      await settled(el);
      const before = fake.requests.length;
      el.removeAttribute('identity');
      await el.updateComplete;
      expect(codesIn(el)).to.deep.equal([]);
      expect(el.vouchers).to.deep.equal([]);
      expect(el.shadowRoot!.querySelector('[part="login"]')).to.exist;
      expect(fake.requests.length).to.equal(before);
    });

    it('loads again when provider, api-base or codes change', async () => {
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="test-all" identity="alice" token-endpoint="/token"></voucher-tray>`);
      await settled(el);
      const gets = () => fake.count((r) => r.method === 'GET');
      el.apiBase = 'https://other.test';
      await oneEvent(el, 'voucher-tray-load');
      expect(gets()).to.equal(2);
      el.codes = 'A,B';
      await oneEvent(el, 'voucher-tray-load');
      expect(gets()).to.equal(3);
      el.locale = 'de';
      await el.updateComplete;
      await new Promise((r) => setTimeout(r, 30));
      expect(gets()).to.equal(3);
    });
  });

  describe('time', () => {
    it('drops an entry the moment it expires, without a reload', async () => {
      registerTestProvider('test-expiring', () => [
        { id: 'brief', code: 'BRIEF', provider: 't', expiresAt: Date.now() + 400, status: 'active' },
        { id: 'stays', code: 'STAYS', provider: 't', status: 'active' },
      ]);
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="test-expiring" identity="alice" token-endpoint="/token"></voucher-tray>`);
      await settled(el);
      expect(codesIn(el)).to.deep.equal(['BRIEF', 'STAYS']);
      const requests = fake.requests.length;
      await waitUntil(() => codesIn(el).length === 1, 'BRIEF never disappeared', { timeout: 3000 });
      expect(codesIn(el)).to.deep.equal(['STAYS']);
      expect(fake.requests.length).to.equal(requests);
    });
  });

  describe('copy', () => {
    it('fires voucher-tray-copy only after the clipboard accepted the code', async () => {
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="test-all" identity="alice" token-endpoint="/token"></voucher-tray>`);
      await settled(el);
      const clipboard = navigator.clipboard;
      const original = clipboard.writeText;
      const written: string[] = [];
      clipboard.writeText = async (text: string) => void written.push(text);
      try {
        setTimeout(() => el.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-button"]')!.click());
        const { detail } = await oneEvent(el, 'voucher-tray-copy');
        expect(detail.voucher.code).to.equal('ALICE-SOON');
        expect(written).to.deep.equal(['ALICE-SOON']);
        await el.updateComplete;
        expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal('Copied');
        await expect(el).to.be.accessible();

        const copies: Event[] = [];
        el.addEventListener('voucher-tray-copy', (e) => copies.push(e));
        clipboard.writeText = () => Promise.reject(new DOMException('denied', 'NotAllowedError'));
        const execCommand = document.execCommand;
        document.execCommand = () => false;
        try {
          el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="copy-button"]')[1]!.click();
          await new Promise((r) => setTimeout(r, 50));
        } finally {
          document.execCommand = execCommand;
        }
        expect(copies).to.have.length(0);
      } finally {
        clipboard.writeText = original;
      }
    });
  });

  describe('request economy', () => {
    it('twenty identical trays make one token request and one provider request', async () => {
      const root = await fixture<HTMLDivElement>(html`<div>
        ${Array.from({ length: 20 }, () => html`<voucher-tray provider="test-all" identity="carol" token-endpoint="/token"></voucher-tray>`)}
      </div>`);
      const trays = [...root.querySelectorAll('voucher-tray')];
      for (const tray of trays) await settled(tray);
      expect(fake.count((r) => r.method === 'POST')).to.equal(1);
      expect(fake.count((r) => r.method === 'GET')).to.equal(1);
      for (const tray of trays) expect(codesIn(tray)).to.deep.equal(['CAROL-SOON', 'CAROL-LATER']);
    });

    it('a second tray for the same shopper reuses the living token', async () => {
      const first = await fixture<VoucherTray>(html`<voucher-tray provider="test-all" identity="dave" token-endpoint="/token"></voucher-tray>`);
      await settled(first);
      const second = await fixture<VoucherTray>(html`<voucher-tray provider="test-all" identity="dave" token-endpoint="/token"></voucher-tray>`);
      await settled(second);
      expect(fake.count((r) => r.method === 'POST')).to.equal(1);
      expect(fake.count((r) => r.method === 'GET')).to.equal(2);
    });

    it('clearVoucherTrayCache() drops the grants: the next load asks the token endpoint again', async () => {
      const first = await fixture<VoucherTray>(html`<voucher-tray provider="test-all" identity="erin" token-endpoint="/token"></voucher-tray>`);
      await settled(first);
      clearVoucherTrayCache();
      await first.refresh();
      expect(fake.count((r) => r.method === 'POST')).to.equal(2);
      expect(codesIn(first)).to.deep.equal(['ERIN-SOON', 'ERIN-LATER']);
    });
  });

  describe('lifecycle', () => {
    it('aborts an in-flight load when removed, and loads again when re-added later', async () => {
      const held = deferred<Response>();
      fake.on('GET', '/vouchers', () => held.promise);
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="test-all" identity="alice" token-endpoint="/token"></voucher-tray>`);
      await waitUntil(() => fake.count((r) => r.method === 'GET') === 1);
      const parent = el.parentElement!;
      el.remove();
      await new Promise((r) => setTimeout(r));
      expect(fake.requests.find((r) => r.method === 'GET')!.signal!.aborted).to.equal(true);
      fake.on('GET', '/vouchers', () => json({}));
      parent.append(el);
      await settled(el);
      expect(codesIn(el)).to.deep.equal(['ALICE-SOON', 'ALICE-LATER']);
    });

    it('keeps its request when moved within the page', async () => {
      const held = deferred<Response>();
      fake.on('GET', '/vouchers', () => held.promise);
      const el = await fixture<VoucherTray>(html`<voucher-tray provider="test-all" identity="alice" token-endpoint="/token"></voucher-tray>`);
      await waitUntil(() => fake.count((r) => r.method === 'GET') === 1);
      const elsewhere = document.createElement('section');
      document.body.append(elsewhere);
      elsewhere.append(el);
      held.resolve(json({}));
      await settled(el);
      expect(fake.count((r) => r.method === 'GET')).to.equal(1);
      expect(codesIn(el)).to.have.length(2);
      elsewhere.remove();
    });
  });
});
