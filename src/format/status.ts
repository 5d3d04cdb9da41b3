// What a card says about its state, and the key its `data-status` carries: the provider's word
// first, then time and usability as the model works them out (expired, not yet, outside its
// hours, held back). One signal at most: a usable voucher says nothing (a referral code says
// it is one to share), the expiry of a usable one is the card's own line.
import { fill } from '../i18n/fill.js';
import type { TrayStrings } from '../i18n/types.js';
import { DAY } from '../model/time.js';
import { isExpired, isUsableNow, usableFrom, type Voucher } from '../model/voucher.js';
import { expiryText, shortDate } from './expiry.js';
import { formatDateTime } from './intl.js';

const STATUS_TEXT = { used: 'statusUsed', expired: 'statusExpired', disabled: 'statusDisabled', 'no-balance': 'statusNoBalance' } as const;

export interface DisplayStatus {
  /** `active`, `scheduled` (not usable yet or not at this hour), `blocked`, `expired`, or the provider's status. */
  key: string;
  /** What the card says of it; empty for a usable voucher (the normal case says nothing). */
  label: string;
}

export function displayStatus(voucher: Voucher, now: number, locale: string, strings: TrayStrings): DisplayStatus {
  const { status, startsAt, expiresAt } = voucher;
  if (status !== 'active' && status !== 'scheduled') return { key: status, label: strings[STATUS_TEXT[status]] };
  // "Expired 2 days ago": said once, as the reason it cannot be used.
  if (isExpired(voucher, now)) return { key: 'expired', label: expiryText(expiresAt!, now, locale, strings) };
  if (voucher.blocked) return { key: 'blocked', label: voucher.blocked === 'locked' ? strings.statusLocked : strings.statusUnclaimed };
  if (!isUsableNow(voucher, now)) {
    const from = usableFrom(voucher, now);
    if (from === undefined) return { key: 'scheduled', label: strings.statusScheduled };
    // "Starts 3 Dec" (with the time when it is within two days); "Usable from …" for a window.
    if (from === startsAt) return { key: 'scheduled', label: fill(strings.starts, { date: shortDate(from, now, locale, from - now < 2 * DAY) }) };
    return { key: 'scheduled', label: fill(strings.usableFrom, { date: formatDateTime(from, locale) }) };
  }
  return { key: 'active', label: voucher.role === 'referrer' ? strings.referral : '' };
}
