// Tests run in real browsers from Debian's packages (see test/runner/browsers.mjs).
// BROWSERS=chromium,firefox,webkit (default: all three) picks the engines; the far-timezone
// groups re-run the *.tz.test.ts files in every picked engine with its clock in zones far
// from UTC. The mock backend of the demo answers /mock/* here too, and the server kit (built,
// in front of fake providers) answers /voucher-tray/* for test/server-e2e/.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { mockBackendKoa } from './demo/mock-backend.js';
import { launchers, selectedEngines } from './test/runner/browsers.mjs';
import { strictCspPages } from './test/runner/csp.mjs';
import { commonJsAsEsm } from './test/runner/cjs-esm-plugin.mjs';
import { reactAsEsm } from './test/runner/react-esm-plugin.mjs';
import { scriptAlone } from './test/runner/script-alone.mjs';
import { ssrPages } from './test/runner/ssr.mjs';
import { serverKitKoa } from './test/runner/server-kit.mjs';
import { slowTranslations } from './test/runner/slow-translations.mjs';
import { heldRuntime } from './test/runner/held-runtime.mjs';

const engines = selectedEngines();
const farZones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'];

export default {
  nodeResolve: { exportConditions: ['production'] },
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  rootDir: '.',
  concurrency: 1,
  concurrentBrowsers: 1,
  browserStartTimeout: 60_000,
  testsStartTimeout: 60_000,
  testsFinishTimeout: 180_000,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2021' }), reactAsEsm(), commonJsAsEsm()],
  middleware: [mockBackendKoa(), serverKitKoa(), strictCspPages(), scriptAlone(), ssrPages(), slowTranslations(), heldRuntime()],
  browsers: engines.map((name) => launchers[name]()),
  groups: farZones.map((zone) => ({
    name: `tz-${zone.replace('/', '-')}`,
    files: ['test/**/*.tz.test.ts'],
    browsers: engines.map((name) => launchers[name]({ TZ: zone })),
    // Lets the tests prove the browser really runs in that zone.
    testRunnerHtml: (testFramework) => `<html><body>
      <script>window.__expectedTimeZone = ${JSON.stringify(zone)};</script>
      <script type="module" src="${testFramework}"></script>
    </body></html>`,
  })),
};
