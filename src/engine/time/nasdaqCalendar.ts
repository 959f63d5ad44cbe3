import { TermsError } from "../errors";
import { messages } from "../messages";
import { Day, dayFromParts, isoDate, partsFromDay, weekday } from "./civilDate";

/**
 * The Nasdaq trading-day calendar: weekdays less the exchange's full-day closures.
 * Nasdaq and the NYSE have had the same full-day closures since 1990 (QuantLib
 * `ql/time/calendars/unitedstates.cpp`, NYSE rules; exchange_calendars XNYS).
 *
 * "Trading Day" in seed 000 (Exhibit A, Per Share Market Value: the closing bid on the
 * Nasdaq National Market) and seed 003 is a day this calendar calls open.
 */

/** First and last day the calendar knows; dates outside are an error, never a guess. */
export const CALENDAR_FIRST_DAY: Day = dayFromParts(1990, 1, 1);
export const CALENDAR_LAST_DAY: Day = dayFromParts(2100, 12, 31);

/** A full-day closure with its reason. */
export interface Closure {
  readonly day: Day;
  readonly name: string;
}

/** Unscheduled full-day closures, each with its event. */
export const SPECIAL_CLOSURES: readonly Closure[] = [
  { day: dayFromParts(1994, 4, 27), name: "Funeral of President Richard Nixon" },
  { day: dayFromParts(2001, 9, 11), name: "September 11 attacks" },
  { day: dayFromParts(2001, 9, 12), name: "September 11 attacks" },
  { day: dayFromParts(2001, 9, 13), name: "September 11 attacks" },
  { day: dayFromParts(2001, 9, 14), name: "September 11 attacks" },
  { day: dayFromParts(2004, 6, 11), name: "Funeral of President Ronald Reagan" },
  { day: dayFromParts(2007, 1, 2), name: "Funeral of President Gerald Ford" },
  { day: dayFromParts(2012, 10, 29), name: "Hurricane Sandy" },
  { day: dayFromParts(2012, 10, 30), name: "Hurricane Sandy" },
  { day: dayFromParts(2018, 12, 5), name: "Funeral of President George H. W. Bush" },
  { day: dayFromParts(2025, 1, 9), name: "Funeral of President Jimmy Carter" },
];

