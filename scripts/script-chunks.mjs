// The script-tag build (`vite build --mode script`) is an ES build with code splitting: its
// entry, dist/voucher-tray.min.js, holds Lit and everything the first paint needs, and the
// rest (network layer, adapters, list view, translations) comes in chunks beside it, fetched
// on first use. But the entry must run from a plain <script src> (classic, async, defer or
// type="module"), and a classic script can neither `export` nor be `import`ed by its chunks.
// This plugin rewrites the two ends of that link:
//   entry: its `export { … }` goes; each `import("./x.js")` becomes a call that imports ./x.js
//          from beside the script (once per page) and calls the chunk's default export with
//          the entry's bindings. postBanner/postFooter wrap the file in a strict function, so
//          it declares nothing in the page's global scope.
//   chunk: `import { b as a } from "./voucher-tray.min.js"` becomes `const { b: a } = shared`
//          at the top of `export default function (shared) { … return { …exports } }`.
// Whatever falls outside that shape (a chunk importing another chunk, an export reassigned
// after the entry ran, import.meta in the entry) fails the build instead of shipping a file
// that breaks in the page.
import MagicString from 'magic-string';

const SHARED = '$vt$shared';
const LOAD = '$vt$chunk';
const CHUNKS = '$vt$chunks';
const BASE = '$vt$base';

/** Visits every node of an ESTree AST. */
function walk(node, visit) {
  visit(node);
  for (const value of Object.values(node)) {
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item.type === 'string') walk(item, visit);
    } else if (value && typeof value.type === 'string') {
      walk(value, visit);
    }
  }
}

const nameOf = (node) => (node.type === 'Identifier' ? node.name : String(node.value));

function fail(fileName, message) {
  throw new Error(`script-chunks: ${fileName}: ${message}`);
}

/** Top-level `export { local as exported }` statements, removed from `s`; other export forms fail. */
function takeExports(ast, s, fileName) {
  const exported = [];
  for (const statement of ast.body) {
    if (statement.type === 'ExportNamedDeclaration' && !statement.declaration && !statement.source) {
      for (const spec of statement.specifiers) exported.push({ name: nameOf(spec.exported), local: spec.local.name });
      s.remove(statement.start, statement.end);
    } else if (statement.type.startsWith('Export')) {
      fail(fileName, `unexpected ${statement.type}; only \`export { … }\` lists are rewritten`);
    }
  }
  return exported;
}

/** Names in `locals` that the code assigns to: a chunk's copy of them would go stale. */
function reassigned(ast, locals) {
  const found = new Set();
  walk(ast, (node) => {
    const target = node.type === 'AssignmentExpression' ? node.left : node.type === 'UpdateExpression' ? node.argument : undefined;
    if (target?.type === 'Identifier' && locals.has(target.name)) found.add(target.name);
  });
  return [...found];
}

function checkOwnNames(ast, fileName) {
  walk(ast, (node) => {
    if (node.type === 'Identifier' && node.name.startsWith('$vt$')) fail(fileName, `the name ${node.name} is the plugin's own`);
  });
}

const objectOf = (pairs) => `{ ${pairs.map(({ name, local }) => `${JSON.stringify(name)}: ${local}`).join(', ')} }`;

