// The demo's and the end-to-end tests' stand-in for an embedder's backend and the three
// provider APIs, all under /mock/. Plugged into `vite` (npm start) and @web/test-runner.
//
//   POST   /mock/token                               {provider, identity} → {token, expires_in, api_base}
//   GET    /mock/clevertap/1/promo/vouchers?identity=…
//   GET    /mock/voucherify/v1/customers/{id}/redeemables?limit=&starting_after_id=
//   GET    /mock/voucherify/v1/vouchers?customer=…&limit=&page=
//   GET    /mock/voucherify/v1/vouchers/{code}
//   GET    /mock/spaaza/get-user-vouchers?user_id=…
//   GET    /mock/_log · DELETE /mock/_log             the request log (never holds tokens)
//   DELETE /mock/_tokens                             forget all tokens: the next call gets 401
//   GET    /mock/_codes?identity=…                   a customer's Voucherify codes (demo page)
//
// Special identities: nobody (no vouchers), error (provider 500), slow (provider answers
// after 2 s), many (230 vouchers), token-down (token endpoint 503).
import { clevertap } from './mock-backend/clevertap.js';
import { SPECIAL } from './mock-backend/demo-data.js';
import { bearerToken, delay, isJsonRequest, queryObject, readBody, sendAnswer, sendJson } from './mock-backend/http.js';
import { spaaza } from './mock-backend/spaaza.js';
import { TOKEN_LIFETIME_S, clearLog, findToken, issueToken, logEntries, logRequest, revokeAllTokens } from './mock-backend/state.js';
import { voucherify, voucherifyCodesOf } from './mock-backend/voucherify.js';

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */
/** @typedef {import('./mock-backend/http.js').MockProvider} MockProvider */

/** The element's provider names, and the mocked API each one talks to. */
const FAMILY_OF = /** @type {Record<string, MockProvider>} */ ({
  clevertap,
  voucherify,
  'voucherify-vouchers': voucherify,
  spaaza,
});
const PROVIDERS = [clevertap, voucherify, spaaza];
const MAX_IDENTITY_LENGTH = 256;
const SLOW_MS = 2000;

/**
 * Answers a request below `/mock/`; leaves every other request alone.
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @returns {Promise<boolean>} true when the request was handled (and answered)
 */
export async function handleMockRequest(req, res) {
  const url = new URL(req.url ?? '/', 'http://mock.invalid');
  if (!url.pathname.startsWith('/mock/')) return false;
  try {
    await dispatch(req, res, url);
  } catch (error) {
    console.error('[mock-backend]', error);
    sendJson(res, 500, { error: 'mock backend failure' });
  }
  return true;
}

/**
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @param {URL} url
 */
async function dispatch(req, res, url) {
  const path = url.pathname;
  const method = req.method ?? 'GET';
  if (path === '/mock/_log') {
    if (method === 'GET') return sendJson(res, 200, logEntries());
    if (method === 'DELETE') return clearLog(), sendJson(res, 200, { cleared: true });
    return sendJson(res, 405, { error: 'method not allowed' }, { Allow: 'GET, DELETE' });
  }
  if (path === '/mock/_tokens') {
    if (method === 'DELETE') return revokeAllTokens(), sendJson(res, 200, { revoked: true });
    return sendJson(res, 405, { error: 'method not allowed' }, { Allow: 'DELETE' });
  }
  if (path === '/mock/_codes') {
    const identity = url.searchParams.get('identity') ?? '';
    if (identity === '') return sendJson(res, 400, { error: 'identity is required' });
    return sendJson(res, 200, { codes: voucherifyCodesOf(identity) });
  }
  if (path === '/mock/token') return tokenEndpoint(req, res, url);
  const provider = PROVIDERS.find((p) => path.startsWith(`/mock/${p.family}/`));
  if (provider) return providerRequest(req, res, url, provider);
  logRequest({ method, path, query: queryObject(url.searchParams), provider: null, identity: null, authorized: false });
  return sendJson(res, 404, { error: 'not found' });
}

/**
 * `POST /mock/token`: the embedder's token endpoint (see CONTRACT.md, "Token endpoint protocol").
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @param {URL} url
 */
