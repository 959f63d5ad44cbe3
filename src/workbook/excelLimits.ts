import { Day, dayOutsideExcel } from "../engine/time/civilDate";

/**
 * Excel's limits that an import must respect before anything is written, in one place:
 * the term-sheet validation and the write-plan check both use these, so nothing passes
 * the review that Excel would refuse (or store differently) at write time.
 * Source: Microsoft, "Excel specifications and limits"
 * (https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3)
 * and "Rename a worksheet"
 * (https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9).
 */

/** Columns of a worksheet: A to XFD. */
export const LAST_COLUMN = 16384;
/** Rows of a worksheet. */
export const LAST_ROW = 1048576;
/** Characters a cell can hold. */
export const MAX_CELL_CHARS = 32767;
/** Characters of a sheet name. */
export const MAX_SHEET_NAME = 31;
/** Sheet names Excel keeps for itself (the change-history sheet), compared ignoring case. */
export const RESERVED_SHEET_NAMES: readonly string[] = ["History"];

/**
 * Why Excel would refuse `name` as a sheet name, or undefined.
 * @example sheetNameProblem("history") //=> 'Excel reserves the sheet name "History"'
 */
export function sheetNameProblem(name: string): string | undefined {
  if (name.trim() === "") return "a sheet name cannot be blank";
  if (name.length > MAX_SHEET_NAME) return `a sheet name has at most ${MAX_SHEET_NAME} characters, got ${name.length}`;
  if (/[\\/?*:[\]]/.test(name)) return "a sheet name cannot contain \\ / ? * : [ or ]";
  if (name.startsWith("'") || name.endsWith("'")) return "a sheet name cannot begin or end with an apostrophe";
  const reserved = RESERVED_SHEET_NAMES.find((r) => r.toUpperCase() === name.toUpperCase());
  if (reserved) return `Excel reserves the sheet name "${reserved}"`;
  return undefined;
}

/**
 * Why a date cannot be written as a date cell that the functions read back as the same
 * day, or undefined: the engine's own rule for dates given as text (`dayOutsideExcel`),
 * so a `[terms]` block and a term sheet refuse the same dates (nothing before 1900-01-01
 * and nothing after 9999-12-31).
 * @example excelDateProblem(dayFromParts(1899, 12, 31)) //=> "1899-12-31 is before 1900-01-01, the first date Excel has"
 */
export function excelDateProblem(day: Day): string | undefined {
  return dayOutsideExcel(day);
}

/** Why a text cannot be a cell's value, or undefined. */
export function cellTextProblem(text: string): string | undefined {
  return text.length > MAX_CELL_CHARS
    ? `a cell holds at most ${MAX_CELL_CHARS.toLocaleString("en-US")} characters, got ${text.length.toLocaleString("en-US")}`
    : undefined;
}
