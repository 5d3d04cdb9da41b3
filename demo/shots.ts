// One tray per state, for `npm run shots` (scripts/shots.mjs): the page's query picks the
// colour scheme, direction and layout; the mock backend (demo/mock-backend.js) answers.
// Voucherify's adapter is wrapped so that a tray can show one kind of voucher only: the
// identity's suffix (`~scheduled`, `~expiring`, `~expired`) picks which.
import '../src/entries/index.js';
import { registerProvider, voucherifyAdapter } from '../src/providers/index.js';

const query = new URLSearchParams(location.search);
const layout = query.get('layout') ?? 'auto';
if (query.get('scheme') === 'dark') document.documentElement.classList.add('dark');
document.documentElement.dir = query.get('dir') ?? 'ltr';

const DAY = 86_400_000;
registerProvider('voucherify', {
  ...voucherifyAdapter,
  async fetchVouchers(request) {
    const all = await voucherifyAdapter.fetchVouchers(request);
    const now = Date.now();
    const only = request.identity.split('~')[1];
    if (only === 'scheduled') return all.filter((v) => v.startsAt !== undefined && v.startsAt > now).concat(all.filter((v) => v.value?.kind === 'percent'));
    if (only === 'expiring') return all.filter((v) => v.status === 'active' && v.expiresAt !== undefined && v.expiresAt - now < 2 * DAY && v.expiresAt > now);
    if (only === 'expired') return all.filter((v) => v.status !== 'active' || (v.expiresAt ?? Infinity) < now || v.value?.kind === 'balance');
    return all;
  },
});

/** state → the tray's attributes. */
const STATES: Record<string, Record<string, string>> = {
  login: { provider: 'voucherify' },
  loading: { provider: 'voucherify', identity: 'shopper', 'token-endpoint': '/shots/hang' },
  list: { provider: 'voucherify', identity: 'cust_showcase' },
  empty: { provider: 'voucherify', identity: 'nobody' },
  error: { provider: 'voucherify', identity: 'error' },
  copied: { provider: 'voucherify', identity: 'cust_showcase~expiring' },
  scheduled: { provider: 'voucherify', identity: 'cust_showcase~scheduled' },
  expiring: { provider: 'spaaza', identity: '21' },
  expired: { provider: 'voucherify', identity: 'cust_showcase~expired', 'show-expired': '' },
  clevertap: { provider: 'clevertap', identity: '+919538784114' },
  // "Use now" on each usable card (the scheduled one has none).
  apply: { provider: 'voucherify', identity: 'cust_showcase~scheduled', 'apply-url': '/cart?discount={code}' },
  scan: { provider: 'voucherify', identity: 'cust_showcase', scan: '' },
};

const main = document.getElementById('states')!;
for (const [state, attributes] of Object.entries(STATES)) {
  const section = document.createElement('section');
  section.id = state;
  const heading = Object.assign(document.createElement('h2'), { textContent: `${state} · ${layout}` });
  const tray = document.createElement('voucher-tray');
  for (const [name, value] of Object.entries({ 'token-endpoint': '/mock/token', currency: 'EUR', layout, ...attributes })) tray.setAttribute(name, value);
  section.append(heading, tray);
  main.append(section);
}
