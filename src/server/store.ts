// What instances of the kit share: cached answers, who is fetching what right now, and the
// per-provider budgets. In memory for one instance; in Redis for many (redis-store.ts).
import type { UpstreamAnswer } from './upstream.js';

/** A kept answer and until when it may be reused without asking the provider (epoch ms). */
export interface StoredAnswer extends UpstreamAnswer {
  readonly freshUntil: number;
}

/** Frees the upstream slot taken by `acquireSlot`. */
export type ReleaseSlot = () => Promise<void>;

export interface VoucherTrayStore {
  /** The answer kept under `key`, fresh or not. */
  get(key: string): Promise<StoredAnswer | undefined>;
  /** Keeps `answer` under `key` for `keepMs` (its freshness is inside it). */
  set(key: string, answer: StoredAnswer, keepMs: number): Promise<void>;
  /**
   * Claims the upstream request for `key` for at most `leaseMs`: true for the one caller (of
   * every instance) that should ask the provider; the others `waitFor` it.
   */
  lead(key: string, leaseMs: number): Promise<boolean>;
  /** The leader is done with `key` (its answer is stored): waiters wake up. */
  finish(key: string): Promise<void>;
  /** Resolves when the leader of `key` finishes, or after `ms`. */
  waitFor(key: string, ms: number): Promise<void>;
  /** A slot among `max` in-flight requests to `family`, waiting up to `waitMs`; undefined when none came free. */
  acquireSlot(family: string, max: number, waitMs: number, holdMs: number): Promise<ReleaseSlot | undefined>;
  /** Counts one request against `max` per minute: 0 when allowed, else ms until one is. */
  consumeMinute(family: string, max: number): Promise<number>;
  /** The provider asked to be left alone for `forMs`, until `untilMs` on the kit's clock. */
  pause(family: string, untilMs: number, forMs: number): Promise<void>;
  /** Epoch ms until which `family` must not be asked (0 when it may). */
  pausedUntil(family: string): Promise<number>;
  /** Lets go of timers and connections the store opened itself. */
  close(): Promise<void>;
}
