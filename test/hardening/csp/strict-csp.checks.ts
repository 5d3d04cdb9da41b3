// The checks of the pages in this folder, in a file of their own: the page's policy allows no
// inline script. Only chai and the runner are imported, so every violation seen here comes
// from the tray (loaded from dist/voucher-tray.min.js) or from the probes at the end.
import { expect } from '@esm-bundle/chai';
import { runTests } from '@web/test-runner-mocha';

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}
interface Tray extends HTMLElement {
  identity?: string;
  vouchers: readonly { code: string }[];
}
declare global {
  interface Window {
    __cspViolations: Violation[];
    __pageErrors: string[];
  }
}

async function waitFor<T>(check: () => T, what: string, timeout = 8000): Promise<NonNullable<T>> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = check();
    if (value) return value as NonNullable<T>;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

const tray = (id: string) => document.getElementById(id) as Tray;
const part = (el: Tray, name: string) => el.shadowRoot?.querySelector<HTMLElement>(`[part~="${name}"]`) ?? null;
const codes = (el: Tray) => [...el.shadowRoot!.querySelectorAll('[part~="code"]')].map((n) => n.textContent!.trim());
const shownCodes = (el: Tray, what: string) => waitFor(() => codes(el).length > 0 && codes(el), `${what} vouchers`);

runTests(() => {
  describe('strict CSP and Trusted Types', () => {
    it('defines <voucher-tray> from the plain <script src>', async () => {
      await waitFor(() => customElements.get('voucher-tray'), 'the definition');
      expect(typeof window.VoucherTray?.registerProvider).to.equal('function');
    });

    it('renders vouchers, the login prompt and the error state, with its styles applied', async () => {
      for (const id of ['clevertap', 'voucherify', 'spaaza']) {
        const el = tray(id);
        expect(await shownCodes(el, id)).to.deep.equal(el.vouchers.map((v) => v.code));
        // Lit's adopted stylesheets are allowed by style-src 'self': the host is display: block.
        expect(getComputedStyle(el).display, id).to.equal('block');
        expect(el.shadowRoot!.adoptedStyleSheets.length, id).to.be.greaterThan(0);
      }
      await waitFor(() => part(tray('anonymous'), 'login-button'), 'the login prompt');
      await waitFor(() => part(tray('down'), 'retry-button'), 'the error state', 10_000);
    });

    it('keeps working: another shopper, retry, login, a tray added by script', async () => {
      const spaaza = tray('spaaza');
      const before = codes(spaaza).join();
      spaaza.identity = 'nobody';
      await waitFor(() => part(spaaza, 'empty'), 'the empty state');
      spaaza.identity = '21';
      await waitFor(() => codes(spaaza).join() === before, 'the first shopper again');

      part(tray('down'), 'retry-button')!.click();
      await waitFor(() => part(tray('down'), 'loading') ?? !part(tray('down'), 'retry-button'), 'the retry to start', 2000).catch(() => undefined);
      await waitFor(() => part(tray('down'), 'retry-button'), 'the error state again', 10_000);

      const anonymous = tray('anonymous');
      let logins = 0;
      anonymous.addEventListener('voucher-tray-login', (event) => (logins++, event.preventDefault()), { once: true });
      part(anonymous, 'login-button')!.click();
      expect(logins).to.equal(1);

      const added = document.createElement('voucher-tray') as Tray;
      added.setAttribute('provider', 'voucherify-vouchers');
      added.setAttribute('token-endpoint', '/mock/token');
      added.identity = 'cust_p1ufreYbVbwZ1x70nFkH9rF9';
      document.body.append(added);
      await shownCodes(added, 'the added tray');
    });

    it('caused no securitypolicyviolation and threw nothing', async () => {
      await new Promise((resolve) => setTimeout(resolve, 100)); // violation events are queued
      expect(window.__cspViolations).to.deep.equal([]);
      expect(window.__pageErrors).to.deep.equal([]);
    });

    it('is really under the policy (probes that must be refused, run last)', async () => {
      const seen = (directive: RegExp) => () => window.__cspViolations.some((v) => directive.test(v.directive));
      const probe = document.createElement('div');
      document.body.append(probe);

      probe.setAttribute('style', 'color: rgb(1, 2, 3)');
      expect(getComputedStyle(probe).color).to.not.equal('rgb(1, 2, 3)');
      await waitFor(seen(/^style-src/), 'a style-src violation', 2000);

      let trustedTypes = false;
      try {
        probe.innerHTML = '<i>probe</i>';
      } catch (error) {
        trustedTypes = error instanceof TypeError;
      }
      const script = document.createElement('script');
      try {
        script.textContent = 'window.__inlineRan = true';
        document.body.append(script);
        await waitFor(seen(/^script-src/), 'a script-src violation', 2000);
      } catch (error) {
        expect(trustedTypes, String(error)).to.equal(true);
      }
      expect((window as { __inlineRan?: boolean }).__inlineRan).to.equal(undefined);
      if (trustedTypes) await waitFor(seen(/^require-trusted-types-for/), 'a Trusted Types violation', 2000);
      console.log(`[strict-csp] ${navigator.userAgent} :: CSP enforced; Trusted Types ${trustedTypes ? 'enforced' : 'not enforced'}`);
      // An engine with the Trusted Types API enforces it (Chromium, Firefox 153, WebKitGTK 2.50 all
      // do): there the tray rendered through Lit's own 'lit-html' policy, with no violation.
      if ('trustedTypes' in window) expect(trustedTypes, 'Trusted Types enforced').to.equal(true);
    });
  });
});
