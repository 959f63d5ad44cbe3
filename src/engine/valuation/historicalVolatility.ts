/**
 * Historical volatility of the closing bid, the desk's estimate of σ for the valuation
 * functions. Doubles, not Decimals: a statistic, whose arithmetic is the double's.
 */
import { check } from "../errors";
import { messages } from "../messages";
import { PriceSeries } from "../series/priceSeries";
import { Day } from "../time/civilDate";
import { tradingDayOnOrBefore, tradingDaysBefore } from "../time/nasdaqCalendar";

/** Looked up once: a global lookup per call is measurable in Excel's runtimes. */
const { log, sqrt } = Math;

/** Daily changes used when none are given: about three months of trading. */
export const DEFAULT_VOLATILITY_DAYS = 60;
/** Trading days in a year, the annualization factor's square. */
export const TRADING_DAYS_PER_YEAR = 252;

/**
 * The `days` + 1 Nasdaq trading days whose bids the volatility uses, oldest first: the
 * `days` trading days strictly before the end day, then the end day itself, which is
 * `endDate` when Nasdaq was open that day, else the last trading day before it.
 * @example volatilityWindow(dayFromParts(2001, 4, 17), 2).map(isoDate) //=> ["2001-04-12", "2001-04-16", "2001-04-17"]
 */
export function volatilityWindow(endDate: Day, days: number): Day[] {
  const end = tradingDayOnOrBefore(endDate);
  const window = tradingDaysBefore(end, days);
  window.push(end);
  return window;
}

/**
 * Annualized historical volatility of the closing bid: the sample standard deviation
 * (n − 1) of the `days` daily log changes ln(bid_i / bid_(i−1)) over consecutive Nasdaq
 * trading days ending with the bid of `endDate` (so `days` + 1 bids), × √252. A series
 * that grows by a constant log step, or never moves, has volatility 0: a valid result
 * (the valuation functions then refuse it as an input).
 * Not in the seeds: the desk's estimate (DOMAIN.md, Valuation), of the Per Share Market
 * Value (seed 000, Exhibit A: the closing bid on Nasdaq).
 * @param series - closing bids
 * @param endDate - the last day of the window; a day Nasdaq was closed means the last
 *   trading day before it
 * @param days - daily changes, a whole number ≥ 2 (default 60)
 * @returns a fraction a year (0.8 = 80%), ≥ 0
 * @throws TermsError `invalid` for a `days` that is not a whole number ≥ 2; `missing`
 *   "no closing bid for YYYY-MM-DD" for the first day of the window without a bid; `range`
 *   for a window outside the Nasdaq calendar
 * @example historicalVolatility(series, dayFromParts(2001, 4, 17), 4) //=> 1.7470644538126803 (bids 5, 5.5, 5, 5.5, 5: changes ±ln 1.1, SD 2 ln(1.1)/√3, × √252)
 */
export function historicalVolatility(series: PriceSeries, endDate: Day, days = DEFAULT_VOLATILITY_DAYS): number {
  check(Number.isInteger(days) && days >= 2, "invalid", () => messages.volatilityDays(String(days)));
  const window = volatilityWindow(endDate, days);
  const bids = new Float64Array(window.length);
  for (let i = 0; i < window.length; i++) {
    const bid = series.numberOn(window[i]);
    if (!(bid > 0)) series.bidOn(window[i]); // throws "no closing bid for …"
    bids[i] = bid;
  }
  const changes = new Float64Array(days);
  let sum = 0;
  for (let i = 0; i < days; i++) {
    changes[i] = log(bids[i + 1] / bids[i]);
    sum += changes[i];
  }
  // Two passes (the mean, then the squared deviations from it): no cancellation.
  const mean = sum / days;
  let squares = 0;
  for (let i = 0; i < days; i++) squares += (changes[i] - mean) * (changes[i] - mean);
  return sqrt((squares / (days - 1)) * TRADING_DAYS_PER_YEAR);
}