function rewriteEntry(code, fileName, parse) {
  const ast = parse(code);
  checkOwnNames(ast, fileName);
  const s = new MagicString(code);
  for (const statement of ast.body) {
    if (statement.type === 'ImportDeclaration') fail(fileName, `imports ${statement.source.value}; the script-tag file must hold all it needs`);
  }
  const exported = takeExports(ast, s, fileName);
  const stale = reassigned(ast, new Set(exported.map((e) => e.local)));
  if (stale.length) fail(fileName, `chunks would keep stale copies of ${stale.join(', ')}, reassigned after the entry ran`);
  walk(ast, (node) => {
    if (node.type === 'MetaProperty') fail(fileName, 'import.meta cannot run in a classic script');
    if (node.type !== 'ImportExpression') return;
    if (node.source.type !== 'Literal' || typeof node.source.value !== 'string' || !node.source.value.startsWith('./')) {
      fail(fileName, 'a dynamic import() of anything but a chunk beside the script');
    }
    if (node.options) fail(fileName, 'import() with options');
    s.overwrite(node.start, node.source.start, `${LOAD}(`);
  });
  // Each chunk is imported and set up once per page. Relative to the script's own URL: taken
  // from document.currentScript while the file runs (a classic script); a module script has
  // none, and there import() resolves against the module itself. Any failure (a URL that
  // cannot be built, a missing file) is a rejection, never a throw, and is forgotten, so the
  // next load tries again. Declared first, so nothing the file runs can reach them too early.
  s.prepend(`const ${BASE} = typeof document !== "undefined" && document.currentScript ? document.currentScript.src : "";
const ${CHUNKS} = new Map();
function ${LOAD}(path) {
  let chunk = ${CHUNKS}.get(path);
  if (!chunk) {
    chunk = new Promise((resolve) => resolve(${BASE} ? import(new URL(path, ${BASE}).href) : import(path)))
      .then((module) => module.default(${objectOf(exported)}));
    ${CHUNKS}.set(path, chunk);
    chunk.catch(() => ${CHUNKS}.delete(path));
  }
  return chunk;
}
`);
  return s;
}

function rewriteChunk(code, fileName, entryFileName, parse) {
  const ast = parse(code);
  checkOwnNames(ast, fileName);
  const s = new MagicString(code);
  const imported = [];
  for (const statement of ast.body) {
    if (statement.type !== 'ImportDeclaration') continue;
    if (statement.source.value !== `./${entryFileName}`) {
      fail(fileName, `imports ${statement.source.value}; a chunk may import only ./${entryFileName}`);
    }
    for (const spec of statement.specifiers) {
      if (spec.type !== 'ImportSpecifier') fail(fileName, `unexpected ${spec.type}`);
      imported.push({ name: nameOf(spec.imported), local: spec.local.name });
    }
    s.remove(statement.start, statement.end);
  }
  const exported = takeExports(ast, s, fileName);
  walk(ast, (node) => {
    if (node.type === 'ImportExpression') fail(fileName, 'a chunk that imports another chunk');
  });
  s.prepend(`export default function (${SHARED}) {\nconst ${objectOf(imported)} = ${SHARED};\n`);
  s.append(`\nreturn ${objectOf(exported)};\n}\n`);
  return s;
}

/** How the script build names its chunks (Rolldown's `chunkFileNames`): beside the file. */
export const CHUNK_FILE_NAMES = 'voucher-tray.[name]-[hash].js';

/** The chunks a built script-tag file will fetch, by file name, from its code. */
export function chunksNamedIn(scriptCode) {
  return [...new Set([...scriptCode.matchAll(/[`'"]\.\/(voucher-tray\.[\w.-]+-[\w-]+\.js)[`'"]/g)].map((m) => m[1]))];
}

/**
 * The plugin. `entryFileName` is the script-tag file's name; every chunk must sit beside it
 * (CHUNK_FILE_NAMES).
 */
export function scriptChunks({ entryFileName }) {
  return {
    name: 'voucher-tray:script-chunks',
    outputOptions(options) {
      return {
        ...options,
        postBanner: (chunk) => (chunk.isEntry ? '(() => {\n"use strict";\n' : ''),
        postFooter: (chunk) => (chunk.isEntry ? '\n})();' : ''),
      };
    },
    renderChunk(code, chunk) {
      if (chunk.fileName.includes('/')) fail(chunk.fileName, 'chunks must sit beside the script');
      const parse = (text) => this.parse(text);
      const s = chunk.isEntry ? rewriteEntry(code, chunk.fileName, parse) : rewriteChunk(code, chunk.fileName, entryFileName, parse);
      return { code: s.toString(), map: s.generateMap({ hires: true }) };
    },
  };
}
