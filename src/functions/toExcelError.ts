import { Decimal } from "../engine/decimal";
import { TermsError } from "../engine/errors";
import { messages } from "../engine/messages";
import { withCallTerms } from "./excelArgs";

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

type ExcelResult = number | boolean | string | (number | string | boolean)[][];

/**
 * Runs an adapter body and returns its value, or throws the Excel error for its failure.
 * A function with a [terms] argument passes it first: the block is checked here, and its
 * DATE_SYSTEM decides how every date of the call is read and returned (excelArgs); the
 * body's own read of the block is then free. Numbers are checked finite on the way out.
 */
export function excelCall<T extends ExcelResult>(body: () => T): T;
export function excelCall<T extends ExcelResult>(terms: unknown, body: () => T): T;
export function excelCall<T extends ExcelResult>(...args: [() => T] | [unknown, () => T]): T {
  let result: T;
  try {
    result = args.length === 1 ? args[0]() : withCallTerms(args[0], args[1]);
  } catch (error) {
    throw toExcelError(error);
  }
  if (Array.isArray(result) ? result.some((row) => row.some(isNonFinite)) : isNonFinite(result)) {
    throw toExcelError(new TermsError("outsideExcel", messages.resultTooLarge()));
  }
  return result;
}

function isNonFinite(cell: unknown): boolean {
  return typeof cell === "number" && !Number.isFinite(cell);
}

/** A Decimal as the number Excel stores (the nearest double). */
export function toExcelNumber(value: Decimal): number {
  return value.toNumber();
}
