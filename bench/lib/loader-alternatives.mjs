// The three ways the script-tag file could load its lazy chunks (issue #10, item 4), each built
// in memory from the project's own vite.config.ts (nothing is written to dist/), and a
// loopback server that delays every response, for bench/loaders.mjs.
//   a  plugin  today's build: `--mode script` with scripts/script-chunks.mjs.
//   b  loader  an ordinary ESM build (`--mode script` without the plugin: Lit inside,
//              code-split) and a tiny classic file that import()s its entry from beside itself.
//   c  system  that ESM build re-bundled by Rollup (already installed, under @web/test-runner)
//              as `format: 'system'`, and a small System.register loader around the entry.
//              Rolldown, Vite 8's bundler, has no such format (es, cjs, iife, umd only) and
//              refuses code splitting for iife/umd.
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { rollup } from 'rollup';
import { build, loadConfigFromFile, minify } from 'vite';
import { handleMockRequest } from '../../demo/mock-backend.js';
import { CHUNK_FILE_NAMES } from '../../scripts/script-chunks.mjs';
import { buildScript, repoRoot } from './build.mjs';

/** The product's script-tag entry. The one place to change when src/ moves. */
export const SCRIPT_ENTRY = 'src/entries/script.ts';

/** The file a page names in <script src>, in every variant. */
export const SCRIPT_FILE = 'voucher-tray.min.js';
/** Variant b: the ordinary ESM entry the loader imports. */
const ESM_FILE = 'voucher-tray.esm.js';

const entryPath = () => `${repoRoot}${SCRIPT_ENTRY}`;
const configPath = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));

/** The script build's config, with our entry, without the script-chunks plugin. */
async function plainScriptConfig({ minified, fileName }) {
  const loaded = await loadConfigFromFile({ command: 'build', mode: 'script', isPreview: false }, configPath, repoRoot, 'silent');
  const config = loaded.config;
  const { rolldownOptions } = config.build;
  const plugins = (rolldownOptions.plugins ?? []).filter((p) => p?.name !== 'voucher-tray:script-chunks');
  if (plugins.length === (rolldownOptions.plugins ?? []).length) throw new Error('vite.config.ts: the script-chunks plugin was not found to take out');
  return {
    ...config,
    root: repoRoot,
    configFile: false,
    mode: 'script',
    logLevel: 'silent',
    build: {
      ...config.build,
      write: false,
      emptyOutDir: false,
      sourcemap: false,
      lib: { ...config.build.lib, entry: entryPath(), fileName: () => fileName },
      rolldownOptions: {
        ...rolldownOptions,
        plugins,
        output: { ...rolldownOptions.output, chunkFileNames: CHUNK_FILE_NAMES, minify: minified },
      },
    },
  };
}

async function plainEsm(options) {
  const result = await build(await plainScriptConfig(options));
  const chunks = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output).filter((o) => o.type === 'chunk');
  for (const chunk of chunks) {
    if (chunk.code.includes('Lit is in dev mode')) throw new Error(`${chunk.fileName}: Lit development build bundled`);
    if (chunk.fileName.includes('/')) throw new Error(`${chunk.fileName}: not beside the entry`);
  }
  return chunks;
}

const byName = (chunks) => Object.fromEntries(chunks.map((c) => [c.fileName, c.code]));

/** (a) Today's build, as `npm run build` writes it. */
export async function buildPlugin() {
  const { file, chunks } = await buildScript(entryPath());
  return { [SCRIPT_FILE]: file, ...Object.fromEntries(chunks.map((c) => [c.fileName, c.code])) };
}

// (b) The whole classic loader. A classic script knows its own URL from document.currentScript
// while it runs; a module script has none, and there import() resolves against the loader itself.
// import() is no Trusted Types sink and needs no 'unsafe-eval'.
const LOADER_B = `(() => {
  const here = typeof document !== "undefined" && document.currentScript ? document.currentScript.src : "";
  import(here ? new URL("./${ESM_FILE}", here).href : "./${ESM_FILE}")
    .catch((error) => console.error("<voucher-tray> could not load its code", error));
})();
`;

/** (b) The tiny classic loader and, beside it, the ordinary ESM build. */
export async function buildLoader() {
  const chunks = await plainEsm({ minified: true, fileName: ESM_FILE });
  const loader = (await minify(SCRIPT_FILE, LOADER_B, { module: false, compress: true, mangle: true })).code;
  return { [SCRIPT_FILE]: loader, ...byName(chunks) };
}

// (c) A System.register loader small enough to live in the script-tag file: one registry per
// copy of the file, a shared `System` only to hand registrations over. Chunks are fetched with
// import() (their System.register call is valid module code), so no script element is inserted:
// no Trusted Types sink, and it works when the file itself is a module script. A chunk URL the
// browser has evaluated already (the same file loaded twice) is not evaluated again, so the first
// copy to see a registration keeps it on the shared object by URL.
// (c′) fetches them the way SystemJS does instead, as <script> elements (classic scripts): for the
// loading-styles check only, to show what that way asks of a page.
const IMPORT_CHUNK = 'resolve(import(here ? urlOf(name) : "./" + name))';
const SCRIPT_CHUNK = `{
      const script = document.createElement("script");
      script.src = urlOf(name);
      script.onload = resolve;
      script.onerror = () => reject(new Error("<voucher-tray> could not load " + name));
      document.head.append(script);
    }`;
