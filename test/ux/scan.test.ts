// "Show at the till" (`scan`): the button on usable vouchers only, the modal view (focus in,
// Escape out, focus back), black on white in a dark tray, codes that cannot be drawn, no request
// but the view's own code, the screen wake lock, and a scanner's reading of what is drawn.
import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import jsQR from 'jsqr';
import { BitArray, Code128Reader } from '@zxing/library';
import type { VoucherTray, VoucherTrayScanEvent } from '../../src/entries/index.js';
import type { FakeFetch } from '../helpers/fake-fetch.js';
import { trayEvent } from '../../src/element/events.js';
import { englishStrings } from '../../src/i18n/en-list.js';
import { barcode, qrCode } from '../../src/scan/encode.js';
import { DAY, fakeBackend, part, parts, providerWith, root, text, trayFixture, voucher } from './helpers.js';

const LONG = `LONG-${'k'.repeat(195)}`;
const provider = providerWith(() => [
  voucher({ code: 'TILL-2026', title: 'Ten off in store' }),
  voucher({ code: 'LATER-5', startsAt: Date.now() + 3 * DAY }),
  voucher({ code: 'GONE-1', status: 'expired', expiresAt: Date.now() - DAY }),
  // Outside ASCII: a QR code, but no Code 128 barcode.
  voucher({ code: 'KÖLN-10', title: 'Köln' }),
  // The longest code the tray takes (model/guard.ts): a QR code, but too wide a barcode to scan.
  voucher({ code: LONG, title: 'Long' }),
]);

