#!/usr/bin/env node
/// <reference types="node" />
// `npx voucher-tray-server`: the kit as a standalone server, configured by environment
// (CONTRACT "Server kit"), for sites with no backend of their own.
import { createServer } from 'node:http';
import { ConfigError, configFromEnv } from './env.js';
import { createVoucherTrayHandler } from './handler.js';
import { toNodeListener } from './node.js';
import { createRedisStore, type RedisClientLike } from './redis-store.js';
import type { VoucherTrayStore } from './store.js';

async function main(): Promise<void> {
  const config = configFromEnv(process.env);
  let store: VoucherTrayStore | undefined;
  let redis: RedisClientLike | undefined;
  if (config.redisUrl) {
    let Redis: new (url: string, options?: object) => RedisClientLike;
    try {
      ({ Redis } = (await import('ioredis')) as unknown as { Redis: typeof Redis });
    } catch {
      throw new ConfigError('REDIS_URL is set but the ioredis package is not installed (npm install ioredis)');
    }
    redis = new Redis(config.redisUrl, { maxRetriesPerRequest: 2 });
    store = createRedisStore(redis);
  }
  const handler = createVoucherTrayHandler({ ...config.options, store });
  const server = createServer(toNodeListener(handler, { trustProxy: process.env['VOUCHER_TRAY_TRUST_PROXY'] === '1' }));
  server.listen(config.port, () => {
    const address = server.address();
    const port = typeof address === 'object' && address ? address.port : config.port;
    console.log(`voucher-tray-server listening on port ${port}${redis ? ' (Redis store)' : ''}`);
  });
  const stop = () => {
    server.close();
    server.closeIdleConnections?.();
    void store?.close().then(() => redis?.quit());
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  console.error(`voucher-tray-server: ${error instanceof ConfigError ? error.message : 'could not start'}`);
  if (!(error instanceof ConfigError)) console.error(error instanceof Error ? error.name + ': ' + error.message : error);
  process.exit(1);
});
