import { DayCalendar } from "../time/dayCalendar";
import { NASDAQ_CALENDAR } from "../time/nasdaqCalendar";
import { NY_BANKING_CALENDAR } from "../time/nyBankingCalendar";
import { Terms } from "../terms/terms";

/**
 * The calendar "business day" is counted on, by BUSINESS_DAY_CALENDAR: the New York
 * banking-day calendar (default) or the Nasdaq trading-day calendar. Used for seed 000
 * §1(a) ("within two business days after the date of this letter") and §2(c)(ii) ("one
 * business day prior to the occurrence"), seed 001 §4.2 (Business Day) and seed 003's
 * settlement ("the third business day").
 * @example businessDayCalendar().name //=> "New York banking calendar"
 */
export function businessDayCalendar(terms = Terms.defaults): DayCalendar {
  return terms.choice("BUSINESS_DAY_CALENDAR") === "NASDAQ" ? NASDAQ_CALENDAR : NY_BANKING_CALENDAR;
}
