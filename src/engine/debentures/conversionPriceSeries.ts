import { Decimal } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { PriceSeries } from "../series/priceSeries";
import { Day, isoDate } from "../time/civilDate";
import { isTradingDay } from "../time/nasdaqCalendar";
import { conversionPriceWorking, initialConversionPriceAsNumber, subsequentPriceAsNumber } from "./conversionPrice";
import { Terms } from "../terms/terms";

/** One trading day of the Conversion Price series. */
export interface ConversionPriceDay {
  readonly date: Day;
  /** That day's closing bid; undefined when the data lacks it (it is not needed for the price). */
  readonly bid?: Decimal;
  /** The Conversion Price in force for a conversion on that day, unrounded. */
  readonly price: Decimal;
  /** Whether the Subsequent Conversion Price is below the Initial one, and so in force. */
  readonly resetApplied: boolean;
}

/** Column headings of the series, in order. */
export const SERIES_HEADINGS = ["Date", "Closing bid", "Conversion Price", "Reset applied"] as const;

/**
 * The Conversion Price of the New Debentures on each Nasdaq trading day from the issue
 * date through `endDate`, both included: what a conversion on that day would get, from
 * {@link conversionPriceWorking} (nothing is recomputed here). `resetApplied` is true on
 * the days the Subsequent Conversion Price (101% of the 10 lowest of the 30 bids before)
 * is lower than the Initial Conversion Price, so the reset is what sets the price.
 * Seed 000, Exhibit A, Initial Conversion Price / Subsequent Conversion Price.
 * @param series - closing bids (Per Share Market Value)
 * @param issueDate - the date of issuance, the first row when Nasdaq was open that day
 * @param endDate - the last day shown; undefined: the last day with a closing bid
 * @returns one row per trading day, oldest first
 * @throws TermsError `invalid` when the end date is before the issue date, or when no end
 *   date is given and the series has no bid; `missing` for a window day with no bid
 * @example conversionPriceSeries(series, issue, issue + 3).map((r) => r.price.toString()) //=> ["6", "6", "6"] (a Thursday issue: Thu, Fri, Mon)
 */
export function conversionPriceSeries(
  series: PriceSeries,
  issueDate: Day,
  endDate?: Day,
  terms = Terms.defaults,
): ConversionPriceDay[] {
  const end = seriesEnd(series, issueDate, endDate);
  const rows: ConversionPriceDay[] = [];
  for (let date = issueDate; date <= end; date++) {
    if (!isTradingDay(date)) continue;
    const working = conversionPriceWorking(series, issueDate, date, terms);
    const resetApplied = working.reset !== undefined && working.reset.price.lessThan(working.initialPrice);
    rows.push({ date, bid: series.bidOrUndefined(date), price: working.price, resetApplied });
  }
  return rows;
}

/** The last day of a series: `endDate`, or the last day with a bid; never before the issue. */
function seriesEnd(series: PriceSeries, issueDate: Day, endDate: Day | undefined): Day {
  const end = endDate ?? series.lastBidDay();
  check(end !== undefined, "invalid", messages.noBidsForEndDate);
  check(end >= issueDate, "invalid", () =>
    messages.dateBefore("end date", isoDate(end), "issue date", isoDate(issueDate)),
  );
  return end;
}

/** One trading day of {@link conversionPriceSeriesAsNumbers}: the numbers a sheet shows. */
export interface ConversionPriceDayNumbers {
  readonly date: Day;
  readonly bid: number | undefined;
  readonly price: number;
  readonly resetApplied: boolean;
}

/**
 * {@link conversionPriceSeries} as the numbers a sheet shows: each price the same double
 * as its `toNumber()`, and the same `resetApplied`, computed without Decimals where the bids
 * fit safe integers (see `conversionPriceAsNumber`). Rounding to the nearest double keeps
 * order, so `reset < initial` between the doubles means it between the exact prices; equal
 * doubles, and windows that do not fit, are decided on the Decimal path. A series of a
 * thousand days costs a thousand small windows, not a thousand Decimal averages.
 * Seed 000, Exhibit A, Initial Conversion Price / Subsequent Conversion Price.
 * @throws like {@link conversionPriceSeries}
 */
export function conversionPriceSeriesAsNumbers(
  series: PriceSeries,
  issueDate: Day,
  endDate?: Day,
  terms = Terms.defaults,
): ConversionPriceDayNumbers[] {
  const end = seriesEnd(series, issueDate, endDate);
  const resetFrom = issueDate + terms.whole("CONV_RESET_DELAY_DAYS");
  const rows: ConversionPriceDayNumbers[] = [];
  let initial: number | undefined; // on the first trading day, as the Decimal path reads it
  for (let date = issueDate; date <= end; date++) {
    if (!isTradingDay(date)) continue;
    if (initial === undefined) initial = initialConversionPriceAsNumber(series, issueDate, terms);
    let price = initial;
    let resetApplied = false;
    if (date >= resetFrom) {
      const reset = subsequentPriceAsNumber(series, date, terms);
      if (reset === undefined || reset === initial) {
        const working = conversionPriceWorking(series, issueDate, date, terms);
        price = working.price.toNumber();
        resetApplied = working.reset !== undefined && working.reset.price.lessThan(working.initialPrice);
      } else {
        resetApplied = reset < initial;
        price = resetApplied ? reset : initial;
      }
    }
    const bid = series.bidOrUndefined(date);
    rows.push({ date, bid: bid === undefined ? undefined : bid.toNumber(), price, resetApplied });
  }
  return rows;
}
