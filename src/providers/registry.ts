import type { ProviderAdapter } from './types.js';

/**
 * Every provider a tray can use, by name. The runtime reads it and adds the built-ins to it
 * directly (load.ts, builtin.ts): functions around it would sit in the first-paint file,
 * which only ever registers and asks by name.
 */
export const adapters = new Map<string, ProviderAdapter>();
// Bumped by each registerProvider() call for that name, so a tray reloads when its provider
// is (re)registered by the page, and not when the lazily loaded built-ins arrive.
const versions = new Map<string, number>();
const listeners = new Set<() => void>();

/**
 * Adds (or replaces) a provider under `name`, usable as `<voucher-tray provider="name">`.
 * Trays already on the page waiting for that name load at once.
 */
export function registerProvider(name: string, adapter: ProviderAdapter): void {
  if (typeof name !== 'string' || name.trim() === '') {
    throw new TypeError('registerProvider: the name must be a non-empty string');
  }
  if (typeof adapter?.fetchVouchers !== 'function' || typeof adapter.defaultApiBase !== 'string') {
    throw new TypeError('registerProvider: the adapter needs fetchVouchers() and defaultApiBase');
  }
  const key = name.trim();
  adapters.set(key, adapter);
  versions.set(key, (versions.get(key) ?? 0) + 1);
  for (const listener of listeners) listener();
}

/** Changes whenever the page registers `name` again (0 before any such call). */
export function providerVersion(name: string): number {
  return versions.get(name) ?? 0;
}

export function getProvider(name: string): ProviderAdapter | undefined {
  return adapters.get(name);
}

// The built-ins' names (builtin.ts), known before their code: the first token request goes out
// before the runtime chunk that registers them has arrived.
export const BUILT_IN_NAME = /^(clevertap|spaaza|voucherify(-vouchers)?)$/;

/** True when a tray's load would find an adapter for `name`, once the runtime is here. */
export const knownProvider = (name: string): boolean => adapters.has(name) || BUILT_IN_NAME.test(name);

/** Calls `listener` whenever a provider is registered; returns the unsubscribe function. */
export function onProviderRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
