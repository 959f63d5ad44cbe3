import { Decimal } from "../decimal";
import { TermsError, check } from "../errors";
import { messages } from "../messages";
import { Day, isoDate } from "../time/civilDate";
import { isTradingDay } from "../time/nasdaqCalendar";

/** One row of price data as it came from the workbook: a blank is `null`. */
export interface PriceRow {
  readonly date: Day | null;
  readonly bid: number | null;
}

/**
 * Closing bids by trading day — the "Per Share Market Value" of seed 000 (Exhibit A:
 * "Closing bid price per share on the Nasdaq National Market").
 *
 * Built once per call from the banker's rows, in any order. Bids stay as the numbers
 * Excel gave until a window asks for them, so a call converts to Decimal only the few
 * bids its window needs.
 */
export class PriceSeries {
  private constructor(private readonly bids: ReadonlyMap<Day, number>) {}

  /**
   * Validates rows and builds the series. Rules (row numbers are 1-based):
   * - a row with neither date nor bid is skipped, so a whole column may be passed;
   * - a bid of 0 or blank on a dated row is a missing bid, not a zero price;
   * - a bid with no date, a negative or non-finite bid, a bid on a day Nasdaq was closed,
   *   and a date given twice are errors naming the row.
   * @throws TermsError `invalid` naming the first bad row
   */
  static fromRows(rows: readonly PriceRow[]): PriceSeries {
    const bids = new Map<Day, number>();
    const rowOf = new Map<Day, number>();
    rows.forEach(({ date, bid }, i) => {
      const row = i + 1;
      const missingBid = bid === null || bid === 0;
      if (date === null) {
        check(missingBid, "invalid", () => messages.priceWithoutDate(row));
        return;
      }
      check(missingBid || (Number.isFinite(bid) && bid > 0), "invalid", () => messages.badBid(row, bid));
      const seen = rowOf.get(date);
      check(seen === undefined, "invalid", () => messages.duplicateDate(isoDate(date), seen!, row));
      rowOf.set(date, row);
      if (!isTradingDay(date)) {
        check(missingBid, "invalid", () => messages.bidOnClosedDay(isoDate(date), row));
        return;
      }
      bids.set(date, missingBid ? 0 : bid);
    });
    return new PriceSeries(bids);
  }

  /**
   * The closing bid on trading day `day`.
   * @throws TermsError `missing` "no closing bid for YYYY-MM-DD" when the data lacks it
   */
  bidOn(day: Day): Decimal {
    const bid = this.bids.get(day);
    if (!bid) throw new TermsError("missing", messages.noClosingBid(isoDate(day)));
    return new Decimal(bid);
  }

  /** The bids on each of `days`, in the same order. @throws like {@link bidOn} */
  bidsOn(days: readonly Day[]): Decimal[] {
    return days.map((d) => this.bidOn(d));
  }
}
