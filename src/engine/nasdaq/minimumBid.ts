import { closingBidOnOrBefore } from "../series/closingBid";
import { PriceSeries } from "../series/priceSeries";
import { Day } from "../time/civilDate";
import { addTradingDays, tradingDayOnOrBefore } from "../time/nasdaqCalendar";
import { Terms } from "../terms/terms";

/**
 * Whether the closing bid is below the $1.00 minimum bid price (NASDAQ_MIN_BID) as of
 * `date`: on the last trading day on or before it. Strictly below: a bid of exactly
 * $1.00 meets the requirement.
 * Seed 003, risk factors ("the $1.00 minimum bid price requirement").
 * @throws TermsError `missing` when that day has no closing bid
 * @example isBelowMinimumBid(series, dayFromParts(2001, 11, 2)) // bid 0.98 => true
 */
export function isBelowMinimumBid(series: PriceSeries, date: Day, terms = Terms.defaults): boolean {
  return closingBidOnOrBefore(series, date).lt(terms.decimal("NASDAQ_MIN_BID"));
}

/**
 * How long the closing bid has been below $1.00 (NASDAQ_MIN_BID) as of `date`: the number
 * of consecutive trading days, ending on the last trading day on or before `date`, whose
 * closing bid is below it; 0 when that day's bid is $1.00 or more. The prospectus speaks of
 * the price falling "below $1.00 per share for an extended period" without saying how
 * long: the count is given and the banker judges; no Nasdaq deficiency period is assumed.
 * Seed 003, risk factors.
 * @throws TermsError `missing` for a day of the run with no closing bid (the run is only
 *   known to end where a bid of $1.00 or more is found, so the data must reach back to one)
 * @example tradingDaysBelowMinimumBid(series, friday) // bids 1.05, 0.98, 0.95, 0.97 => 3
 */
export function tradingDaysBelowMinimumBid(series: PriceSeries, date: Day, terms = Terms.defaults): number {
  const minimum = terms.decimal("NASDAQ_MIN_BID");
  let day = tradingDayOnOrBefore(date);
  let count = 0;
  while (series.bidOn(day).lt(minimum)) {
    count++;
    day = addTradingDays(day, -1);
  }
  return count;
}