/** The n-th (1-based) given weekday of a month; n = -1 for the last one. */
function nthWeekday(year: number, month: number, dayOfWeek: number, n: number): Day {
  if (n > 0) {
    const first = dayFromParts(year, month, 1);
    return first + ((dayOfWeek - weekday(first) + 7) % 7) + (n - 1) * 7;
  }
  const last = dayFromParts(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - 1;
  return last - ((weekday(last) - dayOfWeek + 7) % 7);
}

/** Easter Sunday (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
function easterSunday(year: number): Day {
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

/** A fixed-date holiday moved off the weekend: Saturday → Friday, Sunday → Monday. */
function observed(d: Day): Day {
  const w = weekday(d);
  return w === 6 ? d - 1 : w === 0 ? d + 1 : d;
}

/**
 * The regular (rule-based) Nasdaq holidays of a year that fall on weekdays, in date order.
 * @example nasdaqHolidays(2001).map(h => isoDate(h.day))[0] //=> "2001-01-01"
 */
export function nasdaqHolidays(year: number): Closure[] {
  const list: Closure[] = [];
  const add = (day: Day, name: string) => list.push({ day, name });
  // New Year's Day: Sunday → Monday Jan 2; Saturday → not observed (Dec 31 stays open).
  const newYear = dayFromParts(year, 1, 1);
  if (weekday(newYear) !== 6) add(observed(newYear), "New Year's Day");
  // Martin Luther King Jr. Day: third Monday of January, observed by the exchanges from 1998.
  if (year >= 1998) add(nthWeekday(year, 1, 1, 3), "Martin Luther King Jr. Day");
  // Washington's Birthday (Presidents' Day): third Monday of February.
  add(nthWeekday(year, 2, 1, 3), "Washington's Birthday");
  // Good Friday: two days before Easter Sunday.
  add(easterSunday(year) - 2, "Good Friday");
  // Memorial Day: last Monday of May.
  add(nthWeekday(year, 5, 1, -1), "Memorial Day");
  // Juneteenth National Independence Day: June 19 from 2022, Saturday → Friday, Sunday → Monday.
  if (year >= 2022) add(observed(dayFromParts(year, 6, 19)), "Juneteenth");
  // Independence Day: July 4, Saturday → Friday July 3, Sunday → Monday July 5.
  add(observed(dayFromParts(year, 7, 4)), "Independence Day");
  // Labor Day: first Monday of September.
  add(nthWeekday(year, 9, 1, 1), "Labor Day");
  // Thanksgiving Day: fourth Thursday of November.
  add(nthWeekday(year, 11, 4, 4), "Thanksgiving Day");
  // Christmas Day: Saturday → Friday Dec 24, Sunday → Monday Dec 26.
  add(observed(dayFromParts(year, 12, 25)), "Christmas Day");
  return list.sort((x, y) => x.day - y.day);
}

/**
 * Lazily built index over the whole calendar: `countThrough[i]` is the number of trading
 * days from CALENDAR_FIRST_DAY through CALENDAR_FIRST_DAY + i, and `tradingDays[k]` is
 * the k-th trading day (0-based). Built once (~40,000 days); every query is then O(1).
 */
interface CalendarIndex {
  readonly countThrough: Int32Array;
  readonly tradingDays: Int32Array;
}

let index: CalendarIndex | undefined;

function buildIndex(): CalendarIndex {
  const span = CALENDAR_LAST_DAY - CALENDAR_FIRST_DAY + 1;
  const closed = new Uint8Array(span);
  const first = partsFromDay(CALENDAR_FIRST_DAY).year;
  const last = partsFromDay(CALENDAR_LAST_DAY).year;
  for (let year = first; year <= last; year++) {
    for (const h of nasdaqHolidays(year)) {
      if (h.day >= CALENDAR_FIRST_DAY && h.day <= CALENDAR_LAST_DAY) closed[h.day - CALENDAR_FIRST_DAY] = 1;
    }
  }
  for (const c of SPECIAL_CLOSURES) closed[c.day - CALENDAR_FIRST_DAY] = 1;
  const countThrough = new Int32Array(span);
  const days: number[] = [];
  for (let i = 0, count = 0; i < span; i++) {
    const d = CALENDAR_FIRST_DAY + i;
    const w = weekday(d);
    if (w !== 0 && w !== 6 && !closed[i]) {
      count++;
      days.push(d);
    }
    countThrough[i] = count;
  }
  return { countThrough, tradingDays: Int32Array.from(days) };
}

function calendarIndex(): CalendarIndex {
  return (index ??= buildIndex());
}

// Written as `if … throw` rather than `check(…, () => message)`: these run for every row
// of every price range on every recalculation, and a closure per call is measurable.
function checkInCalendar(d: Day): void {
  if (!(d >= CALENDAR_FIRST_DAY && d <= CALENDAR_LAST_DAY)) {
    throw new TermsError("range", messages.outsideCalendar(isoDate(d), isoDate(CALENDAR_FIRST_DAY), isoDate(CALENDAR_LAST_DAY)));
  }
}

/** Trading days from the calendar's first day through `d`, inclusive. */
function countThrough(d: Day): number {
  checkInCalendar(d);
  return calendarIndex().countThrough[d - CALENDAR_FIRST_DAY];
}

/** The trading day with 0-based position `k` in the calendar. */
function tradingDayAt(k: number, outOf: Day): Day {
  const days = calendarIndex().tradingDays;
  if (!(k >= 0 && k < days.length)) {
    throw new TermsError("range", messages.tradingDaysOffCalendar(isoDate(outOf), isoDate(CALENDAR_FIRST_DAY), isoDate(CALENDAR_LAST_DAY)));
  }
  return days[k];
}

/** Number.isInteger, looked up once (a global lookup per window is measurable in a vm). */
const { isInteger } = Number;

/**
 * Whether Nasdaq was (or will be) open on `d`.
 * @throws TermsError `range` outside 1990-01-01…2100-12-31
 * @example isTradingDay(dayFromParts(2001, 9, 11)) //=> false
 */
export function isTradingDay(d: Day): boolean {
  checkInCalendar(d);
  const counts = calendarIndex().countThrough;
  const i = d - CALENDAR_FIRST_DAY;
  return i === 0 ? counts[0] === 1 : counts[i] !== counts[i - 1];
}

/** Number of trading days strictly before `d` (within the calendar). */
function countBefore(d: Day): number {
  return countThrough(d) - (isTradingDay(d) ? 1 : 0);
}

/**
 * Excel WORKDAY on the Nasdaq calendar: the `n`-th trading day after `start` (start
 * itself excluded), or before it when `n` is negative; `n` = 0 returns `start` as it is.
 * @param n - a whole number of trading days
 * @example isoDate(addTradingDays(dayFromParts(2001, 9, 10), 1)) //=> "2001-09-17"
 */
export function addTradingDays(start: Day, n: number): Day {
  if (!isInteger(n)) throw new TermsError("invalid", messages.notWhole("trading days", String(n)));
  if (n === 0) return start;
  return n > 0 ? tradingDayAt(countThrough(start) + n - 1, start) : tradingDayAt(countBefore(start) + n, start);
}

/**
 * Excel NETWORKDAYS on the Nasdaq calendar: trading days from `start` to `end`, both
 * included; negative when `end` is before `start`.
 * @example countTradingDays(dayFromParts(2001, 9, 10), dayFromParts(2001, 9, 17)) //=> 2
 */
export function countTradingDays(start: Day, end: Day): number {
  if (end < start) return -countTradingDays(end, start);
  return countThrough(end) - countBefore(start);
}

/**
 * The `n` trading days strictly before `d`, oldest first: the window "the N Trading
 * Days preceding" a date in seed 000 (Exhibit A).
 * @example tradingDaysBefore(dayFromParts(2001, 9, 17), 2).map(isoDate) //=> ["2001-09-07", "2001-09-10"]
 */
export function tradingDaysBefore(d: Day, n: number): Day[] {
  if (!(isInteger(n) && n >= 0)) throw new TermsError("invalid", messages.notWhole("trading days", String(n)));
  const end = countBefore(d);
  const days: Day[] = [];
  for (let k = end - n; k < end; k++) days.push(tradingDayAt(k, d));
  return days;
}

/**
 * The last trading day on or before `d` (`d` itself when Nasdaq is open that day).
 * @example isoDate(tradingDayOnOrBefore(dayFromParts(2001, 9, 15))) //=> "2001-09-10"
 */
export function tradingDayOnOrBefore(d: Day): Day {
  return isTradingDay(d) ? d : addTradingDays(d, -1);
}
