import type { VoucherTrayStore } from './store.js';

/** The tray's provider names that the kit serves. */
export type ProviderName = 'clevertap' | 'voucherify' | 'voucherify-vouchers' | 'spaaza';
/** The upstream API behind a provider name (both Voucherify names share one account). */
export type Family = 'clevertap' | 'voucherify' | 'spaaza';

export const PROVIDERS: readonly ProviderName[] = ['clevertap', 'voucherify', 'voucherify-vouchers', 'spaaza'];
export const FAMILY_OF: Readonly<Record<ProviderName, Family>> = {
  clevertap: 'clevertap',
  voucherify: 'voucherify',
  'voucherify-vouchers': 'voucherify',
  spaaza: 'spaaza',
};

/** CleverTap: the account's id and passcode, and its region (`in1`, `us1`, `sk1` …) or base. */
export interface CleverTapCredentials {
  readonly accountId: string;
  readonly passcode: string;
  /** `https://{region}.api.clevertap.com`; ignored when `apiBase` is given. */
  readonly region?: string;
  readonly apiBase?: string;
}

/** Voucherify: the application keys, or OAuth client credentials (token cached for its life). */
export interface VoucherifyCredentials {
  readonly appId?: string;
  readonly appToken?: string;
  readonly oauth?: {
    readonly clientId: string;
    readonly clientSecret: string;
    /** Default `{apiBase}/v1/oauth/token`. */
    readonly tokenUrl?: string;
  };
  /** Default `https://api.voucherify.io`. */
  readonly apiBase?: string;
}

/** Spaaza: where the API is, the chain, and the privileged-auth headers, sent as given. */
export interface SpaazaCredentials {
  /** Default `https://api0.spaaza.com`. */
  readonly apiBase?: string;
  readonly chainId: string;
  readonly headers: Readonly<Record<string, string>>;
}

/** What one provider account may be asked, across every instance sharing the store. */
export interface Budget {
  /** Upstream requests in flight at once (CleverTap default 3, others 10). */
  readonly maxConcurrent?: number;
  /** Upstream requests per minute (default: no limit of the kit's own). */
  readonly maxPerMinute?: number;
}

/** One line of the kit's log. It never holds a secret, a grant or an identity. */
export interface LogEntry {
  readonly level: 'info' | 'warn' | 'error';
  readonly event: string;
  readonly provider?: string;
  readonly status?: number;
  readonly cache?: string;
  readonly ms?: number;
  readonly message?: string;
}

export type Identify = (
  request: Request,
  provider: ProviderName,
) => string | null | undefined | Promise<string | null | undefined>;

export interface VoucherTrayHandlerOptions {
  /** Grant signing keys, 32+ bytes each, newest first: grants are signed with the first and
   * accepted with any, so a key can be rotated without logging anyone out. */
  readonly secret: string | readonly string[];
  /** The logged-in shopper for this request and provider, or nothing. */
  readonly identify: Identify;
  readonly clevertap?: CleverTapCredentials;
  readonly voucherify?: VoucherifyCredentials;
  readonly spaaza?: SpaazaCredentials;
  /** Default `/voucher-tray`. */
  readonly basePath?: string;
  /** Origins allowed to call the token endpoint and proxy cross-origin. */
  readonly allowedOrigins?: readonly string[];
  /** The origin the browser sees (behind a reverse proxy); default: the request's. */
  readonly publicOrigin?: string;
  /** Seconds an answer is reused for the same shopper (default 30). */
  readonly cacheTtl?: number;
  /** Seconds an old answer is kept to serve when over budget (default 600). */
  readonly staleTtl?: number;
  /** Seconds a grant lives (default 300). */
  readonly grantTtl?: number;
  readonly budgets?: Partial<Record<Family, Budget>>;
  /** How long a request may wait for a free upstream slot before 503 (ms, default 3000). */
  readonly queueTimeout?: number;
  /** Longest wait for one upstream answer (ms, default 10000). */
  readonly upstreamTimeout?: number;
  /** Shared state; default: in memory, this instance only. See `createRedisStore`. */
  readonly store?: VoucherTrayStore;
  /** Used for upstream requests (tests, instrumentation). Default: global `fetch`. */
  readonly fetch?: typeof fetch;
  /** Epoch ms (tests pass a controllable clock). */
  readonly now?: () => number;
  /** Default: warnings and errors to `console`. */
  readonly log?: (entry: LogEntry) => void;
}

export const DEFAULT_BUDGETS: Readonly<Record<Family, Budget>> = {
  clevertap: { maxConcurrent: 3 },
  voucherify: { maxConcurrent: 10 },
  spaaza: { maxConcurrent: 10 },
};

/** A secret shorter than this is refused: HS256 wants a key at least as long as its hash. */
export const MIN_SECRET_BYTES = 32;

export function secretList(secret: string | readonly string[]): string[] {
  const list = typeof secret === 'string' ? [secret] : [...secret];
  if (list.length === 0) throw new Error('voucher-tray/server: a grant signing secret is required');
  for (const item of list) {
    if (typeof item !== 'string' || new TextEncoder().encode(item).length < MIN_SECRET_BYTES) {
      throw new Error(`voucher-tray/server: every secret must be at least ${MIN_SECRET_BYTES} bytes`);
    }
  }
  return list;
}

export function normaliseBasePath(path = '/voucher-tray'): string {
  const trimmed = path.replace(/\/+$/, '');
  if (!/^\/[A-Za-z0-9._~\-/]*$/.test(trimmed) || trimmed.includes('//')) {
    throw new Error(`voucher-tray/server: basePath must be a plain absolute path, not ${JSON.stringify(path)}`);
  }
  return trimmed;
}

export function defaultLog(entry: LogEntry): void {
  if (entry.level === 'info') return;
  const line = `[voucher-tray] ${entry.event}${entry.provider ? ` ${entry.provider}` : ''}${entry.status ? ` ${entry.status}` : ''}${entry.message ? `: ${entry.message}` : ''}`;
  if (entry.level === 'error') console.error(line);
  else console.warn(line);
}
