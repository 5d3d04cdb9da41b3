// The size budgets, enforced in `npm test` (after `npm run build`):
//   dist/voucher-tray.min.js (the script-tag file, Lit inside)            goal 12 KB gzip,
//     enforced ≤ 21 KB (SCRIPT_CEILING_GZIP: one self-contained file cannot reach the goal)
//   ESM entry: src/index.ts and everything it imports statically, bundled
//   into one file with Lit external (as a bundler adds it to an app) and
//   minified with oxc, like the script-tag file                           ≤ 5 KB gzip
// 1 KB = 1,000 bytes (the unit vite prints); gzip -9. Lazy chunks (import()) are listed but
// not counted. The same figures as the bench table (bench/lib/size.mjs).
// Exit code 1 when a budget is exceeded or the script-tag file is missing.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { buildEsmMinified } from '../bench/lib/build.mjs';
import { BUDGETS, SCRIPT_CEILING_GZIP, compressedSizes, esmEntrySizes } from '../bench/lib/size.mjs';

const scriptPath = fileURLToPath(new URL('../dist/voucher-tray.min.js', import.meta.url));

let scriptCode;
try {
  scriptCode = readFileSync(scriptPath, 'utf8');
} catch {
  console.error(`check-size: ${scriptPath} is missing; run \`npm run build\` first.`);
  process.exit(1);
}

const script = compressedSizes(scriptCode);
const esm = esmEntrySizes(await buildEsmMinified(undefined, { single: true }));

const rows = [
  // The script-tag file's 12 KB is reported as a goal; the ceiling is what fails the build.
  { name: 'script-tag file (dist/voucher-tray.min.js)', ...script, budget: BUDGETS.scriptGzip, enforced: SCRIPT_CEILING_GZIP },
  { name: 'ESM entry (src/index.ts bundled, Lit external)', ...esm, budget: BUDGETS.esmGzip, enforced: BUDGETS.esmGzip },
];
const pad = (value, width) => String(value).padStart(width);
let failed = false;
console.log('size budgets (bytes; 1 KB = 1,000 B; gzip -9, brotli -q 11)');
for (const row of rows) {
  const ok = row.gzip <= row.budget;
  const within = row.gzip <= row.enforced;
  failed ||= !within;
  console.log(
    `${ok ? 'ok  ' : within ? 'GOAL MISSED' : 'OVER'} ${row.name}\n` +
      `     min ${pad(row.min, 6)}  gzip ${pad(row.gzip, 6)} / budget ${row.budget}` +
      ` (${ok ? `${row.budget - row.gzip} B to spare` : `${row.gzip - row.budget} B over`})  brotli ${pad(row.brotli, 6)}` +
      (row.enforced !== row.budget ? `\n     enforced ceiling ${row.enforced}: ${within ? 'within' : 'EXCEEDED'}` : ''),
  );
}
for (const chunk of esm.lazy) console.log(`     lazy, not counted: ${chunk.name} (gzip ${chunk.gzip})`);
if (failed) {
  console.error('check-size: a size budget is exceeded (see bench/RESULTS.md for where the bytes go).');
  process.exit(1);
}
