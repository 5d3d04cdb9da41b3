/**
 * One timer for every tray on the page: each asks to be woken at a moment (an expiry), and
 * the clock keeps a single `setTimeout` for the earliest of them.
 */
const wakers = new Map<object, { at: number; wake: () => void }>();
let timer: ReturnType<typeof setTimeout> | undefined;
// setTimeout overflows past 2^31-1 ms (~24.8 days); longer waits are taken in steps.
const MAX_DELAY_MS = 2 ** 31 - 1;

function schedule(): void {
  if (timer !== undefined) clearTimeout(timer);
  timer = undefined;
  if (wakers.size === 0) return;
  let earliest = Infinity;
  for (const waker of wakers.values()) earliest = Math.min(earliest, waker.at);
  const delay = Math.min(Math.max(earliest - Date.now(), 0), MAX_DELAY_MS);
  timer = setTimeout(fire, delay);
}

function fire(): void {
  timer = undefined;
  const now = Date.now();
  const due = [...wakers].filter(([, w]) => w.at <= now);
  for (const [owner] of due) wakers.delete(owner);
  schedule();
  for (const [, w] of due) w.wake();
}

/** Wakes `owner` at `at` (epoch ms), replacing its earlier request; `undefined` cancels it. */
export function wakeAt(owner: object, at: undefined): void;
export function wakeAt(owner: object, at: number | undefined, wake: () => void): void;
export function wakeAt(owner: object, at: number | undefined, wake?: () => void): void {
  if (at === undefined) wakers.delete(owner);
  else wakers.set(owner, { at, wake: wake! });
  schedule();
}

/** How many owners are waiting (for tests of released timers). */
export function pendingWakeCount(): number {
  return wakers.size;
}
