// Small node:http helpers shared by the mock routes. No dependencies beyond node:*.

/** @typedef {import('node:http').IncomingMessage} IncomingMessage */
/** @typedef {import('node:http').ServerResponse} ServerResponse */

/** A status and a JSON body, ready to send. */
/** @typedef {{ status: number, body: unknown }} MockAnswer */

/** Bodies above this are refused; a token request is a few dozen bytes. */
const MAX_BODY_BYTES = 16 * 1024;

/**
 * Sends `body` as JSON with the headers every mock answer carries. Does nothing when the
 * client has already gone (a `slow` request whose fetch was aborted).
 * @param {ServerResponse} res
 * @param {number} status
 * @param {unknown} body
 * @param {Record<string, string>} [headers] extra headers (`Allow`, `WWW-Authenticate`)
 */
export function sendJson(res, status, body, headers = {}) {
  if (res.headersSent || res.destroyed || res.writableEnded) return;
  const text = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
    'Content-Length': String(Buffer.byteLength(text)),
  });
  res.end(text);
}

/**
 * @param {ServerResponse} res
 * @param {MockAnswer} answer
 */
export function sendAnswer(res, answer) {
  sendJson(res, answer.status, answer.body);
}

/** True when the request says its body is JSON (`application/json`, any parameters). */
/** @param {IncomingMessage} req */
export function isJsonRequest(req) {
  return /^application\/json\s*(;|$)/i.test(req.headers['content-type'] ?? '');
}

/**
 * Reads the whole request body as UTF-8, refusing anything larger than 16 KiB.
 * @param {IncomingMessage} req
 * @returns {Promise<string>}
 */
export function readBody(req) {
  return new Promise((resolve, reject) => {
    /** @type {Buffer[]} */
    const chunks = [];
    let size = 0;
    req.on('data', (/** @type {Buffer} */ chunk) => {
      size += chunk.length;
      if (size > MAX_BODY_BYTES) {
        reject(new Error('request body too large'));
        req.destroy();
      } else chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/**
 * The token of an `Authorization: Bearer …` header, or undefined.
 * @param {IncomingMessage} req
 */
export function bearerToken(req) {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}

/**
 * The query as a plain object; a key given more than once keeps all its values.
 * @param {URLSearchParams} params
 * @returns {Record<string, string | string[]>}
 */
export function queryObject(params) {
  /** @type {Record<string, string | string[]>} */
  const query = {};
  for (const [key, value] of params) {
    const seen = query[key];
    query[key] = seen === undefined ? value : [...(Array.isArray(seen) ? seen : [seen]), value];
  }
  return query;
}

/** @param {number} ms */
export function delay(ms) {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/**
 * One provider request the mock understands. The router checks the token before anything
 * else, then sends `invalid` if set, then checks that the token's shopper is `subject`.
 * @typedef {object} MockRoute
 * @property {string | undefined} subject the shopper the request names; undefined when
 *   the request names none (Get Voucher) and the token's own shopper is meant
 * @property {MockAnswer} [invalid] the provider's answer to a malformed request
 * @property {(identity: string, now: number) => MockAnswer} answer
 */

/**
 * A mocked provider API under `/mock/<family>`.
 * @typedef {object} MockProvider
 * @property {'clevertap' | 'voucherify' | 'spaaza'} family
 * @property {(subpath: string, query: URLSearchParams) => MockRoute | undefined} route
 *   the GET route for a path below the family's base, or undefined for an unknown path
 * @property {(status: number, message: string) => unknown} errorBody
 *   the provider's own error body for an HTTP status
 */
