// Server rendering of <voucher-tray> with Lit SSR, the way Next.js, Nuxt or Astro would do it:
// the built package (dist/, as a consumer imports it) rendered to declarative shadow DOM.
// Shared by the Node test (ssr.node.test.mjs) and the browser test's page (test/runner/ssr.mjs).
import { render } from '@lit-labs/ssr';
import { collectResult } from '@lit-labs/ssr/lib/render-result.js';
import { html } from 'lit';
import { unsafeStatic, html as staticHtml } from 'lit/static-html.js';

let defined;
/** Imports the package once (it defines the element in Lit's server DOM shim). */
const define = () => (defined ??= import('../../dist/entries/index.js'));

const escapeAttribute = (value) => String(value).replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** `<voucher-tray …attributes>` rendered on the server, as HTML text. */
export async function renderTray(attributes) {
  await define();
  const list = Object.entries(attributes)
    .map(([name, value]) => (value === true ? name : `${name}="${escapeAttribute(value)}"`))
    .join(' ');
  return collectResult(render(staticHtml`<voucher-tray ${unsafeStatic(list)}></voucher-tray>`));
}

/** A whole page around it, as a server would send it. */
export async function renderPage(attributes, { head = '' } = {}) {
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">${head}</head><body>${await renderTray(attributes)}</body></html>`;
}

export { html };
