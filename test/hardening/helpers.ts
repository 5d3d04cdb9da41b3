import { waitUntil } from '@open-wc/testing';
import type { VoucherTray } from '../../src/entries/index.js';
import { configureRequests, type RequestSettings } from '../../src/providers/net/request.js';
import { sharedTokenClient } from '../../src/providers/net/token-client.js';

/** Shortens the request timeout and retry pauses for one test; restore with the result. */
export function quickRequests(changes: Partial<RequestSettings> = {}): () => void {
  const previous = configureRequests({ timeoutMs: 150, retryDelayMs: 0, ...changes });
  sharedTokenClient.clear();
  return () => {
    configureRequests(previous);
    sharedTokenClient.clear();
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

export const part = (el: VoucherTray, name: string) => el.shadowRoot!.querySelector<HTMLElement>(`[part~="${name}"]`);
export const parts = (el: VoucherTray, name: string) => [
  ...el.shadowRoot!.querySelectorAll<HTMLElement>(`[part~="${name}"]`),
];
export const codesIn = (el: VoucherTray) => parts(el, 'code').map((node) => node.textContent!.trim());

/** Waits until the tray shows a list, the empty message or the error. */
export async function settled(el: VoucherTray, timeout = 5000): Promise<void> {
  await waitUntil(() => part(el, 'list') ?? part(el, 'empty') ?? part(el, 'error'), 'tray never settled', {
    timeout,
  });
  await el.updateComplete;
}

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
