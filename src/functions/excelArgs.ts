import { Decimal } from "../engine/decimal";
import { TermsError, check } from "../engine/errors";
import { messages } from "../engine/messages";
import { PriceSeries } from "../engine/series/priceSeries";
import { cachedPriceSeries } from "./priceSeriesCache";
import { SaleRow } from "../engine/series/vwap";
import { Terms } from "../engine/terms/terms";
import { DateSystem, Day, dayFromExcelSerial, dayFromParts, excelSerialFromDay, isoDate } from "../engine/time/civilDate";
import { DateTime, dateTimeFromExcelSerial } from "../engine/time/excelDateTime";

/**
 * Turns what Excel passes into engine values. Excel gives numbers, text, booleans and
 * blanks: `null` for an omitted argument and for empty cells on the web, 0 for empty
 * cells on desktop, "" for a formula returning "". Nothing here computes a term.
 */

/** Looked up once: it runs for every cell of every range on every recalculation. */
const { isArray } = Array;

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

/** Excel's last date, 9999-12-31, in both date systems. */
const LAST_EXCEL_DAY: Day = dayFromParts(9999, 12, 31);

/**
 * A date result as the serial of the calling workbook's date system.
 * @throws TermsError `outsideExcel` (#NUM!, like Excel's own EDATE) for a date Excel cannot
 *   show: before 1900-01-01 (1904-01-02 in a 1904 workbook) or after 9999-12-31
 */
export function toExcelDate(day: Day): number {
  const serial = day <= LAST_EXCEL_DAY ? excelSerialFromDay(day, callDateSystem) : NaN;
  if (!(serial >= 1)) {
    throw new TermsError("outsideExcel", messages.dateOutsideExcel(Number.isFinite(day) ? isoDate(day) : String(day)));
  }
  return serial;
}

/** A value Excel may pass for one cell. */
export type Cell = number | string | boolean | null | undefined;

/** Whether a cell is blank: omitted, empty, or "". (0 is blank only where a caller says so.) */
export function isBlank(value: unknown): value is null | undefined | "" {
  return value === null || value === undefined || value === "";
}

/** A scalar argument as it is: a 1×1 range is unwrapped; a larger range is an error. */
export function readCell(value: unknown, what: string): Cell {
  if (!isArray(value)) return value as Cell;
  // A plain loop, not Array.prototype.flat: that is ES2019, missing in Excel's ES2016 runtime.
  const cells: unknown[] = [];
  for (const row of value) {
    if (isArray(row)) for (const cell of row) cells.push(cell);
    else cells.push(row);
  }
  check(cells.length === 1, "invalid", () => messages.notOneDimensional(what, value.length, (value[0] ?? []).length));
  return cells[0] as Cell;
}

/**
 * A required number.
 * @throws TermsError `invalid` naming the argument for text, booleans, blanks, non-finite numbers
 */
export function readNumber(value: unknown, what: string): number {
  const v = readCell(value, what);
  check(typeof v === "number" && Number.isFinite(v), "invalid", () =>
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

/** An optional date: blank (or 0, an empty cell on desktop) is undefined. */
export function readOptionalDate(value: unknown, what: string): Day | undefined {
  const v = readCell(value, what);
  return isBlank(v) || v === 0 ? undefined : readDate(v, what);
}

/**
 * The cells of a one-row or one-column range, in order; a lone value is a 1-cell range.
 * (A plain loop: ranges of thousands of cells arrive on every recalculation.)
 */
export function readVector(value: unknown, what: string): Cell[] {
  if (!isArray(value)) return [value as Cell];
  const rows = value.length;
  if (rows === 1 && isArray(value[0])) return value[0] as Cell[];
  const cells: Cell[] = new Array(rows);
  for (let i = 0; i < rows; i++) {
    const row = value[i];
    if (!isArray(row)) {
      cells[i] = row as Cell;
    } else if (row.length === 1) {
      cells[i] = row[0] as Cell;
    } else {
      const columns = Math.max(...value.map((r) => (isArray(r) ? r.length : 1)));
      // An empty row inside a range is a ragged range; a wider one is a block.
      throw new TermsError("invalid", messages.notOneDimensional(what, rows, columns));
    }
  }
  return cells;
}

/**
 * The price series of a dates range and a closing-bids range (each a row or a column,
 * same size, any order). Blank and 0 cells are blanks; row numbers in messages count
 * from the first cell of the range.
 * @throws TermsError `invalid` naming the row for text, booleans, mismatched sizes
 */
export function readPriceSeries(dates: unknown, prices: unknown): PriceSeries {
  const dateCells = readVector(dates, "dates");
  const priceCells = readVector(prices, "prices");
  const n = dateCells.length;
  check(n === priceCells.length, "invalid", () => messages.rangeSizes(n, priceCells.length));
  const system = callDateSystem;
  return cachedPriceSeries(dateCells, priceCells, system, () => buildPriceSeries(dateCells, priceCells, system));
}

function buildPriceSeries(dateCells: readonly Cell[], priceCells: readonly Cell[], system: DateSystem): PriceSeries {
  const n = dateCells.length;
  const days: (Day | null)[] = new Array(n);
  const bids: (number | null)[] = new Array(n);
  for (let i = 0; i < n; i++) {
    const d = dateCells[i];
    const p = priceCells[i];
    if (typeof d === "number") {
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
  const rows = isArray(value) ? value : [[value]];
  // Omitted, or a range of empty cells (null on the web, 0 on desktop): the agreement's terms.
  if (rows.every((r) => (isArray(r) ? r : [r]).every((c) => isBlank(c) || c === 0))) return Terms.defaults;
  const columns = rows.length === 0 ? 2 : Math.max(...rows.map((r) => (isArray(r) ? r.length : 1)));
  check(columns === 2, "invalid", () => messages.termsShape(columns));
  return Terms.fromPairs(rows.map((r) => [r[0], r[1]] as const));
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
  const priceCells = readVector(prices, "prices");
  const volumeCells = readVector(volumes, "volumes");
  check(priceCells.length === volumeCells.length, "invalid", () =>
    messages.pricesVolumesSizes(priceCells.length, volumeCells.length),
  );
  return priceCells.map((p, i) => {
    const v = volumeCells[i];
    check(isBlank(p) || typeof p === "number", "invalid", () => messages.badPrice(i + 1, p));
    check(isBlank(v) || typeof v === "number", "invalid", () => messages.badVolume(i + 1, v));
    return { price: isBlank(p) ? null : p, volume: isBlank(v) ? null : v };
  });
}
