/**
 * The engine's error kinds:
 * - `invalid`: an argument or a data row is wrong (Excel #VALUE!)
 * - `missing`: data the computation needs is absent, e.g. a closing bid (Excel #N/A)
 * - `range`: a value is outside what the agreement or the calendar allows (Excel #NUM!
 *   would hide the message, so it is shown as #VALUE! too; see functions/toExcelError)
 * - `outsideExcel`: a result Excel cannot hold — a date before 1900-01-01 or after
 *   9999-12-31, a number beyond ±1.8E+308 (Excel #NUM!, as Excel's own EDATE gives)
 */
export type TermsErrorCode = "invalid" | "missing" | "range" | "outsideExcel";

/** The one error type the engine throws. Its message names the offending value. */
export class TermsError extends Error {
  constructor(
    readonly code: TermsErrorCode,
    message: string,
  ) {
    super(message);
    this.name = "TermsError";
  }
}

/** Throws a TermsError of `code` with `message` unless `condition` holds. */
export function check(condition: boolean, code: TermsErrorCode, message: () => string): asserts condition {
  if (!condition) throw new TermsError(code, message());
}
