import { registerProvider } from '../../src/entries/index.js';
import type { Voucher } from '../../src/model/voucher.js';

export const HOUR = 3_600_000;

/**
 * A provider whose vouchers the test sets (`vouchersFor`), behind a stubbed token endpoint
 * (`/perf/token`), so no request leaves the page. Returns a restore function.
 */
export function installPerfProvider(name: string, vouchersFor: (identity: string) => Voucher[]): () => void {
  registerProvider(name, {
    defaultApiBase: 'https://provider.invalid',
    fetchVouchers: async (request) => vouchersFor(request.identity),
  });
  const original = window.fetch;
  window.fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = new URL(input instanceof Request ? input.url : String(input), document.baseURI);
    if (url.pathname === '/perf/token' && init?.method === 'POST') {
      return new Response(JSON.stringify({ token: 'perf', expires_in: 600 }), {
        headers: { 'Content-Type': 'application/json' },
      });
    }
    return new Response('{}', { status: 404, headers: { 'Content-Type': 'application/json' } });
  };
  return () => {
    window.fetch = original;
  };
}

export function voucher(code: string, expiresInMs: number): Voucher {
  return { id: code, code, provider: 'perf', title: `Title ${code}`, expiresAt: Date.now() + expiresInMs, status: 'active' };
}

/** The path of the file that called into the patched API (the first frame outside this file). */
function callerFile(): string {
  const paths = (new Error().stack ?? '')
    .split('\n')
    .map((line) => /https?:\/\/[^/]+(\/[^?:#)\s]*)/.exec(line)?.[1])
    .filter((path): path is string => path !== undefined);
  return paths.find((path) => !path.endsWith('/test/perf/helpers.ts')) ?? '';
}

const isProjectSource = (file: string) => file.startsWith('/src/');

interface Tracked {
  /** Timers made by src/ with a delay of at least `longMs` that have neither fired nor been cleared. */
  pendingTimers(): number;
  /** Listeners src/ added to window or document and has not removed. */
  attachedListeners(): string[];
  /** MutationObservers src/ created that still observe. */
  observing(): number;
  restore(): void;
}

/**
 * Watches the long-lived resources the element's own code (files under /src/) takes: timers
 * of at least `longMs`, listeners on window and document, MutationObservers. Short one-shot
 * timers (a microtask-like setTimeout 0, a polling wait) are not its concern.
 */
export function trackResources(longMs = 1000): Tracked {
  const timers = new Set<number>();
  const listeners = new Map<string, number>();
  const observers = new Set<MutationObserver>();
  const realSetTimeout = window.setTimeout;
  const realClearTimeout = window.clearTimeout;
  const realObserver = window.MutationObserver;
  const targets = [window, document] as const;
  const realAdd = targets.map((target) => target.addEventListener);
  const realRemove = targets.map((target) => target.removeEventListener);

  window.setTimeout = ((handler: TimerHandler, delay?: number, ...args: unknown[]): number => {
    const own = isProjectSource(callerFile()) && (delay ?? 0) >= longMs;
    let id: number | undefined = undefined;
    const run =
      typeof handler === 'function'
        ? (...a: unknown[]) => {
            if (id !== undefined) timers.delete(id);
            (handler as (...a: unknown[]) => void)(...a);
          }
        : handler;
    id = realSetTimeout(run, delay, ...args);
    if (own) timers.add(id);
    return id;
  }) as typeof window.setTimeout;
  window.clearTimeout = ((id?: number) => {
    if (id !== undefined) timers.delete(id);
    realClearTimeout(id);
  }) as typeof window.clearTimeout;

  targets.forEach((target, i) => {
    const name = target === window ? 'window' : 'document';
    target.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      if (isProjectSource(callerFile()) && listener) {
        const key = `${name}:${type}`;
        listeners.set(key, (listeners.get(key) ?? 0) + 1);
      }
      return (realAdd[i] as (...a: unknown[]) => void).call(this, type, listener, options);
    } as typeof target.addEventListener;
    target.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: unknown) {
      const key = `${name}:${type}`;
      if (isProjectSource(callerFile()) && listeners.has(key)) {
        const left = listeners.get(key)! - 1;
        if (left > 0) listeners.set(key, left);
        else listeners.delete(key);
      }
      return (realRemove[i] as (...a: unknown[]) => void).call(this, type, listener, options);
    } as typeof target.removeEventListener;
  });

  window.MutationObserver = class extends realObserver {
    private readonly own = isProjectSource(callerFile());
    override observe(target: Node, options?: MutationObserverInit): void {
      if (this.own) observers.add(this);
      super.observe(target, options);
    }
    override disconnect(): void {
      observers.delete(this);
      super.disconnect();
    }
  };

  return {
    pendingTimers: () => timers.size,
    attachedListeners: () => [...listeners.keys()],
    observing: () => observers.size,
    restore: () => {
      window.setTimeout = realSetTimeout;
      window.clearTimeout = realClearTimeout;
      window.MutationObserver = realObserver;
      targets.forEach((target, i) => {
        target.addEventListener = realAdd[i]!;
        target.removeEventListener = realRemove[i]!;
      });
    },
  };
}
