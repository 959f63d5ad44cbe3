import { Decimal } from "../engine/decimal";
import { TermsError, check } from "../engine/errors";
import { messages } from "../engine/messages";
import { PriceSeries } from "../engine/series/priceSeries";
import { cachedPriceSeries } from "./priceSeriesCache";
import { Cell, CellVector, isEmpty, narrowestRow, widestRow } from "./cellVector";
import { SaleRow } from "../engine/series/vwap";
import { Terms } from "../engine/terms/terms";
import {
  DateSystem,
  Day,
  dayFromExcelSerial,
  dayFromParts,
  excelSerialFromDay,
  firstExcelSerial,
  isoDate,
} from "../engine/time/civilDate";
import { DateTime, dateTimeFromExcelSerial } from "../engine/time/excelDateTime";

/**
 * Turns what Excel passes into engine values. Excel gives numbers, text, booleans and
 * blanks: `null` for an omitted argument and for empty cells on the web, 0 for empty
 * cells on desktop, "" for a formula returning "". Nothing here computes a term.
 */

/** Looked up once: they run for every cell of every range on every recalculation. */
const { isArray } = Array;
const { isFinite } = Number;

/**
 * The date system of the workbook whose cell is being calculated, for the duration of one
 * function call: excelCall sets it from the call's [terms] (DATE_SYSTEM) before reading any
 * argument and restores it afterwards. Every date read or returned here goes through it,
 * so no adapter converts a serial itself. (Calls are synchronous: one at a time.)
 */
let callDateSystem: DateSystem = 1900;

/** Runs `body` with dates read and returned in `system`. */
export function withDateSystem<T>(system: DateSystem, body: () => T): T {
  const outer = callDateSystem;
  callDateSystem = system;
  try {
    return body();
  } finally {
    callDateSystem = outer;
  }
}

/**
 * The `[terms]` argument of the call in progress and its Terms: excelCall reads the block
 * first (for its date system), and the body reads the same array again. Within one call
 * the array is the one Excel passed and nothing changes it, so the second read is this
 * identity check, not another scan of a block that may be a whole column.
 */
const NO_CALL = {};
let callTermsArgument: unknown = NO_CALL;
let callTerms: Terms = Terms.defaults;

/**
 * Runs `body` as one function call whose `[terms]` argument is `terms`: the block is read
 * once, here, and its DATE_SYSTEM decides how every date of the call is read and returned.
 * @throws TermsError for a bad block, before `body` runs
 */
export function withCallTerms<T>(terms: unknown, body: () => T): T {
  const read = readTerms(terms);
  const outerArgument = callTermsArgument;
  const outerTerms = callTerms;
  callTermsArgument = terms;
  callTerms = read;
  try {
    return withDateSystem(read.dateSystem(), body);
  } finally {
    callTermsArgument = outerArgument;
    callTerms = outerTerms;
  }
}

/** Excel's last date, 9999-12-31, in both date systems. */
const LAST_EXCEL_DAY: Day = dayFromParts(9999, 12, 31);

/**
 * A date result as the serial of the calling workbook's date system.
 * @throws TermsError `outsideExcel` (#NUM!, like Excel's own EDATE) for a date Excel cannot
 *   show: before 1900-01-01 (1904-01-01, serial 0, in a 1904 workbook) or after 9999-12-31
 */
export function toExcelDate(day: Day): number {
  const serial = day <= LAST_EXCEL_DAY ? excelSerialFromDay(day, callDateSystem) : NaN;
  if (!(serial >= firstExcelSerial(callDateSystem))) {
    throw new TermsError("outsideExcel", messages.dateOutsideExcel(Number.isFinite(day) ? isoDate(day) : String(day)));
  }
  return serial;
}

