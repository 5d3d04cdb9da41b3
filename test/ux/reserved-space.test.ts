// The README's rule reserves a logged-in tray's space before the script arrives. Its number must
// be the skeleton's rendered height, or the content under the tray jumps at the upgrade: the
// rule is read from the README itself, so the two cannot drift apart. An undefined tag name
// stands in for the tray before its script (here the element is defined already).
import { expect, fixture, html } from '@open-wc/testing';
import '../../src/entries/index.js';
import type { VoucherTray } from '../../src/entries/index.js';
import { installFakeFetch, json, type FakeFetch } from '../helpers/fake-fetch.js';
import { quickRequests } from '../hardening/helpers.js';
import { part, settled } from '../helpers/tray.js';

const serverFetch = window.fetch.bind(window);
const STAND_IN = 'voucher-tray-before-its-script';

async function readmeRule(): Promise<string> {
  const readme = await (await serverFetch('/README.md')).text();
  const rule = /```css\n(voucher-tray[^\n]*:not\(:defined\)[^\n]*)\n```/.exec(readme)?.[1];
  expect(rule, 'README.md has no css block with the voucher-tray:not(:defined) rule').to.be.a('string');
  return rule!;
}

const height = (el: Element) => el.getBoundingClientRect().height;

describe('the space reserved before the script arrives', () => {
  let fake: FakeFetch;
  let restore: () => void;
  let style: HTMLStyleElement;
  before(async () => {
    style = document.createElement('style');
    // The same rule, for a tag that is never defined.
    style.textContent = (await readmeRule()).replace(/^voucher-tray\b/, STAND_IN);
    document.head.append(style);
  });
  after(() => style.remove());
  beforeEach(() => {
    restore = quickRequests({ timeoutMs: 5000 });
    fake = installFakeFetch();
  });
  afterEach(() => {
    fake.restore();
    restore();
  });

  for (const width of [300, 640, 1000]) {
    it(`equals the skeleton's height in a ${width} px wide tray`, async () => {
      // A token endpoint that does not answer: the tray stays on its skeleton.
      fake.on('POST', '/token', () => new Promise<Response>(() => undefined));
      const box = await fixture<HTMLDivElement>(html`<div style=${`width: ${width}px`}>
        <voucher-tray-before-its-script identity="alice"></voucher-tray-before-its-script>
        <voucher-tray provider="clevertap" identity="alice" token-endpoint="/token" api-base="/api"></voucher-tray>
      </div>`);
      const tray = box.querySelector<VoucherTray>('voucher-tray')!;
      await tray.updateComplete;
      expect(part(tray, 'loading'), 'no skeleton').to.exist;
      const reserved = height(box.querySelector(STAND_IN)!);
      expect(reserved).to.be.greaterThan(100);
      expect(Math.abs(height(tray) - reserved), `skeleton ${height(tray)} px, reserved ${reserved} px`).to.be.at.most(2);
      await expect(tray).to.be.accessible();
    });
  }

  it('leaves anonymous trays and launchers alone (they show no skeleton)', async () => {
    const box = await fixture<HTMLDivElement>(html`<div>
      <voucher-tray-before-its-script></voucher-tray-before-its-script>
      <voucher-tray-before-its-script identity="alice" layout="launcher"></voucher-tray-before-its-script>
    </div>`);
    for (const el of box.children) expect(height(el)).to.equal(0);
  });

  it('is where the first row of cards goes: a sparse card is as tall as the skeleton', async () => {
    fake.on('POST', '/token', () => json({ token: 'tok', expires_in: 600 }));
    fake.on('GET', '/api/1/promo/vouchers', () => json({ status: 'success', records: [{ voucherCode: 'ONLY-A-CODE' }] }));
    const box = await fixture<HTMLDivElement>(html`<div style="width: 360px">
      <voucher-tray-before-its-script identity="alice"></voucher-tray-before-its-script>
      <voucher-tray provider="clevertap" identity="alice" token-endpoint="/token" api-base="/api"></voucher-tray>
    </div>`);
    const tray = await settled(box.querySelector<VoucherTray>('voucher-tray')!);
    expect(part(tray, 'list'), 'no list').to.exist;
    const reserved = height(box.querySelector(STAND_IN)!);
    expect(Math.abs(height(tray) - reserved), `list ${height(tray)} px, reserved ${reserved} px`).to.be.at.most(2);
  });
});
