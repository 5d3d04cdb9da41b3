import { LRUCache } from 'lru-cache';
import pLimit, { type LimitFunction } from 'p-limit';
import type { RateLimiterMemory as RateLimiterMemoryType, RateLimiterRes } from 'rate-limiter-flexible';
import RateLimiterMemory from 'rate-limiter-flexible/lib/RateLimiterMemory.js';
import type { ReleaseSlot, StoredAnswer, VoucherTrayStore } from './store.js';

export interface MemoryStoreOptions {
  /** Answers kept at most (least recently used go first). Default 10,000. */
  readonly maxEntries?: number;
}

/** This instance only: an LRU of answers (lru-cache), concurrency limits (p-limit), rate limiters. */
export function createMemoryStore(options: MemoryStoreOptions = {}): VoucherTrayStore {
  const answers = new LRUCache<string, StoredAnswer>({ max: options.maxEntries ?? 10_000 });
  const leases = new Map<string, Array<() => void>>();
  const slots = new Map<string, LimitFunction>();
  const minutes = new Map<string, RateLimiterMemoryType>();
  const pauses = new Map<string, number>();

  return {
    async get(key) {
      return answers.get(key);
    },
    async set(key, answer, keepMs) {
      answers.set(key, answer, { ttl: Math.max(1, Math.round(keepMs)) });
    },
    async lead(key) {
      if (leases.has(key)) return false;
      leases.set(key, []);
      return true;
    },
    async finish(key) {
      const waiters = leases.get(key) ?? [];
      leases.delete(key);
      for (const wake of waiters) wake();
    },
    waitFor(key, ms) {
      const waiters = leases.get(key);
      if (!waiters) return Promise.resolve();
      return new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, ms);
        waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    },
    acquireSlot(family, max, waitMs) {
      let limit = slots.get(`${family}:${max}`);
      if (!limit) slots.set(`${family}:${max}`, (limit = pLimit(max)));
      return new Promise<ReleaseSlot | undefined>((resolve) => {
        let gaveUp = false;
        const timer = setTimeout(() => {
          gaveUp = true;
          resolve(undefined);
        }, waitMs);
        // The slot is held while the promise below is pending; one whose caller gave up
        // while queued is handed back at once.
        void limit!(() => {
          if (gaveUp) return undefined;
          clearTimeout(timer);
          return new Promise<void>((free) => resolve(async () => free()));
        });
      });
    },
    async consumeMinute(family, max) {
      let limiter = minutes.get(`${family}:${max}`);
      if (!limiter) minutes.set(`${family}:${max}`, (limiter = new RateLimiterMemory({ points: max, duration: 60 })));
      try {
        await limiter.consume(family);
        return 0;
      } catch (refusal) {
        return Math.max(1, (refusal as RateLimiterRes).msBeforeNext ?? 1000);
      }
    },
    async pause(family, untilMs) {
      pauses.set(family, Math.max(pauses.get(family) ?? 0, untilMs));
    },
    async pausedUntil(family) {
      return pauses.get(family) ?? 0;
    },
    async close() {
      answers.clear();
    },
  };
}
