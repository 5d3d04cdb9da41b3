// Spaaza get-user-vouchers under /mock/spaaza. Expiries are UTC in Spaaza's zone-less
// "YYYY-MM-DD HH:MM:SS" form. Redeemed and expired vouchers are always included (the real
// API returns them with filter=all) so that the demo can show how the tray treats them.
import { DAY, HOUR, MANY_COUNT, SPECIAL, fixture, hourFrom, randomFor, soonExpiry, spaazaTime } from './demo-data.js';

const NAMES = ['John Doe', 'Sanne de Vries', 'Lucas Janssen', 'Emma Bakker', 'Noah Visser'];

/**
 * @typedef {object} Offer
 * @property {'basket' | 'honour'} type
 * @property {string} title
 * @property {string} text
 * @property {number} amount
 * @property {(now: number) => number} expires
 * @property {'generated' | 'claimed' | 'redeemed'} status
 * @property {boolean} [withoutHonourCode] cloned from the seed's basket voucher that has none
 */

/** @type {Offer[]} */
const OFFERS = [
  { type: 'basket', title: '€10 Loyalty Voucher', text: 'Thanks for being a great customer', amount: 10, expires: (now) => hourFrom(now, 2 * DAY), status: 'generated' },
  { type: 'basket', title: '€5 Flash Voucher', text: 'Quick, this one is about to expire!', amount: 5, expires: soonExpiry, status: 'claimed' },
  { type: 'honour', title: 'Free coffee', text: 'Show this code at the counter for a free coffee', amount: 3.5, expires: (now) => hourFrom(now, 14 * DAY), status: 'claimed' },
  { type: 'basket', title: '€7.50 Autumn Voucher', text: 'Our autumn thank-you has ended', amount: 7.5, expires: (now) => hourFrom(now, -1 * DAY), status: 'generated' },
  { type: 'basket', title: '€2.50 Welcome Voucher', text: 'Your new voucher, enjoy!', amount: 2.5, expires: (now) => hourFrom(now, 45 * DAY), status: 'claimed', withoutHonourCode: true },
  { type: 'basket', title: '€5 Signup Voucher', text: 'Already redeemed in store', amount: 5, expires: (now) => hourFrom(now, 10 * DAY), status: 'redeemed' },
];

/**
 * @param {number} i
 * @returns {Offer}
 */
function fillerOffer(i) {
  return { type: 'basket', title: `€${(i % 9) + 1} Bonus Voucher`, text: 'One of many', amount: (i % 9) + 1, expires: (now) => hourFrom(now, (i + 1) * 5 * HOUR), status: 'generated' };
}

/**
 * @param {string} identity
 * @param {number} now
 */
function vouchersOf(identity, now) {
  if (identity === SPECIAL.nobody) return [];
  const random = randomFor(identity, 'spaaza');
  const seed = fixture('spaaza-get-user-vouchers').results;
  const userId = /^\d+$/.test(identity) ? Number(identity) : identity;
  const creatingUser = { ...seed.basket_vouchers[1].creating_user, full_name: random.pick(NAMES), user_id: userId };
  const count = identity === SPECIAL.many ? MANY_COUNT : OFFERS.length;
  return Array.from({ length: count }, (_, i) => {
    const offer = OFFERS[i] ?? fillerOffer(i);
    const expiry = offer.expires(now);
    const template =
      offer.type === 'honour' ? seed.honour_vouchers[0]
      : offer.withoutHonourCode ? seed.basket_vouchers[2]
      : seed.basket_vouchers[1];
    return {
      ...template,
      campaign_id: 140 + (i % 3),
      creating_user: creatingUser,
      voucher_amount: offer.amount,
      voucher_amount_original: offer.amount,
      voucher_amount_redeemed: offer.status === 'redeemed' ? offer.amount : 0,
      voucher_description: offer.text,
      voucher_expiry_datetime_utc: spaazaTime(expiry),
      voucher_expiry_seconds_remaining: Math.max(0, Math.floor((expiry - now) / 1000)),
      ...('voucher_honour_code' in template ? { voucher_honour_code: `HON${random.chars(6, '0123456789')}` } : {}),
      voucher_id: 30000 + random.int(60000),
      voucher_image_url: null,
      voucher_key: random.chars(64, '0123456789abcdef'),
      voucher_status: offer.status,
      voucher_title: offer.title,
      voucher_text: offer.text,
    };
  });
}

/**
 * Spaaza's error body. The codes and names are the mock's own choice; the shape is Spaaza's.
 * @param {number} status
 * @param {string} description
 */
function errorBody(status, description) {
  const [code, name] =
    status === 400 ? [11, 'missing_parameter']
    : status === 401 ? [4, 'session_invalid']
    : status === 404 ? [8, 'not_found']
    : status === 405 ? [12, 'method_not_allowed']
    : [1, 'internal_error'];
  return { ...fixture('spaaza-error'), error: { code, name, description } };
}

/** @type {import('./http.js').MockProvider} */
export const spaaza = {
  family: 'spaaza',
  errorBody,
  route(subpath, query) {
    if (subpath !== '/get-user-vouchers') return undefined;
    const user = query.get('user_id') ?? query.get('member_number') ?? '';
    return {
      subject: user,
      invalid: user.trim() === '' ? { status: 400, body: errorBody(400, 'user_id or member_number is required') } : undefined,
      answer(identity, now) {
        const body = fixture('spaaza-get-user-vouchers');
        const vouchers = vouchersOf(identity, now);
        body.results.basket_vouchers = vouchers.filter((v) => v.voucher_type === 'basket');
        body.results.honour_vouchers = vouchers.filter((v) => v.voucher_type === 'honour');
        return { status: 200, body };
      },
    };
  },
};
