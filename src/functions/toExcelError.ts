import { Decimal } from "../engine/decimal";
import { TermsError } from "../engine/errors";
import { messages } from "../engine/messages";
import { Day, dayFromParts, excelSerialFromDay, isoDate } from "../engine/time/civilDate";

/**
 * The one place engine outcomes become Excel values. Engine errors become a
 * CustomFunctions.Error carrying the engine's message: `missing` data is #N/A (the
 * banker's data lacks a day); a result Excel cannot hold (`outsideExcel`) is #NUM!, like
 * Excel's own EDATE or an overflow; everything else #VALUE!. Anything unexpected is still an error with a message, never an uncaught
 * exception, NaN or Infinity.
 */
export function toExcelError(error: unknown): CustomFunctions.Error {
  const { Error: ExcelError, ErrorCode } = CustomFunctions;
  if (error instanceof TermsError) {
    const code =
      error.code === "missing"
        ? ErrorCode.notAvailable
        : error.code === "outsideExcel"
          ? ErrorCode.invalidNumber
          : ErrorCode.invalidValue;
    return new ExcelError(code, error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ExcelError(ErrorCode.invalidValue, `internal error: ${detail}`);
}

/**
 * Runs an adapter body and returns its value, or throws the Excel error for its failure.
 * Numbers are checked finite on the way out.
 */
export function excelCall<T extends number | boolean | string | (number | string | boolean)[][]>(body: () => T): T {
  let result: T;
  try {
    result = body();
  } catch (error) {
    throw toExcelError(error);
  }
  // Array.prototype.flat is ES2019: Excel's ES2016 runtime lacks it.
  const cells: unknown[] = Array.isArray(result) ? ([] as unknown[]).concat(...result) : [result];
  if (cells.some((c) => typeof c === "number" && !Number.isFinite(c))) {
    throw toExcelError(new TermsError("outsideExcel", messages.resultTooLarge()));
  }
  return result;
}

/** A Decimal as the number Excel stores (the nearest double). */
export function toExcelNumber(value: Decimal): number {
  return value.toNumber();
}

/** Excel's first and last date in the 1900 date system: 1900-01-01 and 9999-12-31. */
const FIRST_EXCEL_DAY: Day = dayFromParts(1900, 1, 1);
const LAST_EXCEL_DAY: Day = dayFromParts(9999, 12, 31);

/**
 * A date result as the serial Excel stores.
 * @throws TermsError `outsideExcel` (#NUM!) for a date before 1900-01-01 or after 9999-12-31
 */
export function toExcelDate(day: Day): number {
  if (!(day >= FIRST_EXCEL_DAY && day <= LAST_EXCEL_DAY)) {
    throw new TermsError("outsideExcel", messages.dateOutsideExcel(Number.isFinite(day) ? isoDate(day) : String(day)));
  }
  return excelSerialFromDay(day);
}
