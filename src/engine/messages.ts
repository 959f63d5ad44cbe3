/**
 * Every message the engine puts in front of a banker, in one place. Each names the
 * offending value so the cell alone tells what to fix.
 */
export const messages = {
  notANumber: (what: string, value: unknown) => `${what} must be a number, got ${describe(value)}`,
  notADate: (what: string, value: unknown) => `${what} must be a date, got ${describe(value)}`,
  required: (what: string) => `${what} is required`,
  negative: (what: string, value: string) => `${what} must not be negative, got ${value}`,
  notPositive: (what: string, value: string) => `${what} must be greater than zero, got ${value}`,
  notWhole: (what: string, value: string) => `${what} must be a whole number, got ${value}`,
  fictitiousDate: () => "serial 60 is Excel's fictitious 1900-02-29, not a real date",
  outsideCalendar: (iso: string, first: string, last: string) =>
    `${iso} is outside the Nasdaq calendar (${first} to ${last})`,
  notTradingDay: (iso: string) => `${iso} is not a Nasdaq trading day`,
  noClosingBid: (iso: string) => `no closing bid for ${iso}`,
  noTradingDayOnOrBefore: (iso: string) => `no trading day with a closing bid on or before ${iso}`,
  duplicateDate: (iso: string, firstRow: number, secondRow: number) =>
    `${iso} appears twice (rows ${firstRow} and ${secondRow})`,
  bidOnClosedDay: (iso: string, row: number) => `row ${row}: ${iso} is not a Nasdaq trading day, so it has no closing bid`,
  badBid: (row: number, value: unknown) => `row ${row}: closing bid must be a positive number, got ${describe(value)}`,
  badRowDate: (row: number, value: unknown) => `row ${row}: date must be a date, got ${describe(value)}`,
  priceWithoutDate: (row: number) => `row ${row}: closing bid has no date`,
  rangeSizes: (dates: number, prices: number) =>
    `dates and prices must be the same size (${dates} dates, ${prices} prices)`,
  notOneDimensional: (what: string, rows: number, columns: number) =>
    `${what} must be one row or one column, got ${rows} rows × ${columns} columns`,
  unknownTerm: (name: string) => `unknown term "${name}" (see the README's list of terms)`,
  duplicateTerm: (name: string) => `term "${name}" is given twice`,
  termsShape: (columns: number) => `terms must be two columns (name, value), got ${columns}`,
  badTermValue: (name: string, expected: string, value: unknown) =>
    `term ${name} must be ${expected}, got ${describe(value)}`,
  termWithoutName: (row: number) => `terms row ${row}: value has no term name`,
  cureOrAsOfRequired: () => "give a cure date or an as-of date (both blank: the payments never end)",
  cureBeforeEvent: (cure: string, event: string) => `cure date ${cure} is before the event date ${event}`,
  aboveCap: (what: string, value: string, cap: string) => `${what} ${value} exceeds ${cap}`,
  dateBefore: (what: string, date: string, other: string, otherDate: string) =>
    `${what} ${date} is before the ${other} ${otherDate}`,
  // Seed 000 catalog (debentures, warrants, registration, commitments, restrictions, first refusal)
  // Seeds 001 and 003 catalog (February 2000 purchase, Cantor, dilution, Nasdaq rules)
  // Term sheets, price imports and the task pane
} as const;

/** A short, readable rendering of a raw argument for an error message. */
export function describe(value: unknown): string {
  if (value === null || value === undefined || value === "") return "a blank";
  if (typeof value === "string") return `text "${value.length > 30 ? value.slice(0, 30) + "…" : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "a non-finite number";
  return typeof value;
}
