import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { VoucherTray, VoucherTrayCopyEvent } from '../../src/entries/index.js';
import type { FakeFetch } from '../helpers/fake-fetch.js';
import { announced, fakeBackend, parts, providerWith, root, text, trayFixture, voucher } from './helpers.js';

const provider = providerWith(() => [
  voucher({ code: 'FIRST-10', title: 'First' }),
  voucher({ code: 'SECOND-20', title: 'Second' }),
]);

/** Replaces the Clipboard API (or removes it) for one test; restores it after. */
function stubClipboard(writeText: ((text: string) => Promise<void>) | undefined): () => void {
  const own = Object.getOwnPropertyDescriptor(navigator, 'clipboard');
  Object.defineProperty(navigator, 'clipboard', { configurable: true, value: writeText && { writeText } });
  return () => (own ? Object.defineProperty(navigator, 'clipboard', own) : delete (navigator as { clipboard?: unknown }).clipboard);
}

/** Replaces document.execCommand; `copy` answers with `result` and records what the tray had selected. */
function stubExecCommand(el: VoucherTray, result: boolean): { selected: string[]; restore: () => void } {
  const original = document.execCommand;
  const selected: string[] = [];
  document.execCommand = (command: string) => {
    if (command !== 'copy') return false;
    const area = root(el).querySelector('textarea');
    selected.push(area ? area.value.slice(area.selectionStart, area.selectionEnd) : '');
    return result;
  };
  return { selected, restore: () => (document.execCommand = original) };
}

const copyButtons = (el: VoucherTray) => parts(el, 'copy-button') as HTMLButtonElement[];
const settle = () => new Promise((resolve) => setTimeout(resolve, 60));

