// The three engines, all from Debian's packages (nothing is downloaded):
//   chromium  /usr/bin/chromium through @web/test-runner-chrome
//   firefox   /usr/bin/firefox-esr through puppeteer-core (WebDriver BiDi)
//   webkit    WebKitGTK's MiniBrowser through the WebKitWebDriver this launcher starts under
//             xvfb-run on a free port, and stops (with its whole process group) when done.
// Each launcher takes extra environment (TZ for the far-timezone groups).
import { spawn } from 'node:child_process';
import net from 'node:net';
import puppeteer from 'puppeteer-core';
import { chromeLauncher } from '@web/test-runner-chrome';
import { puppeteerLauncher } from '@web/test-runner-puppeteer';
import { WebdriverLauncher } from '@web/test-runner-webdriver';

export const chromiumArgs = [
  '--no-sandbox',
  '--headless=new',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function chromium(env = {}) {
  return chromeLauncher({
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: chromiumArgs,
      env: { ...process.env, ...env },
    },
  });
}

export function firefox(env = {}) {
  return puppeteerLauncher({
    launcher: (options) => puppeteer.launch(options),
    launchOptions: {
      browser: 'firefox',
      executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
      headless: true,
      env: { ...process.env, ...env },
    },
  });
}

function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

async function waitForPort(port, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const open = await new Promise((resolve) => {
      const socket = net.connect(port, '127.0.0.1', () => {
        socket.end();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (open) return;
    if (Date.now() > deadline) throw new Error(`WebKitWebDriver did not listen on ${port}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const driverGroups = new Set();
process.once('exit', () => {
  for (const pid of driverGroups) {
    try {
      process.kill(-pid, 'SIGTERM');
    } catch {
      // Already gone.
    }
  }
});

class WebKitLauncher extends WebdriverLauncher {
  constructor(env) {
    super({
      hostname: '127.0.0.1',
      port: 0,
      logLevel: 'error',
      capabilities: {
        browserName: 'MiniBrowser',
        'wdio:enforceWebDriverClassic': true,
        'webkitgtk:browserOptions': {
          binary: process.env.WEBKIT_MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser',
          args: ['--automation'],
        },
      },
    });
    this.env = env;
    this.name = 'WebKit';
  }

  async initialize(config) {
    const port = await freePort();
    this.driver = spawn('xvfb-run', ['-a', 'WebKitWebDriver', `--port=${port}`], {
      detached: true,
      stdio: 'ignore',
      env: { ...process.env, ...this.env },
    });
    driverGroups.add(this.driver.pid);
    await waitForPort(port);
    this.options.port = port;
    return super.initialize(config);
  }

  async stop() {
    try {
      await super.stop();
    } finally {
      const pid = this.driver?.pid;
      if (pid) {
        driverGroups.delete(pid);
        try {
          process.kill(-pid, 'SIGTERM');
        } catch {
          // Already gone.
        }
      }
    }
  }
}

export function webkit(env = {}) {
  return new WebKitLauncher(env);
}

export const launchers = { chromium, firefox, webkit };

/** BROWSERS=chromium,firefox,webkit (the default: all three) picks the engines. */
export function selectedEngines() {
  const names = (process.env.BROWSERS ?? 'chromium,firefox,webkit')
    .split(',')
    .map((name) => name.trim().toLowerCase())
    .filter(Boolean);
  for (const name of names) {
    if (!launchers[name]) throw new Error(`Unknown browser "${name}" in BROWSERS (chromium, firefox, webkit)`);
  }
  return names;
}
