// A logged-in shopper's first load needs the runtime chunk (where the token client lives) and
// a token, and the token request does not need the chunk: the first-paint file sends it at
// once, beside the chunk, instead of after it. It is the token client's own request (the
// client builds its requests with `tokenInit` too, and keys them the same way), and the
// client takes the answer over unread (`takeTokenPrefetch`), then reads and checks it exactly
// as it would its own: no weaker path for an answer that came early.
import { httpUrl } from '../../model/urls.js';
import { knownProvider } from '../registry.js';

/** The token request (all but its signal), as the README's protocol has it. */
export const tokenInit = (provider: string, identity: string, apiBase: string | undefined): RequestInit => ({
  method: 'POST',
  headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
  body: JSON.stringify({ provider, identity, api_base: apiBase }),
  credentials: 'same-origin',
  cache: 'no-store',
  // A 307/308 would re-post the shopper's identity (and the page's cookies, if same-origin)
  // to wherever it points; the endpoint answers, it never sends us on.
  redirect: 'error',
});

/** A token request on its way: the answer, and how to end it. */
export type SentRequest = readonly [answer: Promise<Response>, controller: AbortController];

const prefetches = new Map<string, SentRequest>();

/**
 * Sends the token request a load with these settings would send, unless it is on its way
 * already (twenty trays, one request). Sends nothing where the load would stop before its
 * token request (what load.ts checks first; a code list is left to it). One that no load took
 * over is ended once the runtime is in (runtime/loader.ts).
 */
export function prefetchToken(
  provider: string,
  identity: string,
  tokenEndpoint: string | undefined,
  apiBase: string | undefined,
  codes: string,
): void {
  const endpoint = tokenEndpoint && httpUrl(tokenEndpoint, document.baseURI)?.href;
  // '' for none; undefined for one that is no http(s) URL.
  const asked = apiBase ? httpUrl(apiBase, document.baseURI)?.href : '';
  // An engine without isWellFormed sends nothing early, rather than a lone surrogate.
  if (!endpoint || asked === undefined || codes || !knownProvider(provider) || !(identity as WellFormed).isWellFormed?.()) return;
  const init = tokenInit(provider, identity, asked || undefined);
  // The token client's key: endpoint + provider + identity + asked api base (see there).
  const key = `${endpoint} ${init.body}`;
  if (prefetches.has(key)) return;
  const controller = new AbortController();
  const answer = fetch(endpoint, { ...init, signal: controller.signal });
  // Whatever becomes of it, a refusal nobody reads is no unhandled rejection.
  answer.catch(() => {});
  prefetches.set(key, [answer, controller]);
}

/** ES2024's String.prototype.isWellFormed, where the engine has it. */
interface WellFormed {
  isWellFormed?(): boolean;
}

/** The token request sent early for `key`, handed over once: the taker owns it from here. */
export function takeTokenPrefetch(key: string): SentRequest | undefined {
  const entry = prefetches.get(key);
  prefetches.delete(key);
  return entry;
}

/** Ends and forgets every token request sent early (`clearVoucherTrayCache()`, no runtime). */
export function clearTokenPrefetches(): void {
  prefetches.forEach(([, controller]) => controller.abort());
  prefetches.clear();
}