/** Whether a cell is blank: omitted, empty, or "". (0 is blank only where a caller says so.) */
export function isBlank(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

/** A scalar argument as it is: a 1×1 range is unwrapped; a larger range is an error. */
export function readCell(value: unknown, what: string): Cell {
  if (!isArray(value)) return value as Cell;
  const row = value[0];
  const single = value.length === 1 && (!isArray(row) || row.length === 1);
  check(single, "invalid", () => messages.notOneCell(what, value.length, widestRow(value), narrowestRow(value)));
  return (isArray(row) ? row[0] : row) as Cell;
}

/**
 * A required number.
 * @throws TermsError `invalid` naming the argument for text, booleans, blanks, non-finite numbers
 */
export function readNumber(value: unknown, what: string): number {
  const v = readCell(value, what);
  check(typeof v === "number" && isFinite(v), "invalid", () =>
    isBlank(v) ? messages.required(what) : messages.notANumber(what, v),
  );
  return v;
}

/** A required amount as a Decimal (exact from Excel's double: 5.1 stays 5.1; -0 is 0, not negative). */
export function readDecimal(value: unknown, what: string): Decimal {
  return new Decimal(readNumber(value, what) || 0);
}

/** An optional amount: a blank is `fallback`. */
export function readOptionalDecimal(value: unknown, what: string, fallback: Decimal): Decimal {
  return isBlank(readCell(value, what)) ? fallback : readDecimal(value, what);
}

/** A required date serial as a Day. */
export function readDate(value: unknown, what: string): Day {
  const v = readCell(value, what);
  check(typeof v === "number", "invalid", () => (isBlank(v) ? messages.required(what) : messages.notADate(what, v)));
  return dayFromExcelSerial(v, what, callDateSystem);
}

/**
 * A required date and time (a serial with a fraction of a day), in the workbook's date system.
 * @throws TermsError `invalid` naming the argument for anything but a date-time serial
 */
export function readDateTime(value: unknown, what: string): DateTime {
  return dateTimeFromExcelSerial(readNumber(value, what), what, callDateSystem);
}

/**
 * An optional date: blank is undefined. 0 is undefined too in a 1900 workbook (an empty
 * cell on desktop; serial 0 is no date there), but 1904-01-01 in a 1904 workbook, where it
 * is Excel's first date: a number given as an argument is read as the date it is.
 */
export function readOptionalDate(value: unknown, what: string): Day | undefined {
  const v = readCell(value, what);
  return isBlank(v) || (v === 0 && callDateSystem === 1900) ? undefined : readDate(v, what);
}

/**
 * The cells of a one-row or one-column range, in order; a lone value is a 1-cell range.
 * (Copies the cells: for ranges that may be whole columns, read a {@link CellVector}.)
 */
export function readVector(value: unknown, what: string): Cell[] {
  const vector = CellVector.of(value, what);
  const cells: Cell[] = new Array(vector.length);
  for (let i = 0; i < cells.length; i++) cells[i] = vector.cellAt(i);
  return cells;
}

/**
 * The price series of a dates range and a closing-bids range (each a row or a column,
 * same size, any order). Blank and 0 cells are blanks; row numbers in messages count
 * from the first cell of the range. Costs what touching the cells costs: rows after the
 * last non-empty one are skipped, and a range read recently is not validated again.
 * @throws TermsError `invalid` naming the row for text, booleans, mismatched sizes
 */
export function readPriceSeries(dates: unknown, prices: unknown): PriceSeries {
  const dateCells = CellVector.of(dates, "dates");
  const priceCells = CellVector.of(prices, "prices");
  check(dateCells.length === priceCells.length, "invalid", () =>
    messages.rangeSizes(dateCells.length, priceCells.length),
  );
  // Rows where both cells are empty are skipped by the series: only the first `rows` count.
  const rows = dateCells.used > priceCells.used ? dateCells.used : priceCells.used;
  const system = callDateSystem;
  return cachedPriceSeries(dateCells, priceCells, rows, system, () =>
    buildPriceSeries(dateCells, priceCells, rows, system),
  );
}

function buildPriceSeries(
  dateCells: CellVector,
  priceCells: CellVector,
  rows: number,
  system: DateSystem,
): PriceSeries {
  const days: (Day | null)[] = new Array(rows);
  const bids: (number | null)[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const d = dateCells.cellAt(i);
    const p = priceCells.cellAt(i);
    if (typeof d === "number") {
      // 0 is an empty cell in desktop Excel, in either date system (1904-01-01 has no bid).
      days[i] = d === 0 ? null : dayFromExcelSerial(d, () => `row ${i + 1}: date`, system);
    } else if (isBlank(d)) {
      days[i] = null;
    } else {
      throw new TermsError("invalid", messages.badRowDate(i + 1, d));
    }
    if (typeof p === "number") bids[i] = p;
    else if (isBlank(p)) bids[i] = null;
    else throw new TermsError("invalid", messages.badBid(i + 1, p));
  }
  return PriceSeries.fromColumns(days, bids);
}

/**
 * The optional `[terms]` argument: a two-column range of (term name, value) rows, or blank
 * (omitted, or only empty cells).
 * @throws TermsError `invalid` for another shape, an unknown name or a bad value
 */
export function readTerms(value: unknown): Terms {
  // Omitted; or the block of the call in progress, read by withCallTerms already.
  if (value === null || value === undefined) return Terms.defaults;
  if (value === callTermsArgument && isArray(value)) return callTerms;
  const rows = isArray(value) ? value : [[value]];
  // One pass from the end over the empty rows (null on the web, 0 on desktop), noting the
  // narrowest and widest row for the shape check: a whole-column range (A:B) costs one
  // read of each cell, as a bare scan would, whether or not the block then has an error.
  let used = rows.length;
  let narrowest = Infinity;
  let widest = 0;
  let twoWide = false;
  for (; used > 0; used--) {
    const row = rows[used - 1];
    if (isArray(row) && row.length === 2) {
      // The common row, kept to the comparisons a bare scan makes.
      const name = row[0];
      const cell = row[1];
      twoWide = true;
      if ((name === null || name === 0 || isEmpty(name)) && (cell === null || cell === 0 || isEmpty(cell))) continue;
      break;
    }
    const width = isArray(row) ? row.length : 1;
    if (width < narrowest) narrowest = width;
    if (width > widest) widest = width;
    if (!isEmptyRow(row)) break;
  }
  if (twoWide) {
    if (narrowest > 2) narrowest = 2;
    if (widest < 2) widest = 2;
  }
  // Omitted, or a range of empty cells: the agreement's terms.
  if (used === 0) return Terms.defaults;
  for (let i = 0; i < used - 1; i++) {
    const row = rows[i];
    const width = isArray(row) ? row.length : 1;
    if (width < narrowest) narrowest = width;
    if (width > widest) widest = width;
  }
  check(widest === 2, "invalid", () => messages.termsShape(rows.length, widest, narrowest));
  if (sameAsLastTerms(rows, used)) return lastTerms;
  const pairs: (readonly [unknown, unknown])[] = new Array(used);
  for (let i = 0; i < used; i++) pairs[i] = [rows[i][0], rows[i][1]];
  const terms = Terms.fromPairs(pairs);
  lastPairs = pairs;
  lastTerms = terms;
  return terms;
}

/**
 * The (name, value) cells of the last [terms] block read, and its Terms. A call reads its
 * block twice (excelCall for the date system, then the body), and a column of formulas
 * passes the same block to every cell: comparing a few dozen cells costs far less than
 * validating them again. Only blocks that passed validation are kept.
 */
let lastPairs: readonly (readonly [unknown, unknown])[] = [];
let lastTerms: Terms = Terms.defaults;

function sameAsLastTerms(rows: readonly (readonly unknown[])[], used: number): boolean {
  if (lastPairs.length !== used) return false;
  for (let i = 0; i < used; i++) {
    if (rows[i][0] !== lastPairs[i][0] || rows[i][1] !== lastPairs[i][1]) return false;
  }
  return true;
}

function isEmptyRow(row: unknown): boolean {
  if (!isArray(row)) return isEmpty(row);
  for (let i = 0; i < row.length; i++) if (!isEmpty(row[i])) return false;
  return true;
}

/**
 * A required text argument (a code such as a field or a method), as given.
 * @throws TermsError `invalid` naming the argument for blanks, numbers and booleans
 */
export function readText(value: unknown, what: string): string {
  const v = readCell(value, what);
  check(typeof v === "string" && v.trim() !== "", "invalid", () =>
    isBlank(v) || (typeof v === "string" && v.trim() === "") ? messages.required(what) : messages.notText(what, v),
  );
  return v;
}

/**
 * The sales of a prices range and a volumes range (each a row or a column, same size):
 * blank cells are `null`, 0 stays 0 (the engine treats both as blank). Row numbers in
 * messages count from the first cell of the range.
 * @throws TermsError `invalid` naming the row for text or booleans, or mismatched sizes
 */
export function readSales(prices: unknown, volumes: unknown): SaleRow[] {
  const priceCells = CellVector.of(prices, "prices");
  const volumeCells = CellVector.of(volumes, "volumes");
  check(priceCells.length === volumeCells.length, "invalid", () =>
    messages.pricesVolumesSizes(priceCells.length, volumeCells.length),
  );
  // Rows after the last non-empty one are skipped by the engine too: only these count.
  const rows: SaleRow[] = new Array(priceCells.used > volumeCells.used ? priceCells.used : volumeCells.used);
  for (let i = 0; i < rows.length; i++) {
    const p = priceCells.cellAt(i);
    const v = volumeCells.cellAt(i);
    check(isBlank(p) || typeof p === "number", "invalid", () => messages.badPrice(i + 1, p));
    check(isBlank(v) || typeof v === "number", "invalid", () => messages.badVolume(i + 1, v));
    rows[i] = { price: isBlank(p) ? null : p, volume: isBlank(v) ? null : v };
  }
  return rows;
}
