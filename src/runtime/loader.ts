import { VoucherTrayError } from '../providers/errors.js';
import { clearTokenPrefetches } from '../providers/net/token-prefetch.js';

type Runtime = typeof import('./runtime.js');

/** What a failed import of the runtime (its chunk missing or unreachable) becomes. */
export const RUNTIME_MISSING = new VoucherTrayError('network', 'The voucher tray could not load its code');

let loaded: Runtime | undefined;
let loading: Promise<Runtime> | undefined;

/** Imports the runtime once for the page; a failed import is tried again on the next load. */
export function loadRuntime(): Promise<Runtime> {
  loading ??= import('./runtime.js').then(
    (runtime) => {
      // Every load waiting for the runtime takes its token request over before this runs.
      setTimeout(clearTokenPrefetches);
      return (loaded = runtime);
    },
    () => {
      // No load can take a token request sent early; a later try sends its own.
      clearTokenPrefetches();
      loading = undefined;
      throw RUNTIME_MISSING;
    },
  );
  return loading;
}

/** The runtime, once `loadRuntime()` has resolved. */
export const currentRuntime = (): Runtime | undefined => loaded;

/**
 * Drops every token and answer the page holds: call it on logout. Trays already on screen
 * keep what they show until their identity changes; their next load asks the token endpoint
 * again. Before the runtime has loaded, only a token request sent early can be in flight.
 */
export function clearVoucherTrayCache(): void {
  clearTokenPrefetches();
  loaded?.clearCaches();
}
