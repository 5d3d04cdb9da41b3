// React 19 ships CommonJS only, which a browser cannot import, and the test runner's node
// resolution does not convert it. This dev-server plugin serves `react`, `react-dom` and
// `react-dom/client` as ES modules: esbuild bundles all three once (so the page holds one
// React), and each specifier gets a small facade re-exporting that package's names.
import { execFileSync } from 'node:child_process';
import { build } from 'esbuild';

const PREFIX = '/__react-esm__/';
const BUNDLE = `${PREFIX}bundle.js`;
/** Each served specifier, and the name its module.exports has in the bundle. */
const PACKAGES = { react: 'React', 'react-dom': 'ReactDOM', 'react-dom/client': 'ReactDOMClient' };
const IDENTIFIER = /^[A-Za-z_$][\w$]*$/;

/** @param {{ rootDir?: string }} [options] where `react` is installed (default: the working directory) */
export function reactAsEsm({ rootDir = process.cwd() } = {}) {
  /** @type {Promise<string> | undefined} */
  let bundle;
  /** @type {Record<string, string[]> | undefined} */
  let names;

  // Asked of a separate node process: loading React in the runner's own would let it write
  // to the runner's patched console.
  const exportNames = () => {
    const script = `const names = {};
      for (const specifier of ${JSON.stringify(Object.keys(PACKAGES))}) names[specifier] = Object.keys(require(specifier));
      process.stdout.write(JSON.stringify(names));`;
    const env = { ...process.env, NODE_ENV: 'production' };
    return JSON.parse(execFileSync(process.execPath, ['-e', script], { cwd: rootDir, env, encoding: 'utf8' }));
  };

  const buildBundle = async () => {
    const entries = Object.entries(PACKAGES);
    const contents = [
      ...entries.map(([specifier, name]) => `import ${name} from ${JSON.stringify(specifier)};`),
      `export { ${entries.map(([, name]) => name).join(', ')} };`,
    ].join('\n');
    const result = await build({
      stdin: { contents, resolveDir: rootDir, loader: 'js' },
      bundle: true,
      format: 'esm',
      platform: 'browser',
      target: 'es2021',
      write: false,
      logLevel: 'silent',
      // Matches the runner's `production` export condition.
      define: { 'process.env.NODE_ENV': '"production"' },
    });
    return result.outputFiles[0].text;
  };

  /** @param {keyof typeof PACKAGES} specifier */
  const facade = (specifier) => {
    names ??= exportNames();
    const exported = names[specifier].filter((key) => IDENTIFIER.test(key) && key !== 'default');
    return [
      `import { ${PACKAGES[specifier]} as pkg } from '${BUNDLE}';`,
      'export default pkg;',
      `export const { ${exported.join(', ')} } = pkg;`,
    ].join('\n');
  };

  return {
    name: 'react-as-esm',
    /** @param {{ source: string }} args */
    resolveImport({ source }) {
      return Object.hasOwn(PACKAGES, source) ? `${PREFIX}${source}.js` : undefined;
    },
    /** @param {{ path: string }} context */
    async serve({ path }) {
      if (path === BUNDLE) return { body: await (bundle ??= buildBundle()), type: 'js' };
      if (!path.startsWith(PREFIX)) return undefined;
      const specifier = path.slice(PREFIX.length, -'.js'.length);
      return Object.hasOwn(PACKAGES, specifier) ? { body: facade(/** @type {keyof typeof PACKAGES} */ (specifier)), type: 'js' } : undefined;
    },
  };
}
