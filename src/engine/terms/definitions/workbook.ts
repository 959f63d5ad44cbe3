import { TermDefinition, term } from "../termDefinition";

/**
 * Properties of the Excel workbook the functions are called from, not of the deal. The
 * agreements are silent on them: they are about how Excel stores a date, not about a term.
 */
export const WORKBOOK_TERMS: readonly TermDefinition[] = [
  term(
    "DATE_SYSTEM",
    "choice",
    "1900",
    'not in the seeds (the agreements are silent): an Excel workbook property, File > Options > Advanced > "Use 1904 date system"; Excel\'s default is 1900',
    "Date system of the workbook: 1900 (Excel's default) or 1904 (serials 1,462 lower; serial 0 is 1904-01-01). Every date argument, date range and returned date is read and written in it",
    ["1900", "1904"],
  ),
];
