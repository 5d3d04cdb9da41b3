import { VoucherTrayError, isAbortError } from '../errors.js';
import type { SentRequest } from './token-prefetch.js';

/** No attempt waits longer than this, from sending it to the last byte of its answer. */
export const REQUEST_TIMEOUT_MS = 15_000;

/** How requests behave when servers misbehave. Tests shorten the waits with `configureRequests`. */
export interface RequestSettings {
  /** Longest wait for one attempt, body included: a hung server becomes a `timeout` error. */
  readonly timeoutMs: number;
  /** Further attempts after a 429 or 503 answer (so at most `1 + maxRetries` requests). */
  readonly maxRetries: number;
  /** Wait before a retry when the answer names none; doubled for each further retry. */
  readonly retryDelayMs: number;
  /** A `Retry-After` longer than this is not waited for: the 429/503 is reported instead. */
  readonly maxRetryAfterMs: number;
  /** Longest wait for a whole load (token, every page and code, retries): then `timeout`. */
  readonly loadTimeoutMs: number;
  /** Retries one load may make in all, however many requests it sends (see `LoadPace`). */
  readonly maxRetriesPerLoad: number;
}

export const DEFAULT_REQUEST_SETTINGS: RequestSettings = Object.freeze({
  timeoutMs: REQUEST_TIMEOUT_MS,
  maxRetries: 2,
  retryDelayMs: 500,
  maxRetryAfterMs: 10_000,
  loadTimeoutMs: 30_000,
  maxRetriesPerLoad: 4,
});

let settings: RequestSettings = DEFAULT_REQUEST_SETTINGS;

/** Changes the settings for every later request; returns the previous ones (to restore). */
export function configureRequests(changes: Partial<RequestSettings>): RequestSettings {
  const previous = settings;
  settings = Object.freeze({ ...settings, ...changes });
  return previous;
}

/** The settings in force now. */
export const requestSettings = (): RequestSettings => settings;

/** A finished exchange: the status and the whole body, read within the deadline. */
export interface HttpAnswer {
  readonly status: number;
  readonly ok: boolean;
  readonly headers: Headers;
  readonly text: string;
}

/** Statuses that say "not now" rather than "no": worth another attempt after a pause. */
const RETRYABLE = new Set([429, 503]);

/**
 * What the requests of one load share: one retry budget, and a pause that a 429/503 to any
 * of them imposes on all of them (a server that says "slow down" means the whole load).
 */
export class LoadPace {
  retriesLeft = settings.maxRetriesPerLoad;
  retriesMade = 0;
  private resumeAt = 0;

  /** Waits out the pause in force, if any. */
  async wait(signal: AbortSignal): Promise<void> {
    const left = this.resumeAt - Date.now();
    if (left > 0) await sleep(left, signal);
  }

  /** Takes one retry from the budget (false when it is spent) and pauses the load for `ms`. */
  retryAfter(ms: number): boolean {
    if (this.retriesLeft <= 0) return false;
    this.retriesLeft--;
    this.retriesMade++;
    this.resumeAt = Math.max(this.resumeAt, Date.now() + ms);
    return true;
  }
}

/**
 * `fetch` bound to the caller's signal and a deadline per attempt, retrying 429/503 a few
 * times (within the load's `pace`, when given). Failures come out as `VoucherTrayError`
 * (`network`, `timeout`); a 4xx/5xx is an answer, not a failure, and is left to `readJson`.
 * The caller's own abort is rethrown as is, at once, even during a retry pause, so
 * superseded loads end quietly. `sent`: this request, sent already (token-prefetch.ts); it
 * is the first attempt, ended by this attempt's signal and deadline like one sent here.
 */
export async function sendRequest(
  url: string,
  init: RequestInit,
  signal: AbortSignal,
  pace = new LoadPace(),
  sent?: SentRequest,
): Promise<HttpAnswer> {
  for (let attempt = 0; ; attempt++) {
    await pace.wait(signal);
    const answer = await attemptOnce(url, init, signal, settings.timeoutMs, attempt ? undefined : sent);
    if (!RETRYABLE.has(answer.status) || attempt >= settings.maxRetries) return answer;
    // The default pause grows with the retries the whole load has made, not this request's.
    const pause = retryPause(answer.headers.get('Retry-After'), pace.retriesMade, Date.now());
    if (pause === undefined || !pace.retryAfter(pause)) return answer;
  }
}

/**
 * How long to wait before retry number `attempt + 1`: the server's `Retry-After` (seconds or
 * an HTTP date), else an exponential default. Undefined when the server asks for longer than
 * `maxRetryAfterMs`: a shopper should see the error rather than a tray that hangs.
 */
export function retryPause(retryAfter: string | null, attempt: number, now: number): number | undefined {
  const asked = parseRetryAfter(retryAfter, now);
  const pause = asked ?? settings.retryDelayMs * 2 ** attempt;
  return pause <= settings.maxRetryAfterMs ? pause : undefined;
}

/** `Retry-After` in milliseconds from `now` (never negative), or undefined when unreadable. */
export function parseRetryAfter(value: string | null, now: number): number | undefined {
  const text = value?.trim();
  if (!text) return undefined;
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  // HTTP dates always name a weekday and GMT; anything else is not one.
  if (!/^[A-Za-z]{3},/.test(text) || !/GMT$/.test(text)) return undefined;
  const at = Date.parse(text);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

async function attemptOnce(
  url: string,
  init: RequestInit,
  signal: AbortSignal,
  timeoutMs: number,
  sent: SentRequest | undefined,
): Promise<HttpAnswer> {
  const deadline = AbortSignal.timeout(timeoutMs);
  const either = AbortSignal.any([signal, deadline]);
  if (sent) {
    // A request sent early gets its whole deadline from here, as if it were sent now.
    const end = () => sent[1].abort(either.reason);
    if (either.aborted) end();
    else either.addEventListener('abort', end, { once: true });
  }
  signal.throwIfAborted();
  try {
    const response = await (sent ? untilAborted(sent[0], either) : fetch(url, { ...init, signal: either }));
    // The deadline covers the body too: a server that sends headers and then stalls is hung.
    const text = await untilAborted(response.text(), either);
    return { status: response.status, ok: response.ok, headers: response.headers, text };
  } catch (error) {
    if (signal.aborted) throw isAbortError(error) ? error : signal.reason;
    if (deadline.aborted) throw new VoucherTrayError('timeout', `No answer within ${timeoutMs / 1000} s`);
    // A reset connection, a CORS refusal, a refused redirect, a body cut short.
    throw new VoucherTrayError('network', 'The server could not be reached');
  }
}

/** `promise`, or the signal's reason as soon as it aborts (whatever `promise` does). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const onAbort = () => reject(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort));
  });
}

/** Waits `ms`, or rejects with the signal's reason the moment it aborts. */
function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}
