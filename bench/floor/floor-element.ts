// The size floor (and the heap control): the least a Lit element that loads data with
// @lit/task can be. bench/lib/build.mjs builds it exactly as the product is built (the same
// vite.config.ts modes, only the entry swapped), so the difference is the product's own code.
import { LitElement, html } from 'lit';
import { Task } from '@lit/task';

interface Row {
  voucherCode: string;
}

export class BenchFloor extends LitElement {
  static override properties = { src: {} };

  declare src: string | undefined;

  private readonly _task = new Task(this, {
    args: () => [this.src] as const,
    task: async ([src], { signal }) => {
      if (!src) return [] as Row[];
      const response = await fetch(src, { signal });
      const body = (await response.json()) as { records: Row[] };
      return body.records;
    },
    onComplete: () => {
      this.updateComplete.then(() => this.dispatchEvent(new Event('bench-floor-load', { bubbles: true })));
    },
  });

  override render() {
    return this._task.render({
      pending: () => html`<p>Loading…</p>`,
      complete: (rows) => html`<ul>${rows.map((row) => html`<li>${row.voucherCode}</li>`)}</ul>`,
      error: () => html`<p>Error</p>`,
    });
  }
}

if (typeof customElements !== 'undefined' && !customElements.get('bench-floor')) {
  customElements.define('bench-floor', BenchFloor);
}
