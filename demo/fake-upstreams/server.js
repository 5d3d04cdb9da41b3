// Stand-ins for the three provider APIs as the server kit sees them: each checks the
// account credentials like the real API (401 otherwise), counts requests, and can be held,
// slowed or made to fail. Used by the demo (npm start), the server tests, the end-to-end
// browser test and the bench. The answers come from a `data` object (demo data or test data).
import { createServer } from 'node:http';
import { randomBytes } from 'node:crypto';

/** The credentials the fakes accept, and that the kit is configured with. */
export const FAKE_CREDENTIALS = Object.freeze({
  clevertap: { accountId: 'FAKE-ACCOUNT', passcode: 'fake-passcode-0123456789' },
  voucherify: { appId: 'fake-app-id', appToken: 'fake-app-token-0123456789' },
  voucherifyOAuth: { clientId: 'fake-client', clientSecret: 'fake-client-secret-0123456789' },
  spaaza: { chainId: '1743', headers: { 'X-Spaaza-Session-Username': 'fake-privileged', 'X-Spaaza-Session-Key': 'fake-session-key-0123456789' } },
});

const ERROR_BODIES = {
  clevertap: (status, message) => ({ status: 'fail', error: message, code: status }),
  voucherify: (status, message) => ({ code: status, key: status === 401 ? 'unauthorized' : 'error', message, details: message, request_id: 'v-fake' }),
  spaaza: (status, message) => ({ result: { code: 2, status: 'error' }, error: { code: status === 401 ? 4 : 1, name: status === 401 ? 'session_invalid' : 'error', description: message } }),
};

/**
 * @typedef {{ status: number, body: unknown, headers?: Record<string, string> }} FakeAnswer
 * @typedef {'clevertap' | 'voucherify' | 'spaaza'} Family
 * @typedef {{ answer(family: Family, path: string, query: URLSearchParams): FakeAnswer | undefined | Promise<FakeAnswer | undefined> }} FakeData
 */

/**
 * Starts one node:http server per provider on 127.0.0.1 (ephemeral ports).
 * @param {FakeData} data
 * @param {{ oauthLifetimeS?: number, unref?: boolean }} [options] `unref`: the servers do not keep the process alive
 */
