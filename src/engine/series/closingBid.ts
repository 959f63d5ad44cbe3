import { Decimal } from "../decimal";
import { Day } from "../time/civilDate";
import { tradingDayOnOrBefore } from "../time/nasdaqCalendar";
import { PriceSeries } from "./priceSeries";

/**
 * The Per Share Market Value on `date`: the closing bid on the Nasdaq National Market on the
 * last trading day on or before `date` (`date` itself when Nasdaq was open). Unrounded.
 * Seed 000, Exhibit A, Per Share Market Value; the spot a valuation or a scenario starts from.
 * @param series - the closing bids
 * @param date - any day from 1990 to 2100; a weekend or holiday means the trading day before it
 * @returns the bid in USD per share
 * @throws TermsError `missing` naming that trading day when it has no closing bid
 * @example closingBidOnOrBefore(series, dayFromParts(2001, 9, 15)).toString() // the bid of 2001-09-10 => "4.85"
 */
export function closingBidOnOrBefore(series: PriceSeries, date: Day): Decimal {
  return series.bidOn(tradingDayOnOrBefore(date));
}
