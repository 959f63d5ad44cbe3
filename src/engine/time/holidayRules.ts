import { Day, dayFromParts, weekday } from "./civilDate";

/**
 * The date rules holiday calendars are built from (nasdaqCalendar.ts, nyBankingCalendar.ts).
 * Weekdays: 0 = Sunday … 6 = Saturday.
 */

/**
 * The n-th (1-based) given weekday of a month; n = -1 for the last one.
 * @example isoDate(nthWeekday(2001, 11, 4, 4)) //=> "2001-11-22" (Thanksgiving)
 */
export function nthWeekday(year: number, month: number, dayOfWeek: number, n: number): Day {
  if (n > 0) {
    const first = dayFromParts(year, month, 1);
    return first + ((dayOfWeek - weekday(first) + 7) % 7) + (n - 1) * 7;
  }
  const last = dayFromParts(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
  return last - ((weekday(last) - dayOfWeek + 7) % 7);
}

/**
 * Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher).
 * @example isoDate(easterSunday(2001)) //=> "2001-04-15"
 */
export function easterSunday(year: number): Day {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return dayFromParts(year, month, day);
}

/**
 * A fixed-date holiday moved off the weekend the exchanges' way: Saturday → Friday,
 * Sunday → Monday.
 * @example isoDate(observedFridayOrMonday(dayFromParts(2004, 12, 25))) //=> "2004-12-24"
 */
export function observedFridayOrMonday(d: Day): Day {
  const w = weekday(d);
  return w === 6 ? d - 1 : w === 0 ? d + 1 : d;
}

/**
 * A fixed-date holiday observed the Federal Reserve's way: Sunday → Monday; a Saturday
 * holiday is not moved, so it closes no weekday (undefined).
 * @example observedMondayOnly(dayFromParts(2021, 12, 25)) //=> undefined
 */
export function observedMondayOnly(d: Day): Day | undefined {
  const w = weekday(d);
  return w === 6 ? undefined : w === 0 ? d + 1 : d;
}
