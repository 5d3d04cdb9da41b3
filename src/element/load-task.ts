import type { ReactiveControllerHost } from 'lit';
import { Task, initialState } from '@lit/task';
import type { VoucherTrayErrorDetail } from './events.js';
import { VoucherTrayError, isAbortError, warnOnce } from '../providers/errors.js';
import { providerVersion } from '../providers/registry.js';
import { RUNTIME_MISSING, currentRuntime, loadRuntime } from '../runtime/loader.js';
import { prefetchToken } from '../providers/net/token-prefetch.js';
import { resolveLocale } from '../i18n/locale.js';

/** What the load task reads from the element. */
export interface LoadSettings {
  provider: string;
  identity: string | undefined;
  tokenEndpoint: string | undefined;
  apiBase: string | undefined;
  codes: string | undefined;
  locale: string | undefined;
  currency: string | undefined;
  /** Put the server's own error text in the error event (development only). */
  debug: boolean;
  /** Loads again; quietly: what is on screen stays until the new answer is in. */
  refresh(options: { quiet: boolean }): Promise<void>;
}

/** The shopper, or '' when anonymous (absent, empty or only whitespace). */
export const shopperOf = (settings: LoadSettings): string =>
  typeof settings.identity === 'string' ? settings.identity.trim() : '';

const codesOf = (settings: LoadSettings): string =>
  [...new Set((settings.codes ?? '').split(',').map((code) => code.trim()).filter(Boolean))].join(',');

/**
 * The tray's load: runs whenever provider, shopper, endpoint, api base or codes change (or
 * the provider gets registered), aborting the run it replaces. An anonymous shopper makes no
 * request. `settled` hears of every finished run: nothing on success, the error otherwise.
 */
export function createLoadTask(
  host: ReactiveControllerHost & HTMLElement & LoadSettings,
  settled: (error?: VoucherTrayErrorDetail) => void,
) {
  return new Task(host, {
    args: () =>
      [host.provider, shopperOf(host), host.tokenEndpoint, host.apiBase, codesOf(host), providerVersion(host.provider)] as const,
    task: async ([provider, identity, tokenEndpoint, apiBase, codes], { signal }) => {
      if (!identity) return initialState;
      // The page's first logged-in load: its token request goes out now, beside the runtime chunk.
      if (!currentRuntime()) prefetchToken(provider, identity, tokenEndpoint, apiBase, codes);
      const { loadAndWarm } = await loadRuntime();
      const vouchers = await loadAndWarm(resolveLocale(host, host.locale), host.currency || undefined, {
        provider,
        identity,
        tokenEndpoint: tokenEndpoint ?? '',
        apiBase: apiBase || undefined,
        codes: codes ? codes.split(',') : [],
        signal,
        baseUrl: document.baseURI,
      }, host);
      // Whose they are travels with them: the host may have another shopper by now.
      return { shopper: identity, vouchers };
    },
    onComplete: () => settled(),
    onError: (error) => {
      if (isAbortError(error)) return;
      const detail: VoucherTrayErrorDetail =
        error instanceof VoucherTrayError
          ? { kind: error.kind, ...(error.status !== undefined && { status: error.status }), message: (host.debug && error.debugMessage) || error.message }
          : { kind: 'parse', message: 'The vouchers could not be read' };
      if (detail.kind === 'config' || error === RUNTIME_MISSING) warnOnce(detail.message);
      settled(detail);
    },
  });
}