export async function startFakeUpstreams(data, options = {}) {
  /** @type {Array<{ family: Family, path: string, query: Record<string, string>, headers: Record<string, string | string[] | undefined> }>} */
  const requests = [];
  const oauthTokens = new Set();
  const state = {
    requests,
    oauthIssued: 0,
    inFlight: { clevertap: 0, voucherify: 0, spaaza: 0 },
    maxInFlight: { clevertap: 0, voucherify: 0, spaaza: 0 },
    /** @type {Promise<void> | undefined} while set, answers wait for it */
    gate: undefined,
    delayMs: 0,
    /** @type {Partial<Record<Family, FakeAnswer[]>>} answers given instead of the data's, once each */
    failures: {},
  };

  const authorised = (family, req) => {
    const h = req.headers;
    if (family === 'clevertap') {
      return h['x-clevertap-account-id'] === FAKE_CREDENTIALS.clevertap.accountId && h['x-clevertap-passcode'] === FAKE_CREDENTIALS.clevertap.passcode;
    }
    if (family === 'voucherify') {
      const bearer = /^Bearer (\S+)$/.exec(h.authorization ?? '')?.[1];
      if (bearer !== undefined) return oauthTokens.has(bearer);
      return h['x-app-id'] === FAKE_CREDENTIALS.voucherify.appId && h['x-app-token'] === FAKE_CREDENTIALS.voucherify.appToken;
    }
    return Object.entries(FAKE_CREDENTIALS.spaaza.headers).every(([name, value]) => h[name.toLowerCase()] === value);
  };

  const send = (res, status, body, headers = {}) => {
    if (res.destroyed) return;
    const text = JSON.stringify(body);
    res.writeHead(status, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), 'X-Upstream-Secret-Header': 'upstream-only', 'Set-Cookie': 'upstream=1', ...headers });
    res.end(text);
  };

  const serve = (family) => async (req, res) => {
    const url = new URL(req.url ?? '/', 'http://fake.invalid');
    if (family === 'voucherify' && url.pathname === '/v1/oauth/token' && req.method === 'POST') {
      let body = '';
      for await (const chunk of req) body += chunk;
      const form = new URLSearchParams(body);
      const { clientId, clientSecret } = FAKE_CREDENTIALS.voucherifyOAuth;
      if (form.get('grant_type') !== 'client_credentials' || form.get('client_id') !== clientId || form.get('client_secret') !== clientSecret) {
        return send(res, 401, ERROR_BODIES.voucherify(401, 'bad client credentials'));
      }
      const token = randomBytes(16).toString('hex');
      oauthTokens.add(token);
      state.oauthIssued++;
      return send(res, 200, { access_token: token, token_type: 'bearer', expires_in: options.oauthLifetimeS ?? 900 });
    }
    requests.push({ family, path: url.pathname, query: Object.fromEntries(url.searchParams), headers: { ...req.headers } });
    if (req.method !== 'GET') return send(res, 405, ERROR_BODIES[family](405, 'method not allowed'));
    if (!authorised(family, req)) return send(res, 401, ERROR_BODIES[family](401, 'Unauthorized'));
    if (family === 'spaaza' && url.searchParams.get('chain_id') !== FAKE_CREDENTIALS.spaaza.chainId) {
      return send(res, 400, ERROR_BODIES.spaaza(400, 'chain_id is required'));
    }
    state.inFlight[family]++;
    state.maxInFlight[family] = Math.max(state.maxInFlight[family], state.inFlight[family]);
    try {
      if (state.gate) await state.gate;
      if (state.delayMs) await new Promise((resolve) => setTimeout(resolve, state.delayMs));
      const failure = state.failures[family]?.shift();
      if (failure) return send(res, failure.status, failure.body, failure.headers);
      const answer = await data.answer(family, url.pathname, url.searchParams);
      if (!answer) return send(res, 404, ERROR_BODIES[family](404, 'no such endpoint'));
      send(res, answer.status, answer.body, answer.headers);
    } finally {
      state.inFlight[family]--;
    }
  };

  /** @type {Record<Family, import('node:http').Server>} */
  const servers = /** @type {any} */ ({});
  /** @type {Record<Family, string>} */
  const urls = /** @type {any} */ ({});
  for (const family of /** @type {Family[]} */ (['clevertap', 'voucherify', 'spaaza'])) {
    const server = createServer((req, res) => void serve(family)(req, res).catch(() => send(res, 500, ERROR_BODIES[family](500, 'fake failure'))));
    await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
    if (options.unref) server.unref();
    servers[family] = server;
    urls[family] = `http://127.0.0.1:${server.address().port}`;
  }

  return {
    urls,
    state,
    /** Upstream requests so far, for one family or all. @param {Family} [family] */
    count: (family) => requests.filter((r) => !family || r.family === family).length,
    /** Holds every answer until the returned function is called. */
    hold() {
      let release = () => {};
      state.gate = new Promise((resolve) => (release = resolve));
      return () => {
        state.gate = undefined;
        release();
      };
    },
    /** The kit's handler options for these fakes. */
    kitOptions(overrides = {}) {
      return {
        clevertap: { ...FAKE_CREDENTIALS.clevertap, apiBase: urls.clevertap },
        voucherify: { ...FAKE_CREDENTIALS.voucherify, apiBase: urls.voucherify },
        spaaza: { ...FAKE_CREDENTIALS.spaaza, apiBase: urls.spaaza },
        ...overrides,
      };
    },
    async close() {
      for (const server of Object.values(servers)) {
        server.closeAllConnections?.();
        await new Promise((resolve) => server.close(resolve));
      }
    },
  };
}
