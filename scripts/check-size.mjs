// The size budgets, enforced in `npm test` (after `npm run build`):
//   dist/voucher-tray.min.js, the script-tag file (Lit inside): everything a page pays before
//     the first paint, for anonymous and logged-in shoppers alike                 ≤ 12 KB gzip
//   ESM entry: src/entries/index.ts and everything it imports statically, bundled into one file with
//     Lit external (as a bundler adds it to an app) and minified with oxc             ≤ 6 KB gzip
// Reported, not budgeted: the chunks the script-tag file fetches from beside itself (the
// runtime on a logged-in shopper's first load, a translation when the page asks for one), and
// the standalone file. 1 KB = 1,000 bytes (the unit vite prints); gzip -9. The same figures as
// the bench table (bench/lib/size.mjs). Exit code 1 when a budget is exceeded or a file is
// missing.
import { readFileSync } from 'node:fs';
import { buildEsmMinified } from '../bench/lib/build.mjs';
import { BUDGETS, compressedSizes, esmEntrySizes, scriptChunkSizes } from '../bench/lib/size.mjs';
import { chunksNamedIn } from './script-chunks.mjs';

const dist = new URL('../dist/', import.meta.url);
const read = (name) => readFileSync(new URL(name, dist), 'utf8');

let scriptCode;
let chunks;
let standalone;
try {
  scriptCode = read('voucher-tray.min.js');
  chunks = scriptChunkSizes(chunksNamedIn(scriptCode).map((fileName) => ({ fileName, code: read(fileName) })));
  standalone = compressedSizes(read('voucher-tray.standalone.min.js'));
} catch (error) {
  console.error(`check-size: ${error.message}; run \`npm run build\` first.`);
  process.exit(1);
}

const script = compressedSizes(scriptCode);
const esm = esmEntrySizes(await buildEsmMinified(undefined, { single: true }));

const rows = [
  { name: 'script-tag file (dist/voucher-tray.min.js)', ...script, budget: BUDGETS.scriptGzip },
  { name: 'ESM entry (src/entries/index.ts bundled, Lit external)', ...esm, budget: BUDGETS.esmGzip },
];
const pad = (value, width) => String(value).padStart(width);
let failed = false;
console.log('size budgets (bytes; 1 KB = 1,000 B; gzip -9, brotli -q 11)');
for (const row of rows) {
  const ok = row.gzip <= row.budget;
  failed ||= !ok;
  console.log(
    `${ok ? 'ok  ' : 'OVER'} ${row.name}\n` +
      `     min ${pad(row.min, 6)}  gzip ${pad(row.gzip, 6)} / budget ${row.budget}` +
      ` (${ok ? `${row.budget - row.gzip} B to spare` : `${row.gzip - row.budget} B over`})  brotli ${pad(row.brotli, 6)}`,
  );
}
for (const chunk of chunks.chunks) console.log(`     script-tag chunk, fetched when needed: ${chunk.name} (gzip ${chunk.gzip})`);
console.log(`     logged-in shopper's first load: file + runtime chunk = gzip ${script.gzip + chunks.runtime.gzip}`);
console.log(`     standalone file (dist/voucher-tray.standalone.min.js, everything inside): gzip ${standalone.gzip}`);
for (const chunk of esm.lazy) console.log(`     ESM lazy chunk, not counted: ${chunk.name} (gzip ${chunk.gzip})`);
if (failed) {
  console.error('check-size: a size budget is exceeded (see bench/RESULTS.md for where the bytes go).');
  process.exit(1);
}
