// Where each provider's API is and how the kit proves itself to it. The browser never sees
// any of this: these headers are added to upstream requests only.
import type { CleverTapCredentials, Family, SpaazaCredentials, VoucherifyCredentials } from './options.js';

export interface UpstreamAccount {
  readonly family: Family;
  readonly base: string;
  /** Headers for one upstream request (Voucherify OAuth may fetch a token first). */
  headers(): Promise<Record<string, string>>;
  /** Query parameters the account adds (Spaaza's chain). */
  readonly extraQuery: ReadonlyArray<readonly [string, string]>;
  /** Forget a cached access token after the provider refused it. */
  refused(): void;
}

const REGION = /^[a-z0-9-]{2,20}$/;

function base(url: string, what: string): string {
  const parsed = new URL(url);
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') throw new Error(`voucher-tray/server: ${what} must be http(s)`);
  return parsed.href.replace(/\/+$/, '');
}

export function clevertapAccount(c: CleverTapCredentials): UpstreamAccount {
  if (!c.accountId || !c.passcode) throw new Error('voucher-tray/server: CleverTap needs accountId and passcode');
  if (!c.apiBase && c.region !== undefined && !REGION.test(c.region)) {
    throw new Error('voucher-tray/server: CleverTap region is not a region name');
  }
  const url = c.apiBase ?? (c.region ? `https://${c.region}.api.clevertap.com` : 'https://api.clevertap.com');
  const headers = { 'X-CleverTap-Account-Id': c.accountId, 'X-CleverTap-Passcode': c.passcode };
  return { family: 'clevertap', base: base(url, 'CleverTap apiBase'), headers: async () => headers, extraQuery: [], refused() {} };
}

export function spaazaAccount(c: SpaazaCredentials): UpstreamAccount {
  if (!c.chainId) throw new Error('voucher-tray/server: Spaaza needs chainId');
  const headers = { ...c.headers };
  return {
    family: 'spaaza',
    base: base(c.apiBase ?? 'https://api0.spaaza.com', 'Spaaza apiBase'),
    headers: async () => headers,
    extraQuery: [['chain_id', c.chainId]],
    refused() {},
  };
}

interface AccessToken {
  readonly token: string;
  readonly until: number;
}

/** Refresh this long before the token's stated end, so a request never carries a dying one. */
const TOKEN_MARGIN_MS = 30_000;

export function voucherifyAccount(c: VoucherifyCredentials, fetchImpl: typeof fetch, now: () => number): UpstreamAccount {
  const apiBase = base(c.apiBase ?? 'https://api.voucherify.io', 'Voucherify apiBase');
  if (c.appId && c.appToken) {
    const headers = { 'X-App-Id': c.appId, 'X-App-Token': c.appToken };
    return { family: 'voucherify', base: apiBase, headers: async () => headers, extraQuery: [], refused() {} };
  }
  const oauth = c.oauth;
  if (!oauth?.clientId || !oauth.clientSecret) {
    throw new Error('voucher-tray/server: Voucherify needs appId and appToken, or oauth client credentials');
  }
  const tokenUrl = oauth.tokenUrl ?? `${apiBase}/v1/oauth/token`;
  let current: AccessToken | undefined;
  let pending: Promise<AccessToken> | undefined;

  const fetchToken = async (): Promise<AccessToken> => {
    const response = await fetchImpl(tokenUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/json' },
      body: new URLSearchParams({ grant_type: 'client_credentials', client_id: oauth.clientId, client_secret: oauth.clientSecret }),
      signal: AbortSignal.timeout(10_000),
    });
    const body = (await response.json().catch(() => undefined)) as { access_token?: unknown; expires_in?: unknown } | undefined;
    if (!response.ok || typeof body?.access_token !== 'string') {
      throw new Error(`Voucherify OAuth token request failed (${response.status})`);
    }
    const lifeMs = typeof body.expires_in === 'number' && body.expires_in > 0 ? body.expires_in * 1000 : 15 * 60_000;
    return { token: body.access_token, until: now() + Math.max(lifeMs - TOKEN_MARGIN_MS, lifeMs / 2) };
  };

  return {
    family: 'voucherify',
    base: apiBase,
    extraQuery: [],
    async headers() {
      if (!current || current.until <= now()) {
        pending ??= fetchToken().finally(() => (pending = undefined));
        current = await pending;
      }
      return { Authorization: `Bearer ${current.token}`, ...(c.appId ? { 'X-App-Id': c.appId } : {}) };
    },
    refused() {
      current = undefined;
    },
  };
}
