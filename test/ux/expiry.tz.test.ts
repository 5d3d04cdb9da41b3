// Expiry texts with a controlled clock. Re-run by web-test-runner with the browser in
// Pacific/Kiritimati (UTC+14) and Pacific/Pago_Pago (UTC-11): "today" and "tomorrow" are the
// shopper's calendar days, so every moment here is built in local time.
import { expect, html, waitUntil } from '@open-wc/testing';
import { pendingWakeCount, wakeAt } from '../../src/format/clock.js';
import { expiryText, isExpiringSoon, nextTextChange } from '../../src/format/expiry.js';
import { formatDateTime } from '../../src/format/intl.js';
import de from '../../src/i18n/de.js';
import { englishStrings } from '../../src/i18n/en-list.js';
import type { FakeFetch } from '../helpers/fake-fetch.js';
import { DAY, HOUR, MINUTE, fakeBackend, part, parts, providerWith, text, trayFixture, voucher } from './helpers.js';

const local = (day: number, hours: number, minutes = 0, month = 5) => new Date(2026, month, day, hours, minutes).getTime();
const NOW = local(10, 9); // Wednesday 10 June 2026, 09:00
const english = (expiresAt: number, now = NOW) => expiryText(expiresAt, now, 'en-GB', englishStrings);
const german = (expiresAt: number, now = NOW) => expiryText(expiresAt, now, 'de', de);

