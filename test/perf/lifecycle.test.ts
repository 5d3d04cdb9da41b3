// Performance hygiene that must hold on every machine (no timing is asserted here: speed is
// measured by `npm run bench`): what a tray takes, it gives back when it leaves the page, and
// a tray at rest does no work.
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/entries/index.js';
import { registerProvider, type VoucherTray } from '../../src/entries/index.js';
import { HOUR, installPerfProvider, trackResources, voucher } from './helpers.js';

async function loaded(el: VoucherTray): Promise<void> {
  await waitUntil(() => el.shadowRoot?.querySelector('[part="list"]'), 'the list never rendered');
  await el.updateComplete;
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 20));

describe('<voucher-tray> resources', () => {
  let restoreFetch: () => void;
  let tracked: ReturnType<typeof trackResources>;

  beforeEach(() => {
    // Expiries differ per shopper, so that each tray has its own moment to wake up at.
    restoreFetch = installPerfProvider('perf-lifecycle', (identity) => [
      voucher(`${identity}-A`, 2 * HOUR + identity.length * 60_000),
      voucher(`${identity}-B`, 30 * HOUR),
    ]);
    tracked = trackResources();
  });

  afterEach(() => {
    tracked.restore();
    restoreFetch();
  });

  it('releases its timers, listeners and observers when removed', async () => {
    const el = await fixture<VoucherTray>(
      html`<voucher-tray provider="perf-lifecycle" identity="ann" locale="en" token-endpoint="/perf/token"></voucher-tray>`,
    );
    await loaded(el);
    // An expiry two hours away: something must be waiting to hide it then.
    expect(tracked.pendingTimers(), 'expiry timer while shown').to.be.greaterThan(0);

    el.remove();
    await waitUntil(() => tracked.pendingTimers() === 0, 'timers left after removal');
    expect(tracked.attachedListeners(), 'window/document listeners after removal').to.deep.equal([]);
    expect(tracked.observing(), 'mutation observers after removal').to.equal(0);
  });

  it('releases the copy feedback timer when removed right after a copy', async () => {
    const el = await fixture<VoucherTray>(
      html`<voucher-tray provider="perf-lifecycle" identity="bea" locale="en" token-endpoint="/perf/token"></voucher-tray>`,
    );
    await loaded(el);
    const clipboard = navigator.clipboard;
    const original = clipboard?.writeText;
    if (clipboard) clipboard.writeText = async () => undefined;
    try {
      const copied = new Promise((resolve) => el.addEventListener('voucher-tray-copy', resolve, { once: true }));
      el.shadowRoot!.querySelector<HTMLButtonElement>('[part="copy-button"]')!.click();
      await copied;
      await el.updateComplete;
    } finally {
      if (clipboard && original) clipboard.writeText = original;
    }
    el.remove();
    await waitUntil(() => tracked.pendingTimers() === 0, 'timers left after removal');
  });

  it('stops listening for provider registrations once removed', async () => {
    const el = await fixture<VoucherTray>(
      html`<voucher-tray provider="perf-lifecycle" identity="cid" locale="en" token-endpoint="/perf/token"></voucher-tray>`,
    );
    await loaded(el);
    el.remove();
    await settle();
    let updates = 0;
    const requestUpdate = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<VoucherTray['requestUpdate']>) => {
      updates++;
      requestUpdate(...args);
    };
    registerProvider(`perf-late-${Math.random().toString(36).slice(2)}`, {
      defaultApiBase: 'https://late.invalid',
      fetchVouchers: async () => [],
    });
    await settle();
    expect(updates).to.equal(0);
  });

  it('does no work at rest: no update and no DOM change while nothing expires', async () => {
    const el = await fixture<VoucherTray>(
      html`<voucher-tray provider="perf-lifecycle" identity="dan" locale="en" token-endpoint="/perf/token"></voucher-tray>`,
    );
    await loaded(el);
    await settle();
    const changes: MutationRecord[] = [];
    const observer = new MutationObserver((records) => changes.push(...records));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true, attributes: true });
    let updates = 0;
    const requestUpdate = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<VoucherTray['requestUpdate']>) => {
      updates++;
      requestUpdate(...args);
    };
    await new Promise((resolve) => setTimeout(resolve, 600));
    observer.disconnect();
    expect(changes, 'DOM changes').to.have.length(0);
    expect(updates, 'update requests').to.equal(0);
  });

  it('twenty trays with different expiries share one timer', async () => {
    const names = Array.from({ length: 20 }, (_, i) => `shopper-${'x'.repeat(i)}`);
    const root = await fixture<HTMLDivElement>(html`<div>
      ${names.map(
        (name) => html`<voucher-tray provider="perf-lifecycle" identity=${name} locale="en" token-endpoint="/perf/token"></voucher-tray>`,
      )}
    </div>`);
    for (const el of root.querySelectorAll('voucher-tray')) await loaded(el);
    await settle();
    expect(tracked.pendingTimers()).to.equal(1);
    root.remove();
    await settle();
    expect(tracked.pendingTimers()).to.equal(0);
  });
});
