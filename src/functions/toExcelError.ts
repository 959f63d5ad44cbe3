import { Decimal } from "../engine/decimal";
import { TermsError } from "../engine/errors";
import { messages } from "../engine/messages";

/**
 * The one place engine outcomes become Excel values. Engine errors become a
 * CustomFunctions.Error carrying the engine's message: `missing` data is #N/A (the
 * banker's data lacks a day), everything else #VALUE! — the two codes whose message
 * Excel shows. Anything unexpected is still an error with a message, never an uncaught
 * exception, NaN or Infinity.
 */
export function toExcelError(error: unknown): CustomFunctions.Error {
  const { Error: ExcelError, ErrorCode } = CustomFunctions;
  if (error instanceof TermsError) {
    return new ExcelError(error.code === "missing" ? ErrorCode.notAvailable : ErrorCode.invalidValue, error.message);
  }
  const detail = error instanceof Error ? error.message : String(error);
  return new ExcelError(ErrorCode.invalidValue, `internal error: ${detail}`);
}

/**
 * Runs an adapter body and returns its value, or throws the Excel error for its failure.
 * Numbers are checked finite on the way out.
 */
export function excelCall<T extends number | boolean | (number | string | boolean)[][]>(body: () => T): T {
  let result: T;
  try {
    result = body();
  } catch (error) {
    throw toExcelError(error);
  }
  if (Array.isArray(result) ? result.some((row) => row.some(isNonFinite)) : isNonFinite(result)) {
    throw toExcelError(new TermsError("range", messages.resultTooLarge()));
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
