// Tests run in real browsers from Debian's packages (no browser downloads on this machine).
// BROWSERS=chromium (the default) picks the engines; the far-timezones group re-runs the
// date-sensitive tests with the browser's clock in zones far from UTC.
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { mockBackendKoa } from './demo/mock-backend.js';

const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

function chromium(env = {}) {
  return chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
      env: { ...process.env, ...env },
    },
  });
}

const farZones = ['Pacific/Kiritimati', 'Pacific/Pago_Pago'];

export default {
  nodeResolve: { exportConditions: ['production'] },
  files: ['test/**/*.test.ts', 'test/**/*.test.html'],
  rootDir: '.',
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  plugins: [esbuildPlugin({ ts: true, json: true, tsconfig: './tsconfig.json', target: 'es2021' })],
  middleware: [mockBackendKoa()],
  browsers: [chromium()],
  groups: farZones.map((zone) => ({
    name: `tz-${zone.replace('/', '-')}`,
    files: ['test/**/*.tz.test.ts'],
    browsers: [chromium({ TZ: zone })],
    // Lets the tests prove the browser really runs in that zone.
    testRunnerHtml: (testFramework) => `<html><body>
      <script>window.__expectedTimeZone = ${JSON.stringify(zone)};</script>
      <script type="module" src="${testFramework}"></script>
    </body></html>`,
  })),
};
