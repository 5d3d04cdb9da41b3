/// <reference types="node" />
// What every bench set-up shares: the kit's options for the fakes, child processes that
// print their port, and small statistics.
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { FAKE_CREDENTIALS } from '../../demo/fake-upstreams/server.js';
import type { VoucherTrayHandlerOptions } from '../../src/server/index.js';

export const SECRET = 'bench-secret-of-at-least-thirty-two-bytes';
/** The bench's shoppers prove themselves with this header (the bench's own identify). */
export const SHOPPER_HEADER = 'x-bench-shopper';

export function kitOptions(urls: Record<'clevertap' | 'voucherify' | 'spaaza', string>): VoucherTrayHandlerOptions {
  return {
    secret: SECRET,
    identify: (request) => request.headers.get(SHOPPER_HEADER),
    clevertap: { ...FAKE_CREDENTIALS.clevertap, apiBase: urls.clevertap },
    voucherify: { ...FAKE_CREDENTIALS.voucherify, apiBase: urls.voucherify },
    spaaza: { ...FAKE_CREDENTIALS.spaaza, apiBase: urls.spaaza },
    log: () => undefined,
  };
}

export interface Child {
  readonly url: string;
  stop(): Promise<void>;
}

/** Starts `script` under tsx and waits for the `port N` line it prints. */
export function startChild(script: string, args: string[]): Promise<Child> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', path, ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (chunk) => {
      out += chunk;
      const port = /port (\d+)/.exec(out)?.[1];
      if (port) {
        resolve({
          url: `http://127.0.0.1:${port}`,
          stop: () => new Promise<void>((done) => (child.exitCode !== null ? done() : (child.once('exit', () => done()), child.kill('SIGTERM')))),
        });
      }
    });
    child.once('exit', (code) => reject(new Error(`${script} exited (${code})`)));
  });
}

export const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
};

/** Runs `count` tasks, at most `width` at a time. */
export async function pool<T>(count: number, width: number, task: (i: number) => Promise<T>): Promise<T[]> {
  const results: T[] = new Array(count);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(width, count) }, async () => {
      while (next < count) {
        const i = next++;
        results[i] = await task(i);
      }
    }),
  );
  return results;
}
