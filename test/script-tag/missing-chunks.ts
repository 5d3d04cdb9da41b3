// The page beside this file loads the script-tag file from a folder that holds nothing else,
// as a site that self-hosts only that one file would: the logged-in tray must say it could
// not load (error part, retry button, voucher-tray-error), never stay blank or throw.
import { expect, waitUntil } from '@open-wc/testing';
import { fetchedPaths } from './checks.js';

interface TrayLike extends HTMLElement {
  refresh(): Promise<void>;
}

const part = (id: string, name: string) => document.getElementById(id)!.shadowRoot?.querySelector<HTMLElement>(`[part="${name}"]`);

export function describeMissingChunks(): void {
  describe('script-tag file without its chunks', () => {
    it('shows the error state with a retry button to the logged-in shopper', async () => {
      await waitUntil(() => part('shopper', 'retry-button'), 'no error state', { timeout: 8000 });
      expect(part('shopper', 'error-text')!.textContent).to.contain('could not be loaded');
    });

    it('still shows anonymous shoppers the login prompt', async () => {
      await waitUntil(() => part('anonymous', 'login-button'), 'no login prompt');
    });

    it('reports it as a network error each time it tries, and asks the provider nothing', async () => {
      const tray = document.getElementById('shopper') as TrayLike;
      const errors: CustomEvent[] = [];
      tray.addEventListener('voucher-tray-error', (event) => errors.push(event as CustomEvent));
      await tray.refresh();
      await waitUntil(() => errors.length === 1, 'no voucher-tray-error after a retry');
      expect(errors[0]!.detail).to.deep.equal({ kind: 'network', message: 'The voucher tray could not load its code' });
      // The retry really asked for the runtime again, from beside the script.
      const runtime = fetchedPaths().filter((path) => /^\/script-alone\/voucher-tray\.runtime-[\w-]+\.js$/.test(path));
      expect(runtime.length).to.be.greaterThan(0);
      // Each try sends its token request beside the runtime chunk (src/providers/net/token-prefetch.ts),
      // before it can know the chunk is missing; that answer is dropped unread, and nothing
      // goes to the provider.
      expect(fetchedPaths().filter((path) => path.startsWith('/mock/') && path !== '/mock/token')).to.deep.equal([]);
    });

    it('threw nothing', () => {
      expect((window as unknown as { __pageErrors: string[] }).__pageErrors).to.deep.equal([]);
    });
  });
}
