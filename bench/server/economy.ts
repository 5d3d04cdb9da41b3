/// <reference types="node" />
// Upstream economy under load, in one process (what is counted is upstream requests, not
// speed): page views of returning shoppers on 1 instance and on 3 sharing Redis, and the
// CleverTap concurrency cap under 200 concurrent shoppers.
import { createServer, type Server } from 'node:http';
import { Redis } from 'ioredis';
import type { startFakeUpstreams } from '../../demo/fake-upstreams/server.js';
import { createRedisStore, createVoucherTrayHandler, toNodeListener, type VoucherTrayStore } from '../../src/server/index.js';
import { kitOptions, pool, SHOPPER_HEADER } from './setup.js';

type Fakes = Awaited<ReturnType<typeof startFakeUpstreams>>;

export interface Instances {
  readonly urls: string[];
  close(): Promise<void>;
}

/** `n` kit instances on node:http; with `redisUrl`, each with its own Redis connection. */
export async function startInstances(fakes: Fakes, n: number, redisUrl?: string, prefix = 'bench:'): Promise<Instances> {
  const servers: Server[] = [];
  const clients: Redis[] = [];
  const stores: VoucherTrayStore[] = [];
  for (let i = 0; i < n; i++) {
    let store: VoucherTrayStore | undefined;
    if (redisUrl) {
      const client = new Redis(redisUrl);
      clients.push(client);
      stores.push((store = createRedisStore(client, { prefix })));
    }
    const server = createServer(toNodeListener(createVoucherTrayHandler({ ...kitOptions(fakes.urls), store })));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    servers.push(server);
  }
  return {
    urls: servers.map((s) => `http://127.0.0.1:${(s.address() as { port: number }).port}`),
    async close() {
      for (const server of servers) {
        server.closeAllConnections();
        await new Promise((resolve) => server.close(resolve));
      }
      await Promise.all(stores.map((store) => store.close()));
      await Promise.all(clients.map((client) => client.quit()));
    },
  };
}

/** One page view: the tray's token request, then its provider request. Resolves the status. */
async function pageView(base: string, provider: 'clevertap' | 'spaaza', shopper: string): Promise<{ status: number; ms: number }> {
  const started = performance.now();
  const grant = await fetch(`${base}/voucher-tray/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [SHOPPER_HEADER]: shopper },
    body: JSON.stringify({ provider, identity: shopper }),
  });
  const { token, api_base } = (await grant.json()) as { token: string; api_base: string };
  const path = provider === 'clevertap' ? `/1/promo/vouchers?identity=${shopper}` : `/get-user-vouchers?user_id=${shopper}`;
  const answer = await fetch(`${api_base}${path}`, { headers: { Authorization: `Bearer ${token}` } });
  await answer.arrayBuffer();
  return { status: answer.status, ms: performance.now() - started };
}

export interface ViewFigures {
  readonly instances: number;
  readonly views: number;
  readonly shoppers: number;
  readonly upstream: number;
  readonly ok: number;
}

/** 1,000 page views of 100 returning shoppers (Spaaza, 50 at a time), spread over the instances. */
export async function returningShoppers(fakes: Fakes, instances: Instances): Promise<ViewFigures> {
  const before = fakes.count();
  const views = 1000;
  const shoppers = 100;
  const results = await pool(views, 50, (i) => pageView(instances.urls[i % instances.urls.length]!, 'spaaza', `shopper${i % shoppers}`));
  return { instances: instances.urls.length, views, shoppers, upstream: fakes.count() - before, ok: results.filter((r) => r.status === 200).length };
}

export interface CapFigures {
  readonly instances: number;
  readonly shoppers: number;
  readonly maxInFlight: number;
  readonly ok: number;
  readonly busy: number;
  readonly other: number;
  readonly slowestMs: number;
}

/** 200 shoppers at once on CleverTap (cap 3): how many were ever in flight, and every answer. */
export async function concurrencyCap(fakes: Fakes, instances: Instances, tag: string): Promise<CapFigures> {
  fakes.state.maxInFlight.clevertap = 0;
  const shoppers = 200;
  const results = await pool(shoppers, shoppers, (i) => pageView(instances.urls[i % instances.urls.length]!, 'clevertap', `${tag}${i}`));
  return {
    instances: instances.urls.length,
    shoppers,
    maxInFlight: fakes.state.maxInFlight.clevertap,
    ok: results.filter((r) => r.status === 200).length,
    busy: results.filter((r) => r.status === 503).length,
    other: results.filter((r) => r.status !== 200 && r.status !== 503).length,
    slowestMs: Math.max(...results.map((r) => r.ms)),
  };
}