describe('copying a code', () => {
  let fake: FakeFetch;
  let el: VoucherTray;
  let restoreClipboard: (() => void) | undefined;
  const copies: VoucherTrayCopyEvent[] = [];

  beforeEach(async () => {
    fake = fakeBackend();
    copies.length = 0;
    el = await trayFixture(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="en"></voucher-tray>`);
    el.addEventListener('voucher-tray-copy', (e) => copies.push(e));
  });
  afterEach(() => {
    restoreClipboard?.();
    restoreClipboard = undefined;
    fake.restore();
  });

  it('copies with one click through the Clipboard API, then shows and announces it', async () => {
    const written: string[] = [];
    restoreClipboard = stubClipboard(async (code) => void written.push(code));
    expect(announced(el)).to.equal('');
    setTimeout(() => copyButtons(el)[1]!.click());
    const event = await oneEvent(el, 'voucher-tray-copy');
    expect(event.detail.voucher.code).to.equal('SECOND-20');
    expect(event.bubbles && event.composed).to.equal(true);
    expect(written).to.deep.equal(['SECOND-20']);
    await el.updateComplete;
    const button = copyButtons(el)[1]!;
    expect(text(button)).to.equal('Copied');
    expect(button.getAttribute('aria-label')).to.equal('Copied: SECOND-20');
    expect(text(copyButtons(el)[0])).to.equal('Copy code');
    expect(announced(el)).to.equal('Copied');
    await expect(el).to.be.accessible();
  });

  it('copies each card’s own code after the list changed around it', async () => {
    const written: string[] = [];
    restoreClipboard = stubClipboard(async (code) => void written.push(code));
    const soon = Date.now() + 1500;
    const changing = providerWith(() => [
      voucher({ code: 'GOES-FIRST', expiresAt: soon }),
      voucher({ code: 'STAYS-B', expiresAt: soon + 3 * 86_400_000 }),
      voucher({ code: 'STAYS-C' }),
    ]);
    const tray = await trayFixture(html`<voucher-tray provider=${changing} identity="a" token-endpoint="/token"></voucher-tray>`);
    const codes = () => parts(tray, 'code').map(text);
    expect(codes()).to.deep.equal(['GOES-FIRST', 'STAYS-B', 'STAYS-C']);
    // The first card expires on screen; the others move up.
    await waitUntil(() => codes().length === 2, 'GOES-FIRST never left', { timeout: 5000 });
    for (const [index, code] of [[1, 'STAYS-C'], [0, 'STAYS-B']] as const) {
      setTimeout(() => copyButtons(tray)[index]!.click());
      expect((await oneEvent(tray, 'voucher-tray-copy')).detail.voucher.code).to.equal(code);
    }
    expect(written).to.deep.equal(['STAYS-C', 'STAYS-B']);
    // A click beside the buttons copies nothing.
    parts(tray, 'voucher')[0]!.click();
    parts(tray, 'list')[0]!.click();
    await settle(); // nothing is to happen: a pause, not a wait for a condition
    expect(written).to.have.length(2);
  });

  it('clears the feedback after a moment', async () => {
    restoreClipboard = stubClipboard(async () => undefined);
    copyButtons(el)[0]!.click();
    await oneEvent(el, 'voucher-tray-copy');
    await el.updateComplete;
    expect(announced(el)).to.equal('Copied');
    // It clears after 2 s: waited for as a condition, so a slow machine cannot fail it.
    await waitUntil(() => announced(el) === '', 'the feedback never cleared', { timeout: 6000 });
    await el.updateComplete;
    expect(text(copyButtons(el)[0])).to.equal('Copy code');
  });

  // ' ' rather than 'Space': the one name every engine's driver knows.
  for (const key of ['Enter', ' ']) {
    it(`copies with the keyboard (${key === ' ' ? 'Space' : key} on the focused button)`, async () => {
      const written: string[] = [];
      restoreClipboard = stubClipboard(async (code) => void written.push(code));
      copyButtons(el)[0]!.focus();
      await sendKeys({ press: key });
      await waitUntil(() => copies.length > 0, 'the key press copied nothing');
      expect(written).to.deep.equal(['FIRST-10']);
      expect(copies.map((e) => e.detail.voucher.code)).to.deep.equal(['FIRST-10']);
    });
  }

  it('falls back to a selected textarea when the Clipboard API refuses, and keeps focus on the button', async () => {
    restoreClipboard = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const exec = stubExecCommand(el, true);
    try {
      const button = copyButtons(el)[0]!;
      button.focus();
      button.click();
      await waitUntil(() => copies.length > 0, 'the fallback copied nothing');
    } finally {
      exec.restore();
    }
    expect(exec.selected).to.deep.equal(['FIRST-10']);
    expect(copies).to.have.length(1);
    expect(root(el).querySelector('textarea')).to.equal(null);
    expect(root(el).activeElement).to.equal(copyButtons(el)[0]);
    expect(announced(el)).to.equal('Copied');
  });

  it('falls back where there is no Clipboard API at all', async () => {
    restoreClipboard = stubClipboard(undefined);
    const exec = stubExecCommand(el, true);
    try {
      copyButtons(el)[1]!.click();
      await waitUntil(() => copies.length > 0, 'the fallback copied nothing');
    } finally {
      exec.restore();
    }
    expect(exec.selected).to.deep.equal(['SECOND-20']);
    expect(copies.map((e) => e.detail.voucher.code)).to.deep.equal(['SECOND-20']);
  });

  it('claims nothing when every way is refused: no event, no "Copied", a hint to copy by hand', async () => {
    restoreClipboard = stubClipboard(() => Promise.reject(new DOMException('denied', 'NotAllowedError')));
    const exec = stubExecCommand(el, false);
    try {
      copyButtons(el)[0]!.click();
      await waitUntil(() => announced(el) !== '', 'the failed copy was never announced');
    } finally {
      exec.restore();
    }
    await el.updateComplete;
    expect(copies).to.have.length(0);
    expect(copyButtons(el).map(text)).to.deep.equal(['Copy code', 'Copy code']);
    expect(announced(el)).to.equal('Could not copy. Select the code to copy it.');
    // The code is selectable as a whole for copying by hand.
    const style = getComputedStyle(parts(el, 'code')[0]!);
    expect(style.userSelect || style.webkitUserSelect).to.equal('all');
    await expect(el).to.be.accessible();
  });
});
