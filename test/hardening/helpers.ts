import { configureRequests, type RequestSettings } from '../../src/providers/net/request.js';
import { clearVoucherTrayCache } from '../../src/entries/index.js';

/** Shortens the request timeout and retry pauses for one test; restore with the result. */
export function quickRequests(changes: Partial<RequestSettings> = {}): () => void {
  const previous = configureRequests({ timeoutMs: 150, retryDelayMs: 0, ...changes });
  clearVoucherTrayCache();
  return () => {
    configureRequests(previous);
    clearVoucherTrayCache();
  };
}

/** Everything thrown to the page (uncaught errors and unhandled rejections) while recording. */
export function recordPageErrors(): { errors: string[]; stop: () => void } {
  const errors: string[] = [];
  const onError = (event: ErrorEvent) => errors.push(`error: ${event.message}`);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(`unhandledrejection: ${String(event.reason)}`);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  return {
    errors,
    stop: () => {
      window.removeEventListener('error', onError);
      window.removeEventListener('unhandledrejection', onRejection);
    },
  };
}

export { codesIn, part, parts, settled } from '../helpers/tray.js';

export const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A response whose body sends `first` and then never ends (or errors, when `fail` is set). */
export function stalledResponse(first: string, fail?: Error): Response {
  const stream = new ReadableStream<Uint8Array>({
    start(controller) {
      controller.enqueue(new TextEncoder().encode(first));
      if (fail) setTimeout(() => controller.error(fail), 5);
    },
  });
  return new Response(stream, { status: 200, headers: { 'Content-Type': 'application/json' } });
}

/** A fetch that never settles unless its signal aborts (a server that never answers). */
export function neverAnswers(signal: AbortSignal | undefined): Promise<Response> {
  return new Promise((_, reject) => {
    signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')));
  });
}

/**
 * A seeded random source (mulberry32), so a race that fails can be replayed: the seed comes
 * from `?seed=` or the clock, and `seed` is printed by the caller when a test fails.
 */
export function seededRandom(seed = Number(new URLSearchParams(location.search).get('seed')) || Date.now() % 2 ** 31) {
  let state = seed >>> 0;
  const random = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
  return { seed, random };
}
