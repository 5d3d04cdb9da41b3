// voucher-tray/server: the token endpoint and shopper-scoped proxy that embedders deploy.
export { createVoucherTrayHandler, type VoucherTrayHandler } from './handler.js';
export { serveNodeRequest, toNodeListener, type NodeListener, type NodeListenerOptions } from './node.js';
export { createMemoryStore, type MemoryStoreOptions } from './memory-store.js';
export { createRedisStore, type RedisClientLike, type RedisStoreOptions } from './redis-store.js';
export type { ReleaseSlot, StoredAnswer, VoucherTrayStore } from './store.js';
export type {
  Budget,
  CleverTapCredentials,
  Family,
  Identify,
  LogEntry,
  ProviderName,
  SpaazaCredentials,
  VoucherTrayHandlerOptions,
  VoucherifyCredentials,
} from './options.js';
