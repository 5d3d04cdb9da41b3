/// <reference types="node" />
// npm run bench:server: the server kit's figures, all on 127.0.0.1 and bounded in time.
// Prints a markdown section and writes it into bench/RESULTS.md (between its markers).
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { cpus, loadavg } from 'node:os';
import { startFakeUpstreams } from '../../demo/fake-upstreams/server.js';
import { startRedis } from '../../test/server/redis-server.js';
import { testData } from '../../test/server/test-data.js';
import { concurrencyCap, returningShoppers, startInstances } from './economy.js';
import { measureHits } from './hits.js';
import { serverSection, START, END } from './report.js';

/** The fakes answer after this long, like a provider across the internet. */
const UPSTREAM_DELAY_MS = 80;

async function main() {
  const started = Date.now();
  const loadBefore = loadavg()[0]!;
  const fakes = await startFakeUpstreams(testData);
  fakes.state.delayMs = UPSTREAM_DELAY_MS;
  const redis = await startRedis();
  try {
    console.error('bench:server: cache hits, kit against the node:http floor…');
    const hits = await measureHits(fakes.urls);
    console.error('bench:server: returning shoppers and the CleverTap cap…');
    const one = await startInstances(fakes, 1);
    const views1 = await returningShoppers(fakes, one);
    const cap1 = await concurrencyCap(fakes, one, 'cap-one-');
    await one.close();
    const three = await startInstances(fakes, 3, redis.url);
    const views3 = await returningShoppers(fakes, three);
    const cap3 = await concurrencyCap(fakes, three, 'cap-three-');
    await three.close();
    const section = serverSection({
      when: new Date().toISOString().slice(0, 16).replace('T', ' '),
      machine: `${cpus()[0]?.model.trim() ?? 'unknown CPU'} (${cpus().length} cores; load average ${loadBefore.toFixed(1)} at the start, ${loadavg()[0]!.toFixed(1)} at the end)`,
      node: process.version,
      commit: gitCommit(),
      upstreamDelayMs: UPSTREAM_DELAY_MS,
      seconds: (Date.now() - started) / 1000,
      hits,
      views: [views1, views3],
      caps: [cap1, cap3],
    });
    console.log(section);
    const file = new URL('../RESULTS.md', import.meta.url);
    const current = readFileSync(file, 'utf8');
    const at = current.indexOf(START);
    const end = current.indexOf(END);
    const next = at >= 0 && end > at ? current.slice(0, at) + section + current.slice(end + END.length) : `${current.trimEnd()}\n\n${section}\n`;
    writeFileSync(file, next);
    console.error('bench:server: wrote bench/RESULTS.md');
  } finally {
    await Promise.all([fakes.close(), redis.stop()]);
  }
}

function gitCommit(): string {
  try {
    return execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return 'unknown';
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
