import type { VoucherValidity } from './voucher.js';

// A voucher's recurring validity windows, read on the shopper's clock: "Mon–Fri" and
// "12:00–14:00" are wall-clock rules, so local days and hours are used (and DST follows).

/** Searching further than this many window edges ahead gives up (no window ever opens). */
const MAX_EDGES = 400;

const localDay = (time: number, days = 0): number => {
  const date = new Date(time);
  date.setHours(0, 0, 0, 0);
  date.setDate(date.getDate() + days);
  return date.getTime();
};

const atMinute = (midnight: number, minute: number): number => new Date(midnight).setHours(0, minute, 0, 0);

/** The hour windows of the day starting at `midnight` (a `to` at or before `from` ends the next day). */
function windowOn(midnight: number, entry: { from: number; to: number }): [number, number] {
  const end = entry.to > entry.from ? atMinute(midnight, entry.to) : atMinute(localDay(midnight, 1), entry.to);
  return [atMinute(midnight, entry.from), end];
}

const onDay = (days: readonly number[] | undefined, time: number) => !days?.length || days.includes(new Date(time).getDay());

/** True when `now` falls inside every validity rule given (no rules: always). */
export function isWithinValidity(validity: VoucherValidity | undefined, now: number): boolean {
  if (!validity) return true;
  const { days, hours, every } = validity;
  if (!onDay(days, now)) return false;
  if (hours?.length) {
    const open = hours.some((entry) =>
      [-1, 0].some((offset) => {
        const midnight = localDay(now, offset);
        const [start, end] = windowOn(midnight, entry);
        return onDay(entry.days, midnight) && start <= now && now < end;
      }),
    );
    if (!open) return false;
  }
  if (every) {
    if (now < every.from) return false;
    if ((now - every.from) % every.intervalMs >= every.durationMs) return false;
  }
  return true;
}

/** The first moment after `time` at which some rule may turn (a midnight, an hour edge, a period edge). */
function nextEdge(validity: VoucherValidity, time: number): number | undefined {
  const edges: number[] = [];
  if (validity.days?.length || validity.hours?.length) edges.push(localDay(time, 1));
  for (const entry of validity.hours ?? []) {
    for (const offset of [-1, 0, 1]) edges.push(...windowOn(localDay(time, offset), entry));
  }
  const every = validity.every;
  if (every) {
    if (time < every.from) edges.push(every.from);
    else {
      const start = every.from + Math.floor((time - every.from) / every.intervalMs) * every.intervalMs;
      edges.push(start + every.durationMs, start + every.intervalMs);
    }
  }
  let next: number | undefined;
  for (const edge of edges) if (edge > time && (next === undefined || edge < next)) next = edge;
  return next;
}

/** The first moment at or after `now` inside the windows; undefined when none opens. */
export function nextValidStart(validity: VoucherValidity | undefined, now: number): number | undefined {
  let time: number | undefined = now;
  for (let i = 0; i < MAX_EDGES && time !== undefined; i++) {
    if (isWithinValidity(validity, time)) return time;
    time = nextEdge(validity!, time);
  }
  return undefined;
}

/** The next moment after `now` at which `isWithinValidity` turns; undefined when it never does. */
export function nextValidityChange(validity: VoucherValidity | undefined, now: number): number | undefined {
  if (!validity) return undefined;
  const inside = isWithinValidity(validity, now);
  let time: number | undefined = now;
  for (let i = 0; i < MAX_EDGES; i++) {
    time = nextEdge(validity, time);
    if (time === undefined) return undefined;
    if (isWithinValidity(validity, time) !== inside) return time;
  }
  return undefined;
}
