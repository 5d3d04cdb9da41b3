// `POST {basePath}/token`: the token endpoint of the contract, minting a grant for the
// shopper that the embedder's `identify` vouches for, and naming the kit's own proxy.
import type { Grants } from './grants.js';
import { BodyTooLarge, json, problem, readBodyText } from './http.js';
import type { KitAnswer, KitRequest } from './kit-request.js';
import type { Identify, LogEntry, ProviderName } from './options.js';
import { PROVIDERS } from './options.js';
import { isSafeValue } from './shapes.js';

/** A token request is a few dozen bytes; a generous limit still keeps floods cheap. */
export const MAX_TOKEN_BODY_BYTES = 4096;

export interface TokenContext {
  readonly grants: Grants;
  readonly identify: Identify;
  readonly served: ReadonlySet<ProviderName>;
  readonly log: (entry: LogEntry) => void;
  /** `{origin}{basePath}/api/` for this request. */
  apiBaseFor(request: KitRequest): string;
}

export async function tokenRequest(context: TokenContext, kitRequest: KitRequest): Promise<KitAnswer> {
  if (kitRequest.method !== 'POST') return problem(405, 'use POST', { allow: 'POST, OPTIONS' });
  if (!/^application\/json\s*(;|$)/i.test(kitRequest.header('content-type') ?? '')) {
    return problem(415, 'Content-Type must be application/json');
  }
  const request = kitRequest.toRequest();
  let body: unknown;
  try {
    body = JSON.parse(await readBodyText(request, MAX_TOKEN_BODY_BYTES));
  } catch (error) {
    if (error instanceof BodyTooLarge) return problem(413, 'the body is too large');
    return problem(400, 'the body must be a JSON object {provider, identity}');
  }
  const fields = typeof body === 'object' && body !== null && !Array.isArray(body) ? (body as Record<string, unknown>) : {};
  // `api_base` (the tray's effective api base) may come along; the kit names its own proxy
  // whatever it says, so it is read no further.
  const { provider, identity } = fields;
  if (typeof provider !== 'string' || !(PROVIDERS as readonly string[]).includes(provider)) {
    return problem(404, 'no such provider here');
  }
  const name = provider as ProviderName;
  if (!context.served.has(name)) return problem(404, 'this provider is not served here');
  if (typeof identity !== 'string' || identity.trim() === '') return problem(400, 'identity is required');
  if (!isSafeValue(identity)) return problem(400, 'identity holds characters the kit does not forward');

  let shopper: string | null | undefined;
  try {
    shopper = await context.identify(request, name);
  } catch (error) {
    context.log({ level: 'error', event: 'identify-failed', provider: name, message: error instanceof Error ? error.name : 'error' });
    return problem(500, 'the shopper could not be identified');
  }
  if (typeof shopper !== 'string' || shopper === '') return problem(403, 'no shopper is logged in');
  if (shopper !== identity) return problem(403, 'the identity is not the logged-in shopper');

  const { token, expiresAt } = await context.grants.mint(name, identity);
  context.log({ level: 'info', event: 'grant', provider: name });
  return json(200, { token, expires_at: expiresAt, api_base: `${context.apiBaseFor(kitRequest)}${name}` });
}