const tray = (attrs = html``) => trayFixture(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="en" scan show-expired>${attrs}</voucher-tray>`);
const scanButton = (el: VoucherTray, code: string) =>
  parts(el, 'scan-button').find((button) => button.closest('li')!.querySelector('[part~="code"]')!.getAttribute('title') === code) as HTMLButtonElement;
const view = (el: VoucherTray) => part(el, 'scan') as HTMLDialogElement | null;

/** Clicks "Show at the till" of `code` and waits for the view to be open (the event says it is). */
async function open(el: VoucherTray, code: string): Promise<VoucherTrayScanEvent> {
  setTimeout(() => scanButton(el, code).click());
  const event = await oneEvent(el, 'voucher-tray-scan');
  expect(view(el)?.open, 'the view is open').to.equal(true);
  return event;
}

/** Closes the view and waits until it is gone (the dialog's close event comes a task later). */
async function close(el: VoucherTray): Promise<void> {
  view(el)!.close();
  await waitUntil(() => !view(el), 'the view did not close', { timeout: 3000 });
}

/** The SVG as an image, drawn on a canvas `scale` pixels per module: the pixels a scanner sees. */
async function pixels(svg: SVGSVGElement, width: number, height: number): Promise<ImageData> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width;
  canvas.height = height;
  const context = canvas.getContext('2d')!;
  context.drawImage(image, 0, 0, width, height);
  return context.getImageData(0, 0, width, height);
}

/** viewBox width and height, in modules (quiet zones included). */
const box = (svg: SVGSVGElement) => svg.getAttribute('viewBox')!.split(' ').slice(2).map(Number) as [number, number];

describe('show at the till (scan)', () => {
  let fake: FakeFetch;
  let restoreWakeLock: (() => void) | undefined;
  beforeEach(() => (fake = fakeBackend()));
  afterEach(() => {
    restoreWakeLock?.();
    restoreWakeLock = undefined;
    fake.restore();
  });

  /** Replaces navigator.wakeLock (undefined: none) for one test. */
  function stubWakeLock(wakeLock: unknown): void {
    const own = Object.getOwnPropertyDescriptor(navigator, 'wakeLock');
    Object.defineProperty(navigator, 'wakeLock', { configurable: true, value: wakeLock });
    restoreWakeLock = () => (own ? Object.defineProperty(navigator, 'wakeLock', own) : delete (navigator as { wakeLock?: unknown }).wakeLock);
  }

  it('offers "Show at the till" only with `scan`, and only on usable vouchers, named with the code', async () => {
    const plain = await trayFixture(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="en" show-expired></voucher-tray>`);
    expect(parts(plain, 'scan-button')).to.have.length(0);
    const el = await tray();
    const buttons = parts(el, 'scan-button');
    // Not on the one that has not started, nor the expired one.
    expect(buttons.map((b) => b.getAttribute('aria-label'))).to.have.members([
      'Show at the till: TILL-2026',
      'Show at the till: KÖLN-10',
      `Show at the till: ${LONG}`,
    ]);
    expect(text(buttons[0])).to.equal('Show at the till');
    el.scan = false;
    await el.updateComplete;
    expect(parts(el, 'scan-button')).to.have.length(0);
  });

  it('opens a modal view that takes focus, fires voucher-tray-scan, closes with Escape and gives focus back', async () => {
    const el = await tray();
    const button = scanButton(el, 'TILL-2026');
    button.focus();
    const event = await open(el, 'TILL-2026');
    expect(event.detail.voucher.code).to.equal('TILL-2026');
    expect(event.bubbles && event.composed).to.equal(true);
    const dialog = view(el)!;
    expect(dialog.localName).to.equal('dialog');
    expect(dialog.matches(':modal')).to.equal(true);
    expect(dialog.contains(root(el).activeElement), 'focus moved into the view').to.equal(true);
    expect(text(part(el, 'scan-title'))).to.equal('Scan at the till');
    expect(text(part(el, 'scan-voucher'))).to.equal('Ten off in store');
    expect(text(part(el, 'scan-code'))).to.equal('TILL-2026');
    expect(part(el, 'qr')!.getAttribute('aria-label')).to.equal('QR code: TILL-2026');
    expect(part(el, 'barcode')!.getAttribute('aria-label')).to.equal('Barcode: TILL-2026');
    expect(part(el, 'scan-note')).to.equal(null);
    // Large: the QR code takes most of a phone's width.
    expect(part(el, 'qr')!.getBoundingClientRect().width).to.be.at.least(200);
    await expect(el).to.be.accessible();

    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !view(el), 'Escape did not close the view', { timeout: 3000 });
    expect(root(el).activeElement).to.equal(button);

    // The close button closes it too, and focus comes back again.
    await open(el, 'TILL-2026');
    (part(el, 'scan-close') as HTMLButtonElement).click();
    await waitUntil(() => !view(el), 'the close button did not close the view', { timeout: 3000 });
    expect(root(el).activeElement).to.equal(button);
  });

  it('works by keyboard from inside a launcher\'s popover, which stays open under the view', async () => {
    const el = await trayFixture(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="en" scan layout="launcher"></voucher-tray>`);
    const popover = part(el, 'popover')!;
    (part(el, 'launcher') as HTMLButtonElement).click();
    await waitUntil(() => popover.matches(':popover-open'), 'the popover never opened', { timeout: 3000 });
    // The popover moves focus into the tray once it has opened (a toggle event later).
    await waitUntil(() => popover.contains(root(el).activeElement), 'focus never moved into the popover', { timeout: 3000 });
    const button = scanButton(el, 'TILL-2026');
    button.focus();
    setTimeout(() => void sendKeys({ press: 'Enter' }));
    await oneEvent(el, 'voucher-tray-scan');
    expect(view(el)!.matches(':modal')).to.equal(true);
    expect(popover.matches(':popover-open'), 'the popover stays open').to.equal(true);
    await expect(el).to.be.accessible();
    await sendKeys({ press: 'Escape' });
    await waitUntil(() => !view(el), 'Escape did not close the view', { timeout: 3000 });
    expect(popover.matches(':popover-open'), 'Escape closed the view only').to.equal(true);
    expect(root(el).activeElement).to.equal(button);
  });

  it('is black on white with quiet zones in a dark tray', async () => {
    const el = await trayFixture(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="en" scan theme="dark"></voucher-tray>`);
    await open(el, 'TILL-2026');
    const white = 'rgb(255, 255, 255)';
    const black = 'rgb(0, 0, 0)';
    expect(getComputedStyle(view(el)!).backgroundColor).to.equal(white);
    expect(getComputedStyle(part(el, 'scan-code')!).color).to.equal(black);
    for (const [name, quiet] of [['qr', 4], ['barcode', 10]] as const) {
      const svg = part(el, name) as unknown as SVGSVGElement;
      expect(Number(svg.getAttribute('viewBox')!.split(' ')[0]), `${name} quiet zone`).to.equal(-quiet);
      expect(getComputedStyle(svg.querySelector('rect')!).fill, `${name} ground`).to.equal(white);
      expect(getComputedStyle(svg.querySelector('path')!).fill, `${name} modules`).to.equal(black);
    }
    await expect(el).to.be.accessible();
    view(el)!.close();
  });

  it('says so, with the code in text, when a code cannot be a barcode, or neither', async () => {
    const el = await tray();
    await open(el, 'KÖLN-10');
    expect(part(el, 'qr')).to.exist;
    expect(part(el, 'barcode')).to.equal(null);
    expect(text(part(el, 'scan-code'))).to.equal('KÖLN-10');
    expect(text(part(el, 'scan-note'))).to.equal('This code cannot be shown as a barcode.');
    await expect(el).to.be.accessible();
    await close(el);

    await open(el, LONG);
    expect(part(el, 'qr')).to.exist;
    expect(part(el, 'barcode')).to.equal(null);
    expect(text(part(el, 'scan-code'))).to.equal(LONG);
    expect(text(part(el, 'scan-note'))).to.equal('This code cannot be shown as a barcode.');
    await close(el);

    // Too long for a QR code too (some 2,330 bytes at level M): the tray's guard never lets
    // such a code through, but a view asked for one shows the text and says so.
    const { showScan } = await import('../../src/scan/scan.js');
    const huge = 'x'.repeat(2400);
    showScan(trayEvent, el, voucher({ code: huge }), scanButton(el, 'TILL-2026'), { ...englishStrings });
    expect(view(el)).to.exist;
    expect(part(el, 'qr')).to.equal(null);
    expect(part(el, 'barcode')).to.equal(null);
    expect(text(part(el, 'scan-code'))).to.equal(huge);
    expect(text(part(el, 'scan-note'))).to.equal('This code cannot be shown as a QR code. This code cannot be shown as a barcode.');
    await expect(el).to.be.accessible();
    view(el)!.close();
  });

  it('encodes only what it can draw faithfully', () => {
    expect(qrCode('TILL-2026')?.size).to.equal(21);
    expect(qrCode('a'.repeat(2000))).to.exist;
    expect(qrCode('a'.repeat(2400))).to.equal(undefined);
    expect(barcode('TILL-2026')?.size).to.be.greaterThan(0);
    expect(barcode('tab\tcode'), 'ASCII control characters are Code 128 too').to.exist;
    // jsbarcode reads characters 200-211 as its own function codes: never encoded as such.
    for (const code of ['È-10', 'KÖLN', '🎁', 'a'.repeat(40)]) expect(barcode(code), code).to.equal(undefined);
  });

  it('makes no request but its own code: nothing to the provider, nothing to another host', async () => {
    const el = await tray();
    const before = new Set(performance.getEntriesByType('resource').map((entry) => entry.name));
    const asked = fake.requests.length;
    await open(el, 'TILL-2026');
    const fetched = performance.getEntriesByType('resource').map((entry) => entry.name).filter((name) => !before.has(name));
    expect(fetched.filter((name) => new URL(name).origin !== location.origin)).to.deep.equal([]);
    expect(fake.requests.length).to.equal(asked);
    // No <img>, no CSS url(): the codes are drawn in the page.
    expect(view(el)!.querySelectorAll('img, image, use')).to.have.length(0);
    view(el)!.close();
  });

  it('keeps the screen on while open where a wake lock exists, and releases it on close', async () => {
    const asked: string[] = [];
    let released = 0;
    stubWakeLock({ request: async (type: string) => (asked.push(type), { release: async () => void released++ }) });
    const el = await tray();
    await open(el, 'TILL-2026');
    await waitUntil(() => asked.length === 1, 'no wake lock was asked for');
    expect(asked).to.deep.equal(['screen']);
    expect(released).to.equal(0);
    view(el)!.close();
    await waitUntil(() => released === 1, 'the wake lock was not released');
  });

  it('ends, wake lock and all, when its voucher expires while it is open', async () => {
    let released = 0;
    stubWakeLock({ request: async () => ({ release: async () => void released++ }) });
    const soon = providerWith(() => [voucher({ code: 'SOON-1', expiresAt: Date.now() + 2500 }), voucher({ code: 'STAYS-1' })]);
    const el = await trayFixture(html`<voucher-tray provider=${soon} identity="a" token-endpoint="/token" locale="en" scan></voucher-tray>`);
    await open(el, 'SOON-1');
    await waitUntil(() => !view(el) && released === 1, 'the view outlived its voucher', { timeout: 6000 });
    expect(parts(el, 'scan-button')).to.have.length(1);
    // Focus stays in the tray, though its button is gone.
    expect(root(el).activeElement?.matches('[part="base"]')).to.equal(true);
  });

  it('opens all the same without a wake lock, or when it is refused', async () => {
    const errors: unknown[] = [];
    const record = (event: ErrorEvent | PromiseRejectionEvent) => errors.push('reason' in event ? event.reason : event.error);
    window.addEventListener('error', record);
    window.addEventListener('unhandledrejection', record);
    try {
      stubWakeLock(undefined);
      const el = await tray();
      await open(el, 'TILL-2026');
      await close(el);
      restoreWakeLock!();
      stubWakeLock({ request: () => Promise.reject(new DOMException('Refused', 'NotAllowedError')) });
      await open(el, 'TILL-2026');
      await close(el);
      restoreWakeLock!();
      stubWakeLock({ request: () => { throw new TypeError('No'); } });
      await open(el, 'TILL-2026');
      await close(el);
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(errors).to.deep.equal([]);
    } finally {
      window.removeEventListener('error', record);
      window.removeEventListener('unhandledrejection', record);
    }
  });

  it('draws codes that a scanner reads back exactly: the QR code and the Code 128 barcode', async () => {
    const el = await tray();
    for (const code of ['TILL-2026', 'KÖLN-10']) {
      await open(el, code);
      const qr = part(el, 'qr') as unknown as SVGSVGElement;
      const [side] = box(qr);
      const qrPixels = await pixels(qr, side * 6, side * 6);
      expect(jsQR(qrPixels.data, qrPixels.width, qrPixels.height)?.data, `QR of ${code}`).to.equal(code);
      const bars = part(el, 'barcode') as unknown as SVGSVGElement | null;
      if (code === 'TILL-2026') {
        // One row across the middle of the barcode, three pixels per module, dark pixels set.
        const [width] = box(bars!);
        const barPixels = await pixels(bars!, width * 3, 60);
        const row = new BitArray(barPixels.width);
        const y = 30;
        for (let x = 0; x < barPixels.width; x++) if (barPixels.data[(y * barPixels.width + x) * 4]! < 128) row.set(x);
        expect(new Code128Reader().decodeRow(y, row, new Map()).getText(), `barcode of ${code}`).to.equal(code);
      }
      await close(el);
    }
  });
});
