// One upstream request: credentials added here, the answer reduced to status + JSON text.
// Nothing of the upstream's headers survives except what the budgets need to know.
import type { UpstreamAccount } from './credentials.js';
import type { Shape } from './shapes.js';

/** An upstream answer as the kit keeps it: status and body only. */
export interface UpstreamAnswer {
  readonly status: number;
  readonly body: string;
}

export interface UpstreamResult extends UpstreamAnswer {
  /** The provider asked for a pause (Retry-After, or its rate-limit headers say none are left). */
  readonly pauseMs?: number;
}

/** A provider answer larger than this is not relayed (a shopper's list is far smaller). */
export const MAX_UPSTREAM_BYTES = 4 * 1024 * 1024;

export function upstreamUrl(account: UpstreamAccount, shape: Shape): string {
  const query = new URLSearchParams([...shape.query, ...account.extraQuery].map(([name, value]): [string, string] => [name, value])).toString();
  return `${account.base}${shape.path}${query ? `?${query}` : ''}`;
}

export async function callUpstream(
  account: UpstreamAccount,
  shape: Shape,
  fetchImpl: typeof fetch,
  timeoutMs: number,
  now: number,
): Promise<UpstreamResult> {
  let response: Response;
  try {
    response = await fetchImpl(upstreamUrl(account, shape), {
      headers: { ...(await account.headers()), Accept: 'application/json' },
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return failure(timedOut ? 504 : 502, timedOut ? 'the provider did not answer in time' : 'the provider could not be reached');
  }
  const pauseMs = pauseAsked(response.headers, now);
  const text = await readLimited(response, timeoutMs);
  if (text === undefined) return { ...failure(502, 'the provider answer was too large or cut short'), pauseMs };
  if (response.status === 401 || response.status === 403) {
    account.refused();
    return { ...failure(502, 'the provider refused the server credentials'), pauseMs };
  }
  if (response.status === 429) return { ...failure(503, 'the provider is rate limiting'), pauseMs: pauseMs ?? 1000 };
  if (response.status >= 300 && response.status < 400) return failure(502, 'the provider answered with a redirect');
  if (!isJson(text)) return { ...failure(502, 'the provider answered with an unreadable body'), pauseMs };
  return { status: response.status, body: text, pauseMs };
}

function failure(status: number, error: string): UpstreamResult {
  return { status, body: JSON.stringify({ error }) };
}

function isJson(text: string): boolean {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
}

async function readLimited(response: Response, timeoutMs: number): Promise<string | undefined> {
  const declared = Number(response.headers.get('content-length') ?? '0');
  if (declared > MAX_UPSTREAM_BYTES || !response.body) {
    await response.body?.cancel().catch(() => undefined);
    return response.body ? undefined : '';
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  const deadline = setTimeout(() => void reader.cancel().catch(() => undefined), timeoutMs);
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > MAX_UPSTREAM_BYTES) {
        await reader.cancel().catch(() => undefined);
        return undefined;
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  } finally {
    clearTimeout(deadline);
  }
  return new TextDecoder().decode(concat(chunks, size));
}

function concat(chunks: readonly Uint8Array[], size: number): Uint8Array {
  const bytes = new Uint8Array(size);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}

/**
 * How long the provider wants to be left alone, in ms: `Retry-After` (seconds or a date), or
 * Voucherify's `X-Rate-Limit-Remaining: 0` until `X-Rate-Limit-Reset` (seconds; an epoch
 * when it is that large), else until the next minute starts.
 */
export function pauseAsked(headers: Headers, now: number): number | undefined {
  const retryAfter = headers.get('retry-after')?.trim();
  if (retryAfter) {
    if (/^\d+$/.test(retryAfter)) return Math.min(Number(retryAfter), 3600) * 1000;
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.min(Math.max(0, at - now), 3600_000);
  }
  const remaining = headers.get('x-rate-limit-remaining') ?? headers.get('x-ratelimit-remaining');
  if (remaining === null || Number(remaining.trim()) > 0 || remaining.trim() === '') return undefined;
  const reset = Number((headers.get('x-rate-limit-reset') ?? headers.get('x-ratelimit-reset') ?? '').trim());
  if (Number.isFinite(reset) && reset > 0) {
    const ms = reset > 1e9 ? reset * 1000 - now : reset * 1000;
    return Math.min(Math.max(ms, 0), 3600_000);
  }
  return 60_000 - (now % 60_000);
}
