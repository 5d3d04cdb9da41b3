// The mock's memory: tokens it issued and the request log. Tokens never leave this module
// except to the client that asked for one; the log never holds them.
import { randomBytes } from 'node:crypto';

/** How long an issued token lives, in seconds. */
export const TOKEN_LIFETIME_S = 300;
/** The log keeps the most recent entries only, so a long demo session stays small. */
const LOG_LIMIT = 2000;

/**
 * @typedef {object} IssuedToken
 * @property {'clevertap' | 'voucherify' | 'spaaza'} family
 * @property {string} identity
 * @property {number} expiresAt epoch ms
 */

/**
 * One request as `GET /mock/_log` reports it.
 * @typedef {object} LogEntry
 * @property {string} method
 * @property {string} path
 * @property {Record<string, string | string[]>} query a live token found here or in `path`
 *   is replaced by "[token]", so a test can see that one leaked into a URL
 * @property {string | null} provider the provider family, or for `/mock/token` the
 *   provider named in the body
 * @property {string | null} identity whose token the request carried (for `/mock/token`:
 *   the identity in the body)
 * @property {boolean} authorized the request carried a live token for this provider family
 *   and shopper (always false for `/mock/token`, which needs none)
 */

/** @type {Map<string, IssuedToken>} */
const tokens = new Map();
/** @type {LogEntry[]} */
const log = [];

/**
 * Issues an unguessable token for the shopper and remembers it.
 * @param {IssuedToken['family']} family
 * @param {string} identity
 * @param {number} now
 */
export function issueToken(family, identity, now) {
  for (const [token, issued] of tokens) if (issued.expiresAt <= now) tokens.delete(token);
  const token = randomBytes(32).toString('base64url');
  tokens.set(token, { family, identity, expiresAt: now + TOKEN_LIFETIME_S * 1000 });
  return token;
}

/**
 * The live token record, or undefined for an unknown or expired token.
 * @param {string | undefined} token
 * @param {number} now
 */
export function findToken(token, now) {
  const issued = token === undefined ? undefined : tokens.get(token);
  return issued && issued.expiresAt > now ? issued : undefined;
}

/** Forgets every token, so the next provider request answers 401 (`DELETE /mock/_tokens`). */
export function revokeAllTokens() {
  tokens.clear();
}

/** @param {LogEntry} entry */
export function logRequest(entry) {
  const redact = (/** @type {string} */ text) => {
    for (const token of tokens.keys()) text = text.split(token).join('[token]');
    return text;
  };
  entry.path = redact(entry.path);
  for (const [key, value] of Object.entries(entry.query)) {
    entry.query[key] = Array.isArray(value) ? value.map(redact) : redact(value);
  }
  log.push(entry);
  if (log.length > LOG_LIMIT) log.splice(0, log.length - LOG_LIMIT);
}

export function logEntries() {
  return [...log];
}

export function clearLog() {
  log.length = 0;
}