describe('expiry text', () => {
  it('counts minutes in the last hour, rounding up', () => {
    expect(english(NOW + 25 * MINUTE)).to.equal('Ends in 25 minutes');
    expect(english(NOW + 24 * MINUTE + 30_000)).to.equal('Ends in 25 minutes');
    expect(english(NOW + 10_000)).to.equal('Ends in 1 minute');
    expect(german(NOW + 25 * MINUTE)).to.equal('Läuft in 25 Minuten ab');
  });

  it('counts hours within four hours, rounding up', () => {
    expect(english(NOW + 2 * HOUR)).to.equal('Ends in 2 hours');
    expect(english(NOW + HOUR + MINUTE)).to.equal('Ends in 2 hours');
    expect(english(NOW + 4 * HOUR)).to.equal('Ends in 4 hours');
    expect(german(NOW + 3 * HOUR)).to.equal('Läuft in 3 Stunden ab');
  });

  it('says "today" and "tomorrow" by the shopper’s calendar, with the time of day', () => {
    expect(english(local(10, 18))).to.equal('Ends today 18:00');
    expect(german(local(10, 18))).to.equal('Läuft heute um 18:00 ab');
    expect(english(local(11, 9, 30))).to.equal('Ends tomorrow 09:30');
    expect(german(local(11, 9, 30))).to.equal('Läuft morgen um 09:30 ab');
    // Five hours before, but past midnight: tomorrow.
    expect(english(local(11, 4, 45), local(10, 23, 30))).to.equal('Ends tomorrow 04:45');
  });

  it('counts days within 48 hours, then gives a quiet date, the year only when it is not this year’s', () => {
    expect(english(local(12, 8))).to.equal('Ends in 2 days');
    expect(german(local(12, 8))).to.equal('Läuft übermorgen ab');
    expect(english(local(13, 12))).to.equal('Until 13 Jun');
    expect(english(local(20, 12))).to.equal('Until 20 Jun');
    expect(german(local(20, 12))).to.equal('Gültig bis 20. Juni');
    expect(english(local(3, 12, 0, 12))).to.equal('Until 3 Jan 2027');
  });

  it('counts calendar days across a daylight-saving change', () => {
    // Europe and North America change their clocks in March; elsewhere this is a plain day.
    expect(english(local(29, 12, 0, 2), local(28, 12, 0, 2))).to.equal('Ends tomorrow 12:00');
    expect(english(local(9, 11, 0, 2), local(7, 12, 0, 2))).to.equal('Ends in 2 days');
  });

  it('tells how long ago a shown expired entry expired', () => {
    expect(english(NOW - 5 * MINUTE)).to.equal('Expired 5 minutes ago');
    expect(english(NOW - 20_000)).to.equal('Expired 1 minute ago');
    expect(english(local(10, 6))).to.equal('Expired 3 hours ago');
    expect(english(local(9, 20))).to.equal('Expired yesterday');
    expect(english(local(7, 12))).to.equal('Expired 3 days ago');
    expect(german(local(7, 12))).to.equal('Abgelaufen (vor 3 Tagen)');
    expect(german(local(9, 20))).to.equal('Abgelaufen (gestern)');
  });

  it('gives entries within 48 hours of expiry the badge', () => {
    expect(isExpiringSoon(NOW + 47 * HOUR, NOW)).to.equal(true);
    expect(isExpiringSoon(NOW + 48 * HOUR, NOW)).to.equal(true);
    expect(isExpiringSoon(NOW + 49 * HOUR, NOW)).to.equal(false);
    expect(isExpiringSoon(NOW - MINUTE, NOW)).to.equal(false);
    expect(isExpiringSoon(undefined, NOW)).to.equal(false);
  });

  it('knows when the text will next read differently, and wakes no more often than that', () => {
    const cases: [expiresAt: number, next: number][] = [
      [NOW + 25 * MINUTE + 30_000, NOW + 30_000], // "in 26 minutes" → "in 25 minutes"
      [NOW + 25 * MINUTE, NOW + MINUTE],
      [NOW - 90_000, NOW + 30_000], // "1 minute ago" → "2 minutes ago"
      [local(10, 18), local(10, 14)], // "today 18:00" → "in 4 hours"
      [local(10, 11, 30), NOW + 30 * MINUTE], // "in 3 hours" → "in 2 hours"
      [local(11, 9, 30), local(11, 0)], // "tomorrow 09:30" → "today 09:30"
      [local(12, 8), local(11, 0)], // "in 2 days" → "tomorrow 08:00"
      [local(12, 10), local(10, 10)], // "Until 12 Jun" → "in 2 days" (the badge)
      [local(10, 6), local(10, 10)], // "3 hours ago" → "4 hours ago"
      [local(7, 12), local(11, 0)], // "3 days ago" → "4 days ago"
      [NOW + 30 * DAY, local(11, 0)], // a date: only the daily wake
    ];
    for (const [expiresAt, next] of cases) {
      const label = english(expiresAt);
      expect(nextTextChange(expiresAt, NOW), label).to.equal(next);
      if (expiresAt !== NOW + 30 * DAY) expect(english(expiresAt, next), `${label}, then`).to.not.equal(label);
      expect(english(expiresAt, next - 1), `${label}, just before`).to.equal(label);
    }
    // The badge turns on at 48 hours, which the wake-ups include.
    const inThreeDays = local(13, 6);
    const soonAt = nextTextChange(inThreeDays, local(11, 1));
    expect(soonAt).to.equal(inThreeDays - 48 * HOUR);
    expect([isExpiringSoon(inThreeDays, soonAt - 1), isExpiringSoon(inThreeDays, soonAt)]).to.deep.equal([false, true]);
  });

  it('spells the full date and time out for the tooltip and screen readers', () => {
    const full = formatDateTime(local(10, 18), 'en-GB', true);
    expect(full).to.match(/Wednesday,? 10 June 2026/);
    expect(full).to.contain('18:00');
  });
});

