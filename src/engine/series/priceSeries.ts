import { Decimal } from "../decimal";
import { TermsError, TermsErrorCode } from "../errors";
import { RowUnit, messages } from "../messages";
import { Day, isoDate } from "../time/civilDate";
import { scaledFromNumber } from "./scaledDecimal";
import { CALENDAR_FIRST_DAY, CALENDAR_LAST_DAY, isTradingDay } from "../time/nasdaqCalendar";

/** One row of price data as it came from the workbook: a blank is `null`. */
export interface PriceRow {
  readonly date: Day | null;
  readonly bid: number | null;
}

/**
 * Closing bids by trading day — the "Per Share Market Value" of seed 000 (Exhibit A:
 * "Closing bid price per share on the Nasdaq National Market").
 *
 * Built once per call from the banker's rows, in any order. Custom functions are
 * recalculated thousands of times, so building is one pass over the rows with no
 * allocation per row: bids go into an array indexed by day, and stay the numbers Excel
 * gave until a window asks for them, so a call makes Decimals only of the bids it uses.
 */
export class PriceSeries {
  private constructor(
    /** The day of `bidAt[0]`. */
    private readonly first: Day,
    /** The bid of each day from `first` on; 0 where there is none (or it is missing). */
    private readonly bidAt: Float64Array,
  ) {}

  /** Each bid's Decimal, made when first asked for (Decimals are immutable, so shared). */
  private readonly decimalAt: Decimal[] = [];

  /**
   * Validates rows and builds the series, stopping at the first problem. The rules are
   * those of {@link checkPriceRows} (row numbers are 1-based):
   * - a row with neither date nor bid is skipped, so a whole column may be passed;
   * - a bid of 0 or blank on a dated row is a missing bid, not a zero price;
   * - a bid with no date, a negative or non-finite bid, a bid on a day Nasdaq was closed,
   *   and a date given twice are errors naming the row.
   * @throws TermsError `invalid` naming the first bad row; `range` for a date outside
   *   the Nasdaq calendar
   * @example PriceSeries.fromRows([{ date: dayFromParts(2001, 4, 17), bid: 5.1 }]).bidOn(dayFromParts(2001, 4, 17)).toString() //=> "5.1"
   */
  static fromRows(rows: readonly PriceRow[]): PriceSeries {
    return PriceSeries.fromColumns(
      rows.map((r) => r.date),
      rows.map((r) => r.bid),
    );
  }

  /**
   * The same as {@link fromRows} for two parallel columns: `dates[i]` and `bids[i]` are
   * row i + 1. This is what the Excel adapters use: no row objects are made.
   * @throws like {@link fromRows}
   */
  static fromColumns(dates: ArrayLike<Day | null>, bids: ArrayLike<number | null>): PriceSeries {
    const { first, bidAt } = scanPriceColumns(dates, bids, throwProblem, rowFromIndex);
    return new PriceSeries(first, bidAt);
  }

  /**
   * The closing bid on trading day `day`.
   * @throws TermsError `missing` "no closing bid for YYYY-MM-DD" when the data lacks it
   */
  bidOn(day: Day): Decimal {
    const k = day - this.first;
    const bid = k >= 0 && k < this.bidAt.length ? this.bidAt[k] : 0;
    if (bid === 0) throw new TermsError("missing", messages.noClosingBid(isoDate(day)));
    return (this.decimalAt[k] ??= new Decimal(bid));
  }

  /** The bid on trading day `day` as the number Excel gave (call after {@link bidOn}). */
  numberOn(day: Day): number {
    return this.bidAt[day - this.first];
  }

  /** The closing bid on `day`, or undefined when the data has none (never throws). */
  bidOrUndefined(day: Day): Decimal | undefined {
    const k = day - this.first;
    return k >= 0 && k < this.bidAt.length && this.bidAt[k] !== 0 ? this.bidOn(day) : undefined;
  }

  /** The first day that has a closing bid, or undefined when no day has one. */
  firstBidDay(): Day | undefined {
    for (let k = 0; k < this.bidAt.length; k++) if (this.bidAt[k] !== 0) return this.first + k;
    return undefined;
  }

  /** The last day that has a closing bid, or undefined when no day has one. */
  lastBidDay(): Day | undefined {
    for (let k = this.bidAt.length - 1; k >= 0; k--) if (this.bidAt[k] !== 0) return this.first + k;
    return undefined;
  }

  /** Each bid's scaled form (see {@link placesOn}), made when first asked for. */
  private unitsAt: Float64Array | undefined;
  /** Each bid's decimal places + 1; 0 = not asked for yet; -1 = no scaled form (or no bid). */
  private placesPlusOneAt: Int8Array | undefined;

