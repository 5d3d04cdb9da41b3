// Packs the package as npm would publish it, then checks what a consumer gets:
//   - the tarball holds the build, the manifest and the docs, and nothing else (no tests, demo,
//     sources of secrets, configs);
//   - every path that package.json's exports, types, unpkg, jsdelivr and customElements name is
//     in it, and every chunk the script-tag file fetches from beside itself;
//   - `import('voucher-tray')` (and its subpaths) works in Node with no DOM, the way server
//     rendering in Next, Nuxt or Angular SSR imports it;
//   - the server kit (`voucher-tray/server`) imports, and the `voucher-tray-server` bin ships
//     and starts far enough to refuse a missing secret. No browser file imports the kit.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chunksNamedIn } from './script-chunks.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const failures = [];
const fail = (message) => failures.push(message);

const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root, encoding: 'utf8' }));
const files = packed.files.map((f) => f.path);

const allowed = [/^package\.json$/, /^README\.md$/, /^LICENSE$/, /^custom-elements\.json$/, /^dist\//];
for (const file of files) {
  if (!allowed.some((pattern) => pattern.test(file))) fail(`unexpected file in the tarball: ${file}`);
  if (/(^|\/)(test|demo|bench|\.ci)\//.test(file) || /\.env|secret|token\.json|\.pem$|\.key$/i.test(file)) {
    fail(`file that must never ship: ${file}`);
  }
}

function targets(value) {
  if (typeof value === 'string') return [value];
  if (value && typeof value === 'object') return Object.values(value).flatMap(targets);
  return [];
}
const named = [pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, ...targets(pkg.exports), ...targets(pkg.bin)];
for (const path of new Set(named.filter(Boolean))) {
  const normalised = path.replace(/^\.\//, '');
  if (!files.includes(normalised)) fail(`package.json names ${path}, which is not in the tarball`);
}

// The script-tag file fetches its chunks from beside itself: each one it names must ship.
const scriptFile = pkg.unpkg.replace(/^\.\//, '');
const scriptDir = scriptFile.slice(0, scriptFile.lastIndexOf('/') + 1);
const chunks = chunksNamedIn(readFileSync(join(root, scriptFile), 'utf8'));
if (!chunks.length) fail(`${scriptFile} names no chunk`);
for (const name of chunks) {
  if (!files.includes(scriptDir + name)) fail(`${scriptFile} loads ./${name}, which is not in the tarball`);
}

// The browser builds must never pull in the server kit (Node-only, and heavy for a page).
for (const file of files.filter((f) => /^dist\/(?!server\/).*\.js$/.test(f))) {
  if (/from\s*["'][^"']*server\//.test(readFileSync(join(root, file), 'utf8'))) fail(`${file} imports the server kit`);
}

// Install the real tarball into a scratch project (its dependencies linked from ours, so no
// network is needed) and import it in Node.
const scratch = mkdtempSync(join(tmpdir(), 'voucher-tray-pack-'));
try {
  const tarball = execFileSync('npm', ['pack', '--ignore-scripts', '--silent', '--pack-destination', scratch], {
    cwd: root,
    encoding: 'utf8',
  }).trim().split('\n').pop();
  const installed = join(scratch, 'node_modules', 'voucher-tray');
  mkdirSync(installed, { recursive: true });
  execFileSync('tar', ['-xzf', join(scratch, tarball), '-C', installed, '--strip-components=1']);
  const serverDependencies = ['jose', 'lru-cache', 'p-limit', 'yocto-queue', 'rate-limiter-flexible', 'redis-semaphore', 'debug', 'ms'];
  for (const dependency of ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/task', '@lit/react', 'react', ...serverDependencies]) {
    const target = join(scratch, 'node_modules', dependency);
    mkdirSync(dirname(target), { recursive: true });
    symlinkSync(join(root, 'node_modules', dependency), target, 'dir');
  }
  writeFileSync(join(scratch, 'package.json'), JSON.stringify({ name: 'consumer', type: 'module', private: true }));
  const subpaths = Object.keys(pkg.exports)
    .filter((key) => !key.endsWith('.json') && key !== './script' && key !== './standalone' && key !== './vue')
    .map((key) => (key === '.' ? 'voucher-tray' : `voucher-tray/${key.slice(2)}`));
  const probe = `
    const results = [];
    for (const specifier of ${JSON.stringify(subpaths)}) {
      const module = await import(specifier);
      results.push(specifier + ': ' + Object.keys(module).length + ' exports');
    }
    // Lit's Node build brings its own tiny customElements shim; there is no document.
    if (typeof globalThis.document !== 'undefined') throw new Error('expected no DOM in this probe');
    const root = await import('voucher-tray');
    if (typeof root.VoucherTray !== 'function' || typeof root.registerProvider !== 'function') {
      throw new Error('the root entry lacks VoucherTray or registerProvider');
    }
    const server = await import('voucher-tray/server');
    for (const name of ['createVoucherTrayHandler', 'toNodeListener', 'createMemoryStore', 'createRedisStore']) {
      if (typeof server[name] !== 'function') throw new Error('voucher-tray/server lacks ' + name);
    }
    console.log(results.join('\\n'));
  `;
  try {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: scratch, encoding: 'utf8' });
    process.stdout.write(output);
  } catch (error) {
    fail(`importing the packed package in Node failed:\n${error.stderr || error.message}`);
  }
  // The bin as npm links it: it must load, and refuse to start without a secret.
  const bin = join(installed, pkg.bin['voucher-tray-server']);
  try {
    execFileSync(process.execPath, [bin], { cwd: scratch, encoding: 'utf8', stdio: 'pipe', env: { PATH: process.env.PATH } });
    fail('voucher-tray-server started without VOUCHER_TRAY_SECRET');
  } catch (error) {
    if (!/VOUCHER_TRAY_SECRET is required/.test(String(error.stderr))) fail(`voucher-tray-server did not load:\n${error.stderr || error.message}`);
  }
} finally {
  rmSync(scratch, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`check-package: ${failures.length} problem(s)\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`check-package: ${files.length} files packed, all named entry points present, Node import OK`);
