/// <reference types="node" />
// The economy's guarantees, written once and run against two set-ups: one instance with the
// memory store, and two instances sharing one Redis (each request alternates between them).
import assert from 'node:assert/strict';
import { it } from 'node:test';
import type { VoucherTrayHandlerOptions, VoucherTrayStore } from '../../src/server/index.js';
import { Clock, makeKit, until, type Fakes, type Kit } from './harness.js';

export interface Setup {
  /** Fresh stores for `instances` handlers that share state (one for memory). */
  stores(): VoucherTrayStore[];
  readonly instances: number;
}

const CT = (who: string) => `/voucher-tray/api/clevertap/1/promo/vouchers?identity=${encodeURIComponent(who)}`;
const REDEEMABLES = (who: string) => `/voucher-tray/api/voucherify/v1/customers/${who}/redeemables?limit=100`;

export function economyCases(setup: Setup, fakes: () => Fakes): void {
  /** The kits of one set-up: same clock, shared store(s); request `i` goes to kit `i % n`. */
  function kits(overrides: Partial<VoucherTrayHandlerOptions> = {}, wrap = (store: VoucherTrayStore) => store) {
    const clock = new Clock();
    const all: Kit[] = setup.stores().map(wrap).map((store) => {
      const kit = makeKit(fakes(), { store, now: clock.now, ...overrides });
      kit.clock = clock;
      return kit;
    });
    return { clock, all, at: (i: number) => all[i % all.length]! };
  }
  const reset = () => {
    const state = fakes().state;
    state.requests.length = 0;
    state.maxInFlight.clevertap = state.maxInFlight.voucherify = 0;
  };

  it('reuses an answer per shopper for the TTL, on every instance', async () => {
    reset();
    const { clock, at } = kits({ cacheTtl: 30 });
    const alice = (await at(0).token('clevertap', 'alice')).token;
    const bob = (await at(0).token('clevertap', 'bob')).token;
    const first = await at(0).get(CT('alice'), alice);
    assert.equal(first.headers.get('x-voucher-tray-cache'), 'miss');
    const again = await at(1).get(CT('alice'), alice);
    assert.equal(again.headers.get('x-voucher-tray-cache'), 'hit');
    assert.equal(await again.text(), await first.text());
    assert.equal(fakes().count('clevertap'), 1);
    assert.match(await (await at(1).get(CT('bob'), bob)).text(), /CT-bob/);
    assert.equal(fakes().count('clevertap'), 2);
    clock.advance(31_000);
    const fresh = (await at(0).token('clevertap', 'alice')).token;
    assert.equal((await at(1).get(CT('alice'), fresh)).headers.get('x-voucher-tray-cache'), 'miss');
    assert.equal(fakes().count('clevertap'), 3);
  });

  it('lets identical concurrent requests share one upstream request, across instances', async () => {
    reset();
    let waiting = 0;
    // Counts the requests that wait for another's upstream request through the store.
    const { at } = kits({}, (store) => ({ ...store, waitFor: (key, ms) => (waiting++, store.waitFor(key, ms)) }));
    const { token } = await at(0).token('voucherify', 'cust_alice');
    const release = fakes().hold();
    const answers = Array.from({ length: 10 }, (_, i) => at(i).get(REDEEMABLES('cust_alice'), token));
    await until(() => fakes().count('voucherify') === 1, 'the first upstream request');
    // With several instances, each of the others waits through the store (one per instance).
    await until(() => waiting === setup.instances - 1, 'the other instances to wait');
    release();
    const bodies = await Promise.all((await Promise.all(answers)).map((r) => (assert.equal(r.status, 200), r.text())));
    assert.equal(new Set(bodies).size, 1);
    assert.equal(fakes().count('voucherify'), 1);
  });

  it('holds the CleverTap cap of 3 concurrent requests under 20 concurrent shoppers, answering all', async () => {
    reset();
    const { at } = kits({ queueTimeout: 60_000 });
    const tokens = await Promise.all(Array.from({ length: 20 }, (_, i) => at(i).token('clevertap', `shopper-${i}`)));
    const release = fakes().hold();
    const answers = tokens.map(({ token }, i) => at(i).get(CT(`shopper-${i}`), token));
    await until(() => fakes().state.inFlight.clevertap === 3, 'three requests in flight');
    release();
    const statuses = await Promise.all(answers.map((r) => r.then((x) => x.status)));
    assert.deepEqual(new Set(statuses), new Set([200]));
    assert.equal(fakes().state.maxInFlight.clevertap, 3);
    assert.equal(fakes().count('clevertap'), 20);
  });

  it('answers 503 with Retry-After when no upstream slot comes free in time', async () => {
    reset();
    const { at } = kits({ queueTimeout: 50 });
    const tokens = await Promise.all(Array.from({ length: 4 }, (_, i) => at(i).token('clevertap', `busy-${i}`)));
    const release = fakes().hold();
    const first = tokens.slice(0, 3).map(({ token }, i) => at(i).get(CT(`busy-${i}`), token));
    await until(() => fakes().state.inFlight.clevertap === 3, 'three requests in flight');
    const refused = await at(3).get(CT('busy-3'), tokens[3]!.token);
    release();
    assert.equal(refused.status, 503);
    assert.ok(Number(refused.headers.get('retry-after')) >= 1);
    for (const answer of await Promise.all(first)) assert.equal(answer.status, 200);
  });

  it('keeps to the per-minute budget; over it, the kept answer or 503', async () => {
    reset();
    const { clock, at } = kits({ budgets: { voucherify: { maxPerMinute: 2 } }, cacheTtl: 30 });
    const alice = (await at(0).token('voucherify', 'cust_alice')).token;
    const bob = (await at(0).token('voucherify', 'cust_bob')).token;
    const source = (await at(0).token('voucherify', 'alice@example.com')).token;
    assert.equal((await at(0).get(REDEEMABLES('cust_alice'), alice)).status, 200);
    assert.equal((await at(1).get(REDEEMABLES('cust_bob'), bob)).status, 200);
    const over = await at(0).get(REDEEMABLES('alice@example.com'), source);
    assert.equal(over.status, 503);
    assert.ok(Number(over.headers.get('retry-after')) >= 1);
    clock.advance(31_000);
    const stale = await at(1).get(REDEEMABLES('cust_alice'), (await at(1).token('voucherify', 'cust_alice')).token);
    assert.equal(stale.status, 200);
    assert.equal(stale.headers.get('x-voucher-tray-cache'), 'stale');
    assert.equal(fakes().count('voucherify'), 2);
  });

  it('honours the provider\'s Retry-After: no request until it has passed', async () => {
    reset();
    const { clock, at } = kits();
    fakes().state.failures.spaaza = [{ status: 429, body: { error: 'slow down' }, headers: { 'Retry-After': '120' } }];
    const one = (await at(0).token('spaaza', '1')).token;
    const two = (await at(0).token('spaaza', '2')).token;
    const limited = await at(0).get('/voucher-tray/api/spaaza/get-user-vouchers?user_id=1', one);
    assert.equal(limited.status, 503);
    assert.equal(limited.headers.get('retry-after'), '120');
    const paused = await at(1).get('/voucher-tray/api/spaaza/get-user-vouchers?user_id=2', two);
    assert.equal(paused.status, 503);
    assert.equal(fakes().count('spaaza'), 1);
    clock.advance(121_000);
    if (setup.instances > 1) return; // Redis expires the pause on its own clock; see the next case.
    const later = (await at(0).token('spaaza', '2')).token;
    assert.equal((await at(0).get('/voucher-tray/api/spaaza/get-user-vouchers?user_id=2', later)).status, 200);
  });

  it('stops at Voucherify\'s X-Rate-Limit-Remaining: 0 until the stated reset', async () => {
    reset();
    const { at } = kits();
    const template = { status: 200, body: { object: 'list', data_ref: 'data', data: [], total: 0, has_more: false } };
    fakes().state.failures.voucherify = [{ ...template, headers: { 'X-Rate-Limit-Remaining': '0', 'X-Rate-Limit-Reset': '30' } }];
    const alice = (await at(0).token('voucherify', 'cust_alice')).token;
    const bob = (await at(0).token('voucherify', 'cust_bob')).token;
    assert.equal((await at(0).get(REDEEMABLES('cust_alice'), alice)).status, 200);
    const paused = await at(1).get(REDEEMABLES('cust_bob'), bob);
    assert.equal(paused.status, 503);
    assert.ok(Number(paused.headers.get('retry-after')) >= 29);
    assert.equal(fakes().count('voucherify'), 1);
  });
}
