import { VoucherTrayError } from '../providers/errors.js';

type Runtime = typeof import('./runtime.js');

/** What a failed import of the runtime (its chunk missing or unreachable) becomes. */
export const RUNTIME_MISSING = new VoucherTrayError('network', 'The voucher tray could not load its code');

let loaded: Runtime | undefined;
let loading: Promise<Runtime> | undefined;

/** Imports the runtime once for the page; a failed import is tried again on the next load. */
export function loadRuntime(): Promise<Runtime> {
  loading ??= import('./runtime.js').then(
    (runtime) => (loaded = runtime),
    () => {
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
 * again. Nothing to drop before a logged-in tray has loaded the runtime.
 */
export function clearVoucherTrayCache(): void {
  loaded?.clearCaches();
}
