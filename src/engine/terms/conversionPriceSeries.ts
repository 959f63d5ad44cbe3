import { Decimal } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { PriceSeries } from "../series/priceSeries";
import { Day, isoDate } from "../time/civilDate";
import { isTradingDay } from "../time/nasdaqCalendar";
import { conversionPriceWorking } from "./conversionPrice";
import { Terms } from "./terms";

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
  const end = endDate ?? series.lastBidDay();
  check(end !== undefined, "invalid", messages.noBidsForEndDate);
  check(end >= issueDate, "invalid", () => messages.dateBefore("end date", isoDate(end), "issue date", isoDate(issueDate)));
  const rows: ConversionPriceDay[] = [];
  for (let date = issueDate; date <= end; date++) {
    if (!isTradingDay(date)) continue;
    const working = conversionPriceWorking(series, issueDate, date, terms);
    const resetApplied = working.reset !== undefined && working.reset.price.lessThan(working.initialPrice);
    rows.push({ date, bid: series.bidOrUndefined(date), price: working.price, resetApplied });
  }
  return rows;
}
