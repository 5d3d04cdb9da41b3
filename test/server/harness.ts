/// <reference types="node" />
// Shared set-up of the server tests: fake upstreams, a handler in front of them with a
// controllable clock, and helpers to ask it for grants and vouchers.
import { startFakeUpstreams } from '../../demo/fake-upstreams/server.js';
import { createVoucherTrayHandler, type LogEntry, type VoucherTrayHandlerOptions } from '../../src/server/index.js';
import { testData } from './test-data.js';

export const ORIGIN = 'http://shop.test';
export const SECRET = 'test-secret-that-is-at-least-32-bytes-long!';
/** The embedder's login in these tests: a header naming the shopper (never do this for real). */
export const LOGIN_HEADER = 'x-test-shopper';

export type Fakes = Awaited<ReturnType<typeof startFakeUpstreams>>;

export function fakeUpstreams(): Promise<Fakes> {
  return startFakeUpstreams(testData);
}

export class Clock {
  constructor(public ms = Date.UTC(2026, 0, 1)) {}
  now = () => this.ms;
  advance(ms: number) {
    this.ms += ms;
  }
}

export interface Kit {
  handle: (request: Request) => Promise<Response | undefined>;
  clock: Clock;
  logs: LogEntry[];
  token(provider: string, identity: string): Promise<{ token: string; api_base: string; expires_at: number }>;
  get(pathAndQuery: string, token?: string, headers?: Record<string, string>): Promise<Response>;
}

export function makeKit(fakes: Fakes, overrides: Partial<VoucherTrayHandlerOptions> = {}): Kit {
  const clock = new Clock();
  const logs: LogEntry[] = [];
  const handle = createVoucherTrayHandler({
    secret: SECRET,
    identify: (request) => request.headers.get(LOGIN_HEADER),
    now: clock.now,
    log: (entry) => logs.push(entry),
    ...(fakes.kitOptions() as Partial<VoucherTrayHandlerOptions>),
    ...overrides,
  });
  const must = async (request: Request) => {
    const response = await handle(request);
    if (!response) throw new Error(`the handler passed on ${request.url}`);
    return response;
  };
  return {
    handle,
    clock,
    logs,
    async token(provider, identity) {
      const response = await must(tokenRequest({ provider, identity }, { [LOGIN_HEADER]: identity }));
      if (response.status !== 200) throw new Error(`token ${response.status}: ${await response.text()}`);
      return response.json();
    },
    get(pathAndQuery, token, headers = {}) {
      const auth: Record<string, string> = token ? { Authorization: `Bearer ${token}` } : {};
      return must(new Request(`${ORIGIN}${pathAndQuery}`, { headers: { ...auth, ...headers } }));
    },
  };
}

export function tokenRequest(body: unknown, headers: Record<string, string> = {}): Request {
  return new Request(`${ORIGIN}/voucher-tray/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Origin: ORIGIN, ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Waits until `condition` holds, checking on every turn of the event loop (no fixed sleeps). */
export async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((resolve) => setImmediate(resolve));
  }
}
