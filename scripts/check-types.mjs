// What tools and editors read, checked as they read it from the packed package:
//   - custom-elements.json is valid against the official schema (custom-elements-manifest
//     2.1) and every module path it names is a file in the tarball;
//   - the editor data (VS Code custom data, JetBrains web-types) names the tag;
//   - TSX against the real tarball: <voucher-tray> type-checks in React 19 and Preact with its
//     attributes and typed events, and each deliberate mistake in a second file is an error.
import Ajv from 'ajv';
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { packedFiles, root, withPackedPackage } from './lib/scratch-package.mjs';

const failures = [];
const fail = (message) => failures.push(message);
const read = (path) => JSON.parse(readFileSync(join(root, path), 'utf8'));

const manifest = read('custom-elements.json');
const validate = new Ajv({ allErrors: true, strict: false }).compile(read('node_modules/custom-elements-manifest/schema.json'));
if (!validate(manifest)) {
  for (const error of validate.errors) fail(`custom-elements.json ${error.instancePath}: ${error.message}`);
}
const files = new Set(packedFiles());
for (const module of manifest.modules) {
  if (!files.has(module.path)) fail(`custom-elements.json names ${module.path}, which the package does not ship`);
}
const pkg = read('package.json');
const webTypes = read(pkg['web-types']);
if (!webTypes.contributions?.html?.elements?.some((element) => element.name === 'voucher-tray')) {
  fail(`${pkg['web-types']} does not describe <voucher-tray>`);
}
const htmlData = read('dist/editor/vscode.html-custom-data.json');
const vscodeTag = htmlData.tags?.find((tag) => tag.name === 'voucher-tray');
if (!vscodeTag?.attributes?.some((attribute) => attribute.name === 'token-endpoint')) {
  fail('the VS Code custom data does not describe <voucher-tray token-endpoint>');
}

// Each flavour: a file that must type-check, and mistakes each of which must be an error.
const flavours = {
  react: { jsxImportSource: 'react', linked: ['react', '@types/react'] },
  preact: { jsxImportSource: 'preact', linked: ['preact'] },
};
const good = (flavour) => `import type {} from 'voucher-tray/${flavour}-jsx';
import type { Voucher } from 'voucher-tray';
import 'voucher-tray';

export const count = (vouchers: Voucher[]) => vouchers.length;
export const tray = (
  <voucher-tray
    provider="spaaza"
    identity="21"
    token-endpoint="/voucher-tray/token"
    login-url="/login"
    show-expired
    text-empty="Nothing for you yet"
    onvoucher-tray-load={(event) => count(event.detail.vouchers)}
    onvoucher-tray-error={(event) => event.detail.kind === 'token'}
  />
);
`;
const mistakes = [
  ['show-expired="yes"', 'a boolean property given a string'],
  ['onvoucher-tray-load={(event) => event.detail.kind}', 'a load listener reading an error detail'],
  ['identity={21}', 'a number for a string property'],
];
const bad = (flavour) => `import type {} from 'voucher-tray/${flavour}-jsx';
import 'voucher-tray';

${mistakes.map(([props], i) => `export const mistake${i} = <voucher-tray ${props} />;`).join('\n')}
`;

const linked = ['lit', 'lit-html', 'lit-element', '@lit/reactive-element', '@lit/task', ...new Set(Object.values(flavours).flatMap((f) => f.linked))];
await withPackedPackage(linked, (scratch) => {
  for (const [flavour, { jsxImportSource }] of Object.entries(flavours)) {
    const tsconfig = {
      compilerOptions: {
        strict: true,
        noEmit: true,
        jsx: 'react-jsx',
        jsxImportSource,
        module: 'esnext',
        moduleResolution: 'bundler',
        target: 'es2022',
        lib: ['es2022', 'dom', 'dom.iterable'],
        types: [],
        skipLibCheck: false,
      },
    };
    for (const [name, source] of [['good', good(flavour)], ['bad', bad(flavour)]]) {
      writeFileSync(join(scratch, `${name}.tsx`), source);
      writeFileSync(join(scratch, `tsconfig.${name}.json`), JSON.stringify({ ...tsconfig, files: [`${name}.tsx`] }));
    }
    const tsc = (name) => {
      try {
        execFileSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', `tsconfig.${name}.json`], { cwd: scratch, encoding: 'utf8' });
        return '';
      } catch (error) {
        return `${error.stdout}${error.stderr}` || 'tsc failed';
      }
    };
    const goodErrors = tsc('good');
    if (goodErrors) fail(`${flavour}: <voucher-tray> does not type-check:\n${goodErrors}`);
    const badErrors = tsc('bad');
    mistakes.forEach(([, what], i) => {
      // Line numbers: two import lines, a blank line, then one mistake a line.
      if (!badErrors.includes(`bad.tsx(${4 + i},`)) fail(`${flavour}: ${what} type-checks, but must not`);
    });
  }
});

if (failures.length) {
  console.error(`check-types: ${failures.length} problem(s)\n- ${failures.join('\n- ')}`);
  process.exit(1);
}
console.log(`check-types: the manifest is valid and ships its ${manifest.modules.length} modules; editor data and JSX types (React, Preact) check, and ${mistakes.length} mistakes are refused in each`);
