/**
 * Calendar days in Asia/Shanghai, whatever the machine's own time zone. Shanghai has kept UTC+8
 * without daylight saving since 1991, so a day is found by offset arithmetic on the UTC clock —
 * never by the local zone (`getDate()`) nor by parsing `toLocaleString` output.
 *
 * A day is the string `YYYY-MM-DD`. Working days skip Saturdays and Sundays only: public holidays
 * and the swapped weekend working days (调休) are not modelled, so a review hint spanning 春节 or
 * 国庆 is earlier than the real one.
 */

const SHANGHAI_OFFSET_MS = 8 * 60 * 60 * 1000;
export const DAY_MS = 24 * 60 * 60 * 1000;

export interface DayWindow {
  from: string;
  to: string;
}

const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Whether `text` is a real calendar day written `YYYY-MM-DD` (no 2023-02-30). */
export function isDay(text: string): boolean {
  return dayNumberOrNull(text) !== null;
}

function dayNumberOrNull(day: string): number | null {
  const match = typeof day === 'string' ? DAY_PATTERN.exec(day) : null;
  if (!match) return null;
  const [year, month, date] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(0);
  // setUTCFullYear, not Date.UTC: Date.UTC maps years 0–99 to 1900–1999.
  utc.setUTCFullYear(year, month - 1, date);
  if (utc.getUTCFullYear() !== year || utc.getUTCMonth() !== month - 1) return null;
  if (utc.getUTCDate() !== date) return null;
  return Math.round(utc.getTime() / DAY_MS);
}

/** Days since 1970-01-01. Throws on a malformed day: a caller's bug, not a page's. */
function dayNumber(day: string): number {
  const number = dayNumberOrNull(day);
  if (number === null) throw new RangeError(`not a calendar day: ${String(day)}`);
  return number;
}

function fromDayNumber(number: number): string {
  const date = new Date(number * DAY_MS);
  const year = date.getUTCFullYear();
  if (year < 0 || year > 9999) throw new RangeError(`day out of range: year ${year}`);
  return date.toISOString().slice(0, 10);
}

/** The Shanghai calendar day of an instant: 2023-02-14T16:00:00Z is 2023-02-15. */
export function shanghaiDay(at: Date | number): string {
  const ms = typeof at === 'number' ? at : at.getTime();
  if (!Number.isFinite(ms)) throw new RangeError('shanghaiDay needs a valid instant');
  return fromDayNumber(Math.floor((ms + SHANGHAI_OFFSET_MS) / DAY_MS));
}

/** The instant (epoch ms) at which a Shanghai day begins: 00:00 UTC+8. */
export function shanghaiDayStartMs(day: string): number {
  return dayNumber(day) * DAY_MS - SHANGHAI_OFFSET_MS;
}

export function addDays(day: string, days: number): string {
  if (!Number.isInteger(days)) throw new RangeError(`addDays needs whole days, got ${days}`);
  return fromDayNumber(dayNumber(day) + days);
}

/** `to` minus `from` in days: daysBetween('2023-02-15', '2023-02-20') → 5. */
export function daysBetween(from: string, to: string): number {
  return dayNumber(to) - dayNumber(from);
}

/** Inclusive at both ends, as every window in the SPEC is. */
export function inWindow(day: string, window: DayWindow): boolean {
  const number = dayNumber(day);
  return dayNumber(window.from) <= number && number <= dayNumber(window.to);
}

/** 0 = Sunday … 6 = Saturday (1970-01-01 was a Thursday). */
function weekdayOf(number: number): number {
  return (((number + 4) % 7) + 7) % 7;
}

/** 0 = Sunday … 6 = Saturday. */
export function weekday(day: string): number {
  return weekdayOf(dayNumber(day));
}

function isWorkingDayNumber(number: number): boolean {
  const dow = weekdayOf(number);
  return dow !== 0 && dow !== 6;
}

export function isWorkingDay(day: string): boolean {
  return isWorkingDayNumber(dayNumber(day));
}

/**
 * The day on which `count` working days have passed after `day` (weekends skipped, holidays not
 * modelled): Friday + 1 → Monday; Saturday + 1 → Monday; any day + 0 → itself. A negative count
 * walks back the same way.
 */
export function addWorkingDays(day: string, count: number): string {
  if (!Number.isInteger(count)) throw new RangeError(`addWorkingDays needs whole days: ${count}`);
  let number = dayNumber(day);
  if (count === 0) return day;
  const step = count < 0 ? -1 : 1;
  // From a weekend, counting starts as from the working day behind it (Sat + 1 = Fri + 1 = Mon),
  // so that whole weeks can be jumped: five working days are then always seven calendar days.
  while (!isWorkingDayNumber(number)) number -= step;
  number += Math.trunc(count / 5) * 7;
  let remaining = Math.abs(count % 5);
  while (remaining > 0) {
    number += step;
    if (isWorkingDayNumber(number)) remaining -= 1;
  }
  return fromDayNumber(number);
}

/** The days a review of `minDays`–`maxDays` working days after `day` ends (3–7 per seed 004). */
export function workingDayRange(day: string, minDays: number, maxDays: number): DayWindow {
  return { from: addWorkingDays(day, minDays), to: addWorkingDays(day, maxDays) };
}
