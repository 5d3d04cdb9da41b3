import { clevertapAccount, spaazaAccount, voucherifyAccount, type UpstreamAccount } from './credentials.js';
import { Economy } from './economy.js';
import { Grants } from './grants.js';
import { json, problem } from './http.js';
import { createMemoryStore } from './memory-store.js';
import {
  DEFAULT_BUDGETS,
  FAMILY_OF,
  PROVIDERS,
  defaultLog,
  normaliseBasePath,
  secretList,
  type Budget,
  type Family,
  type ProviderName,
  type VoucherTrayHandlerOptions,
} from './options.js';
import { proxyRequest } from './proxy.js';
import { fromFetch, registerCore, toResponse, type KitAnswer, type KitCore, type KitRequest } from './kit-request.js';
import { isSafeTarget } from './shapes.js';
import { tokenRequest } from './token-route.js';

/** A Fetch API handler: an answer for the kit's routes, undefined for any other request. */
export type VoucherTrayHandler = (request: Request) => Promise<Response | undefined>;

/**
 * The token endpoint and the shopper-scoped proxy, as one Fetch API handler (Node 20+,
 * Deno, Bun, Workers). See the README's "Your backend" and CONTRACT "Server kit".
 */
export function createVoucherTrayHandler(options: VoucherTrayHandlerOptions): VoucherTrayHandler {
  if (typeof options.identify !== 'function') throw new Error('voucher-tray/server: identify(request, provider) is required');
  const now = options.now ?? Date.now;
  const log = options.log ?? defaultLog;
  const fetchImpl = options.fetch ?? ((input, init) => fetch(input, init));
  const basePath = normaliseBasePath(options.basePath);
  const grants = new Grants(secretList(options.secret), options.grantTtl ?? 300, now);
  const allowedOrigins = new Set((options.allowedOrigins ?? []).map((origin) => new URL(origin).origin));
  const publicOrigin = options.publicOrigin ? new URL(options.publicOrigin).origin : undefined;

  const accounts: Partial<Record<Family, UpstreamAccount>> = {};
  if (options.clevertap) accounts.clevertap = clevertapAccount(options.clevertap);
  if (options.voucherify) accounts.voucherify = voucherifyAccount(options.voucherify, fetchImpl, now);
  if (options.spaaza) accounts.spaaza = spaazaAccount(options.spaaza);
  const served = new Set(PROVIDERS.filter((name) => accounts[FAMILY_OF[name]]));

  const budgets = {} as Record<Family, Budget>;
  for (const family of ['clevertap', 'voucherify', 'spaaza'] as const) {
    budgets[family] = { ...DEFAULT_BUDGETS[family], ...options.budgets?.[family] };
  }
  const economy = new Economy({
    store: options.store ?? createMemoryStore(),
    budgets,
    ttlMs: (options.cacheTtl ?? 30) * 1000,
    staleMs: (options.staleTtl ?? 600) * 1000,
    queueTimeoutMs: options.queueTimeout ?? 3000,
    upstreamTimeoutMs: options.upstreamTimeout ?? 10_000,
    fetch: fetchImpl,
    now,
    log,
  });
  const originOf = (request: KitRequest) => publicOrigin ?? request.url.origin;
  const tokenContext = {
    grants,
    identify: options.identify,
    served,
    log,
    apiBaseFor: (request: KitRequest) => `${originOf(request)}${basePath}/api/`,
  };
  const proxyContext = { grants, economy, accounts };

  const route = async (request: KitRequest, rest: string): Promise<KitAnswer | undefined> => {
    if (rest === '/healthz') return request.method === 'GET' || request.method === 'HEAD' ? json(200, { ok: true }) : undefined;
    if (rest === '/token') return tokenRequest(tokenContext, request);
    const api = /^\/api\/([a-z-]+)(\/.*)$/.exec(rest);
    if (!api) return undefined;
    const provider = api[1] as ProviderName;
    if (!served.has(provider)) return problem(404, 'this provider is not served here');
    if (request.method !== 'GET') return problem(405, 'use GET', { allow: 'GET, OPTIONS' });
    return proxyRequest(proxyContext, request, provider, api[2]!, request.url.searchParams);
  };

  const core: KitCore = async (request) => {
    const url = request.url;
    if (url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) return undefined;
    const origin = request.header('origin');
    const crossOrigin = origin !== null && origin !== originOf(request);
    const allowed = crossOrigin && allowedOrigins.has(origin);
    const cors: Record<string, string> = allowed
      ? { 'access-control-allow-origin': origin, 'access-control-allow-credentials': 'true', 'access-control-expose-headers': 'Retry-After' }
      : {};
    try {
      const raw = request.rawTarget ?? `${url.pathname}${url.search}`;
      if (!isSafeTarget(raw)) return withHeaders(problem(400, 'the path is not one the kit forwards'), cors);
      const rest = url.pathname.slice(basePath.length);
      if (request.method === 'OPTIONS') {
        if (rest !== '/token' && !rest.startsWith('/api/')) return undefined;
        if (!allowed) return problem(403, 'this origin may not call the kit');
        return {
          status: 204,
          body: null,
          headers: {
            ...cors,
            'access-control-allow-methods': 'GET, POST, OPTIONS',
            'access-control-allow-headers': 'Authorization, Content-Type',
            'access-control-max-age': '600',
            vary: 'Origin',
          },
        };
      }
      if (crossOrigin && !allowed && request.method !== 'GET') return problem(403, 'this origin may not call the kit');
      const answer = await route(request, rest);
      return answer && withHeaders(answer, cors);
    } catch (error) {
      log({ level: 'error', event: 'handler-failed', message: error instanceof Error ? error.name : 'error' });
      return withHeaders(problem(500, 'the voucher service failed'), cors);
    }
  };

  const handler: VoucherTrayHandler = async (request) => {
    const answer = await core(fromFetch(request));
    return answer && toResponse(answer);
  };
  registerCore(handler, core);
  return handler;
}

function withHeaders(answer: KitAnswer, headers: Record<string, string>): KitAnswer {
  return Object.keys(headers).length ? { ...answer, headers: { ...answer.headers, ...headers } } : answer;
}