const systemPrologue = (fetchChunk) => `(() => {
"use strict";
const here = typeof document !== "undefined" && document.currentScript ? document.currentScript.src : "";
const system = globalThis.System || (globalThis.System = { register(deps, declare) { system.$vtLast = [deps, declare]; } });
const seen = system.$vtSeen || (system.$vtSeen = new Map());
const registry = new Map();
const urlOf = (name) => new URL(name, here || location.href).href;
function take(url) {
  const last = system.$vtLast;
  system.$vtLast = undefined;
  if (last) seen.set(url, last);
  const registration = seen.get(url);
  if (!registration) throw new Error("<voucher-tray>: " + url + " registered nothing");
  return registration;
}
function instantiate(name, [deps, declare]) {
  const record = { ns: Object.create(null), importers: [] };
  const setExport = (key, value) => {
    if (typeof key === "object") Object.assign(record.ns, key);
    else record.ns[key] = value;
    for (const setter of record.importers) setter(record.ns);
    return value;
  };
  const context = { import: (path) => load(path).then((r) => r.ns), meta: { url: urlOf(name) } };
  const { setters = [], execute } = declare(setExport, context);
  const link = (dep, i) => { if (setters[i]) { dep.importers.push(setters[i]); setters[i](dep.ns); } };
  if (!deps.length) { if (execute) execute(); return Promise.resolve(record); }
  return Promise.all(deps.map((d) => load(d))).then((found) => { found.forEach(link); return execute && execute(); }).then(() => record);
}
function load(path) {
  const name = path.replace(/^\\.\\//, "");
  let record = registry.get(name);
  if (!record) {
    record = new Promise((resolve, reject) => ${fetchChunk}).then(() => instantiate(name, take(urlOf(name))));
    registry.set(name, record);
    record.catch(() => registry.delete(name));
  }
  return record;
}
`;
const SYSTEM_EPILOGUE = `
registry.set("${SCRIPT_FILE}", instantiate("${SCRIPT_FILE}", take(urlOf("${SCRIPT_FILE}"))));
})();
`;

/** (c) Rollup `format: 'system'` of the ordinary ESM build, the loader around its entry. */
export async function buildSystem({ chunksAs = 'module' } = {}) {
  const esm = await plainEsm({ minified: false, fileName: SCRIPT_FILE });
  const files = byName(esm);
  const bundle = await rollup({
    input: SCRIPT_FILE,
    treeshake: false,
    onwarn: () => undefined,
    plugins: [
      {
        name: 'in-memory',
        resolveId: (source) => {
          const name = source.replace(/^\.\//, '');
          if (!(name in files)) throw new Error(`system build: ${source} is not one of the ESM build's files`);
          return name;
        },
        load: (id) => files[id],
      },
    ],
  });
  try {
    const { output } = await bundle.generate({ format: 'system', entryFileNames: SCRIPT_FILE, chunkFileNames: '[name].js' });
    const assets = {};
    for (const chunk of output) {
      if (chunk.type !== 'chunk') continue;
      const code = chunk.isEntry ? `${systemPrologue(chunksAs === 'script' ? SCRIPT_CHUNK : IMPORT_CHUNK)}${chunk.code}${SYSTEM_EPILOGUE}` : chunk.code;
      const min = await minify(chunk.fileName, code, { module: false, compress: true, mangle: true });
      if (min.errors?.length) throw new Error(`${chunk.fileName}: ${min.errors.map((e) => e.message).join('; ')}`);
      assets[chunk.fileName] = min.code;
    }
    if (!assets[SCRIPT_FILE]) throw new Error('system build: no entry');
    return assets;
  } finally {
    await bundle.close();
  }
}

export const VARIANTS = {
  a: { label: '(a) plugin (today)', build: buildPlugin },
  b: { label: '(b) classic loader + ESM', build: buildLoader },
  c: { label: '(c) Rollup system + loader', build: () => buildSystem() },
  // Not timed: its paint path is (c)'s; only how it fetches the chunks differs.
  d: { label: "(c′) as (c), chunks as <script> elements", build: () => buildSystem({ chunksAs: 'script' }), timed: false },
};

/**
 * A loopback server that holds every response back by `delayMs` (settable between runs):
 * /assets/<variant>/<file> and /copy/<variant>/<file> (a second copy at another URL), the
 * pages of bench/loaders.mjs (`pages`: path → { html, csp? }), the mock backend under /mock/.
 * Records the asset paths each page load asks for (`log`).
 */
export async function startDelayServer(assetsByVariant, pages) {
  let delayMs = 0;
  const log = [];
  const server = createServer((req, res) => {
    setTimeout(async () => {
      try {
        if (await handleMockRequest(req, res)) return;
        const url = new URL(req.url ?? '/', 'http://127.0.0.1');
        const send = (status, type, text, extra = {}) => {
          res.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store', ...extra });
          res.end(text);
        };
        const asset = /^\/(assets|copy)\/([a-z])\/([\w.-]+\.js)$/.exec(url.pathname);
        if (asset) {
          log.push(`${asset[2]}/${asset[3]}`);
          const code = assetsByVariant[asset[2]]?.[asset[3]];
          return code === undefined ? send(404, 'text/plain', 'no such asset') : send(200, 'text/javascript', code);
        }
        const page = pages(url);
        if (page) return send(200, 'text/html; charset=utf-8', page.html, page.csp ? { 'Content-Security-Policy': page.csp } : {});
        if (url.pathname === '/favicon.ico') return send(204, 'text/plain', '');
        send(404, 'text/plain', 'not found');
      } catch (error) {
        if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
        res.end(String(error));
      }
    }, delayMs);
  });
  const sockets = new Set();
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  return {
    origin: `http://127.0.0.1:${server.address().port}`,
    setDelay: (ms) => (delayMs = ms),
    takeLog: () => log.splice(0),
    close: () =>
      new Promise((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