async function tokenEndpoint(req, res, url) {
  /** @type {import('./mock-backend/state.js').LogEntry} */
  const entry = { method: req.method ?? 'GET', path: url.pathname, query: queryObject(url.searchParams), provider: null, identity: null, authorized: false };
  /** @param {number} status @param {string} error */
  const fail = (status, error) => (logRequest(entry), sendJson(res, status, { error }, status === 405 ? { Allow: 'POST' } : {}));
  if (req.method !== 'POST') return fail(405, 'use POST');
  if (!isJsonRequest(req)) return fail(400, 'Content-Type must be application/json');
  /** @type {unknown} */
  let body;
  try {
    body = JSON.parse(await readBody(req));
  } catch {
    return fail(400, 'the body must be a JSON object {provider, identity}');
  }
  const { provider, identity } = /** @type {Record<string, unknown>} */ (typeof body === 'object' && body !== null ? body : {});
  entry.provider = typeof provider === 'string' ? provider : null;
  entry.identity = typeof identity === 'string' ? identity : null;
  if (typeof provider !== 'string' || provider === '') return fail(400, 'provider is required');
  const family = Object.hasOwn(FAMILY_OF, provider) ? FAMILY_OF[provider]?.family : undefined;
  if (!family) return fail(400, `unknown provider: ${provider.slice(0, 64)}`);
  if (typeof identity !== 'string' || identity.trim() === '') return fail(400, 'identity is required');
  if (identity.length > MAX_IDENTITY_LENGTH) return fail(400, 'identity is too long');
  if (identity === SPECIAL.tokenDown) return fail(503, 'token service unavailable');
  logRequest(entry);
  const token = issueToken(family, identity, Date.now());
  return sendJson(res, 200, { token, expires_in: TOKEN_LIFETIME_S, api_base: `/mock/${family}` });
}

/**
 * A request to one of the mocked provider APIs: token first, then the request itself.
 * @param {IncomingMessage} req
 * @param {ServerResponse} res
 * @param {URL} url
 * @param {MockProvider} provider
 */
async function providerRequest(req, res, url, provider) {
  const method = req.method ?? 'GET';
  const issued = findToken(bearerToken(req), Date.now());
  const tokenFits = issued !== undefined && issued.family === provider.family;
  const route = method === 'GET' ? provider.route(url.pathname.slice(`/mock/${provider.family}`.length), url.searchParams) : undefined;
  const subject = route?.subject ?? issued?.identity;
  const authorized = Boolean(route && tokenFits && !route.invalid && subject === issued?.identity);
  logRequest({ method, path: url.pathname, query: queryObject(url.searchParams), provider: provider.family, identity: issued?.identity ?? null, authorized });

  /** @param {number} status @param {string} message @param {Record<string, string>} [headers] */
  const fail = (status, message, headers) => sendJson(res, status, provider.errorBody(status, message), headers);
  const challenge = { 'WWW-Authenticate': 'Bearer error="invalid_token"' };
  if (method !== 'GET') return fail(405, 'Method not allowed', { Allow: 'GET' });
  if (!route) return fail(404, `No such endpoint: ${url.pathname}`);
  if (!issued) return fail(401, 'Missing, unknown or expired access token', challenge);
  if (!tokenFits) return fail(401, `The access token was issued for ${issued.family}`, challenge);
  if (route.invalid) return sendAnswer(res, route.invalid);
  if (subject !== issued.identity) return fail(401, 'The access token was issued for another shopper', challenge);
  if (issued.identity === SPECIAL.slow) await delay(SLOW_MS);
  if (issued.identity === SPECIAL.error) return fail(500, 'Internal server error');
  return sendAnswer(res, route.answer(issued.identity, Date.now()));
}

/**
 * The mock as a Vite plugin: `vite` (npm start) and `vite preview` serve it beside the demo.
 * @returns {import('vite').Plugin}
 */
export function mockBackendVite() {
  /** @param {{ middlewares: import('vite').Connect.Server }} server */
  const install = (server) => {
    server.middlewares.use((req, res, next) => {
      handleMockRequest(req, res).then((handled) => handled || next(), next);
    });
  };
  return { name: 'voucher-tray-mock-backend', configureServer: install, configurePreviewServer: install };
}

/**
 * The mock as Koa middleware, for @web/test-runner's `middleware` option.
 * @returns {(ctx: { req: IncomingMessage, res: ServerResponse, respond?: boolean }, next: () => Promise<unknown>) => Promise<void>}
 */
export function mockBackendKoa() {
  return async (ctx, next) => {
    if (await handleMockRequest(ctx.req, ctx.res)) ctx.respond = false;
    else await next();
  };
}
