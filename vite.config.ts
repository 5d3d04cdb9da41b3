import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';
import { serverKitVite } from './demo/kit-backend.js';
import { mockBackendVite } from './demo/mock-backend.js';
import { CHUNK_FILE_NAMES, scriptChunks } from './scripts/script-chunks.mjs';

// The script-tag file: what package.json's unpkg and jsdelivr fields name.
const SCRIPT_FILE = 'voucher-tray.min.js';
const src = (path: string) => fileURLToPath(new URL(`./src/${path}`, import.meta.url));
// Runtime and peer dependencies stay imports in the ESM library; only the script-tag file bundles.
// (Bundled, the scan view's encoders would land in dist/node_modules/, which npm never packs.)
const externalPackages = /^(lit|lit-html|lit-element|@lit\/reactive-element|@lit\/task|@lit\/react|react|react-dom|vue|lean-qr|jsbarcode)(\/|$)/;

// `vite` (npm start) serves the demo with the server kit in front of fake providers (and the
// mock backend the browser tests use); `vite build --mode lib` emits the
// ESM library for bundlers (Lit external); `--mode script` emits the file that a page loads
// with a plain <script src> (Lit inside) and the chunks it fetches from beside itself
// (scripts/script-chunks.mjs); `--mode standalone` the same in one file, chunks inlined.
export default defineConfig(({ mode }) => {
  if (mode === 'lib') {
    return {
      build: {
        outDir: 'dist',
        emptyOutDir: false,
        sourcemap: true,
        minify: false,
        target: 'es2021',
        lib: {
          entry: {
            'entries/index': src('entries/index.ts'),
            'element/voucher-tray': src('element/voucher-tray.ts'),
            'element/define': src('element/define.ts'),
            'providers/index': src('providers/index.ts'),
            'frameworks/react': src('frameworks/react.ts'),
            'frameworks/vue': src('frameworks/vue.ts'),
          },
          formats: ['es'],
        },
        rolldownOptions: {
          external: (id: string) => externalPackages.test(id),
          // One dist file per source module: stable names that package.json's sideEffects
          // can list (the define and provider-registration modules), no hashed chunks.
          output: { preserveModules: true, preserveModulesRoot: 'src', entryFileNames: '[name].js' },
        },
      },
    };
  }
  // Both script-tag builds: the same entry, Lit inside, minified, into dist/ beside the library.
  const scriptBuild = { outDir: 'dist', emptyOutDir: false, sourcemap: true, target: 'es2021' };
  if (mode === 'script') {
    return {
      build: {
        ...scriptBuild,
        lib: { entry: src('entries/script.ts'), formats: ['es'], fileName: () => SCRIPT_FILE },
        rolldownOptions: {
          // script.ts exports nothing; what its chunks share with it goes into it, not a third file.
          preserveEntrySignatures: 'allow-extension',
          output: { chunkFileNames: CHUNK_FILE_NAMES, minify: true },
          plugins: [scriptChunks({ entryFileName: SCRIPT_FILE })],
        },
      },
    };
  }
  if (mode === 'standalone') {
    return {
      build: {
        ...scriptBuild,
        // IIFE inlines every import() (runtime, translations). Vite wants a name for an IIFE;
        // script.ts exports nothing, so none is assigned.
        lib: { entry: src('entries/script.ts'), formats: ['iife'], name: 'VoucherTrayStandalone', fileName: () => 'voucher-tray.standalone.min.js' },
      },
    };
  }
  return {
    root: 'demo',
    server: { fs: { allow: ['..'] } },
    // The demo's trays go through the real server kit (/voucher-tray/); /mock/ stays for the tests.
    plugins: [mockBackendVite(), serverKitVite()],
  };
});
