// The store for several instances: Redis (an ioredis client the embedder passes in) holds
// the answers, the leases that let one instance of all ask the provider while the others
// wait for its answer (woken by pub/sub), a semaphore per provider (redis-semaphore) and the
// per-minute counters (rate-limiter-flexible). Both libraries are loaded on first use, so a
// deployment without Redis never loads them.
import type { RateLimiterRedis as RateLimiterRedisType, RateLimiterRes } from 'rate-limiter-flexible';
import { sha256Hex } from './hash.js';
import type { ReleaseSlot, StoredAnswer, VoucherTrayStore } from './store.js';

/** What the kit needs of an ioredis client (`new Redis(url)` from the `ioredis` package). */
/* eslint-disable @typescript-eslint/no-explicit-any -- matched structurally against ioredis' overloads */
export interface RedisClientLike {
  get(key: string): Promise<string | null>;
  set(...args: any[]): Promise<unknown>;
  del(key: string): Promise<unknown>;
  exists(key: string): Promise<number>;
  publish(channel: string, message: string): Promise<unknown>;
  duplicate(): RedisClientLike;
  subscribe(...channels: any[]): Promise<unknown>;
  on(event: any, listener: (...args: any[]) => void): unknown;
  quit(): Promise<unknown>;
}

export interface RedisStoreOptions {
  /** Prefix of every key and channel (several sites on one Redis). Default `voucher-tray:`. */
  readonly prefix?: string;
}

interface Libraries {
  Semaphore: typeof import('redis-semaphore').Semaphore;
  RateLimiterRedis: typeof RateLimiterRedisType;
  subscriber: RedisClientLike;
}

/**
 * A module named only at run time, so bundlers for Workers or the browser do not pull the
 * Redis-only libraries (CommonJS, Node built-ins) into a build that never uses them.
 */
const importAtRunTime = <T>(specifier: string): Promise<T> => import(/* @vite-ignore */ specifier) as Promise<T>;

export function createRedisStore(client: RedisClientLike, options: RedisStoreOptions = {}): VoucherTrayStore {
  const prefix = options.prefix ?? 'voucher-tray:';
  const channel = `${prefix}done`;
  const waiters = new Map<string, Set<() => void>>();
  const limiters = new Map<string, RateLimiterRedisType>();
  let libraries: Promise<Libraries> | undefined;

  const load = (): Promise<Libraries> =>
    (libraries ??= (async () => {
      const [{ Semaphore }, { default: RateLimiterRedis }] = await Promise.all([
        importAtRunTime<typeof import('redis-semaphore')>('redis-semaphore'),
        importAtRunTime<{ default: typeof RateLimiterRedisType }>('rate-limiter-flexible/lib/RateLimiterRedis.js'),
      ]);
      const subscriber = client.duplicate();
      subscriber.on('message', (from, key) => {
        if (from !== channel) return;
        for (const wake of waiters.get(key) ?? []) wake();
      });
      await subscriber.subscribe(channel);
      return { Semaphore, RateLimiterRedis, subscriber };
    })());

  // Keys name shoppers; Redis only ever sees their SHA-256.
  const answerKey = async (key: string) => `${prefix}answer:${await sha256Hex(key)}`;
  const leaseKey = async (key: string) => `${prefix}lease:${await sha256Hex(key)}`;

  return {
    async get(key) {
      const text = await client.get(await answerKey(key));
      if (text === null) return undefined;
      try {
        return JSON.parse(text) as StoredAnswer;
      } catch {
        return undefined;
      }
    },
    async set(key, answer, keepMs) {
      await client.set(await answerKey(key), JSON.stringify(answer), 'PX', Math.max(1, Math.round(keepMs)));
    },
    async lead(key, leaseMs) {
      await load();
      return (await client.set(await leaseKey(key), '1', 'PX', Math.max(1, Math.round(leaseMs)), 'NX')) === 'OK';
    },
    async finish(key) {
      await client.del(await leaseKey(key));
      await client.publish(channel, await sha256Hex(key));
    },
    async waitFor(key, ms) {
      await load();
      const hashed = await sha256Hex(key);
      const lease = await leaseKey(key);
      await new Promise<void>((resolve) => {
        const set = waiters.get(hashed) ?? new Set<() => void>();
        waiters.set(hashed, set);
        const done = () => {
          clearTimeout(timer);
          set.delete(done);
          if (set.size === 0) waiters.delete(hashed);
          resolve();
        };
        const timer = setTimeout(done, ms);
        set.add(done);
        // The leader may have finished between our lost claim and this subscription.
        client.exists(lease).then((held) => held === 0 && done(), done);
      });
    },
    async acquireSlot(family, max, waitMs, holdMs) {
      const { Semaphore } = await load();
      const semaphore = new Semaphore(client as never, `${prefix}slots:${family}`, max, {
        acquireTimeout: waitMs,
        lockTimeout: holdMs,
        retryInterval: 5,
        refreshInterval: 0,
      });
      if (!(await semaphore.tryAcquire())) return undefined;
      const release: ReleaseSlot = () => semaphore.release();
      return release;
    },
    async consumeMinute(family, max) {
      const { RateLimiterRedis } = await load();
      let limiter = limiters.get(`${family}:${max}`);
      if (!limiter) {
        limiter = new RateLimiterRedis({ storeClient: client, keyPrefix: `${prefix}minute`, points: max, duration: 60 });
        limiters.set(`${family}:${max}`, limiter);
      }
      try {
        await limiter.consume(family);
        return 0;
      } catch (refusal) {
        if (refusal instanceof Error) throw refusal;
        return Math.max(1, (refusal as RateLimiterRes).msBeforeNext ?? 1000);
      }
    },
    async pause(family, untilMs, forMs) {
      if (forMs > 0) await client.set(`${prefix}pause:${family}`, String(untilMs), 'PX', Math.max(1, Math.round(forMs)));
    },
    async pausedUntil(family) {
      return Number((await client.get(`${prefix}pause:${family}`)) ?? 0);
    },
    async close() {
      if (libraries) await (await libraries).subscriber.quit().catch(() => undefined);
    },
  };
}
