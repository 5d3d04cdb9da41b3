// Keyed rendering: each voucher keeps its own <li> while the list changes around it, so an
// update touches only the rows that changed (and focus stays on the right card).
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/entries/index.js';
import type { VoucherTray } from '../../src/entries/index.js';
import type { Voucher } from '../../src/model/voucher.js';
import { HOUR, installPerfProvider, voucher } from './helpers.js';

let current: Voucher[] = [];

function rows(el: VoucherTray): Map<string, Element> {
  const byCode = new Map<string, Element>();
  for (const li of el.shadowRoot!.querySelectorAll('[part="voucher"]')) {
    byCode.set(li.querySelector('[part="code"]')!.textContent!.trim(), li);
  }
  return byCode;
}

const order = (el: VoucherTray) => [...rows(el).keys()];

describe('<voucher-tray> keyed list', () => {
  let restoreFetch: () => void;

  beforeEach(() => {
    restoreFetch = installPerfProvider('perf-keyed', () => current.map((v) => ({ ...v })));
  });
  afterEach(() => restoreFetch());

  async function trayWith(vouchers: Voucher[]): Promise<VoucherTray> {
    current = vouchers;
    const el = await fixture<VoucherTray>(
      html`<voucher-tray provider="perf-keyed" identity="kim" locale="en" token-endpoint="/perf/token"></voucher-tray>`,
    );
    await waitUntil(() => el.shadowRoot?.querySelector('[part="list"]'), 'the list never rendered');
    await el.updateComplete;
    return el;
  }

  it('keeps the other rows when a voucher expires on screen', async () => {
    // Two seconds: under load the first render can take longer than a shorter life (and A now
    // fades out in its last 0.4 s before it leaves).
    const el = await trayWith([voucher('A', 2000), voucher('B', 2 * HOUR), voucher('C', 3 * HOUR)]);
    expect(order(el)).to.deep.equal(['A', 'B', 'C']);
    const before = rows(el);

    await waitUntil(() => order(el).length === 2, 'A never expired', { timeout: 6000 });
    expect(order(el)).to.deep.equal(['B', 'C']);
    const after = rows(el);
    // Unkeyed, B would now be drawn into A's old <li> and C into B's.
    expect(after.get('B'), 'B').to.equal(before.get('B'));
    expect(after.get('C'), 'C').to.equal(before.get('C'));
    expect(before.get('A')!.isConnected).to.equal(false);
  });

  it('keeps every row when only the copy feedback changes', async () => {
    const el = await trayWith([voucher('A', 1 * HOUR), voucher('B', 2 * HOUR)]);
    const before = rows(el);
    const clipboard = navigator.clipboard;
    const original = clipboard?.writeText;
    if (clipboard) clipboard.writeText = async () => undefined;
    try {
      const copied = new Promise((resolve) => el.addEventListener('voucher-tray-copy', resolve, { once: true }));
      el.shadowRoot!.querySelectorAll<HTMLButtonElement>('[part="copy-button"]')[1]!.click();
      await copied;
      await el.updateComplete;
    } finally {
      if (clipboard && original) clipboard.writeText = original;
    }
    const after = rows(el);
    expect(after.get('A')).to.equal(before.get('A'));
    expect(after.get('B')).to.equal(before.get('B'));
  });
});
