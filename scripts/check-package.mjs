// Packs the package as npm would publish it, then checks what a consumer gets:
//   - the tarball holds the build, the manifest and the docs, and nothing else (no tests, demo,
//     sources of secrets, configs);
//   - every path that package.json's exports, types, unpkg, jsdelivr and customElements name is
//     in it, and every chunk the script-tag file fetches from beside itself;
//   - `import('voucher-tray')` (and its subpaths) works in Node with no DOM, the way server
//     rendering in Next, Nuxt or Angular SSR imports it.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packedFiles, root, withPackedPackage } from './lib/scratch-package.mjs';
import { chunksNamedIn } from './script-chunks.mjs';

const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const failures = [];
const fail = (message) => failures.push(message);

const files = packedFiles();

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
const named = [pkg.main, pkg.module, pkg.types, pkg.unpkg, pkg.jsdelivr, pkg.customElements, ...targets(pkg.exports)];
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

// Install the real tarball into a scratch project and import it in Node.
await withPackedPackage(['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/task', '@lit/react', 'react'], (scratch) => {
  const subpaths = Object.keys(pkg.exports)
    // Script files, JSON data and types-only entries (vue, the JSX augmentations) are not imported.
    .filter((key) => !key.endsWith('.json') && key !== './script' && key !== './standalone' && key !== './vue')
    .filter((key) => typeof pkg.exports[key] !== 'object' || 'default' in pkg.exports[key])
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
    console.log(results.join('\\n'));
  `;
  try {
    const output = execFileSync(process.execPath, ['--input-type=module', '-e', probe], { cwd: scratch, encoding: 'utf8' });
    process.stdout.write(output);
  } catch (error) {
    fail(`importing the packed package in Node failed:\n${error.stderr || error.message}`);
  }
});

if (failures.length) {
  console.error(`check-package: ${failures.length} problem(s)\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`check-package: ${files.length} files packed, all named entry points present, Node import OK`);