  /**
   * The decimal places of the bid on `day` as Decimal reads it (its shortest decimal:
   * 5.1 has 1), with {@link unitsOn} giving its digits as an integer (51); -1 when there
   * is no bid or it has no exact scaled form (see `scaledFromNumber`).
   */
  placesOn(day: Day): number {
    const k = day - this.first;
    if (!(k >= 0 && k < this.bidAt.length) || this.bidAt[k] === 0) return -1;
    const placesAt = (this.placesPlusOneAt ??= new Int8Array(this.bidAt.length));
    if (placesAt[k] === 0) {
      const scaled = scaledFromNumber(this.bidAt[k]);
      (this.unitsAt ??= new Float64Array(this.bidAt.length))[k] = scaled === undefined ? 0 : scaled.units;
      placesAt[k] = scaled === undefined ? -1 : scaled.places + 1;
    }
    const stored = placesAt[k];
    return stored > 0 ? stored - 1 : -1;
  }

  /** The bid on `day` in units of 10^-places (call after {@link placesOn} gave places ≥ 0). */
  unitsOn(day: Day): number {
    return this.unitsAt![day - this.first];
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
 * @param unit - what that number counts, as a message names it: "row" (default) or "line" (a file's)
 * @returns the problems; empty when `fromRows` would accept the rows
 * @throws never
 * @example checkPriceRows([{ date: null, bid: 5 }]) //=> [{ row: 1, code: "invalid", message: "row 1: closing bid has no date" }]
 */
export function checkPriceRows(
  rows: readonly PriceRow[],
  rowNumber: (index: number) => number = rowFromIndex,
  unit: RowUnit = "row",
): PriceRowProblem[] {
  const problems: PriceRowProblem[] = [];
  scanPriceColumns(
    rows.map((r) => r.date),
    rows.map((r) => r.bid),
    (problem) => problems.push(problem),
    rowNumber,
    unit,
  );
  return problems;
}

const rowFromIndex = (i: number) => i + 1;

function throwProblem(problem: PriceRowProblem): never {
  throw new TermsError(problem.code, problem.message);
}

/**
 * The one rule set of price rows: reports each bad row to `report` (which may throw to
 * stop) and returns the bids of the good ones by day. One pass to find the span of dates,
 * one to check and store; nothing is allocated per row, messages only for a bad row.
 */
function scanPriceColumns(
  dates: ArrayLike<Day | null>,
  bids: ArrayLike<number | null>,
  report: (problem: PriceRowProblem) => void,
  rowNumber: (index: number) => number,
  unit: RowUnit = "row",
): { first: Day; bidAt: Float64Array } {
  let first = CALENDAR_LAST_DAY;
  let last = CALENDAR_FIRST_DAY;
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    if (d !== null && d >= CALENDAR_FIRST_DAY && d <= CALENDAR_LAST_DAY) {
      if (d < first) first = d;
      if (d > last) last = d;
    }
  }
  const span = last >= first ? last - first + 1 : 0;
  const bidAt = new Float64Array(span);
  const rowAt = new Int32Array(span); // index + 1 of the row that gave the day; 0 = none yet
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    const bid = bids[i];
    const missingBid = bid === null || bid === 0;
    if (d === null) {
      if (!missingBid) report(problem(rowNumber(i), messages.priceWithoutDate(rowNumber(i))));
      continue;
    }
    if (d < CALENDAR_FIRST_DAY || d > CALENDAR_LAST_DAY) {
      const range = messages.outsideCalendar(isoDate(d), isoDate(CALENDAR_FIRST_DAY), isoDate(CALENDAR_LAST_DAY));
      report(problem(rowNumber(i), `row ${rowNumber(i)}: ${range}`, "range"));
      continue;
    }
    const k = d - first;
    const seen = rowAt[k];
    if (!missingBid && !(bid > 0 && bid - bid === 0)) {
      report(problem(rowNumber(i), messages.badBid(rowNumber(i), bid)));
      if (seen === 0) rowAt[k] = i + 1;
      continue;
    }
    if (seen !== 0) {
      report(problem(rowNumber(i), messages.duplicateDate(isoDate(d), rowNumber(seen - 1), rowNumber(i), unit)));
      continue;
    }
    rowAt[k] = i + 1;
    if (!isTradingDay(d)) {
      if (!missingBid) report(problem(rowNumber(i), messages.bidOnClosedDay(isoDate(d), rowNumber(i))));
      continue;
    }
    if (!missingBid) bidAt[k] = bid;
  }
  return { first, bidAt };
}

function problem(row: number, message: string, code: TermsErrorCode = "invalid"): PriceRowProblem {
  return { row, code, message };
}
