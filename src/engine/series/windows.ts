import { Decimal, average } from "../decimal";
import { Day } from "../time/civilDate";
import { tradingDaysBefore } from "../time/nasdaqCalendar";
import { PriceSeries } from "./priceSeries";

/** A window of trading days with their closing bids, oldest first. */
export interface BidWindow {
  readonly days: readonly Day[];
  readonly bids: readonly Decimal[];
  /** The same bids as the numbers Excel gave, for ordering them cheaply. */
  readonly numbers: readonly number[];
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
  const bids = series.bidsOn(days);
  return { days, bids, numbers: bids.map((_, i) => series.numberOn(days[i])) };
}

/**
 * Average closing bid of the `n` trading days strictly before `date`, unrounded.
 * @example averageBidBefore(series, issueDate, 5) // 120% of this is the Initial Conversion Price
 */
export function averageBidBefore(series: PriceSeries, date: Day, n: number): Decimal {
  return average(closingBidsBefore(series, date, n).bids);
}

/**
 * Positions (into `values`) of the `k` lowest values, lowest first; ties keep the earlier
 * position. Takes the bids as numbers: a Decimal made from a double keeps its order, so
 * the doubles pick exactly the bids the Decimals would, at a fraction of the cost.
 * @example lowestPositions([3, 1, 2], 2) //=> [1, 2]
 */
export function lowestPositions(values: readonly number[], k: number): number[] {
  // Insertion into a list of at most k positions: one pass, no sort of the whole window.
  const lowest: number[] = [];
  if (!(k > 0)) return lowest;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    const full = lowest.length >= k;
    if (full && !(v < values[lowest[k - 1]])) continue; // an equal value keeps the earlier position
    let j = full ? k - 1 : lowest.length;
    for (; j > 0 && values[lowest[j - 1]] > v; j--) lowest[j] = lowest[j - 1];
    lowest[j] = i;
  }
  return lowest;
}
