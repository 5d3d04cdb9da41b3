// Asking the providers as little as possible: answers reused per shopper for the TTL,
// identical concurrent requests (on any instance) sharing one upstream request, and the
// per-provider budgets. Over budget, the last answer kept is served, else 503.
import type { UpstreamAccount } from './credentials.js';
import type { Budget, Family, LogEntry } from './options.js';
import type { Shape } from './shapes.js';
import type { StoredAnswer, VoucherTrayStore } from './store.js';
import { callUpstream, type UpstreamAnswer } from './upstream.js';

/** Where an answer came from, for the `X-Voucher-Tray-Cache` header and the log. */
export type AnswerSource = 'hit' | 'miss' | 'shared' | 'stale' | 'refused';

export interface EconomyAnswer extends UpstreamAnswer {
  readonly source: AnswerSource;
  /** Set on a 503 of the kit's own. */
  readonly retryAfterMs?: number;
}

export interface EconomySettings {
  readonly store: VoucherTrayStore;
  readonly budgets: Readonly<Record<Family, Budget>>;
  readonly ttlMs: number;
  readonly staleMs: number;
  readonly queueTimeoutMs: number;
  readonly upstreamTimeoutMs: number;
  readonly fetch: typeof fetch;
  readonly now: () => number;
  readonly log: (entry: LogEntry) => void;
}

/** Answers a shopper may see again: the provider's own "yes" and "no such thing". */
const isKeepable = (status: number) => (status >= 200 && status < 300) || status === 404;
/** A failed answer is still handed to the requests that waited for it, briefly. */
const FAILURE_KEEP_MS = 2_000;

export class Economy {
  private readonly local = new Map<string, Promise<EconomyAnswer>>();

  constructor(private readonly settings: EconomySettings) {}

  /** The answer to `shape` for the shopper whose cache key is `key`. */
  async answer(key: string, account: UpstreamAccount, shape: Shape): Promise<EconomyAnswer> {
    const { store, now } = this.settings;
    const kept = await store.get(key);
    if (kept && kept.freshUntil > now()) return { status: kept.status, body: kept.body, source: 'hit' };
    // Requests on this instance share one promise; instances share through the store's lease.
    let shared = this.local.get(key);
    if (shared) return { ...(await shared), source: 'shared' };
    shared = this.fetchOnce(key, account, shape, kept).finally(() => this.local.delete(key));
    this.local.set(key, shared);
    return shared;
  }

  private async fetchOnce(key: string, account: UpstreamAccount, shape: Shape, stale: StoredAnswer | undefined): Promise<EconomyAnswer> {
    const { store, now, upstreamTimeoutMs } = this.settings;
    const leaseMs = upstreamTimeoutMs + this.settings.queueTimeoutMs + 1_000;
    const waitedFrom = now();
    const leader = await store.lead(key, leaseMs);
    if (!leader) {
      await store.waitFor(key, leaseMs);
      const fresh = await store.get(key);
      if (fresh && fresh.freshUntil > now()) return { status: fresh.status, body: fresh.body, source: 'shared' };
      const failed = await store.get(`failed:${key}`);
      if (failed && failed.freshUntil >= waitedFrom) return { status: failed.status, body: failed.body, source: 'shared' };
      // The leader vanished without an answer: ask ourselves (budgets still apply).
    }
    try {
      return await this.withinBudget(key, account, shape, stale);
    } finally {
      if (leader) await store.finish(key).catch(() => undefined);
    }
  }

  private async withinBudget(key: string, account: UpstreamAccount, shape: Shape, stale: StoredAnswer | undefined): Promise<EconomyAnswer> {
    const { store, now, budgets, ttlMs, staleMs } = this.settings;
    const family = shape.family;
    const budget = budgets[family];
    const overBudget = (retryAfterMs: number, why: string): EconomyAnswer => {
      this.settings.log({ level: 'warn', event: 'over-budget', provider: family, message: why });
      if (stale && isKeepable(stale.status)) return { status: stale.status, body: stale.body, source: 'stale' };
      return { status: 503, body: JSON.stringify({ error: 'the provider is busy, try again shortly' }), source: 'refused', retryAfterMs };
    };

    const pausedUntil = await store.pausedUntil(family);
    if (pausedUntil > now()) return overBudget(pausedUntil - now(), 'the provider asked for a pause');
    const release = budget.maxConcurrent
      ? await store.acquireSlot(family, budget.maxConcurrent, this.settings.queueTimeoutMs, this.settings.upstreamTimeoutMs + 5_000)
      : async () => undefined;
    if (!release) return overBudget(1_000, 'every upstream slot is taken');
    let result;
    try {
      const wait = budget.maxPerMinute ? await store.consumeMinute(family, budget.maxPerMinute) : 0;
      if (wait > 0) return overBudget(wait, 'the per-minute budget is spent');
      const started = now();
      result = await callUpstream(account, shape, this.settings.fetch, this.settings.upstreamTimeoutMs, started);
      this.settings.log({ level: result.status >= 500 ? 'warn' : 'info', event: 'upstream', provider: family, status: result.status, ms: now() - started });
    } finally {
      await release().catch(() => undefined);
    }
    if (result.pauseMs) await store.pause(family, now() + result.pauseMs, result.pauseMs);
    const at = now();
    if (isKeepable(result.status)) {
      await store.set(key, { status: result.status, body: result.body, freshUntil: at + ttlMs }, Math.max(ttlMs, staleMs));
      return { status: result.status, body: result.body, source: 'miss' };
    }
    await store.set(`failed:${key}`, { status: result.status, body: result.body, freshUntil: at }, FAILURE_KEEP_MS);
    if (result.status === 503 && result.pauseMs) return overBudget(result.pauseMs, 'the provider is rate limiting');
    return { status: result.status, body: result.body, source: 'miss' };
  }
}
