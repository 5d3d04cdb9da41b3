import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { VoucherTray } from '../../src/entries/index.js';
import { englishStrings } from '../../src/i18n/en-list.js';
import { textAttribute } from '../../src/i18n/resolve.js';
import { cardStyles } from '../../src/list/card.styles.js';
import { launcherStyles } from '../../src/element/launcher.js';
import { trayStyles } from '../../src/element/voucher-tray.styles.js';
import { json, type FakeFetch } from '../helpers/fake-fetch.js';
import { DAY, fakeBackend, part, providerWith, settled, trayFixture, voucher } from './helpers.js';

const full = providerWith(() => [
  voucher({
    code: 'ALL-PARTS',
    title: 'Everything',
    brand: 'ACME',
    description: 'All the pieces',
    value: { kind: 'amount', amount: 5, currency: 'EUR' },
    expiresAt: Date.now() + DAY,
    image: 'https://cdn.test/v.png',
    qrUrl: 'https://cdn.test/qr',
    barcodeUrl: 'https://cdn.test/barcode',
    validity: { days: [0, 1, 2, 3, 4, 5, 6], hours: [{ from: 0, to: 0 }] },
    usesLeft: 2,
  }),
]);
const none = providerWith(() => []);
// For the scan view: a code it draws both ways, and one outside Code 128 (its note).
const scannable = providerWith(() => [
  voucher({ code: 'SCAN-10', title: 'Scan me', expiresAt: Date.now() + 5 * DAY }),
  voucher({ code: 'KÖLN-10', title: 'Köln', expiresAt: Date.now() + 5 * DAY }),
]);
// One of each state, for the parts only some states render (stub, status, the unusable list).
const mixed = providerWith(() => [
  voucher({ code: 'NOW-1', title: 'Now', value: { kind: 'percent', percent: 10 }, expiresAt: Date.now() + 9 * DAY }),
  voucher({ code: 'LATER-1', title: 'Later', startsAt: Date.now() + 2 * DAY }),
  voucher({ code: 'USED-1', title: 'Used', status: 'used' }),
]);

