/**
 * Every message the engine puts in front of a banker, in one place. Each names the
 * offending value so the cell alone tells what to fix.
 */
/** What a price problem's number counts: a row of a worksheet range, or a line of a price file. */
export type RowUnit = "row" | "line";

export const messages = {
  notANumber: (what: string, value: unknown) => `${what} must be a number, got ${describe(value)}`,
  notADate: (what: string, value: unknown) => `${what} must be a date, got ${describe(value)}`,
  required: (what: string) => `${what} is required`,
  negative: (what: string, value: string) => `${what} must not be negative, got ${value}`,
  notPositive: (what: string, value: string) => `${what} must be greater than zero, got ${value}`,
  notWhole: (what: string, value: string) => `${what} must be a whole number, got ${value}`,
  fictitiousDate: () => "serial 60 is Excel's fictitious 1900-02-29, not a real date",
  outsideCalendar: (iso: string, first: string, last: string, calendar = "Nasdaq calendar") =>
    `${iso} is outside the ${calendar} (${first} to ${last})`,
  tradingDaysOffCalendar: (
    from: string,
    first: string,
    last: string,
    unit = "trading days",
    calendar = "Nasdaq calendar",
  ) => `counting ${unit} from ${from} runs past the ${calendar} (${first} to ${last})`,
  scheduleTooLong: (count: number, max: number) =>
    `the schedule would list ${count} payments, more than ${max} (50 years): give an as_of_date or cure_date nearer the Event Date; NEOT.DELAYPMT gives the total`,
  resultTooLarge: () => "the result is too large for Excel (beyond ±1.8E+308): check the amounts and prices given",
  beforeExcelDates: (iso: string) => `${iso} is before 1900-01-01, the first date Excel has`,
  afterExcelDates: (iso: string) => `${iso} is after 9999-12-31, the last date Excel has`,
  termDateOutsideExcel: (name: string, value: unknown, reason: string) =>
    `term ${name} must be a date Excel has, got ${describe(value)}: ${reason}`,
  dateOutsideExcel: (iso: string) => `the resulting date ${iso} is outside Excel's dates (1900-01-01 to 9999-12-31)`,
  notTradingDay: (iso: string) => `${iso} is not a Nasdaq trading day`,
  noClosingBid: (iso: string) => `no closing bid for ${iso}`,
  noTradingDayOnOrBefore: (iso: string) => `no trading day with a closing bid on or before ${iso}`,
  duplicateDate: (iso: string, firstRow: number, secondRow: number, unit: RowUnit = "row") =>
    `${iso} appears twice (${unit}s ${firstRow} and ${secondRow})`,
  bidOnClosedDay: (iso: string, row: number) =>
    `row ${row}: ${iso} is not a Nasdaq trading day, so it has no closing bid`,
  badBid: (row: number, value: unknown) => `row ${row}: closing bid must be a positive number, got ${describe(value)}`,
  badRowDate: (row: number, value: unknown) => `row ${row}: date must be a date, got ${describe(value)}`,
  priceWithoutDate: (row: number) => `row ${row}: closing bid has no date`,
  rangeSizes: (dates: number, prices: number) =>
    `dates and prices must be the same size (${dates} dates, ${prices} prices)`,
  /** `narrowest`/`widest`: the fewest and most cells of a row (they differ in a ragged range). */
  notOneDimensional: (what: string, rows: number, columns: number, narrowest = columns) =>
    `${what} must be one row or one column, got ${shape(rows, narrowest, columns)}`,
  notOneCell: (what: string, rows: number, columns: number, narrowest = columns) =>
    `${what} must be one cell, got ${shape(rows, narrowest, columns)}`,
  unknownTerm: (name: string) => `unknown term "${name}" (see the README's list of terms)`,
  duplicateTerm: (name: string) => `term "${name}" is given twice`,
  termsShape: (rows: number, columns: number, narrowest = columns) =>
    `terms must be two columns (name, value), got ${shape(rows, narrowest, columns)}`,
  badTermValue: (name: string, expected: string, value: unknown) =>
    `term ${name} must be ${expected}, got ${describe(value)}`,
  /** `shown`: the value as the banker gave it, already rendered (a number, or `text "…"`). */
  termValueAsGiven: (name: string, expected: string, shown: string) => `term ${name} must be ${expected}, got ${shown}`,
  termWithoutName: (row: number) => `terms row ${row}: value has no term name`,
  cureOrAsOfRequired: () => "give a cure date or an as-of date (both blank: the payments never end)",
  cureBeforeEvent: (cure: string, event: string) => `cure date ${cure} is before the event date ${event}`,
  aboveCap: (what: string, value: string, cap: string) => `${what} ${value} exceeds ${cap}`,
  dateBefore: (what: string, date: string, other: string, otherDate: string) =>
    `${what} ${date} is before the ${other} ${otherDate}`,
  noBidsForEndDate: () => "the prices have no closing bid: give an end date",
  rangeNoBids: () => "the prices range has no closing bids",
  // Valuation: the conversion simulation (NEOT.CONVSIM)
  notAfter: (what: string, date: string, other: string, otherDate: string) =>
    `${what} ${date} must be after the ${other} ${otherDate}`,
  outsideBounds: (what: string, value: string, bounds: string) => `${what} must be ${bounds}, got ${value}`,
  badSeed: (value: unknown) =>
    `the seed (MC_SEED) must be a whole number from 0 to 9007199254740991, got ${describe(value)}`,
  oddPaths: (paths: number) => `MC_PATHS must be an even number (the paths come in antithetic pairs), got ${paths}`,
  nothingToSimulate: (valuation: string, conversion: string) =>
    `no Nasdaq trading day falls after the valuation date ${valuation} through the conversion date ${conversion}: nothing to simulate`,
  simulationOverflow: (volatility: number, years: string) =>
    `simulated bids leave the range of numbers (volatility ${volatility} over ${years} years): lower the volatility or the horizon`,
  // Seed 000 catalog (debentures, warrants, registration, commitments, restrictions, first refusal)
  secondClosingWithoutInitial: (second: string) =>
    `second closing date ${second} is given but the initial closing date is blank (the second tranche follows the first)`,
  // Seeds 001 and 003 catalog (February 2000 purchase, Cantor, dilution, Nasdaq rules)
  notText: (what: string, value: unknown) => `${what} must be text, got ${describe(value)}`,
  unknownCode: (what: string, value: string, codes: readonly string[]) =>
    `${what} "${value}" is not one of ${codes.join(", ")}`,
  unknownPurchaser: (value: unknown, names: readonly string[]) =>
    `purchaser ${describe(value)} is not one of ${names.map((n, i) => `${i + 1} (${n})`).join(", ")}; blank for the total`,
  totalOnly: (field: string) => `${field} is given for the purchasers together only: leave purchaser blank`,
  totalMismatch: (term: string, stated: string, sum: string) =>
    `${term} is ${stated} but the purchasers' figures add up to ${sum}`,
  notADateTime: (what: string, value: unknown) => `${what} must be a date and time, got ${describe(value)}`,
  faxNotCovered: (iso: string, time: string) =>
    `a fax at ${time} on ${iso} is covered by neither §4.2(i) (before 8:00 p.m. on a Business Day) nor §4.2(ii) (after 8:00 p.m. and before 11:59 p.m.)`,
  volumeWithoutPrice: (row: number) => `row ${row}: volume has no price`,
  priceWithoutVolume: (row: number) => `row ${row}: price has no volume`,
  badPrice: (row: number, value: unknown) => `row ${row}: price must be a positive number, got ${describe(value)}`,
  badVolume: (row: number, value: unknown) =>
    `row ${row}: volume must be a number of zero or more, got ${describe(value)}`,
  noVolume: () => "the volumes add up to zero: there is no sale to average",
  pricesVolumesSizes: (prices: number, volumes: number) =>
    `prices and volumes must be the same size (${prices} prices, ${volumes} volumes)`,
  termExceeds: (lower: string, lowerValue: string, upper: string, upperValue: string, why: string) =>
    `term ${lower} ${lowerValue} must not exceed ${upper} ${upperValue}: ${why}`,
  // Valuation and scenarios (doubles: the seeds are silent; DOMAIN.md, Valuation)
  volatilityOutOfRange: (what: string, value: string) =>
    `${what} must be greater than 0 and at most 10 (1,000%), got ${value}`,
  rateOutOfRange: (what: string, value: string) => `${what} must be from -5% to 100% (-0.05 to 1), got ${value}`,
  yieldOutOfRange: (what: string, value: string) => `${what} must be from 0% to 100% (0 to 1), got ${value}`,
  volatilityDays: (value: string) => `days must be a whole number of daily changes, 2 or more, got ${value}`,
  tooManyWarrants: (warrants: string, outstanding: string) =>
    `warrants ${warrants} are more than 1,000,000 times the shares outstanding ${outstanding}: check the two counts`,
  noPriceLevels: () => "price_levels has no price level: give one or more prices",
  badPriceLevel: (row: number, value: unknown) =>
    `price_levels row ${row}: a price level must be a number greater than zero, got ${describe(value)}`,
  changeOutOfRange: (value: string) => `change must be greater than -100% (-1), got ${value}`,
  scenarioTooLong: (count: number, max: number) =>
    `the scenario would add ${count} trading days after from_date, more than ${max} (about 10 years): give a to_date nearer from_date`,
  pathBidRoundsToZero: (iso: string) =>
    `the scenario bid for ${iso} rounds to $0.00, which would be a missing bid; use a smaller fall or unrounded bids`,
  // Term sheets, price imports and the task pane
  notJson: (detail: string) => `the file is not valid JSON (${detail})`,
  wrongFormat: (value: unknown) => `format must be "neot-term-sheet", got ${describe(value)}`,
  unsupportedVersion: (value: unknown, supported: number) =>
    `version ${describe(value)} is not supported (this add-in reads version ${supported})`,
  fieldRequired: (path: string) => `${path} is required`,
  fieldNotText: (path: string, value: unknown) => `${path} must be text, got ${describe(value)}`,
  fieldNotList: (path: string, value: unknown) => `${path} must be a list [ … ], got ${describe(value)}`,
  fieldNotObject: (path: string, value: unknown) =>
    Array.isArray(value)
      ? `${path} is a list [ … ], not an object { … }`
      : `${path} must be an object { … }, got ${describe(value)}`,
  unknownField: (path: string, field: string, known: readonly string[]) =>
    `${path} has an unknown field "${field}" (expected ${known.join(", ")})`,
  badDealId: (id: string) =>
    `deal id "${id}" must be 1 to 24 capital letters, digits and underscores, starting with a letter`,
  reservedDealId: (id: string, reason = "it is the name of the pane's own sheet") =>
    `deal id "${id}" is reserved: ${reason}; choose another`,
  badExcelName: (name: string, reason: string) => `"${name}" is not a valid Excel name: ${reason}`,
  badTableId: (id: string) =>
    `table id "${id}" must be capital letters, digits and underscores, starting with a letter (and not TERMS)`,
  duplicateTable: (id: string) => `table "${id}" is given twice`,
  badColumnName: (name: string) =>
    `column name "${name}" must be letters, digits and underscores, starting with a letter`,
  duplicateColumn: (name: string) => `column "${name}" is given twice`,
  badColumnKind: (value: unknown, kinds: readonly string[]) =>
    `column kind ${describe(value)} is not one of ${kinds.join(", ")}`,
  emptyTable: (path: string) => `${path} has no rows`,
  rowLength: (path: string, expected: number, got: number) =>
    `${path} has ${got} cells, expected ${expected} (one per column)`,
  badCell: (path: string, column: string, expected: string, value: unknown) =>
    `${path} (${column}) must be ${expected}, got ${describe(value)}`,
  csvEmpty: () => "the file has no rows",
  csvNoBids: () => "the file has no closing bids",
  csvUnclosedQuote: (line: number) => `line ${line}: a quoted field is not closed`,
  csvNoDateColumn: (headers: readonly string[], accepted: readonly string[] = ["Date"]) =>
    `no date column: expected a header named ${orList(accepted)}; the file's headers are ${headers.map((h) => `"${h}"`).join(", ")}`,
  csvNoBidColumn: (
    headers: readonly string[],
    bids: readonly string[] = ["Closing Bid", "Bid"],
    lastSales: readonly string[] = ["Close", "Close/Last"],
  ) =>
    `no closing-bid column: expected a header named ${orList(bids)} (or, to be confirmed as a substitute, a last sale price: ${orList(lastSales)}; never Adj Close); the file's headers are ${headers.map((h) => `"${h}"`).join(", ")}`,
  csvColumnsWithoutHeader: (columns: number) =>
    `without a header row the file must have two columns (date, closing bid), got ${columns}`,
  csvFieldCount: (row: number, got: number, expected: number, header: boolean) =>
    `line ${row}: ${got} fields, but the ${header ? "header" : "first line"} has ${expected}; every line must have the same fields (check for an unquoted separator)`,
  csvSeparatorAmbiguous: () =>
    "the header can be split by more than one of comma, semicolon and tab, and the rows do not tell which is meant; save the file with one separator",
  csvDateOrderMixed: (mdyRow: number, mdy: string, dmyRow: number, dmy: string) =>
    `dates are written both month first (line ${mdyRow}: ${mdy}) and day first (line ${dmyRow}: ${dmy}); write them all one way, preferably YYYY-MM-DD`,
  csvDateOrderUnclear: (example: string) =>
    `no date in the file tells whether ${example} is month/day or day/month (none has a number above 12); write the dates as YYYY-MM-DD`,
  csvDecimalMarkMixed: (pointRow: number, point: string, commaRow: number, comma: string) =>
    `bids are written both with a decimal point (line ${pointRow}: ${point}) and with a decimal comma (line ${commaRow}: ${comma}); write them all one way`,
  csvDecimalMarkUnclear: (example: string) =>
    `no bid in the file tells whether ${example} has a decimal mark or a thousands separator; write bids with a decimal point, e.g. 1250.00 or 1.25`,
  csvBadDate: (row: number, text: string, formats: readonly string[] = ["YYYY-MM-DD", "M/D/YYYY"]) =>
    `line ${row}: date must be ${orList(formats)}, got ${describe(text)}`,
  csvNotADay: (row: number, text: string, reason: string) => `line ${row}: ${text} is not a date (${reason})`,
  csvCrspAverage: (row: number, text: string, column: string) =>
    `line ${row}: ${column} ${text} is negative, CRSP's bid/ask average for a day without a sale, not a closing bid; export CRSP's BID column and import that`,
  notOurSheet: (sheet: string, dealId: string) =>
    `sheet "${sheet}" already exists and is not the terms sheet of ${dealId}; rename or delete it, then import again`,
  notADealSheet: (dealId: string) => `the workbook has no terms sheet for ${dealId}`,
  cellInTheWay: (sheet: string, address: string, value: unknown) =>
    `cell ${sheet}!${address} holds ${describe(value)} where the import writes; move it, then import again`,
  tableHeadersDiffer: (table: string, found: readonly string[], expected: readonly string[]) =>
    `table ${table} has the columns ${found.join(", ") || "(none)"}, expected ${expected.join(", ")}; rename the table, then import again`,
  tableOnOtherSheet: (table: string, sheet: string, expected: string) =>
    `table ${table} is on sheet "${sheet}", not on "${expected}"; rename the table, then import again`,
  tableMoved: (table: string, address: string) =>
    `table ${table} at ${address} leaves no room above it for its title, source and units (it must start at row 4 or below)`,
  badColumnUnit: (table: string, address: string, value: unknown, units: readonly string[]) =>
    `table ${table}: the unit cell ${address} holds ${describe(value)}, expected one of ${units.join(", ")}`,
  nameTaken: (name: string) =>
    `"${name}" is already used by the workbook (a name or a table); rename it, then import again`,
  priceSheetInUse: (sheet: string, table: string) =>
    `sheet "${sheet}" has content but no table ${table}; rename the sheet, then import again`,
  badSheetName: (name: string, reason: string) => `"${name}" cannot be a sheet name: ${reason}`,
  beyondSheet: (sheet: string, address: string) =>
    `the import would write ${sheet}!${address}, beyond the last column XFD (16,384) or row 1,048,576 of a sheet`,
  textTooLong: (start: string, reason: string) => `the text "${start}" is too long for a cell: ${reason}`,
  notADateCell: (path: string, reason: string) => `${path}: ${reason}, so it cannot be a date cell`,
  nameTwiceInImport: (name: string) => `the import would use "${name}" twice (names of tables and cells ignore case)`,
  paneObjectName: (name: string) =>
    `"${name}" is the name of the pane's own price table or sheet; choose another deal or table id`,
  conflictName: (name: string, formula: string, target: string) =>
    `the name ${name} was not made by this pane and points to ${formula.replace(/^=/, "")}; the import re-points it to ${target}`,
  conflictEmptySheet: (sheet: string) =>
    `the sheet ${sheet} exists (empty) and was not made by this pane; the import writes into it`,
  dateBefore1904: (date: string) => `${date} is before 1904-01-01, the first date of this workbook's 1904 date system`,
  modelNameMissing: (name: string, dealId: string) =>
    `the model uses the name ${name}, which the workbook does not have; import ${dealId}'s terms again, then build the model`,
  priceTableMissing: (table: string) =>
    `the model's prices are the table ${table}, which the workbook does not have; import a price file or use prices already in the workbook`,
  modelNotBuilt: (sheet: string) => `the workbook has no model sheet ${sheet}; build the model first`,
  selectTwoColumns: (address: string) =>
    `select two columns side by side, dates then closing bids (the selection is ${address})`,
  conflictModelName: (name: string, formula: string, target: string) =>
    `the name ${name} was not made by this pane's model and points to ${formula.replace(/^=/, "")}; the build re-points it to ${target.replace(/^=/, "")}`,
  writeNotStarted: (detail: string) => `nothing was written: reading the workbook before writing failed (${detail})`,
  changedSinceReview: (count: number) =>
    `nothing was written: the workbook changed since the review (${count} change${count === 1 ? "" : "s"}); review the import again`,
  writeUndone: (detail: string) => `writing to the workbook failed and was undone: ${detail}`,
  inexactAmount: (path: string, reason: string) => `${path}: ${reason}; write it as the agreement states it`,
  undoFailed: (detail: string, undoDetail: string) =>
    `writing to the workbook failed (${detail}) and undoing it failed too (${undoDetail}): check the sheets before using them`,
} as const;

/** "1 row × 2 columns", "3 rows × 1 column", or a ragged range's rows and its narrowest and widest rows. */
function shape(rows: number, narrowest: number, widest: number): string {
  const count = (n: number, unit: string) => `${n} ${unit}${n === 1 ? "" : "s"}`;
  return narrowest === widest
    ? `${count(rows, "row")} × ${count(widest, "column")}`
    : `a ragged range of ${count(rows, "row")}, from ${count(narrowest, "cell")} to ${count(widest, "cell")} wide`;
}

/** "A, B or C". */
function orList(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? "") : `${items.slice(0, -1).join(", ")} or ${items[items.length - 1]}`;
}

/** A short, readable rendering of a raw argument for an error message. */
export function describe(value: unknown): string {
  if (value === null || value === undefined || value === "") return "a blank";
  if (typeof value === "string") return `text "${value.length > 30 ? value.slice(0, 30) + "…" : value}"`;
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "a non-finite number";
  if (Array.isArray(value)) return "a list";
  return value === null ? "a blank" : typeof value === "object" ? "an object" : typeof value;
}
