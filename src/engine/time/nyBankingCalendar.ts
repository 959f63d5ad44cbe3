import { Day, dayFromParts } from "./civilDate";
import { Closure, DayCalendar } from "./dayCalendar";
import { nthWeekday, observedMondayOnly } from "./holidayRules";
import { CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY } from "./nasdaqCalendar";

/**
 * The New York banking-day calendar: weekdays less the Federal Reserve Banks' holidays.
 *
 * "business day" in seed 000 §1(a) and §2(c)(ii) and "Business Day" in seed 001 §4.2 are
 * not defined in the seeds; agreements of this kind define a business day as a weekday on
 * which banks in New York City are open, in practice the Federal Reserve's holiday
 * schedule. It differs from the Nasdaq calendar: banks open on Good Friday and on the
 * exchanges' special closures, closed on Columbus Day and Veterans Day; a Saturday holiday
 * is not moved to Friday (banks open on the Friday), a Sunday one moves to Monday.
 * No special closures: the Federal Reserve Banks stayed open on 2001-09-11 to 09-14 and
 * on the national days of mourning the exchanges closed for.
 * Same span as the Nasdaq calendar: 1990-01-01 to 2100-12-31.
 */

/**
 * The Federal Reserve holidays of a year that close a weekday, in date order.
 * @example nyBankingHolidays(2001).map(h => isoDate(h.day))[8] //=> "2001-11-12" (Veterans Day, Sunday → Monday)
 */
export function nyBankingHolidays(year: number): Closure[] {
  const list: Closure[] = [];
  const add = (day: Day | undefined, name: string) => {
    if (day !== undefined) list.push({ day, name });
  };
  const fixed = (month: number, day: number) => observedMondayOnly(dayFromParts(year, month, day));
  // New Year's Day: January 1 (Sunday → Monday; Saturday → not moved).
  add(fixed(1, 1), "New Year's Day");
  // Martin Luther King Jr. Day: third Monday of January (a federal holiday since 1986).
  add(nthWeekday(year, 1, 1, 3), "Martin Luther King Jr. Day");
  // Washington's Birthday: third Monday of February.
  add(nthWeekday(year, 2, 1, 3), "Washington's Birthday");
  // Memorial Day: last Monday of May.
  add(nthWeekday(year, 5, 1, -1), "Memorial Day");
  // Juneteenth National Independence Day: June 19, a federal holiday from June 17, 2021
  // (June 19, 2021 was a Saturday: not moved, banks open Friday June 18).
  if (year >= 2021) add(fixed(6, 19), "Juneteenth");
  // Independence Day: July 4.
  add(fixed(7, 4), "Independence Day");
  // Labor Day: first Monday of September.
  add(nthWeekday(year, 9, 1, 1), "Labor Day");
  // Columbus Day: second Monday of October (banks closed; Nasdaq open).
  add(nthWeekday(year, 10, 1, 2), "Columbus Day");
  // Veterans Day: November 11 (banks closed; Nasdaq open).
  add(fixed(11, 11), "Veterans Day");
  // Thanksgiving Day: fourth Thursday of November.
  add(nthWeekday(year, 11, 4, 4), "Thanksgiving Day");
  // Christmas Day: December 25.
  add(fixed(12, 25), "Christmas Day");
  return list.sort((x, y) => x.day - y.day);
}

/** The New York banking-day calendar (Federal Reserve holidays), 1990–2100. */
export const NY_BANKING_CALENDAR = new DayCalendar(
  "New York banking calendar",
  "business days",
  CALENDAR_FIRST_DAY,
  CALENDAR_LAST_DAY,
  nyBankingHolidays,
);
