// Paint timing, one run per page load: ?kind=product|floor&n=<vouchers>.
//
// Both kinds get the same CleverTap body of n records through a stubbed `fetch` whose
// provider response is held back until the page is idle (the tray's loading state painted),
// then delivered at t0. t1 is the first moment after the frame that shows the list:
// requestAnimationFrame after the DOM commit, a forced layout inside it, then a
// MessageChannel task, which runs once that frame has been painted. Same method for both.
//   product: the script-tag file; <voucher-tray provider="clevertap"> reads the body with its
//            real adapter, and commits the list before it fires voucher-tray-load.
//   floor:   lit-html (bench/floor/paint-floor.ts) reads the same body with response.json()
//            and renders one plain <li> per record (its voucherCode).
const params = new URLSearchParams(location.search);
const kind = params.get('kind');
const n = Number(params.get('n'));
const FRAME_MS = 1000 / 60;
// The tray shows at most 500 entries (MAX_VOUCHERS in src/model/guard.ts); the floor renders
// as many of the same body's records, so that both paint the same number of rows.
const SHOWN_MAX = 500;
const shown = Math.min(n, SHOWN_MAX);
const phase = Math.min(1, Math.max(0, Number(params.get('phase')) || 0));
// Another build of the product can be served beside it (A/B of a change, by hand).
const asset = /^[\w.-]+\.js$/.test(params.get('asset') ?? '') ? params.get('asset') : 'product.js';

function loadScript(src) {
  return new Promise((resolve, reject) => {
    const script = document.createElement('script');
    script.src = src;
    script.onload = resolve;
    script.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.append(script);
  });
}

/** Resolves after the next frame has been painted. */
function afterNextPaint(forceLayout = () => undefined) {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      forceLayout();
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(undefined);
    });
  });
}

const JSON_HEADERS = { 'Content-Type': 'application/json' };

async function run() {
  const body = await (await fetch(`/bench/body?n=${n}`)).text();
  const realFetch = window.fetch;
  let providerAsked;
  const asked = new Promise((resolve) => (providerAsked = resolve));
  window.fetch = (input, init) => {
    const url = new URL(typeof input === 'string' || input instanceof URL ? String(input) : input.url, location.href);
    if (url.pathname === '/bench/token') {
      const grant = { token: 'bench-token', expires_in: 600, api_base: '/bench/clevertap' };
      return Promise.resolve(new Response(JSON.stringify(grant), { headers: JSON_HEADERS }));
    }
    if (url.pathname === '/bench/clevertap/1/promo/vouchers') {
      return new Promise((resolve) =>
        providerAsked(() => {
          const response = new Response(body, { headers: JSON_HEADERS });
          const t0 = performance.now();
          resolve(response);
          return t0;
        }),
      );
    }
    return realFetch(input, init);
  };

  const host = document.getElementById('host');
  let deliver;
  let committed;
  let list;
  if (kind === 'product') {
    await loadScript(`/assets/${asset}`);
    if (!customElements.get('voucher-tray')) throw new Error('the script-tag file did not define <voucher-tray>');
    const tray = document.createElement('voucher-tray');
    tray.setAttribute('provider', 'clevertap');
    tray.setAttribute('identity', 'bench-shopper');
    tray.setAttribute('token-endpoint', '/bench/token');
    committed = new Promise((resolve) =>
      tray.addEventListener('voucher-tray-load', () => resolve(performance.now()), { once: true }),
    );
    host.append(tray);
    deliver = await asked;
    list = () => tray.shadowRoot.querySelector('[part="list"]');
  } else if (kind === 'floor') {
    await loadScript('/assets/paint-floor.js');
    const responded = fetch('/bench/clevertap/1/promo/vouchers?identity=bench-shopper');
    deliver = await asked;
    committed = responded.then(async (response) => {
      const { records } = await response.json();
      window.BenchPaintFloor.renderRows(host, records.slice(0, SHOWN_MAX).map((record) => record.voucherCode));
      return performance.now();
    });
    list = () => host.querySelector('ul');
  } else {
    throw new Error(`unknown kind ${kind}`);
  }

  // Let the loading state (and everything else from start-up) paint and settle first. Then
  // deliver at `phase` (0–1) of a 60 Hz frame: a fixed moment after a frame would charge a
  // whole frame to any kind whose commit just misses the next one, and none to a kind that
  // just makes it. The runs spread the phase over the frame, the same for both kinds.
  await afterNextPaint();
  await afterNextPaint();
  await new Promise((resolve) => setTimeout(resolve, 50 + phase * FRAME_MS));

  const t0 = deliver();
  const tCommit = await committed;
  const t1 = await afterNextPaint(() => list()?.getBoundingClientRect());
  const rows = list()?.querySelectorAll('li').length ?? 0;
  if (rows !== shown) throw new Error(`${kind}: ${rows} rows painted, expected ${shown}`);
  return { kind, n, toCommitMs: tCommit - t0, toPaintMs: t1 - t0 };
}

window.benchResult = run().catch((error) => ({ error: String(error?.stack ?? error) }));
