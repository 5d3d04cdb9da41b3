// The paint floor: lit-html rendering one plain <li> text row per voucher, nothing else.
// Built into a script-tag file (window.BenchPaintFloor) the same way as the product.
import { html, render } from 'lit/html.js';

export function renderRows(container: HTMLElement, rows: readonly string[]): void {
  render(html`<ul>${rows.map((text) => html`<li>${text}</li>`)}</ul>`, container);
}
