// Driven by bench/lib/requests.mjs and bench/lib/heap.mjs through page.evaluate: mounts real
// trays (the script-tag file) against the demo's mock backend, or the floor element.
const host = document.getElementById('host');

const settled = (el, kind) =>
  new Promise((resolve, reject) => {
    if (kind === 'floor') return el.addEventListener('bench-floor-load', resolve, { once: true });
    el.addEventListener('voucher-tray-load', resolve, { once: true });
    el.addEventListener('voucher-tray-error', (e) => reject(new Error(`voucher-tray-error ${JSON.stringify(e.detail)}`)), {
      once: true,
    });
  });

function tray({ provider = 'clevertap', identity }) {
  const el = document.createElement('voucher-tray');
  el.setAttribute('provider', provider);
  el.setAttribute('token-endpoint', '/mock/token');
  if (identity !== undefined) el.setAttribute('identity', identity);
  return el;
}

window.bench = {
  ready: Boolean(customElements.get('voucher-tray') && customElements.get('bench-floor')),

  /** Appends `count` trays in one task and resolves once all have loaded (or after `idleMs`). */
  async mount(count, options = {}, idleMs = 0) {
    const trays = Array.from({ length: count }, () => tray(options));
    const loads = options.identity === undefined ? [] : trays.map((el) => settled(el, 'product'));
    host.append(...trays);
    await Promise.all(loads);
    if (idleMs) await new Promise((resolve) => setTimeout(resolve, idleMs));
    return trays.map((el) => el.vouchers.length);
  },

  /** `cycles` times: mount one tray (product) or floor element, wait for its data, remove it. */
  async cycle(kind, cycles, identity) {
    for (let i = 0; i < cycles; i++) {
      let el;
      if (kind === 'floor') {
        el = document.createElement('bench-floor');
        el.src = '/bench/body?n=6';
      } else {
        el = tray({ identity });
      }
      const loaded = settled(el, kind);
      host.append(el);
      await loaded;
      el.remove();
    }
    // Let removals finish (the tray aborts its work a microtask after disconnect).
    await new Promise((resolve) => setTimeout(resolve, 50));
    return host.childElementCount;
  },

  clear() {
    host.replaceChildren();
  },
};
