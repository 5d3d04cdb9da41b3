// The scan view imports jsbarcode's Code 128 encoder by its own file, which is CommonJS (as
// React is; see react-esm-plugin.mjs), and its test decodes with jsQR, which is UMD: every build
// bundles them, but the test runner serves modules as they are. This dev-server plugin serves each listed CommonJS file as an ES module
// with one default export (module.exports), bundled by esbuild once.
import { build } from 'esbuild';

const PREFIX = '/__cjs-esm__/';
const FILES = ['jsbarcode/bin/barcodes/CODE128/CODE128_AUTO.js', 'jsqr'];

/** @param {{ rootDir?: string }} [options] where the packages are installed (default: the working directory) */
export function commonJsAsEsm({ rootDir = process.cwd() } = {}) {
  /** @type {Map<string, Promise<string>>} */
  const bundles = new Map();
  const bundle = (specifier) =>
    build({
      stdin: { contents: `import m from ${JSON.stringify(specifier)}; export default m;`, resolveDir: rootDir, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2021',
      write: false,
      logLevel: 'silent',
    }).then((result) => result.outputFiles[0].text);

  return {
    name: 'commonjs-as-esm',
    /** @param {{ source: string }} args */
    resolveImport({ source }) {
      const index = FILES.indexOf(source);
      return index < 0 ? undefined : `${PREFIX}${index}.js`;
    },
    /** @param {{ path: string }} context */
    async serve({ path }) {
      if (!path.startsWith(PREFIX)) return undefined;
      const specifier = FILES[Number(path.slice(PREFIX.length, -'.js'.length))];
      if (!specifier) return undefined;
      if (!bundles.has(specifier)) bundles.set(specifier, bundle(specifier));
      return { body: await bundles.get(specifier), type: 'js' };
    },
  };
}
