// In-memory builds (nothing is written to dist/) of the product and of the floors, all from
// the project's own vite.config.ts so that floor and product go through the same bundler,
// the same target and the same minifier. Only the entry (and the global name) is swapped.
import { fileURLToPath } from 'node:url';
import { build, loadConfigFromFile, minify } from 'vite';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
const configPath = fileURLToPath(new URL('../../vite.config.ts', import.meta.url));
const floorDir = fileURLToPath(new URL('../floor/', import.meta.url));

export const FLOOR_ELEMENT = `${floorDir}floor-element.ts`;
export const PAINT_FLOOR = `${floorDir}paint-floor.ts`;

/** The config vite.config.ts returns for `vite build --mode <mode>`. */
async function projectConfig(mode) {
  const loaded = await loadConfigFromFile({ command: 'build', mode, isPreview: false }, configPath, repoRoot, 'silent');
  if (!loaded) throw new Error(`vite.config.ts gave no config for mode ${mode}`);
  return loaded.config;
}

async function runBuild(mode, config, buildOverrides) {
  const result = await build({
    ...config,
    root: repoRoot,
    configFile: false,
    mode,
    logLevel: 'silent',
    build: { ...config.build, ...buildOverrides, write: false, emptyOutDir: false },
  });
  const outputs = (Array.isArray(result) ? result : [result]).flatMap((r) => r.output);
  const chunks = outputs.filter((o) => o.type === 'chunk');
  for (const chunk of chunks) {
    // Lit's development build warns in the console; a production build must not carry it.
    if (chunk.code.includes('Lit is in dev mode')) throw new Error(`${chunk.fileName}: Lit development build bundled`);
  }
  return chunks;
}

/**
 * The script-tag build (`--mode script`, Lit inside) of `entry` (default: the product's
 * src/entries/script.ts), exactly as `npm run build` writes it: `file`, the code a page loads with
 * <script src>, and `chunks` ({ fileName, code }), what it fetches from beside itself later.
 */
export async function buildScript(entry) {
  const config = await projectConfig('script');
  if (entry) config.build.lib = { ...config.build.lib, entry };
  const chunks = await runBuild('script', config, {});
  const entries = chunks.filter((chunk) => chunk.isEntry);
  if (entries.length !== 1) throw new Error(`script build gave ${entries.length} entry files, expected one`);
  return {
    file: entries[0].code,
    chunks: chunks.filter((chunk) => !chunk.isEntry).map(({ fileName, code }) => ({ fileName, code })),
  };
}

/** The product's standalone script-tag file (`--mode standalone`): everything in one file. */
export async function buildStandaloneFile() {
  const chunks = await runBuild('standalone', await projectConfig('standalone'), {});
  if (chunks.length !== 1) throw new Error(`standalone build gave ${chunks.length} files, expected one`);
  return chunks[0].code;
}

/**
 * What the bench server serves under /assets/ for a script build: its file as `name`, its
 * chunks beside it under their own names (where the file looks for them).
 */
export const scriptAssets = (name, { file, chunks }) => ({
  [name]: file,
  ...Object.fromEntries(chunks.map((chunk) => [chunk.fileName, chunk.code])),
});

/**
 * The ESM library (`--mode lib`, Lit external), bundled as `npm run build` configures it
 * (unminified), then each chunk minified with oxc's minifier (vite's `minify`: compress,
 * mangle, whitespace), the one vite applies to the script-tag file, so floor and product are
 * compared byte for byte. Vite's own `minify` option keeps the whitespace of ES libraries,
 * which is why it is not used here. Source maps are left out.
 *   entry: undefined = the config's own entries (the files dist/ ships); a path = that
 *          module as the only entry, named `index`.
 *   single: true = src/entries/index.ts (or `entry`) as the only entry, so its static imports end up
 *          in one file, as a consumer's bundler would have them; lazy import()s stay apart.
 * Returns every chunk: { fileName, code, isEntry, imports, dynamicImports }.
 */
export async function buildEsmMinified(entry, { single = false } = {}) {
  const config = await projectConfig('lib');
  const only = entry ?? (single ? `${repoRoot}src/entries/index.ts` : undefined);
  if (only) {
    const { rolldownOptions = {} } = config.build;
    config.build.lib = { ...config.build.lib, entry: { index: only } };
    // One entry, one file: no per-module output (preserveModules) for this measurement.
    const output = { ...(rolldownOptions.output ?? {}) };
    delete output.preserveModules;
    delete output.preserveModulesRoot;
    config.build.rolldownOptions = { ...rolldownOptions, output };
  }
  const chunks = await runBuild('lib', config, { sourcemap: false });
  return Promise.all(
    chunks.map(async (chunk) => {
      const result = await minify(chunk.fileName, chunk.code, { module: true, compress: true, mangle: true });
      if (result.errors?.length) throw new Error(`${chunk.fileName}: ${result.errors.map((e) => e.message).join('; ')}`);
      const { fileName, isEntry, imports, dynamicImports } = chunk;
      return { fileName, code: result.code, isEntry, imports, dynamicImports };
    }),
  );
}
