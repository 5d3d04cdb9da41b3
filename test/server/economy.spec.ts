/// <reference types="node" />
import { after, before, describe } from 'node:test';
import { Redis } from 'ioredis';
import { createMemoryStore, createRedisStore, type VoucherTrayStore } from '../../src/server/index.js';
import { economyCases } from './economy-cases.js';
import { fakeUpstreams, type Fakes } from './harness.js';
import { startRedis, type RunningRedis } from './redis-server.js';

describe('economy: one instance, memory store', () => {
  let fakes: Fakes;
  before(async () => (fakes = await fakeUpstreams()));
  after(() => fakes.close());
  economyCases({ instances: 1, stores: () => [createMemoryStore()] }, () => fakes);
});

describe('economy: two instances sharing one real Redis', () => {
  let fakes: Fakes;
  let redis: RunningRedis;
  const clients: Redis[] = [];
  const stores: VoucherTrayStore[] = [];
  let run = 0;
  before(async () => {
    [fakes, redis] = await Promise.all([fakeUpstreams(), startRedis()]);
  });
  after(async () => {
    await Promise.all(stores.map((store) => store.close()));
    await Promise.all(clients.map((client) => client.quit()));
    await Promise.all([fakes.close(), redis.stop()]);
  });
  economyCases(
    {
      instances: 2,
      stores() {
        // A prefix per case, so counters of one case never touch another's.
        const prefix = `case${run++}:`;
        return [0, 1].map(() => {
          const client = new Redis(redis.url, { lazyConnect: false, maxRetriesPerRequest: 2 });
          clients.push(client);
          const store = createRedisStore(client, { prefix });
          stores.push(store);
          return store;
        });
      },
    },
    () => fakes,
  );
});
