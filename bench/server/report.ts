// The bench's markdown section for bench/RESULTS.md (and the README's figures).
import type { CapFigures, ViewFigures } from './economy.js';
import type { HitFigures } from './hits.js';

export const START = '<!-- bench:server:start -->';
export const END = '<!-- bench:server:end -->';

export interface ServerBench {
  when: string;
  machine: string;
  node: string;
  commit: string;
  upstreamDelayMs: number;
  seconds: number;
  hits: HitFigures;
  views: ViewFigures[];
  caps: CapFigures[];
}

const n = (value: number, digits = 0) => value.toLocaleString('en-US', { maximumFractionDigits: digits, minimumFractionDigits: digits });
const signed = (value: number, digits = 1) => `${value >= 0 ? '+' : '−'}${n(Math.abs(value), digits)}`;
const table = (head: string[], rows: string[][]) =>
  [head, head.map(() => '---'), ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');

export function serverSection(b: ServerBench): string {
  const { kit, floor } = b.hits;
  const hitRows = [
    ['kit, cache hit (grant check, shape, cache, relay)', n(kit.rps), n(kit.p50, 1), n(kit.p99, 1)],
    ['floor: bare node:http, the same bytes', n(floor.rps), n(floor.p50, 1), n(floor.p99, 1)],
    ['kit ÷ floor (latency: kit − floor)', `${n(kit.rps / floor.rps, 2)}×`, `${signed(kit.p50 - floor.p50)} ms`, `${signed(kit.p99 - floor.p99)} ms`],
  ];
  const viewRows = b.views.map((v) => [
    v.instances === 1 ? '1 instance, memory store' : `${v.instances} instances sharing Redis`,
    n(v.views),
    n(v.shoppers),
    n(v.upstream),
    n(v.upstream / v.shoppers, 2),
    `${n(v.ok)} / ${n(v.views)}`,
  ]);
  const capRows = b.caps.map((c) => [
    c.instances === 1 ? '1 instance, memory store' : `${c.instances} instances sharing Redis`,
    n(c.shoppers),
    `${c.maxInFlight} (cap 3)`,
    n(c.ok),
    n(c.busy),
    n(c.other),
    n(c.slowestMs / 1000, 1),
  ]);
  return [
    START,
    '## Server kit (`npm run bench:server`)',
    '',
    `Measured ${b.when} UTC on ${b.machine}, Node ${b.node}, sources at ${b.commit}; ${n(b.seconds)} s in all.`,
    'Everything on 127.0.0.1: fake providers answering after ' +
      `${b.upstreamDelayMs} ms, the kit on node:http (\`toNodeListener\`), Redis from Debian's redis-server.`,
    'Speed is reported, never asserted; compare the ratios against the floor measured in the same run.',
    '',
    `### Cache hits (autocannon, ${b.hits.connections} connections, ${b.hits.rounds} rounds of ${b.hits.seconds} s each, medians)`,
    '',
    'The kit and the floor each run in their own process, so the load generator does not share their CPU;',
    'rounds alternate between them (which goes first alternates too). autocannon reports whole milliseconds.',
    `Non-2xx answers, errors or timeouts during the kit's rounds: ${b.hits.non2xx}.`,
    '',
    table(['target', 'requests/s', 'p50 ms', 'p99 ms'], hitRows),
    '',
    '### Upstream requests for returning shoppers (Spaaza, 50 page views at a time, within one cache TTL)',
    '',
    'A page view is what a tray does: the token request, then the provider request. A proxy without',
    'a cache would ask the provider once per page view (1,000).',
    '',
    table(['set-up', 'page views', 'shoppers', 'upstream requests', 'per shopper', 'answered 200'], viewRows),
    '',
    '### CleverTap concurrency cap under 200 concurrent shoppers (all different, none cached)',
    '',
    'Over the cap a request waits up to `queueTimeout` (3 s) for a slot, then gets 503 with `Retry-After`.',
    '',
    table(['set-up', 'shoppers', 'most in flight upstream', '200', '503 + Retry-After', 'other', 'slowest answer s'], capRows),
    END,
  ].join('\n');
}
