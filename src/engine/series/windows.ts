import { Decimal, average } from "../decimal";
import { Day } from "../time/civilDate";
import { tradingDaysBefore } from "../time/nasdaqCalendar";
import { PriceSeries } from "./priceSeries";

/** A window of trading days with their closing bids, oldest first. */
export interface BidWindow {
  readonly days: readonly Day[];
  readonly bids: readonly Decimal[];
}

/**
 * The closing bids of the `n` trading days strictly before `date` (the date itself is
 * excluded): seed 000's "the five Trading Days preceding the date of issuance" and
 * "the 30 Trading Days immediately preceding the conversion date".
 * @throws TermsError `missing` naming the first day of the window without a bid
 * @example closingBidsBefore(series, dayFromParts(2001, 4, 17), 5).days.map(isoDate)
 * //=> ["2001-04-09", "2001-04-10", "2001-04-11", "2001-04-12", "2001-04-16"]
 */
export function closingBidsBefore(series: PriceSeries, date: Day, n: number): BidWindow {
  const days = tradingDaysBefore(date, n);
  return { days, bids: series.bidsOn(days) };
}

/**
 * Average closing bid of the `n` trading days strictly before `date`, unrounded.
 * @example averageBidBefore(series, issueDate, 5) // 120% of this is the Initial Conversion Price
 */
export function averageBidBefore(series: PriceSeries, date: Day, n: number): Decimal {
  return average(closingBidsBefore(series, date, n).bids);
}

/**
 * Positions (into `values`) of the `k` lowest values; ties keep the earlier position.
 * @example lowestPositions([3, 1, 2].map(n => new Decimal(n)), 2) //=> [1, 2]
 */
export function lowestPositions(values: readonly Decimal[], k: number): number[] {
  return values
    .map((v, i) => i)
    .sort((a, b) => values[a].comparedTo(values[b]) || a - b)
    .slice(0, k);
}

/**
 * Average of the `k` lowest values, unrounded: seed 000's "average of the ten lowest
 * Per Share Market Values".
 * @example averageOfLowest([5, 1, 3, 2].map(n => new Decimal(n)), 2).toString() //=> "1.5"
 */
export function averageOfLowest(values: readonly Decimal[], k: number): Decimal {
  return average(lowestPositions(values, k).map((i) => values[i]));
}
