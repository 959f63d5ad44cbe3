import { Decimal } from "../decimal";
import { TermsError, TermsErrorCode } from "../errors";
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
   * Validates rows and builds the series, stopping at the first problem. The rules are
   * those of {@link checkPriceRows} (row numbers are 1-based):
   * - a row with neither date nor bid is skipped, so a whole column may be passed;
   * - a bid of 0 or blank on a dated row is a missing bid, not a zero price;
   * - a bid with no date, a negative or non-finite bid, a bid on a day Nasdaq was closed,
   *   and a date given twice are errors naming the row.
   * @throws TermsError `invalid` naming the first bad row
   * @example PriceSeries.fromRows([{ date: dayFromParts(2001, 4, 17), bid: 5.1 }]).bidOn(dayFromParts(2001, 4, 17)).toString() //=> "5.1"
   */
  static fromRows(rows: readonly PriceRow[]): PriceSeries {
    const bids = scanPriceRows(rows, (problem) => {
      throw new TermsError(problem.code, problem.message);
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

/** One problem found in price rows: the row (as numbered by the caller) and the message. */
export interface PriceRowProblem {
  readonly row: number;
  /** `range` for a date outside the Nasdaq calendar, else `invalid`. */
  readonly code: TermsErrorCode;
  readonly message: string;
}

/**
 * Every problem of price rows, in row order, at most one per row — the same rules and
 * messages as {@link PriceSeries.fromRows}, which stops at the first. Used to check a
 * whole price file before anything is written.
 * Seed 000, Exhibit A, Per Share Market Value (closing bids on Nasdaq trading days).
 * @param rows - the rows, any order; blank dates and bids are `null`
 * @param rowNumber - the row number shown for index `i` (default `i + 1`), e.g. a file's line
 * @returns the problems; empty when `fromRows` would accept the rows
 * @throws never
 * @example checkPriceRows([{ date: null, bid: 5 }]) //=> [{ row: 1, code: "invalid", message: "row 1: closing bid has no date" }]
 */
export function checkPriceRows(
  rows: readonly PriceRow[],
  rowNumber: (index: number) => number = (i) => i + 1,
): PriceRowProblem[] {
  const problems: PriceRowProblem[] = [];
  scanPriceRows(rows, (problem) => problems.push(problem), rowNumber);
  return problems;
}

/**
 * The one rule set of price rows: reports each bad row to `report` (which may throw to
 * stop) and returns the bids of the good ones (0 for a missing bid on a trading day).
 */
function scanPriceRows(
  rows: readonly PriceRow[],
  report: (problem: PriceRowProblem) => void,
  rowNumber: (index: number) => number = (i) => i + 1,
): Map<Day, number> {
  const bids = new Map<Day, number>();
  const rowOf = new Map<Day, number>();
  rows.forEach(({ date, bid }, i) => {
    const row = rowNumber(i);
    const fail = (message: string, code: TermsErrorCode = "invalid") => report({ row, code, message });
    const missingBid = bid === null || bid === 0;
    if (date === null) {
      if (!missingBid) fail(messages.priceWithoutDate(row));
      return;
    }
    if (!missingBid && !(Number.isFinite(bid) && bid > 0)) {
      fail(messages.badBid(row, bid));
      if (!rowOf.has(date)) rowOf.set(date, row);
      return;
    }
    const seen = rowOf.get(date);
    if (seen !== undefined) {
      fail(messages.duplicateDate(isoDate(date), seen, row));
      return;
    }
    rowOf.set(date, row);
    let open: boolean;
    try {
      open = isTradingDay(date);
    } catch (e) {
      if (!(e instanceof TermsError)) throw e;
      fail(e.message, e.code); // outside the calendar
      return;
    }
    if (!open) {
      if (!missingBid) fail(messages.bidOnClosedDay(isoDate(date), row));
      return;
    }
    bids.set(date, missingBid ? 0 : bid);
  });
  return bids;
}
