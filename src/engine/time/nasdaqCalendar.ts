import { Day, dayFromParts, partsFromDay, weekday } from "./civilDate";
import { Closure, DayCalendar } from "./dayCalendar";
import { easterSunday, nthWeekday, observedFridayOrMonday as observed } from "./holidayRules";

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

export type { Closure };

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

/** The Nasdaq trading-day calendar: weekdays less the holidays and special closures above. */
export const NASDAQ_CALENDAR = new DayCalendar(
  "Nasdaq calendar",
  "trading days",
  CALENDAR_FIRST_DAY,
  CALENDAR_LAST_DAY,
  (year) => [...nasdaqHolidays(year), ...SPECIAL_CLOSURES.filter((c) => partsFromDay(c.day).year === year)],
);

/**
 * Whether Nasdaq was (or will be) open on `d`.
 * @throws TermsError `range` outside 1990-01-01…2100-12-31
 * @example isTradingDay(dayFromParts(2001, 9, 11)) //=> false
 */
export function isTradingDay(d: Day): boolean {
  return NASDAQ_CALENDAR.isOpen(d);
}

/**
 * Excel WORKDAY on the Nasdaq calendar: the `n`-th trading day after `start` (start
 * itself excluded), or before it when `n` is negative; `n` = 0 returns `start` as it is.
 * @param n - a whole number of trading days
 * @example isoDate(addTradingDays(dayFromParts(2001, 9, 10), 1)) //=> "2001-09-17"
 */
export function addTradingDays(start: Day, n: number): Day {
  return NASDAQ_CALENDAR.addDays(start, n);
}

/**
 * Excel NETWORKDAYS on the Nasdaq calendar: trading days from `start` to `end`, both
 * included; negative when `end` is before `start`.
 * @example countTradingDays(dayFromParts(2001, 9, 10), dayFromParts(2001, 9, 17)) //=> 2
 */
export function countTradingDays(start: Day, end: Day): number {
  return NASDAQ_CALENDAR.countDays(start, end);
}

/**
 * The `n` trading days strictly before `d`, oldest first: the window "the N Trading
 * Days preceding" a date in seed 000 (Exhibit A).
 * @example tradingDaysBefore(dayFromParts(2001, 9, 17), 2).map(isoDate) //=> ["2001-09-07", "2001-09-10"]
 */
export function tradingDaysBefore(d: Day, n: number): Day[] {
  return NASDAQ_CALENDAR.daysBefore(d, n);
}

/**
 * The last trading day on or before `d` (`d` itself when Nasdaq is open that day).
 * @example isoDate(tradingDayOnOrBefore(dayFromParts(2001, 9, 15))) //=> "2001-09-10"
 */
export function tradingDayOnOrBefore(d: Day): Day {
  return NASDAQ_CALENDAR.onOrBefore(d);
}
