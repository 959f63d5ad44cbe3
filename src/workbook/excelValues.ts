import { Decimal } from "../engine/decimal";
import { TermDefinition, TermValue } from "../engine/terms/termDefinition";
import { dayFromExcelSerial, excelSerialFromDay, isoDate, parseIsoDate } from "../engine/time/civilDate";
import { CellValue } from "./workbookPlan";

/** Kinds of a table column. */
export type ColumnKind = "text" | "count" | "price" | "money" | "fraction" | "date";
export const COLUMN_KINDS: readonly ColumnKind[] = ["text", "count", "price", "money", "fraction", "date"];

/** A table cell in its canonical (JSON) form: text, a number, or a date as "YYYY-MM-DD". */
export type TableCell = string | number;

/**
 * How term values and table cells are written into cells and read back: dates as Excel
 * serials formatted yyyy-mm-dd, fractions as numbers formatted as percentages, prices and
 * money formatted in dollars, text formatted as text ("@", so a title starting with "="
 * stays text).
 */

export const TEXT_FORMAT = "@";
export const DATE_FORMAT = "yyyy-mm-dd";
export const PRICE_FORMAT = "$#,##0.00####";
export const MONEY_FORMAT = "$#,##0.00";
export const WHOLE_FORMAT = "#,##0";
export const PERCENT_FORMAT = "0.00%";

/** A percentage format with as many decimals as the value needs (1.2 → "0%", 0.035 → "0.0%"). */
export function percentFormat(value: Decimal): string {
  const places = Math.min(value.times(100).decimalPlaces(), 6);
  return places === 0 ? "0%" : `0.${"0".repeat(places)}%`;
}

/**
 * How much lower a workbook's date serials are than the 1900 system's: 1,462 in a 1904
 * workbook (its serial 0 is 1904-01-01), else 0. Every date the pane writes or reads back
 * goes through this, so a date cell shows the same day in either system.
 * @example serialOffset({ dateSystem: 1904 }) //=> 1462
 */
export function serialOffset(state: { readonly dateSystem?: 1900 | 1904 }): number {
  return state.dateSystem === 1904 ? DAYS_1900_TO_1904 : 0;
}
const DAYS_1900_TO_1904 = 1462;

/** The cell value of a validated term value (`offset`: see {@link serialOffset}). */
export function termCellValue(definition: TermDefinition, value: TermValue, offset = 0): CellValue {
  switch (definition.kind) {
    case "flag":
    case "choice":
      return value as boolean | string;
    case "date":
      return excelSerialFromDay(value as number) - offset;
    default:
      return (value as Decimal).toNumber();
  }
}

/** The number format of a term's value cell. */
export function termNumberFormat(definition: TermDefinition, value: TermValue): string {
  switch (definition.kind) {
    case "fraction":
      return percentFormat(value as Decimal);
    case "price":
      return PRICE_FORMAT;
    case "money":
      return MONEY_FORMAT;
    case "tradingDays":
    case "calendarDays":
    case "count":
      return WHOLE_FORMAT;
    case "date":
      return DATE_FORMAT;
    case "choice":
      return TEXT_FORMAT;
    case "flag":
      return "General";
  }
}

/** The unit label of a table column, written above its header and read back by export. */
export const COLUMN_UNITS: Record<ColumnKind, string> = {
  text: "text",
  count: "count",
  price: "USD per share",
  money: "USD",
  fraction: "%",
  date: "date",
};

/** The column kind of a unit label, or undefined. */
export function columnKindOfUnit(unit: CellValue): ColumnKind | undefined {
  return (Object.keys(COLUMN_UNITS) as ColumnKind[]).find((k) => COLUMN_UNITS[k] === unit);
}

export const COLUMN_FORMATS: Record<ColumnKind, string> = {
  text: TEXT_FORMAT,
  count: WHOLE_FORMAT,
  price: PRICE_FORMAT,
  money: MONEY_FORMAT,
  fraction: PERCENT_FORMAT,
  date: DATE_FORMAT,
};

/** The cell value of a canonical table cell (dates become serials). */
export function tableCellValue(kind: ColumnKind, cell: TableCell, offset = 0): CellValue {
  return kind === "date" ? excelSerialFromDay(parseIsoDate(cell as string)!) - offset : cell;
}

/** A table cell read from the workbook, in the canonical (JSON) form: serials become "YYYY-MM-DD". */
export function tableCellFromWorkbook(kind: ColumnKind, value: CellValue, offset = 0): unknown {
  if (kind !== "date" || typeof value !== "number") return value;
  try {
    return isoDate(dayFromExcelSerial(value + offset));
  } catch {
    return value;
  }
}

/** A term value for people: 120%, $33.75, $10,000,000.00, 5 trading days, 2001-06-01, TRUE. */
export function displayTermValue(definition: TermDefinition, value: TermValue): string {
  switch (definition.kind) {
    case "fraction":
      return `${(value as Decimal).times(100).toString()}%`;
    case "price":
      return `$${grouped((value as Decimal).toFixed(Math.max(2, (value as Decimal).decimalPlaces())))}`;
    case "money":
      return `$${grouped((value as Decimal).toFixed(2))}`;
    case "tradingDays":
      return `${grouped((value as Decimal).toFixed())} trading days`;
    case "calendarDays":
      return `${grouped((value as Decimal).toFixed())} calendar days`;
    case "count":
      return grouped((value as Decimal).toFixed());
    case "date":
      return isoDate(value as number);
    case "flag":
      return value ? "TRUE" : "FALSE";
    case "choice":
      return value as string;
  }
}

function grouped(fixed: string): string {
  const [whole, fraction] = fixed.split(".");
  const withCommas = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return fraction === undefined ? withCommas : `${withCommas}.${fraction}`;
}
