// The build-time guards of scripts/script-chunks.mjs, run in `npm test`: each shape the
// plugin cannot keep correct must fail the build with its reason, and a shape it can must
// give an entry that runs as a classic script and loads its chunk with the entry's bindings.
// Tiny sources in a temporary folder, built in memory, run in a Node vm context.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import vm from 'node:vm';
import { build } from 'vite';
import { CHUNK_FILE_NAMES, scriptChunks } from './script-chunks.mjs';

const ENTRY = 'voucher-tray.min.js';
const dir = mkdtempSync(join(tmpdir(), 'script-chunks-'));
const failures = [];

async function buildFiles(files) {
  for (const [name, code] of Object.entries(files)) writeFileSync(join(dir, name), code);
  const result = await build({
    root: dir,
    configFile: false,
    logLevel: 'silent',
    build: {
      write: false,
      lib: { entry: join(dir, 'entry.js'), formats: ['es'], fileName: () => ENTRY },
      rolldownOptions: {
        preserveEntrySignatures: 'allow-extension',
        output: { chunkFileNames: CHUNK_FILE_NAMES },
        plugins: [scriptChunks({ entryFileName: ENTRY })],
      },
    },
  });
  return (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
}

const refused = {
  'an export reassigned after the entry ran': [
    { 'entry.js': 'export let count = 0;\nexport const bump = () => count++;\nglobalThis.go = () => import("./lazy.js");\n', 'lazy.js': 'import { count } from "./entry.js";\nexport const read = () => count;\n' },
    /stale copies of count/,
  ],
  'a chunk importing another chunk': [
    { 'entry.js': 'globalThis.go = () => import("./lazy.js");\n', 'lazy.js': 'export const more = () => import("./more.js");\n', 'more.js': 'export const x = 1;\n' },
    /a chunk that imports another chunk/,
  ],
  'import.meta in the entry': [
    { 'entry.js': 'globalThis.here = import.meta.url;\nglobalThis.go = () => import("./lazy.js");\n', 'lazy.js': 'export const x = 1;\n' },
    /import\.meta cannot run in a classic script/,
  ],
  'an import() of a computed path': [
    { 'entry.js': 'globalThis.go = (url) => import(url);\n' },
    /dynamic import\(\) of anything but a chunk/,
  ],
};

try {
  for (const [shape, [files, reason]] of Object.entries(refused)) {
    try {
      await buildFiles(files);
      failures.push(`${shape}: built, but must fail`);
    } catch (error) {
      if (!reason.test(String(error?.message))) failures.push(`${shape}: failed for another reason: ${String(error?.message).slice(0, 300)}`);
    }
  }

  const chunks = await buildFiles({
    'entry.js': 'import { shared } from "./shared.js";\nglobalThis.go = () => import("./lazy.js").then((m) => m.read() + shared());\n',
    'shared.js': 'export const shared = () => 1;\n',
    'lazy.js': 'import { shared } from "./shared.js";\nexport const read = () => shared() + 1;\n',
  });
  // Run it as a page would: the entry as a classic script, its import() resolving beside it.
  const out = mkdtempSync(join(tmpdir(), 'script-chunks-out-'));
  try {
    for (const chunk of chunks) writeFileSync(join(out, chunk.fileName), chunk.code);
    const entry = chunks.find((c) => c.isEntry);
    if (chunks.length !== 2) failures.push(`expected the entry and one chunk, got ${chunks.map((c) => c.fileName)}`);
    const context = vm.createContext({});
    new vm.Script(entry.code, {
      filename: pathToFileURL(join(out, ENTRY)).href,
      importModuleDynamically: vm.constants.USE_MAIN_CONTEXT_DEFAULT_LOADER,
    }).runInContext(context);
    const result = await vm.runInContext('go()', context);
    // 1 from the chunk's own use of the shared module, 1 from the entry's, 1 more in the chunk.
    if (result !== 3) failures.push(`the chunk ran with the entry's bindings and gave ${result}, expected 3`);
  } catch (error) {
    failures.push(`the built entry and chunk did not run: ${error?.stack ?? error}`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}

if (failures.length) {
  console.error(`check-script-chunks: ${failures.length} problem(s)\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`check-script-chunks: ${Object.keys(refused).length} unsafe shapes refused; a safe one runs as a classic script with its chunk`);
