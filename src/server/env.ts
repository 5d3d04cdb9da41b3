/// <reference types="node" />
// The standalone server's configuration, read from the environment variables of the
// contract ("Server kit"). Anything wrong stops the start with a message naming the variable.
import { createRemoteJWKSet, jwtVerify, type JWTVerifyGetKey } from 'jose';
import type { Budget, Family, Identify, ProviderName, VoucherTrayHandlerOptions } from './options.js';
import { MIN_SECRET_BYTES } from './options.js';

export class ConfigError extends Error {}

type Env = Readonly<Record<string, string | undefined>>;
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export interface ServerConfig {
  readonly port: number;
  readonly redisUrl?: string;
  readonly options: Omit<VoucherTrayHandlerOptions, 'store'>;
}

const SUFFIX: Record<ProviderName, string> = { clevertap: 'CLEVERTAP', voucherify: 'VOUCHERIFY', 'voucherify-vouchers': 'VOUCHERIFY', spaaza: 'SPAAZA' };

function text(env: Env, name: string): string | undefined {
  const value = env[name]?.trim();
  return value ? value : undefined;
}

function count(env: Env, name: string): number | undefined {
  const value = text(env, name);
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value) || Number(value) < 1) throw new ConfigError(`${name} must be a whole number of at least 1`);
  return Number(value);
}

export function configFromEnv(env: Env): ServerConfig {
  const secret = env['VOUCHER_TRAY_SECRET'];
  if (!secret) throw new ConfigError('VOUCHER_TRAY_SECRET is required: a random key of 32+ bytes that signs grants');
  if (Buffer.byteLength(secret) < MIN_SECRET_BYTES) throw new ConfigError(`VOUCHER_TRAY_SECRET must be at least ${MIN_SECRET_BYTES} bytes`);
  const port = text(env, 'PORT') === undefined ? 8787 : Number(text(env, 'PORT'));
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError('PORT must be a port number');

  const options: Mutable<Omit<VoucherTrayHandlerOptions, 'store'>> = {
    secret,
    identify: jwtIdentify(env),
    basePath: text(env, 'VOUCHER_TRAY_BASE_PATH'),
    allowedOrigins: text(env, 'VOUCHER_TRAY_ALLOWED_ORIGINS')?.split(',').map((o) => o.trim()).filter(Boolean),
    cacheTtl: count(env, 'VOUCHER_TRAY_CACHE_TTL'),
  };

  const accountId = text(env, 'CLEVERTAP_ACCOUNT_ID');
  const passcode = text(env, 'CLEVERTAP_PASSCODE');
  if (accountId && passcode) {
    options.clevertap = { accountId, passcode, region: text(env, 'CLEVERTAP_REGION'), apiBase: text(env, 'CLEVERTAP_API_BASE') };
  }
  const appId = text(env, 'VOUCHERIFY_APP_ID');
  const appToken = text(env, 'VOUCHERIFY_APP_TOKEN');
  const clientId = text(env, 'VOUCHERIFY_CLIENT_ID');
  const clientSecret = text(env, 'VOUCHERIFY_CLIENT_SECRET');
  if ((appId && appToken) || (clientId && clientSecret)) {
    options.voucherify = {
      appId,
      appToken,
      oauth: clientId && clientSecret ? { clientId, clientSecret } : undefined,
      apiBase: text(env, 'VOUCHERIFY_API_BASE'),
    };
  }
  const chainId = text(env, 'SPAAZA_CHAIN_ID');
  if (chainId) options.spaaza = { chainId, apiBase: text(env, 'SPAAZA_API_BASE'), headers: spaazaHeaders(text(env, 'SPAAZA_HEADERS')) };
  if (!options.clevertap && !options.voucherify && !options.spaaza) {
    throw new ConfigError('no provider is configured: set the CLEVERTAP_*, VOUCHERIFY_* or SPAAZA_* variables');
  }

  const budgets: Partial<Record<Family, Budget>> = {};
  for (const [family, prefix] of [['clevertap', 'CLEVERTAP'], ['voucherify', 'VOUCHERIFY'], ['spaaza', 'SPAAZA']] as const) {
    const maxConcurrent = count(env, `${prefix}_MAX_CONCURRENT`);
    const maxPerMinute = count(env, `${prefix}_MAX_PER_MINUTE`);
    budgets[family] = { ...(maxConcurrent ? { maxConcurrent } : {}), ...(maxPerMinute ? { maxPerMinute } : {}) };
  }
  options.budgets = budgets;
  return { port, redisUrl: text(env, 'REDIS_URL'), options };
}

function spaazaHeaders(json: string | undefined): Record<string, string> {
  if (!json) throw new ConfigError('SPAAZA_HEADERS is required with SPAAZA_CHAIN_ID: the privileged-auth headers as a JSON object');
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    throw new ConfigError('SPAAZA_HEADERS must be a JSON object of header names to values');
  }
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed) || !Object.values(parsed).every((v) => typeof v === 'string')) {
    throw new ConfigError('SPAAZA_HEADERS must be a JSON object of header names to values');
  }
  return parsed as Record<string, string>;
}

/**
 * The shopper is whoever the site's own login JWT names: verified against the JWKS (issuer
 * and audience when set), read from the cookie, else from `Authorization: Bearer`.
 */
export function jwtIdentify(env: Env, keys?: JWTVerifyGetKey): Identify {
  const jwksUrl = text(env, 'VOUCHER_TRAY_JWKS_URL');
  if (!jwksUrl && !keys) throw new ConfigError('VOUCHER_TRAY_JWKS_URL is required: the JWKS of the site login that proves the shopper');
  const jwks = keys ?? createRemoteJWKSet(new URL(jwksUrl!));
  const issuer = text(env, 'VOUCHER_TRAY_JWT_ISSUER');
  const audience = text(env, 'VOUCHER_TRAY_JWT_AUDIENCE');
  const cookieName = text(env, 'VOUCHER_TRAY_JWT_COOKIE');
  const defaultClaim = text(env, 'VOUCHER_TRAY_IDENTITY_CLAIM') ?? 'sub';
  return async (request, provider) => {
    const jwt = cookieName ? cookieValue(request.headers.get('cookie'), cookieName) : /^Bearer\s+(\S+)$/i.exec(request.headers.get('authorization') ?? '')?.[1];
    if (!jwt) return undefined;
    try {
      const { payload } = await jwtVerify(jwt, jwks, { ...(issuer ? { issuer } : {}), ...(audience ? { audience } : {}) });
      const claim = text(env, `VOUCHER_TRAY_IDENTITY_CLAIM_${SUFFIX[provider]}`) ?? defaultClaim;
      const value = payload[claim];
      return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : undefined;
    } catch {
      // Expired, forged or for another audience: nobody is logged in.
      return undefined;
    }
  };
}

function cookieValue(header: string | null, name: string): string | undefined {
  for (const part of (header ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at > 0 && part.slice(0, at).trim() === name) {
      try {
        return decodeURIComponent(part.slice(at + 1).trim());
      } catch {
        return undefined;
      }
    }
  }
  return undefined;
}
