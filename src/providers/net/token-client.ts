import { VoucherTrayError, isAbortError } from '../errors.js';
import { isEncodable, readJson } from './http.js';
import { InFlight } from './in-flight.js';
import { asNumber, asObject, asText } from '../../model/json.js';
import { sendRequest } from './request.js';
import { takeTokenPrefetch, tokenInit } from './token-prefetch.js';
import { isTime } from '../../model/time.js';

/** A short-lived credential from the embedder's token endpoint. Lives in memory only. */
export interface TokenGrant {
  readonly token: string;
  /** Epoch ms; absent when the endpoint named no lifetime. */
  readonly expiresAt?: number;
  /** The api base the endpoint chose; wins over the `api-base` attribute. */
  readonly apiBase?: string;
  readonly headers: Readonly<Record<string, string>>;
  readonly params: Readonly<Record<string, string>>;
}

export interface TokenRequest {
  /** Absolute URL of the token endpoint. */
  readonly endpoint: string;
  readonly provider: string;
  readonly identity: string;
  /**
   * The tray's own api base (absolute), when it names one: sent to the endpoint, which may
   * refuse it, and part of the cache key, so a grant given for one base never serves another.
   */
  readonly apiBase?: string;
  readonly signal: AbortSignal;
}

/** A grant is reused until this long before it expires (or half its life, if shorter). */
const TOKEN_REFRESH_MARGIN_MS = 30_000;
/** How long a grant without `expires_at`/`expires_in` is reused; a 401 still renews it. */
export const TOKEN_DEFAULT_LIFETIME_MS = 5 * 60_000;
/**
 * A lifetime longer than this is a mistake (`expires_at` in milliseconds reads as the year
 * 57,000), not a promise: such a grant is reused only for the default lifetime.
 */
export const TOKEN_MAX_LIFETIME_MS = 24 * 60 * 60_000;

