// The paint floor: lit-html rendering one plain <li> text row per voucher, nothing else.
// Built into a script-tag file the same way as the product; the page calls it through
// window.BenchPaintFloor, as a script-tag page calls window.VoucherTray.
import { html, render } from 'lit/html.js';

export function renderRows(container: HTMLElement, rows: readonly string[]): void {
  render(html`<ul>${rows.map((text) => html`<li>${text}</li>`)}</ul>`, container);
}

(window as unknown as { BenchPaintFloor: object }).BenchPaintFloor = { renderRows };
