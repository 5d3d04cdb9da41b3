/// <reference types="node" />
// voucher-tray/server must load on Fetch runtimes without Node built-ins (Workers, Deno):
// bundled for a neutral platform the way a Workers build does, nothing may name a node:
// module, and the bundle itself must work (loaded here from its text and asked for a grant).
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

describe('portable entry', () => {
  it('bundles for a neutral (Workers-like) platform without any Node built-in', async () => {
    const result = await build({
      entryPoints: [fileURLToPath(new URL('../../src/server/index.ts', import.meta.url))],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      conditions: ['worker', 'browser'],
      mainFields: ['module', 'main'],
      logLevel: 'silent',
    });
    const code = result.outputFiles[0]!.text;
    assert.doesNotMatch(code, /from\s*["']node:|require\(["'](node:)?(fs|net|http|stream|events|crypto|cluster)["']\)/);
    // The Redis-only libraries are named at run time, never bundled.
    assert.doesNotMatch(code, /RedisSemaphore|RateLimiterCluster/);
    const kit = (await import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`)) as typeof import('../../src/server/index.js');
    const handler = kit.createVoucherTrayHandler({
      secret: 'portable-bundle-secret-of-32-bytes-or-more',
      identify: () => 'alice',
      clevertap: { accountId: 'a', passcode: 'p', region: 'in1' },
    });
    const grant = await handler(
      new Request('https://shop.test/voucher-tray/token', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"provider":"clevertap","identity":"alice"}' }),
    );
    assert.equal(grant?.status, 200);
    assert.equal((await grant!.json()).api_base, 'https://shop.test/voucher-tray/api/clevertap');
  });
});
