/// <reference types="node" />
// One kit instance on node:http, in its own process so the load generator does not share
// its CPU: argv = the fakes' URLs as JSON, then optionally a Redis URL.
import { createServer } from 'node:http';
import { Redis } from 'ioredis';
import { createRedisStore, createVoucherTrayHandler, toNodeListener } from '../../src/server/index.js';
import { kitOptions } from './setup.js';

const urls = JSON.parse(process.argv[2]!) as Record<'clevertap' | 'voucherify' | 'spaaza', string>;
const redisUrl = process.argv[3];
const store = redisUrl ? createRedisStore(new Redis(redisUrl)) : undefined;
// Long enough that the hit rounds never see an expiry.
const handler = createVoucherTrayHandler({ ...kitOptions(urls), cacheTtl: 3600, store });
const server = createServer(toNodeListener(handler));
server.keepAliveTimeout = 30_000;
server.listen(0, '127.0.0.1', () => console.log(`port ${(server.address() as { port: number }).port}`));
process.on('SIGTERM', () => process.exit(0));
