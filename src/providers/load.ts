import type { Voucher } from '../voucher.js';
import { VoucherTrayError, isAbortError } from './errors.js';
import { buildProviderUrl, fetchWithTimeout, readJson, resolveHttpUrl } from './http.js';
import { getProvider } from './registry.js';
import { sharedTokenClient, type TokenClient, type TokenGrant } from './token-client.js';
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
}

/**
 * One load: a grant from the token endpoint, then the provider's requests through its
 * adapter. Always ends in vouchers, the caller's own AbortError, or a `VoucherTrayError`.
 */
export async function loadVouchers(options: LoadOptions): Promise<Voucher[]> {
  const { provider, identity, signal, baseUrl } = options;
  const adapter = getProvider(provider);
  if (!adapter) throw new VoucherTrayError('config', `Unknown provider "${provider}"`);
  if (!options.tokenEndpoint) throw new VoucherTrayError('config', 'The token-endpoint attribute is missing');
  const endpoint = resolveHttpUrl(options.tokenEndpoint, baseUrl, 'token-endpoint').href;
  const tokens = options.tokens ?? sharedTokenClient;
  const tokenRequest = { endpoint, provider, identity, signal };
  let grant: TokenGrant = await tokens.get(tokenRequest);

  const getJson = async (path: string, query: Query = {}): Promise<unknown> => {
    for (let renewed = false; ; renewed = true) {
      const used = grant;
      const apiBase = resolveHttpUrl(used.apiBase ?? options.apiBase ?? adapter.defaultApiBase, baseUrl, 'api-base');
      // The adapter's own parameters win: a token response cannot redirect the identity.
      const url = buildProviderUrl(apiBase, path, { ...used.params, ...query });
      const response = await fetchWithTimeout(
        url,
        {
          headers: { ...used.headers, Accept: 'application/json', Authorization: `Bearer ${used.token}` },
          credentials: 'same-origin',
          cache: 'no-store',
        },
        signal,
      );
      if (response.status === 401 && !renewed) {
        // Drain the body so the connection is freed, then renew once (shared with siblings).
        await response.body?.cancel().catch(() => undefined);
        grant = grant === used ? await tokens.get(tokenRequest, used) : grant;
        continue;
      }
      return readJson(response, adapter.errorMessage?.bind(adapter));
    }
  };

  const request: ProviderRequest = { identity, codes: options.codes, signal, getJson };
  try {
    const vouchers = await adapter.fetchVouchers(request);
    if (!Array.isArray(vouchers)) throw new TypeError('adapter returned no array');
    signal.throwIfAborted();
    return vouchers;
  } catch (error) {
    if (error instanceof VoucherTrayError || isAbortError(error) || signal.aborted) throw error;
    // A bug or an answer the adapter could not make sense of: never a crash on the page.
    throw new VoucherTrayError('parse', 'The provider answer could not be read');
  }
}