// The real fetch, kept before any test installs the fake one: these read the project's own files.
const realFetch = window.fetch.bind(window);
const source = async (path: string) => (await realFetch(path)).text();
// README.md (served as written, unlike the TypeScript, whose JSDoc the dev server strips) is
// the reference: its tables must match what the element renders and reads.
const section = (docs: string, heading: string) => docs.slice(docs.indexOf(heading), docs.indexOf('\n#', docs.indexOf(heading) + heading.length));
const tableNames = (markdown: string) => [...markdown.matchAll(/^\| `([^`]+)` \|/gm)].map((m) => m[1]!).sort();
const partNames = (el: VoucherTray) => [...el.shadowRoot!.querySelectorAll('[part]')].flatMap((n) => n.getAttribute('part')!.split(' '));

describe('theming', () => {
  let fake: FakeFetch;
  beforeEach(() => (fake = fakeBackend()));
  afterEach(() => fake.restore());

  it('takes its colours, radius, spacing and fonts from --voucher-tray-* properties set outside', async () => {
    const el = await trayFixture(html`<voucher-tray
      provider=${full}
      identity="a"
      token-endpoint="/token"
      style="--voucher-tray-accent: rgb(1, 2, 3); --voucher-tray-background: rgb(250, 240, 230); --voucher-tray-card-background: rgb(255, 255, 250);
        --voucher-tray-text: rgb(10, 20, 30); --voucher-tray-muted: rgb(40, 50, 60); --voucher-tray-radius: 3px; --voucher-tray-spacing: 11px;
        --voucher-tray-frame-border: 2px solid rgb(9, 9, 9); --voucher-tray-frame-padding: 13px; --voucher-tray-stub-background: rgb(1, 100, 1);
        --voucher-tray-font: serif; --voucher-tray-code-font: fantasy; --voucher-tray-soon: rgb(90, 0, 0); --voucher-tray-soon-background: rgb(255, 230, 230)"
    ></voucher-tray>`);
    const style = (name: string) => getComputedStyle(part(el, name)!);
    expect(style('value').color).to.equal('rgb(1, 2, 3)');
    expect(style('copy-button').color).to.equal('rgb(1, 2, 3)');
    expect(style('stub').backgroundColor).to.equal('rgb(1, 100, 1)');
    expect(style('base').backgroundColor).to.equal('rgb(250, 240, 230)');
    expect(style('voucher').backgroundColor).to.equal('rgb(255, 255, 250)');
    expect(style('title').color).to.equal('rgb(10, 20, 30)');
    expect(style('brand').color).to.equal('rgb(40, 50, 60)');
    expect(style('soon').color).to.equal('rgb(90, 0, 0)');
    expect(style('soon').backgroundColor).to.equal('rgb(255, 230, 230)');
    expect(style('base').borderTopLeftRadius).to.equal('3px');
    expect(style('voucher').borderTopLeftRadius).to.equal('3px');
    // The frame is opt-in: border and padding only when the page asks.
    expect(style('base').borderTopStyle).to.equal('solid');
    expect(style('base').borderTopColor).to.equal('rgb(9, 9, 9)');
    expect(style('base').paddingTop).to.equal('13px');
    expect(style('list').rowGap).to.equal('11px');
    expect(style('title').fontFamily).to.equal('serif');
    expect(style('code').fontFamily).to.equal('fantasy');
  });

  it('lets a page style every piece with ::part()', async () => {
    const page = await fixture<HTMLElement>(html`<div>
      <style>
        .branded::part(voucher) { outline: 4px dotted rgb(200, 0, 0); }
        .branded::part(code) { letter-spacing: 5px; }
        .branded::part(copy-button):hover, .branded::part(copy-button) { text-transform: uppercase; }
      </style>
      <voucher-tray class="branded" provider=${full} identity="a" token-endpoint="/token"></voucher-tray>
    </div>`);
    const el = page.querySelector('voucher-tray')!;
    await settled(el);
    expect(getComputedStyle(part(el, 'voucher')!).outlineStyle).to.equal('dotted');
    expect(getComputedStyle(part(el, 'code')!).letterSpacing).to.equal('5px');
    expect(getComputedStyle(part(el, 'copy-button')!).textTransform).to.equal('uppercase');
  });

  it('shows no empty line of a card, whatever ::part() rules the page has', async () => {
    const bare = providerWith(() => [voucher({ code: 'ONLY-A-CODE' })]);
    const page = await fixture<HTMLElement>(html`<div>
      <style>
        .loud::part(brand), .loud::part(title), .loud::part(value), .loud::part(description), .loud::part(soon),
        .loud::part(expiry) { display: block; padding: 9px; border: 3px solid red; }
      </style>
      <voucher-tray class="loud" provider=${bare} identity="a" token-endpoint="/token"></voucher-tray>
    </div>`);
    const el = await settled(page.querySelector('voucher-tray')!);
    // No element carries the part of a line it does not have, so no rule above can reach one.
    const named = partNames(el);
    for (const name of ['brand', 'title', 'value', 'description', 'soon', 'image', 'assets', 'meta', 'expiry', 'status']) expect(named, name).to.not.include(name);
    // Everything else in the card is there but takes no room.
    const card = part(el, 'voucher')!;
    const unnamed = [...card.querySelectorAll('[part="content"] > :not([part]), [part="stub"] > :not([part]), .meta > :not([part])')];
    expect(unnamed.length).to.be.greaterThan(0);
    for (const node of unnamed) expect(getComputedStyle(node).display, node.className || node.localName).to.equal('none');
  });

  it('renders exactly the parts it documents, across all its states', async () => {
    const documented = tableNames(section(await source('/README.md'), '### Parts'));
    const rendered = new Set<string>();
    const add = (el: VoucherTray) => partNames(el).forEach((name) => rendered.add(name));
    add(await trayFixture(html`<voucher-tray provider=${full} identity="a" token-endpoint="/token" apply-url="/cart?discount={code}"></voucher-tray>`));
    add(await trayFixture(html`<voucher-tray provider=${mixed} identity="a" token-endpoint="/token" show-expired></voucher-tray>`));
    const launcher = await trayFixture(html`<voucher-tray provider=${mixed} identity="a" token-endpoint="/token" layout="launcher"></voucher-tray>`);
    add(launcher);
    add(await trayFixture(html`<voucher-tray provider=${none} identity="a" token-endpoint="/token"></voucher-tray>`));
    const scanning = await trayFixture(html`<voucher-tray provider=${scannable} identity="a" token-endpoint="/token" scan></voucher-tray>`);
    for (const button of [...scanning.shadowRoot!.querySelectorAll<HTMLElement>('[part~="scan-button"]')]) {
      setTimeout(() => button.click());
      await oneEvent(scanning, 'voucher-tray-scan');
      add(scanning);
      const dialog = part(scanning, 'scan') as HTMLDialogElement;
      dialog.close();
      await waitUntil(() => !part(scanning, 'scan'), 'the scan view did not close', { timeout: 3000 });
    }
    add(await fixture<VoucherTray>(html`<voucher-tray provider=${full} token-endpoint="/token"></voucher-tray>`));
    fake.on('GET', '/vouchers', () => json({}, 500));
    add(await trayFixture(html`<voucher-tray provider=${full} identity="b" token-endpoint="/token"></voucher-tray>`));
    fake.on('GET', '/vouchers', () => new Promise<Response>(() => undefined));
    const loading = await fixture<VoucherTray>(html`<voucher-tray provider=${full} identity="c" token-endpoint="/token"></voucher-tray>`);
    await loading.updateComplete;
    add(loading);
    expect([...rendered].sort()).to.deep.equal(documented);
    // The contract's parts are all there.
    expect(documented).to.include.members([
      'base', 'list', 'voucher', 'code', 'copy-button', 'title', 'description', 'brand', 'value', 'expiry', 'status',
      'login', 'login-button', 'empty', 'error', 'retry-button', 'loading', 'launcher', 'count',
    ]);
  });

  it('documents every custom property it reads, each colour with a light and a dark default', async () => {
    const css = trayStyles.cssText + cardStyles.cssText + launcherStyles.cssText;
    const used = [...new Set(css.match(/--voucher-tray-[\w-]+/g))].sort();
    expect(tableNames(section(await source('/README.md'), '## Theming'))).to.deep.equal(used);
    // Sizes, fonts and the frame have one default; the value's colour is the accent's.
    for (const name of used.filter((n) => !/radius|spacing|font|width|notch|frame|value/.test(n))) {
      expect(css, `${name} with light-dark() defaults`).to.match(new RegExp(`var\\(${name}, light-dark\\(#[0-9a-f]{6}, #[0-9a-f]{6}\\)\\)`));
    }
  });

  it('documents every text with its key, its attribute and its English default', async () => {
    const table = section(await source('/README.md'), '## Changing the text');
    expect(tableNames(table)).to.deep.equal(Object.keys(englishStrings).sort());
    for (const [key, english] of Object.entries(englishStrings)) {
      expect(table, key).to.contain(`| \`${key}\` | \`${textAttribute(key)}\` | ${english.replace(/\|/g, '\\|')}`);
    }
    for (const slot of ['login', 'empty']) expect(await source('/README.md')).to.contain(`slot="${slot}"`);
  });
});