describe('expiry in the tray', () => {
  let fake: FakeFetch;
  beforeEach(() => (fake = fakeBackend()));
  afterEach(() => fake.restore());

  it('gives one signal: a badge within 48 hours, a quiet date further away, nothing without an expiry', async () => {
    let soonAt = 0;
    const provider = providerWith(() => {
      soonAt = Date.now() + 30 * MINUTE + 30_000;
      return [
        voucher({ code: 'SOON', expiresAt: soonAt }),
        voucher({ code: 'LATER', expiresAt: Date.now() + 20 * DAY }),
        voucher({ code: 'FOREVER' }),
      ];
    });
    const el = await trayFixture(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="en-GB"></voucher-tray>`);
    const [soon, later, forever] = parts(el, 'voucher');
    const time = soon!.querySelector('time[part~="expiry"]')!;
    expect(time.getAttribute('part')).to.equal('expiry soon');
    expect(time.getAttribute('datetime')).to.equal(new Date(soonAt).toISOString());
    expect(time.getAttribute('title')).to.equal(formatDateTime(soonAt, 'en-GB', true));
    expect(text(time)).to.equal(`Ends in 31 minutes (${formatDateTime(soonAt, 'en-GB', true)})`);
    expect(text(time.querySelector('.sr-only'))).to.contain(formatDateTime(soonAt, 'en-GB', true));
    expect(soon!.hasAttribute('data-soon')).to.equal(true);
    expect(getComputedStyle(time).backgroundColor, 'the badge is coloured').to.not.equal(getComputedStyle(soon!).backgroundColor);
    expect(later!.hasAttribute('data-soon')).to.equal(false);
    expect(later!.querySelector('[part~="soon"]')).to.equal(null);
    expect(text(later!.querySelector('[part="expiry"]'))).to.match(/^Until \d+ \w+( \d{4})? \(/);
    // The normal case says nothing: no "Active", no "No expiry".
    for (const card of [soon, later, forever]) expect(card!.querySelector('[part~="status"]')).to.equal(null);
    expect(forever!.querySelector('[part~="expiry"], [part="meta"]')).to.equal(null);
    expect(text(forever)).to.not.match(/Active|expiry/i);
  });

  it('says when a not-yet-active voucher starts, and only that', async () => {
    let startsAt = 0;
    const provider = providerWith(() => {
      startsAt = Date.now() + 3 * DAY;
      return [voucher({ code: 'NEXT', startsAt, expiresAt: Date.now() + 30 * DAY })];
    });
    const el = await trayFixture(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="en-GB"></voucher-tray>`);
    expect(part(el, 'voucher')!.getAttribute('data-status')).to.equal('scheduled');
    const date = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'short', year: new Date(startsAt).getFullYear() === new Date().getFullYear() ? undefined : 'numeric' }).format(startsAt);
    expect(text(part(el, 'status'))).to.equal(`Starts ${date}`);
    expect(text(part(el, 'meta'))).to.equal(`Starts ${date}`);
    expect(part(el, 'expiry')).to.equal(null);
    expect(part(el, 'soon')).to.equal(null);
  });

  it('turns the text with the shared clock, without reloading', async () => {
    const provider = providerWith(() => [voucher({ code: 'TICK', expiresAt: Date.now() + MINUTE + 700 })]);
    const el = await trayFixture(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale="en"></voucher-tray>`);
    const expiry = () => text(part(el, 'expiry')).replace(/ \(.*\)$/, '');
    expect(expiry()).to.equal('Ends in 2 minutes');
    const requests = fake.requests.length;
    await waitUntil(() => expiry() === 'Ends in 1 minute', 'the expiry text never turned', { timeout: 3000 });
    expect(fake.requests.length).to.equal(requests);
  });

  it('keeps one timer for every tray on the page', async () => {
    const provider = providerWith(() => [
      voucher({ code: 'A', expiresAt: Date.now() + 3 * HOUR }),
      voucher({ code: 'B', expiresAt: Date.now() + 2 * DAY }),
    ]);
    const trays = await Promise.all(
      ['en', 'de', 'fr'].map((locale) => trayFixture(html`<voucher-tray provider=${provider} identity="a" token-endpoint="/token" locale=${locale}></voucher-tray>`)),
    );
    expect(pendingWakeCount()).to.equal(3);
    const extra = {};
    const live = new Set<unknown>();
    const { setTimeout: set, clearTimeout: clear } = window;
    window.setTimeout = ((fn: () => void, ms?: number) => {
      const id = set(fn, ms);
      live.add(id);
      return id;
    }) as typeof window.setTimeout;
    window.clearTimeout = ((id?: number) => {
      live.delete(id);
      clear(id);
    }) as typeof window.clearTimeout;
    try {
      for (const tray of trays) tray.requestUpdate();
      await Promise.all(trays.map((tray) => tray.updateComplete));
      wakeAt(extra, Date.now() + DAY, () => undefined);
    } finally {
      window.setTimeout = set;
      window.clearTimeout = clear;
    }
    // Every tray (and the extra waker) re-asked; one timeout stands for all of them.
    expect(live.size).to.equal(1);
    wakeAt(extra, undefined, () => undefined);
  });
});
