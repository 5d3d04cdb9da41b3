// The layout attribute: columns by the tray's own width, one scrolling row, and a launcher
// that opens the tray in a popover (focus in, Escape out, focus back).
import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VoucherTray } from '../../src/entries/index.js';
import type { FakeFetch } from '../helpers/fake-fetch.js';
import { DAY, fakeBackend, part, parts, providerWith, root, settled, text, voucher } from './helpers.js';

const provider = providerWith(() =>
  [1, 2, 3, 4, 5].map((n) => voucher({ code: `LAYOUT-${n}`, title: `Offer ${n}`, value: { kind: 'percent', percent: n * 5 }, expiresAt: Date.now() + (n + 3) * DAY })).concat(
    voucher({ code: 'NOT-YET', title: 'Not yet', startsAt: Date.now() + 3 * DAY }),
  ),
);

async function trayIn(width: number, layout?: string): Promise<VoucherTray> {
  const page = await fixture<HTMLDivElement>(html`<div style="width: ${width}px"><button>before</button><voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="en" layout=${layout ?? 'auto'}></voucher-tray><button>after</button></div>`);
  return settled(page.querySelector('voucher-tray')!);
}
/** How many columns the cards sit in, and how many rows. */
function grid(el: VoucherTray): { columns: number; rows: number } {
  const boxes = parts(el, 'voucher').map((card) => card.getBoundingClientRect());
  return { columns: new Set(boxes.map((b) => Math.round(b.left))).size, rows: new Set(boxes.map((b) => Math.round(b.top))).size };
}

describe('layouts', () => {
  let fake: FakeFetch;
  beforeEach(() => (fake = fakeBackend()));
  afterEach(() => fake.restore());

  it('auto (the default, reflected): one column when the tray is narrow, a grid when it is wide', async () => {
    const narrow = await trayIn(320);
    expect(narrow.layout).to.equal('auto');
    expect(narrow.getAttribute('layout')).to.equal('auto');
    expect(grid(narrow).columns).to.equal(1);
    // The tray's width decides, not the viewport's: the same viewport, a wider container.
    const wide = await trayIn(1000);
    expect(grid(wide).columns).to.be.at.least(3);
    await expect(wide).to.be.accessible();
  });

  it('list: one column at any width; grid: columns whenever they fit', async () => {
    expect(grid(await trayIn(1000, 'list')).columns).to.equal(1);
    expect(grid(await trayIn(1000, 'grid')).columns).to.be.at.least(3);
    expect(grid(await trayIn(260, 'grid')).columns).to.equal(1);
  });

  it('carousel: one row that scrolls and snaps, the next card peeking, reachable by keyboard', async () => {
    const el = await trayIn(400, 'carousel');
    const list = part(el, 'list')!;
    expect(grid(el).rows).to.equal(1);
    expect(list.scrollWidth).to.be.greaterThan(list.clientWidth);
    expect(getComputedStyle(list).scrollSnapType).to.match(/x mandatory/);
    const [, second] = parts(el, 'voucher').map((card) => card.getBoundingClientRect());
    const edge = list.getBoundingClientRect().right;
    expect(second!.left, 'the next card peeks in').to.be.below(edge);
    expect(second!.right, 'but not all of it').to.be.above(edge);
    // The row takes focus (arrow keys scroll it) and is a named list for screen readers.
    expect(list.tabIndex).to.equal(0);
    expect(list.getAttribute('aria-label')).to.equal('Your vouchers');
    list.focus();
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => list.scrollLeft > 0, 'the arrow key did not scroll the row', { timeout: 3000 });
    // Tabbing to a card's copy button brings it into view.
    const last = parts(el, 'copy-button').filter((b) => !(b as HTMLButtonElement).disabled).at(-1)!;
    last.focus();
    await waitUntil(() => last.getBoundingClientRect().right <= edge + 1, 'the focused card stayed out of view', { timeout: 3000 });
    await expect(el).to.be.accessible();
  });

  it('launcher: a button with the count of usable vouchers; the tray opens in a popover, focus moves in, Escape closes, focus comes back', async () => {
    const el = await trayIn(400, 'launcher');
    const launcher = part(el, 'launcher') as HTMLButtonElement;
    expect(launcher.localName).to.equal('button');
    // Five usable; the one that has not started is not counted.
    expect(text(part(el, 'count'))).to.equal('5');
    expect(text(launcher)).to.equal('Your vouchers5, 5 ready to use');
    const popover = part(el, 'popover')!;
    expect(popover.matches(':popover-open')).to.equal(false);
    await expect(el).to.be.accessible();

    launcher.focus();
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => popover.matches(':popover-open'), 'the popover never opened', { timeout: 3000 });
    await waitUntil(() => popover.contains(root(el).activeElement), 'focus never moved into the tray', { timeout: 3000 });
    expect(popover.contains(part(el, 'list'))).to.equal(true);
    expect(popover.getAttribute('role')).to.equal('dialog');
    expect(popover.getAttribute('aria-label')).to.equal('Your vouchers');
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !popover.matches(':popover-open'), 'Escape did not close it', { timeout: 3000 });
    await waitUntil(() => root(el).activeElement === launcher, 'focus did not come back to the launcher', { timeout: 3000 });

    // The close button closes it too.
    launcher.click();
    await waitUntil(() => popover.matches(':popover-open'), 'the popover never opened again', { timeout: 3000 });
    (part(el, 'close-button') as HTMLButtonElement).click();
    await waitUntil(() => !popover.matches(':popover-open'), 'the close button did not close it', { timeout: 3000 });
  });

  it('launcher: works for an anonymous shopper too (the login prompt inside), and copies from inside', async () => {
    const anonymous = await fixture<VoucherTray>(html`<voucher-tray provider=${provider} token-endpoint="/token" layout="launcher"></voucher-tray>`);
    await waitUntil(() => part(anonymous, 'launcher'), 'no launcher', { timeout: 5000 });
    expect(part(anonymous, 'count')).to.equal(null);
    expect(part(anonymous, 'popover')!.querySelector('[part="login"]')).to.exist;
    await expect(anonymous).to.be.accessible();

    const el = await trayIn(400, 'launcher');
    const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
    Object.defineProperty(navigator, 'clipboard', { configurable: true, value: { writeText: async () => undefined } });
    try {
      (part(el, 'launcher') as HTMLButtonElement).click();
      await waitUntil(() => part(el, 'popover')!.matches(':popover-open'), 'the popover never opened', { timeout: 3000 });
      setTimeout(() => part(el, 'copy-button')!.click());
      expect((await oneEvent(el, 'voucher-tray-copy')).detail.voucher.code).to.equal('LAYOUT-1');
    } finally {
      if (own) Object.defineProperty(navigator, 'clipboard', own);
      else delete (navigator as { clipboard?: unknown }).clipboard;
    }
  });
});
