// CleverTap Fetch Voucher: GET /mock/clevertap/1/promo/vouchers?identity=…
import { DAY, HOUR, MANY_COUNT, SPECIAL, fixture, hourFrom, randomFor, soonExpiry } from './demo-data.js';

const PARTNERS = ['AMAZON', 'FLIPKART', 'MYNTRA', 'SWIGGY', 'ZOMATO', 'NYKAA', 'BIGBASKET'];

/**
 * What each of a shopper's vouchers is, before it gets a code. CleverTap knows no status,
 * only the list's expiry, so "used" cannot be expressed; one is already expired.
 * @type {{ tag: string, name: string, description: string, expires: (now: number) => number }[]}
 */
const OFFERS = [
  { tag: 'flashsale', name: 'FLAT100', description: 'Flat ₹100 off, this flash sale ends in minutes', expires: soonExpiry },
  { tag: 'weekend', name: 'FLAT20%', description: 'Get 20% off on electronics items', expires: (now) => hourFrom(now, 5 * HOUR) },
  { tag: 'summersale', name: 'FLAT1000', description: 'Get flat ₹1000 off on orders above ₹5000', expires: (now) => hourFrom(now, 3 * DAY) },
  { tag: 'newuser', name: 'FREEDEL', description: 'Free delivery on your next three orders', expires: (now) => hourFrom(now, 21 * DAY) },
  { tag: 'festive', name: 'BOGO', description: 'Buy one, get one free on selected items', expires: (now) => hourFrom(now, 60 * DAY) },
  { tag: 'spring', name: 'FLAT250', description: 'This offer has ended', expires: (now) => hourFrom(now, -2 * DAY) },
];

/**
 * @param {string} identity
 * @param {number} now
 */
function recordsFor(identity, now) {
  if (identity === SPECIAL.nobody) return [];
  const random = randomFor(identity, 'clevertap');
  const template = fixture('clevertap-fetch-voucher').records[0];
  const count = identity === SPECIAL.many ? MANY_COUNT : OFFERS.length;
  return Array.from({ length: count }, (_, i) => {
    const offer = OFFERS[i] ?? {
      ...OFFERS[2 + (i % 3)],
      expires: (/** @type {number} */ t) => hourFrom(t, (i + 1) * 6 * HOUR),
    };
    return {
      ...template,
      listExpiry: Math.floor(offer.expires(now) / 1000),
      listTag: offer.tag,
      partner: random.pick(PARTNERS),
      campaignId: 1500 + i,
      externalVoucherId: 1434 + (i % 4),
      listName: offer.name,
      listDescription: offer.description,
      voucherCode: random.chars(12),
    };
  });
}

/** @type {import('./http.js').MockProvider} */
export const clevertap = {
  family: 'clevertap',
  errorBody: (status, message) => ({ status: 'fail', error: message, code: status }),
  route(subpath, query) {
    if (subpath !== '/1/promo/vouchers') return undefined;
    const identity = query.get('identity') ?? '';
    return {
      subject: identity,
      invalid: identity.trim() === '' ? { status: 400, body: fixture('clevertap-error') } : undefined,
      answer: (who, now) => ({
        status: 200,
        body: { ...fixture('clevertap-empty'), records: recordsFor(who, now) },
      }),
    };
  },
};