const HEADER_NAME = /^[!#$%&'*+.^_`|~0-9A-Za-z-]+$/;
// What `Headers` accepts as a value, minus CR/LF/NUL (which could split a header).
const HEADER_VALUE = /^[\t\x20-\x7e\x80-\xff]*$/;
// Set by the element itself; a grant may not replace or append to them.
const RESERVED_HEADERS = new Set(['authorization', 'accept']);
// A bearer token is visible ASCII (RFC 6750 `b64token` and JWTs are); anything else would
// make the Authorization header throw, or smuggle something into it.
const TOKEN = /^[\x21-\x7e]+$/;

interface CachedGrant {
  grant: TokenGrant;
  reuseUntil: number;
  identity: string;
}

/**
 * Fetches and caches grants per endpoint + provider + identity + requested api base. Concurrent callers for the
 * same key share one request, which is aborted only when every one of them has given up.
 * A grant is never handed to a caller with another key, so one shopper's token cannot be
 * sent for another.
 */
export class TokenClient {
  private readonly cache = new Map<string, CachedGrant>();
  private readonly pending = new InFlight<TokenGrant>();

  constructor(private readonly now: () => number = Date.now) {}

  /**
   * A usable grant for this shopper. Pass `rejected` (the grant a provider just answered 401
   * to) to get a fresh one; callers that hit the same 401 at once share the one renewal.
   */
  get(request: TokenRequest, rejected?: TokenGrant): Promise<TokenGrant> {
    request.signal.throwIfAborted();
    const init = tokenInit(request.provider, request.identity, request.apiBase);
    // Endpoint + provider + identity + requested api base: the URL and the body that names the
    // other three (an absolute URL holds no space, so the two cannot run together).
    const key = `${request.endpoint} ${init.body}`;
    const cached = this.cache.get(key);
    if (cached && cached.grant !== rejected && cached.reuseUntil > this.now()) {
      return Promise.resolve(cached.grant);
    }
    if (cached) this.cache.delete(key);
    return this.pending.join(key, request.signal, async (signal) => {
      const grant = await this.fetchGrant(request, signal, init, key);
      this.cache.set(key, { grant, reuseUntil: this.reuseUntil(grant), identity: request.identity });
      return grant;
    });
  }

  /** Forgets every grant (`clearVoucherTrayCache()`, logout). */
  clear(): void {
    this.cache.clear();
    this.pending.clear();
  }

  /** Forgets every grant held for `identity` (a tray's shopper logged out). */
  forget(identity: string): void {
    for (const [key, cached] of this.cache) if (cached.identity === identity) this.cache.delete(key);
  }

  private reuseUntil(grant: TokenGrant): number {
    const now = this.now();
    const stated = grant.expiresAt;
    const plausible = stated !== undefined && stated - now <= TOKEN_MAX_LIFETIME_MS;
    const expiresAt = plausible ? stated : now + TOKEN_DEFAULT_LIFETIME_MS;
    return expiresAt - Math.min(TOKEN_REFRESH_MARGIN_MS, (expiresAt - now) / 2);
  }

  private async fetchGrant(request: TokenRequest, signal: AbortSignal, init: RequestInit, key: string): Promise<TokenGrant> {
    // The first-paint file may have sent this very request already (token-prefetch.ts): its
    // answer is this request's first attempt, read and checked like any other.
    const sent = takeTokenPrefetch(key);
    let body: unknown;
    try {
      const answer = await sendRequest(request.endpoint, init, signal, undefined, sent);
      body = readJson(answer, describeTokenError);
    } catch (error) {
      if (isAbortError(error) || !(error instanceof VoucherTrayError)) throw error;
      if (error.kind === 'timeout') throw error;
      throw new VoucherTrayError('token', `Token endpoint: ${error.message}`, error.status);
    }
    return parseGrant(body, this.now());
  }
}

function describeTokenError(body: unknown): string | undefined {
  const object = asObject(body);
  return asText(object?.error) ?? asText(object?.message);
}

/**
 * Reads a token response; only `token` is required, odd extras are dropped, not trusted:
 * headers `fetch` would reject or that would touch Authorization/Accept, params that cannot
 * be encoded, and expiries that are not a real moment.
 */
export function parseGrant(body: unknown, now: number): TokenGrant {
  const object = asObject(body);
  const token = typeof object?.token === 'string' ? object.token.trim() : '';
  if (!object || !token) {
    throw new VoucherTrayError('token', 'Token endpoint: the answer carries no token');
  }
  if (!TOKEN.test(token)) {
    throw new VoucherTrayError('token', 'Token endpoint: the token has characters a header cannot carry');
  }
  const expiresAtSeconds = asNumber(object.expires_at);
  const expiresInSeconds = asNumber(object.expires_in);
  // `expires_in` first: it is counted from now on this clock, while an `expires_at` from the
  // server's clock makes every tray on a fast client take a live grant for an expired one.
  const expiresAt =
    expiresInSeconds !== undefined
      ? now + expiresInSeconds * 1000
      : expiresAtSeconds !== undefined
        ? expiresAtSeconds * 1000
        : undefined;
  return {
    token,
    // A later expiry than a `Date` can hold is treated as none.
    expiresAt: isTime(expiresAt) ? expiresAt : undefined,
    apiBase: asText(object.api_base),
    headers: pickStrings(
      object.headers,
      (name, value) => HEADER_NAME.test(name) && !RESERVED_HEADERS.has(name.toLowerCase()) && HEADER_VALUE.test(value),
    ),
    params: pickStrings(object.params, (name, value) => isEncodable(name) && isEncodable(value)),
  };
}

function pickStrings(
  value: unknown,
  accept: (name: string, value: string) => boolean,
): Record<string, string> {
  const result: Record<string, string> = {};
  for (const [name, raw] of Object.entries(asObject(value) ?? {})) {
    const text = typeof raw === 'number' && Number.isFinite(raw) ? String(raw) : raw;
    if (typeof text === 'string' && accept(name, text)) result[name] = text;
  }
  return result;
}

/** The one client every tray on the page shares, so trays for one shopper share a grant. */
export const sharedTokenClient = new TokenClient();
