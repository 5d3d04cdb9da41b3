/// <reference types="node" />
// Cache hits: autocannon against the kit (one shopper's warm answer) and against the floor,
// bare node:http answering the same bytes, in alternating rounds; medians of the rounds.
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { median, SHOPPER_HEADER, startChild } from './setup.js';

export interface HitFigures {
  readonly rounds: number;
  readonly connections: number;
  readonly seconds: number;
  readonly kit: { rps: number; p50: number; p99: number };
  readonly floor: { rps: number; p50: number; p99: number };
  readonly non2xx: number;
}

const ROUNDS = 5;
const CONNECTIONS = 32;
const SECONDS = 3;

function load(url: string, headers: Record<string, string>) {
  return autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
}

export async function measureHits(upstreams: Record<string, string>): Promise<HitFigures> {
  const kit = await startChild('./child-kit.ts', [JSON.stringify(upstreams)]);
  const shopper = 'bench-hit-shopper';
  const grant = await fetch(`${kit.url}/voucher-tray/token`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', [SHOPPER_HEADER]: shopper },
    body: JSON.stringify({ provider: 'clevertap', identity: shopper }),
  });
  const { token, api_base } = (await grant.json()) as { token: string; api_base: string };
  const url = `${api_base}/1/promo/vouchers?identity=${shopper}`;
  const headers = { authorization: `Bearer ${token}` };
  const warm = await fetch(url, { headers });
  const bodyFile = join(tmpdir(), `voucher-tray-bench-${process.pid}.json`);
  writeFileSync(bodyFile, Buffer.from(await warm.arrayBuffer()));
  const floor = await startChild('./child-floor.ts', [bodyFile]);
  const kitRounds: autocannon.Result[] = [];
  const floorRounds: autocannon.Result[] = [];
  try {
    // Short warm-ups, so both processes have run their code hot before anything is counted.
    await autocannon({ url, connections: 8, duration: 1, headers });
    await autocannon({ url: `${floor.url}/x`, connections: 8, duration: 1 });
    for (let round = 0; round < ROUNDS; round++) {
      const kitRound = () => load(url, headers).then((r) => kitRounds.push(r));
      const floorRound = () => load(`${floor.url}/1/promo/vouchers`, {}).then((r) => floorRounds.push(r));
      if (round % 2) await floorRound().then(kitRound);
      else await kitRound().then(floorRound);
    }
  } finally {
    await Promise.all([kit.stop(), floor.stop()]);
  }
  const figures = (rounds: autocannon.Result[]) => ({
    rps: median(rounds.map((r) => r.requests.average)),
    p50: median(rounds.map((r) => r.latency.p50)),
    p99: median(rounds.map((r) => r.latency.p99)),
  });
  return {
    rounds: ROUNDS,
    connections: CONNECTIONS,
    seconds: SECONDS,
    kit: figures(kitRounds),
    floor: figures(floorRounds),
    non2xx: kitRounds.reduce((sum, r) => sum + r.non2xx + r.errors + r.timeouts, 0),
  };
}
