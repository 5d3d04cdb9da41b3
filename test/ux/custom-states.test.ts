// The host's custom states (ElementInternals.states): one at a time, following what the tray
// shows, so a page can style `voucher-tray:state(empty)` without reading its shadow DOM.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { VoucherTray } from '../../src/entries/index.js';
import { deferred, json, type FakeFetch } from '../helpers/fake-fetch.js';
import { DAY, fakeBackend, part, providerWith, settled, voucher } from './helpers.js';

const STATES = ['anonymous', 'loading', 'loaded', 'empty', 'error'] as const;
const statesOf = (el: Element) => STATES.filter((state) => el.matches(`:state(${state})`));

let answer: () => ReturnType<typeof voucher>[] = () => [];
const provider = providerWith(() => answer());
const live = () => voucher({ code: 'LIVE-1', title: 'Live', expiresAt: Date.now() + 5 * DAY });

describe('custom states', () => {
  let fake: FakeFetch;
  beforeEach(() => {
    fake = fakeBackend();
    answer = () => [live()];
  });
  afterEach(() => fake.restore());

  it('anonymous: no identity, and no request', async () => {
    const el = await fixture<VoucherTray>(html`<voucher-tray provider=${provider} token-endpoint="/token"></voucher-tray>`);
    expect(statesOf(el)).to.deep.equal(['anonymous']);
    expect(fake.requests).to.have.length(0);
  });

  it('loading while the answer is on its way, then loaded', async () => {
    const held = deferred<Response>();
    fake.on('GET', '/vouchers', () => held.promise);
    const el = await fixture<VoucherTray>(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token"></voucher-tray>`);
    await waitUntil(() => fake.count((r) => r.method === 'GET') === 1, 'no provider request');
    expect(statesOf(el)).to.deep.equal(['loading']);
    held.resolve(json({}));
    await settled(el);
    expect(statesOf(el)).to.deep.equal(['loaded']);
  });

  it('empty: loaded, but nothing usable (also with only used vouchers shown by show-expired)', async () => {
    answer = () => [];
    const none = await fixture<VoucherTray>(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token"></voucher-tray>`);
    await settled(none);
    expect(statesOf(none)).to.deep.equal(['empty']);
    answer = () => [voucher({ code: 'USED-1', status: 'used', expiresAt: Date.now() + DAY })];
    const used = await fixture<VoucherTray>(html`<voucher-tray provider=${provider} identity="b" token-endpoint="/token" show-expired></voucher-tray>`);
    await settled(used);
    expect(part(used, 'unusable-list'), 'the used voucher is shown').to.exist;
    expect(statesOf(used)).to.deep.equal(['empty']);
  });

  it('error: the error part is shown; a retry that works makes it loaded', async () => {
    fake.on('GET', '/vouchers', () => new Response('{ not json', { status: 200, headers: { 'Content-Type': 'application/json' } }));
    const el = await fixture<VoucherTray>(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token"></voucher-tray>`);
    await waitUntil(() => part(el, 'error'), 'no error state', { timeout: 8000 });
    expect(statesOf(el)).to.deep.equal(['error']);
    fake.on('GET', '/vouchers', () => json({}));
    part(el, 'retry-button')!.click();
    await waitUntil(() => part(el, 'list'), 'no list after retry', { timeout: 8000 });
    expect(statesOf(el)).to.deep.equal(['loaded']);
  });

  it('follows the shopper: logout makes it anonymous again', async () => {
    const el = await fixture<VoucherTray>(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token"></voucher-tray>`);
    await settled(el);
    expect(statesOf(el)).to.deep.equal(['loaded']);
    el.identity = '';
    await el.updateComplete;
    expect(statesOf(el)).to.deep.equal(['anonymous']);
  });

  it('reaches page CSS: `voucher-tray:state(empty)` can hide a whole section', async () => {
    answer = () => [];
    const held = deferred<Response>();
    fake.on('GET', '/vouchers', () => held.promise);
    const section = await fixture<HTMLElement>(html`<section>
      <style>
        section:has(voucher-tray:state(empty)) { display: none; }
      </style>
      <h2>Your vouchers</h2>
      <voucher-tray provider=${provider} identity="a" token-endpoint="/token"></voucher-tray>
    </section>`);
    await waitUntil(() => fake.count((r) => r.method === 'GET') === 1, 'no provider request');
    expect(getComputedStyle(section).display, 'shown while loading').to.equal('block');
    held.resolve(json({}));
    await settled(section.querySelector<VoucherTray>('voucher-tray')!);
    expect(getComputedStyle(section).display).to.equal('none');
  });
});
