import { Decimal, average } from "../decimal";
import { Day } from "../time/civilDate";
import { tradingDaysBefore } from "../time/nasdaqCalendar";
import { PriceSeries } from "./priceSeries";
import { POWERS_OF_TEN, ScaledDecimal, decimalFromScaled, scaledFromDecimal } from "./scaledDecimal";

const { MAX_SAFE_INTEGER } = Number;

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
 * Average closing bid of the `n` trading days strictly before `date`, unrounded. The sum is
 * made exactly in safe integers when the bids allow it (the same value Decimals would
 * add up to), so the only Decimals made are the sum and the average.
 * @throws TermsError `missing` naming the first day of the window without a bid
 * @example averageBidBefore(series, issueDate, 5) // 120% of this is the Initial Conversion Price
 */
export function averageBidBefore(series: PriceSeries, date: Day, n: number): Decimal {
  const days = tradingDaysBefore(date, n);
  const sum = n > 0 ? scaledSumOfBids(series, days) : undefined;
  if (sum === undefined) return average(series.bidsOn(days));
  return decimalFromScaled(sum).dividedBy(n);
}

/**
 * The exact sum of the closing bids of `days`, as a scaled decimal: each bid as Decimal
 * reads it (its shortest decimal), brought to the most places among them, added in safe
 * integers. Undefined when a day has no bid, or a bid or the sum does not fit; the caller
 * then adds Decimals (which also names the missing day).
 * @example scaledSumOfBids(series, days) // bids 5, 5.1, 4.9 => { units: 150, places: 1 }
 */
export function scaledSumOfBids(series: PriceSeries, days: readonly Day[]): ScaledDecimal | undefined {
  let places = 0;
  for (let i = 0; i < days.length; i++) {
    const p = series.placesOn(days[i]);
    if (p < 0) return undefined;
    if (p > places) places = p;
  }
  let units = 0;
  for (let i = 0; i < days.length; i++) {
    // Products and sums of safe integers are exact while they stay ≤ MAX_SAFE_INTEGER, and
    // a true result above it comes out above it too: the checks below catch every overflow.
    const term = series.unitsOn(days[i]) * POWERS_OF_TEN[places - series.placesOn(days[i])];
    units += term;
    if (!(term <= MAX_SAFE_INTEGER && units <= MAX_SAFE_INTEGER)) return undefined;
  }
  return { units, places };
}

/**
 * `pct` × the average closing bid of `days`, as the double nearest to the exact value, or
 * undefined when a bid is missing or a value leaves the safe integers (the caller then uses
 * Decimals). The exact value is N / D with N = Σ units × pct units and D = count ×
 * 10^places, both safe integers, and one float division rounds it correctly. It is the
 * double Decimals give too (`average.times(pct).toNumber()`): their two roundings to 40
 * digits move the value by under 2·10⁻³⁹ of itself, while N / D lies at least 2⁻¹⁰⁷
 * (6·10⁻³³) of itself from every midpoint between doubles, and on none (a midpoint has 54
 * significant bits, so N would exceed 2⁵³); both round to the same double.
 * @example pctOfAverageAsNumber(series, days, new Decimal("1.2")) // bids 5, 5.1, 4.9 => 6
 */
export function pctOfAverageAsNumber(series: PriceSeries, days: readonly Day[], pct: Decimal): number | undefined {
  const sum = days.length > 0 ? scaledSumOfBids(series, days) : undefined;
  const factor = sum && scaledFromDecimal(pct);
  if (!sum || !factor) return undefined;
  const numerator = sum.units * factor.units;
  const denominator = days.length * POWERS_OF_TEN[sum.places + factor.places];
  return numerator <= MAX_SAFE_INTEGER && denominator <= MAX_SAFE_INTEGER ? numerator / denominator : undefined;
}

/**
 * The `k` days of `days` with the lowest closing bids, lowest first (ties: the earlier
 * day), as {@link lowestPositions} picks them; undefined when a day has no bid or a bid
 * has no scaled form (the caller then uses {@link closingBidsBefore}).
 */
export function lowestBidDays(series: PriceSeries, days: readonly Day[], k: number): Day[] | undefined {
  const numbers: number[] = new Array(days.length);
  for (let i = 0; i < days.length; i++) {
    if (series.placesOn(days[i]) < 0) return undefined;
    numbers[i] = series.numberOn(days[i]);
  }
  const positions = lowestPositions(numbers, k);
  const lowest: Day[] = new Array(positions.length);
  for (let i = 0; i < positions.length; i++) lowest[i] = days[positions[i]];
  return lowest;
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
