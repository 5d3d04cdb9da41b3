// A tray that cannot work says why in the console once (besides its error event), in words
// that name the attribute to fix and never the shopper or a token.
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../../src/entries/index.js';
import type { VoucherTray } from '../../src/entries/index.js';

describe('console warnings', () => {
  let warnings: string[];
  const original = console.warn;
  beforeEach(() => {
    warnings = [];
    console.warn = (...args: unknown[]) => void warnings.push(args.map(String).join(' '));
  });
  afterEach(() => (console.warn = original));

  async function failedTray(attributes: { provider: string; tokenEndpoint?: string }): Promise<CustomEvent> {
    const el = await fixture<VoucherTray>(html`<voucher-tray provider=${attributes.provider}></voucher-tray>`);
    if (attributes.tokenEndpoint) el.tokenEndpoint = attributes.tokenEndpoint;
    const failed = oneEvent(el, 'voucher-tray-error');
    el.identity = 'alice@example.com';
    return failed;
  }

  it('names a missing token-endpoint once, however many trays miss it', async () => {
    const first = await failedTray({ provider: 'clevertap' });
    expect(first.detail.kind).to.equal('config');
    await failedTray({ provider: 'clevertap' });
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('<voucher-tray>').and.contain('token-endpoint');
    expect(warnings[0]).to.not.contain('alice');
  });

  it('names an unknown provider', async () => {
    await failedTray({ provider: 'no-such-provider', tokenEndpoint: '/token' });
    expect(warnings.some((w) => w.includes('no-such-provider'))).to.equal(true);
    expect(warnings.join()).to.not.contain('alice');
  });
});
