import type { ProviderAdapter } from './types.js';

const adapters = new Map<string, ProviderAdapter>();
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
  adapters.set(name.trim(), adapter);
  for (const listener of listeners) listener();
}

export function getProvider(name: string): ProviderAdapter | undefined {
  return adapters.get(name);
}

/** Calls `listener` whenever a provider is registered; returns the unsubscribe function. */
export function onProviderRegistered(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
