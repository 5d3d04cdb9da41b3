// The status a card shows, and the key its `data-status` carries: the provider's word first,
// then time and usability as the model works them out (expired, not yet, outside its hours,
// held back), then what kind of code it is (a referral code to share).
import { fill } from '../i18n/fill.js';
import type { TrayStrings } from '../i18n/types.js';
import { isExpired, isUsableNow, usableFrom, type Voucher } from '../model/voucher.js';
import { formatDateTime } from './intl.js';

const STATUS_TEXT = { used: 'statusUsed', expired: 'statusExpired', disabled: 'statusDisabled', 'no-balance': 'statusNoBalance' } as const;

export interface DisplayStatus {
  /** `active`, `scheduled` (not usable yet or not at this hour), `blocked`, or the provider's status. */
  key: string;
  label: string;
}

export function displayStatus(voucher: Voucher, now: number, locale: string, strings: TrayStrings): DisplayStatus {
  const { status, startsAt } = voucher;
  if (status !== 'active' && status !== 'scheduled') return { key: status, label: strings[STATUS_TEXT[status]] };
  if (isExpired(voucher, now)) return { key: 'expired', label: strings.statusExpired };
  if (voucher.blocked) return { key: 'blocked', label: voucher.blocked === 'locked' ? strings.statusLocked : strings.statusUnclaimed };
  if (!isUsableNow(voucher, now)) {
    const from = usableFrom(voucher, now);
    const date = from === undefined ? '' : formatDateTime(from, locale);
    if (from !== undefined && from === startsAt) return { key: 'scheduled', label: fill(strings.starts, { date }) };
    return { key: 'scheduled', label: from === undefined ? strings.statusScheduled : fill(strings.usableFrom, { date }) };
  }
  return { key: 'active', label: voucher.role === 'referrer' ? strings.referral : strings.statusActive };
}
