import type { Voucher } from '../model/voucher.js';
import { VoucherTrayError, isAbortError } from './errors.js';
import { checkedVouchers } from '../model/guard.js';
import { bearerBase, buildProviderUrl, isEncodable, isPathSegment, readJson, resolveHttpUrl } from './net/http.js';
import { adapters } from './registry.js';
import { LoadPace, requestSettings, sendRequest } from './net/request.js';
import { sharedTokenClient, type TokenClient, type TokenGrant } from './net/token-client.js';
import type { ProviderRequest, Query } from './types.js';

export interface LoadOptions {
  provider: string;
  /** Trimmed, non-empty: anonymous shoppers never reach the loader. */
  identity: string;
  tokenEndpoint: string;
  apiBase?: string;
  codes: readonly string[];
  signal: AbortSignal;
  /** What relative URLs are resolved against (the page's `document.baseURI`). */
  baseUrl: string;
  tokens?: TokenClient;
  /**
   * Called (in a task of its own) once the grant is here and the provider request is going
   * out: the wait for its answer is the time to prepare what the answer will need.
   */
  whileWaiting?: () => void;
}

/**
 * One load: a grant from the token endpoint, then the provider's requests through its
 * adapter. Always ends in checked vouchers (see `checkedVouchers`), the caller's own
 * AbortError, or a `VoucherTrayError` whose message names neither the shopper nor a token.
 */
export async function loadVouchers(options: LoadOptions): Promise<Voucher[]> {
  const { signal } = options;
  // Ends this load's other requests (parallel Get Voucher calls, retry pauses) as soon as
  // the load is settled, whichever way: nothing of a finished load keeps running.
  const done = new AbortController();
  // One deadline for the whole load: fifty pages or codes, each within its own attempt
  // deadline, and their retries could otherwise keep the skeleton up for minutes.
  const { loadTimeoutMs } = requestSettings();
  const deadline = AbortSignal.timeout(loadTimeoutMs);
  const tokensSeen: string[] = [];
  try {
    return await load(options, AbortSignal.any([signal, done.signal, deadline]), tokensSeen);
  } catch (caught) {
    if (signal.aborted && !(caught instanceof VoucherTrayError)) throw caught;
    const late = deadline.aborted && !(caught instanceof VoucherTrayError);
    const error = late ? new VoucherTrayError('timeout', `No vouchers within ${loadTimeoutMs / 1000} s`) : caught;
    if (error instanceof VoucherTrayError) throw trayOwned(error, [options.identity, ...tokensSeen]);
    if (isAbortError(error)) throw error;
    // A bug or an answer the adapter could not make sense of: never a crash on the page.
    throw new VoucherTrayError('parse', 'The provider answer could not be read');
  } finally {
    done.abort();
  }
}

async function load(options: LoadOptions, signal: AbortSignal, tokensSeen: string[]): Promise<Voucher[]> {
  const { provider, identity, baseUrl } = options;
  const adapter = adapters.get(provider);
  if (!adapter) throw new VoucherTrayError('config', `Unknown provider "${provider}"`);
  if (!options.tokenEndpoint) throw new VoucherTrayError('config', 'The token-endpoint attribute is missing');
  if (!isEncodable(identity)) throw new VoucherTrayError('config', 'The identity is not valid text');
  // A code that cannot be a path segment is skipped, not the whole load; only when every
  // code is bad is the attribute itself wrong (listing everything instead would be wrong too).
  const codes = options.codes.filter(isPathSegment);
  if (codes.length === 0 && options.codes.length > 0) throw new VoucherTrayError('config', 'No code is valid');
  const endpoint = resolveHttpUrl(options.tokenEndpoint, baseUrl, 'token-endpoint').href;
  const tokens = options.tokens ?? sharedTokenClient;
  const ownBase = options.apiBase ? resolveHttpUrl(options.apiBase, baseUrl, 'api-base') : undefined;
  const tokenRequest = { endpoint, provider, identity, apiBase: ownBase?.href, signal };
  const remember = (grant: TokenGrant) => (tokensSeen.push(grant.token), grant);
  let grant = remember(await tokens.get(tokenRequest));
  // Runs after the first provider request has been sent (fetch is called within this task).
  if (options.whileWaiting) setTimeout(options.whileWaiting);
  const pace = new LoadPace();

  const getJson = async (path: string, query: Query = {}): Promise<unknown> => {
    for (let renewed = false; ; renewed = true) {
      const used = grant;
      const apiBase = bearerBase(used.apiBase, ownBase ?? resolveHttpUrl(adapter.defaultApiBase, baseUrl, 'api-base'), baseUrl);
      // The adapter's own parameters win: a token response cannot redirect the identity.
      const url = buildProviderUrl(apiBase, path, { ...used.params, ...query });
      const answer = await sendRequest(
        url,
        {
          headers: { ...used.headers, Accept: 'application/json', Authorization: `Bearer ${used.token}` },
          credentials: 'same-origin',
          cache: 'no-store',
          // A provider API does not redirect; following one would carry the grant's headers
          // to wherever it points.
          redirect: 'error',
        },
        signal,
        pace,
      );
      // A 401, or a 200 whose body says the session is over (CleverTap, Spaaza): renew once
      // (shared with sibling trays); a second refusal is reported, never looped on.
      const refused = answer.status === 401 && !renewed;
      const body = refused ? undefined : readJson(answer, adapter.errorMessage?.bind(adapter));
      if (renewed || !(refused || adapter.sessionExpired?.(body))) return body;
      grant = grant === used ? remember(await tokens.get(tokenRequest, used)) : grant;
    }
  };

  const request: ProviderRequest = { identity, codes, signal, getJson };
  const vouchers = checkedVouchers(await adapter.fetchVouchers(request), provider, baseUrl);
  signal.throwIfAborted();
  return vouchers;
}

/**
 * The error as the page sees it (it becomes the error event's detail): kind, status and a
 * message of the tray's own. Whatever a server or adapter said may name the shopper in a
 * spelling no scrubbing can foresee (another case, an encoding), so it is kept apart as
 * `debugMessage`, for the `debug` setting only, and even there never when it visibly holds
 * the identity or a token.
 */
function trayOwned(error: VoucherTrayError, secrets: readonly string[]): VoucherTrayError {
  // A configuration error is the tray's own words already (it names the attribute to fix, never
  // the shopper or a token), and the page's author needs them.
  if (error.kind === 'config') return error;
  const status = error.status !== undefined ? ` (HTTP ${error.status})` : '';
  const own = new VoucherTrayError(error.kind, GENERIC_MESSAGES[error.kind] + status, error.status);
  const said = error.message.toLowerCase();
  const leaks = secrets.some((secret) => secret !== '' && [secret, encodedOrSame(secret)].some((s) => said.includes(s.toLowerCase())));
  own.debugMessage = leaks ? own.message : error.message;
  return own;
}

function encodedOrSame(text: string): string {
  try {
    return encodeURIComponent(text);
  } catch {
    return text;
  }
}

const GENERIC_MESSAGES: Record<VoucherTrayError['kind'], string> = {
  token: 'The token endpoint refused the request',
  network: 'The server could not be reached',
  http: 'The provider refused the request',
  parse: 'The provider answer could not be read',
  timeout: 'The server did not answer in time',
  config: 'The tray is not configured correctly',
};
