import { Sema } from 'async-sema';
import { LRUCache } from 'lru-cache';
import type { RateLimiterMemory as RateLimiterMemoryType, RateLimiterRes } from 'rate-limiter-flexible';
import RateLimiterMemory from 'rate-limiter-flexible/lib/RateLimiterMemory.js';
import type { ReleaseSlot, StoredAnswer, VoucherTrayStore } from './store.js';

export interface MemoryStoreOptions {
  /** Answers kept at most (least recently used go first). Default 10,000. */
  readonly maxEntries?: number;
}

/** This instance only: an LRU of answers (lru-cache), semaphores (async-sema), rate limiters. */
export function createMemoryStore(options: MemoryStoreOptions = {}): VoucherTrayStore {
  const answers = new LRUCache<string, StoredAnswer>({ max: options.maxEntries ?? 10_000 });
  const leases = new Map<string, Array<() => void>>();
  const slots = new Map<string, Sema>();
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
    async acquireSlot(family, max, waitMs) {
      let sema = slots.get(`${family}:${max}`);
      if (!sema) slots.set(`${family}:${max}`, (sema = new Sema(max)));
      const slot = sema;
      let gaveUp = false;
      const acquired = slot.acquire().then(() => {
        // A slot that came free after the caller gave up goes straight back.
        if (gaveUp) slot.release();
        return !gaveUp;
      });
      let timer: ReturnType<typeof setTimeout> | undefined;
      const timeout = new Promise<boolean>((resolve) => {
        timer = setTimeout(() => {
          gaveUp = true;
          resolve(false);
        }, waitMs);
      });
      const got = await Promise.race([acquired, timeout]);
      clearTimeout(timer);
      if (!got) return undefined;
      let released = false;
      const release: ReleaseSlot = async () => {
        if (!released) (released = true), slot.release();
      };
      return release;
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
