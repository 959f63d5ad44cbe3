import Papa from "papaparse";
import { messages } from "../engine/messages";
import { PriceRow, checkPriceRows } from "../engine/series/priceSeries";
import { Day, dayFromParts, daysInMonth } from "../engine/time/civilDate";
import { Checked, Problem } from "../workbook/problem";

/**
 * Reading a price-history file (CSV) into closing bids, checked by the engine's own price
 * rules before anything is written. Records are split by Papa Parse (quoting, "" for a
 * quote, line breaks inside quotes); the project's rules sit on top. Every reading is
 * decided once for the whole file, and a file that could be read two ways is refused:
 *
 * - Separator: comma, semicolon or tab — the one that splits the first non-blank line
 *   into a readable first row (a date and a bid, or a header naming a date and a bid
 *   column). When several do, the one with which the most rows have that row's field
 *   count; a tie is refused.
 * - Field counts are strict: every row has exactly the header's number of fields (the
 *   first row's, in a file without a header), or it is an error naming its line. A row is
 *   never cut to fit.
 * - Decimal mark: a point or a comma, from every bid of the file. "5.1" or "1,250.50" show a
 *   point; "5,1" or "1.250,50" a comma. A file showing both is refused. When no bid tells
 *   (every bid like "5.125" or "1,250": 5125 or 5.125?), a comma-separated file is read with
 *   a decimal point (a decimal comma there would need every bid quoted); a semicolon- or
 *   tab-separated file is refused. Thousands separators are the other mark, in groups of
 *   three. A leading "$" is allowed.
 * - Dates: ISO `2001-04-17`, CRSP's `20010417` (YYYYMMDD), or day and month with slashes or
 *   periods and a four-digit year (`04/17/2001`, `17.04.2001`). Whether `05/03/2001` (or
 *   `05.03.2001`) is May 3 or 5 March is decided from the whole file: a first number above
 *   12 shows day-first, a second above 12 month-first. A file showing both is refused, and
 *   so is one where no date tells (write the dates as YYYY-MM-DD). A date that has the
 *   shape but not the day ("2001-02-30") is named as such: February has 28 days in 2001.
 * - A header row is recognised when the first row's first field is not a date. With a
 *   header, the date column is the one named "Date" (or "Trade Date", "Dates"), and the
 *   price column is the first found of, in this order (case, spaces and punctuation
 *   ignored): the closing bid — "Closing Bid", "Bid" (FactSet; CRSP's BID), "PX_BID"
 *   (Bloomberg) — then, only when the file has no bid column, a last sale price: "Close"
 *   (Yahoo-style), "Close/Last" (Nasdaq.com), "PX_LAST" (Bloomberg), "PRC" (CRSP), "Last".
 *   Seed 000's Per Share Market Value is the closing bid: a last-sale column is a substitute,
 *   so the file says which one was taken (`lastSale`) and the review asks the banker to
 *   confirm it. "Adj Close" is never taken: an adjusted price is neither. CRSP writes a
 *   negative PRC for a day without a sale (the bid/ask average): such a line is refused,
 *   naming the BID column to use instead, since an average is not a price of the day.
 *   Without a header the file must have exactly two columns: date, closing bid.
 * - A blank, "null", "N/A" or "-" bid, and a bid of 0, is a missing bid (the engine's rule).
 * - Rows in any order (ascending or descending); they are returned oldest first. Blank
 *   lines are skipped; a byte-order mark is ignored.
 * Problems are listed by the file's line number (the header is line 1).
 */

/** One checked row: a trading day and its closing bid (null: missing). */
export interface PriceFileRow {
  readonly date: Day;
  readonly bid: number | null;
}

export type Separator = "," | ";" | "\t";
export type DecimalMark = "." | ",";
/** How slash dates were read: month first (4/17/2001) or day first (17/4/2001); "iso" when the file has none. */
export type DateOrder = "mdy" | "dmy" | "iso";

/** The whole-file decisions, shown in the review. */
export interface PriceFileReading {
  readonly separator: Separator;
  readonly decimalMark: DecimalMark;
  readonly dateOrder: DateOrder;
}

export interface PriceFile {
  /** Oldest first; rows with neither date nor bid are dropped. */
  readonly rows: readonly PriceFileRow[];
  readonly reading: PriceFileReading;
  /** The header names of the columns used, or undefined for a file without a header. */
  readonly dateColumn?: string;
  readonly bidColumn?: string;
  /** True when the column used is a last sale price (Close, Close/Last, PX_LAST, PRC), not a bid. */
  readonly lastSale?: boolean;
}

/** Closing-bid headers, best first, normalised (lower case, letters, digits and "/" only). */
export const CLOSING_BID_HEADERS: readonly string[] = ["closingbid", "bid", "pxbid"];
/** Last-sale headers, taken only without a bid column, best first (normalised). */
export const LAST_SALE_HEADERS: readonly string[] = ["close", "close/last", "pxlast", "prc", "last"];
/** Every price header the file may use, best first. */
export const BID_HEADERS: readonly string[] = [...CLOSING_BID_HEADERS, ...LAST_SALE_HEADERS];
const DATE_HEADERS: readonly string[] = ["date", "tradedate", "dates"];
/** The accepted headers as a banker would read them, for messages. */
export const DATE_HEADER_NAMES: readonly string[] = ["Date", "Trade Date", "Dates"];
export const BID_HEADER_NAMES: readonly string[] = ["Closing Bid", "Bid", "PX_BID"];
export const LAST_SALE_HEADER_NAMES: readonly string[] = ["Close", "Close/Last", "PX_LAST", "PRC", "Last"];
/** The date formats a price file may use, for messages. */
export const DATE_FORMATS: readonly string[] = [
  "YYYY-MM-DD",
  "YYYYMMDD",
  "M/D/YYYY",
  "D/M/YYYY",
  "M.D.YYYY",
  "D.M.YYYY",
];
const BLANK_BIDS = new Set(["", "null", "n/a", "na", "-"]);
const SEPARATORS: readonly Separator[] = [",", ";", "\t"];

/** Options of {@link parsePriceCsv}. */
export interface ParseOptions {
  /** Called now and then with the share of the work done (0 to 1). */
  readonly onProgress?: (done: number) => void;
}

function normalizeHeader(header: string): string {
  return header.toLowerCase().replace(/[^a-z0-9/]/g, "");
}

/** A raw record of the file: its fields and the line it starts on. */
interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

/**
 * Parses a price-history file and checks it with the engine's price rules
 * (`checkPriceRows`: blanks, 0 = missing, duplicate dates, bids on closed days,
 * negative bids, dates outside the calendar), collecting every problem by line.
 * @param text - the file's text
 * @returns the rows oldest first and the reading chosen, or every problem found
 * @throws never
 * @example parsePriceCsv("Date,Close\n2001-04-17,5.1\n").ok //=> true
 */
export function parsePriceCsv(text: string, options: ParseOptions = {}): Checked<PriceFile> {
  const body = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
  const found: { line: number; problem: Problem }[] = [];
  // Messages that start "line N: " (or the engine's "row N: ", N the line) drop it: the path says it.
  const add = (line: number, message: string) => {
    const prefix = [`line ${line}: `, `row ${line}: `].find((p) => message.startsWith(p));
    found.push({ line, problem: { path: `line ${line}`, message: prefix ? message.slice(prefix.length) : message } });
  };
  // Every problem so far, by line (a stable sort keeps each line's problems in order).
  const byLine = (): Problem[] => found.sort((a, b) => a.line - b.line).map((f) => f.problem);

  const separator = chooseSeparator(body);
  if (separator === undefined)
    return { ok: false, problems: [{ path: "file", message: messages.csvSeparatorAmbiguous() }] };
  const records = splitRecords(body, separator, add, options.onProgress);
  if (records.length === 0) return { ok: false, problems: [{ path: "file", message: messages.csvEmpty() }] };

  const first = records[0];
  const hasHeader = !looksLikeDate(first.fields[0] ?? "");
  let dateIndex = 0;
  let bidIndex = 1;
  let dateColumn: string | undefined;
  let bidColumn: string | undefined;
  if (hasHeader) {
    const headers = first.fields.map((h) => h.trim());
    const normalized = headers.map(normalizeHeader);
    dateIndex = normalized.findIndex((h) => DATE_HEADERS.includes(h));
    bidIndex = -1;
    for (const wanted of BID_HEADERS) {
      bidIndex = normalized.indexOf(wanted);
      if (bidIndex >= 0) break;
    }
    if (dateIndex < 0) add(first.line, messages.csvNoDateColumn(headers, DATE_HEADER_NAMES));
    if (bidIndex < 0) add(first.line, messages.csvNoBidColumn(headers, BID_HEADER_NAMES, LAST_SALE_HEADER_NAMES));
    if (dateIndex < 0 || bidIndex < 0) return { ok: false, problems: byLine() };
    dateColumn = headers[dateIndex];
    bidColumn = headers[bidIndex];
  } else if (first.fields.length !== 2) {
    return {
      ok: false,
      problems: [{ path: `line ${first.line}`, message: messages.csvColumnsWithoutHeader(first.fields.length) }],
    };
  }

  // Strict field counts: a row is never cut or padded to fit.
  const width = first.fields.length;
  const data: CsvRecord[] = [];
  for (const record of hasHeader ? records.slice(1) : records) {
    if (record.fields.length !== width)
      add(record.line, messages.csvFieldCount(record.line, record.fields.length, width, hasHeader));
    else data.push(record);
  }

  const crsp = bidColumn !== undefined && normalizeHeader(bidColumn) === "prc";
  const dateOrder = chooseDateOrder(data, dateIndex, add);
  const decimalMark = chooseDecimalMark(data, bidIndex, separator, add);
  if (dateOrder === undefined || decimalMark === undefined) return { ok: false, problems: byLine() };

  const rows: PriceRow[] = [];
  const lines: number[] = [];
  for (const { line, fields } of data) {
    const dateText = fields[dateIndex].trim();
    const date = dateText === "" ? null : parseDate(dateText, dateOrder === "dmy" ? "dmy" : "mdy");
    if (date === undefined) {
      const notADay = impossibleDate(dateText, dateOrder === "dmy" ? "dmy" : "mdy");
      add(
        line,
        notADay ? messages.csvNotADay(line, dateText, notADay) : messages.csvBadDate(line, dateText, DATE_FORMATS),
      );
    }
    let bid = parseBid(fields[bidIndex], decimalMark);
    if (bid === undefined) add(line, messages.badBid(line, fields[bidIndex].trim()));
    if (crsp && bid !== undefined && bid !== null && bid < 0) {
      add(line, messages.csvCrspAverage(line, fields[bidIndex].trim(), bidColumn ?? "PRC"));
      bid = undefined;
    }
    if (date === undefined || bid === undefined) continue;
    rows.push({ date, bid });
    lines.push(line);
  }
  for (const p of checkPriceRows(rows, (i) => lines[i], "line")) add(p.row, p.message);
  options.onProgress?.(1);
  if (found.length > 0) return { ok: false, problems: byLine() };

  const dated = rows.filter((r): r is PriceFileRow => r.date !== null).sort((a, b) => a.date - b.date);
  if (!dated.some((r) => r.bid !== null && r.bid !== 0))
    return { ok: false, problems: [{ path: "file", message: messages.csvNoBids() }] };
  return {
    ok: true,
    value: {
      rows: dated.map((r) => ({ date: r.date, bid: r.bid === 0 ? null : r.bid })),
      reading: { separator, decimalMark, dateOrder },
      dateColumn,
      bidColumn,
      ...(bidColumn !== undefined && LAST_SALE_HEADERS.includes(normalizeHeader(bidColumn)) ? { lastSale: true } : {}),
    },
  };
}

/**
 * The reading of a file in words, for the review.
 * @example describeReading({ separator: ";", decimalMark: ",", dateOrder: "dmy" }) //=> "separator ';'; decimal comma ','; dates read as day/month/year"
 */
export function describeReading(reading: PriceFileReading): string {
  const separator = reading.separator === "\t" ? "tab" : `'${reading.separator}'`;
  const mark = reading.decimalMark === "." ? "decimal point '.'" : "decimal comma ','";
  const dates = {
    mdy: "dates read as month/day/year",
    dmy: "dates read as day/month/year",
    iso: "dates read as year-month-day",
  }[reading.dateOrder];
  return `separator ${separator}; ${mark}; ${dates}`;
}

/** Whether a field is a date in some reading (used to tell a header from data). */
function looksLikeDate(text: string): boolean {
  return parseDate(text, "mdy") !== undefined || parseDate(text, "dmy") !== undefined;
}

/**
 * The separator that splits the header (the first non-blank line) into a readable first
 * record — a date and a bid, or headers naming a date and a bid column — or, when none or
 * several do, into two or more fields; among several, the one with which most of the first
 * rows keep the first record's field count; undefined on a tie.
 */
function chooseSeparator(text: string): Separator | undefined {
  const headerLine = text.split("\n").find((l) => l.trim() !== "") ?? "";
  const firstRecord = (s: Separator) => Papa.parse<string[]>(headerLine, { delimiter: s, preview: 1 }).data[0] ?? [];
  const split = SEPARATORS.filter((s) => firstRecord(s).length >= 2);
  const readable = split.filter((s) => isReadableFirstRecord(firstRecord(s)));
  const candidates = readable.length > 0 ? readable : split;
  if (candidates.length === 0) return ",";
  if (candidates.length === 1) return candidates[0];
  const scored = candidates.map((s) => {
    const rows = Papa.parse<string[]>(text, { delimiter: s, preview: 1000, skipEmptyLines: "greedy" }).data;
    return { s, score: rows.filter((r) => r.length === rows[0].length).length };
  });
  scored.sort((a, b) => b.score - a.score);
  return scored[0].score > scored[1].score ? scored[0].s : undefined;
}

/** Whether a first record is a data row of two fields (date, bid) or a header naming a date and a bid column. */
function isReadableFirstRecord(fields: readonly string[]): boolean {
  if (looksLikeDate(fields[0] ?? "")) return fields.length === 2;
  const normalized = fields.map((f) => normalizeHeader(f.trim()));
  return normalized.some((h) => DATE_HEADERS.includes(h)) && normalized.some((h) => BID_HEADERS.includes(h));
}

/** The file's non-blank records with the line each starts on (line breaks already "\n"). */
function splitRecords(
  text: string,
  separator: Separator,
  add: (line: number, message: string) => void,
  onProgress?: (done: number) => void,
): CsvRecord[] {
  const records: CsvRecord[] = [];
  let start = 0; // where the current record starts
  let counted = 0; // text[0, counted) has been scanned for line breaks
  let line = 1;
  Papa.parse<string[]>(text, {
    delimiter: separator,
    quoteChar: '"',
    newline: "\n",
    step(result) {
      for (; counted < start; counted++) if (text.charCodeAt(counted) === 10) line++;
      const fields = result.data;
      for (const e of result.errors) if (e.code === "MissingQuotes") add(line, messages.csvUnclosedQuote(line));
      if (fields.some((f) => f.trim() !== "")) records.push({ line, fields });
      start = result.meta.cursor + 1; // past the "\n" ending this record
      if (onProgress && records.length % 10000 === 0) onProgress((0.8 * start) / text.length);
    },
  });
  return records;
}

/** Month-first or day-first, decided from every slash date of the file (see the file comment). */
function chooseDateOrder(
  data: readonly CsvRecord[],
  column: number,
  add: (line: number, message: string) => void,
): DateOrder | undefined {
  let monthFirst: CsvRecord | undefined;
  let dayFirst: CsvRecord | undefined;
  let unclear: CsvRecord | undefined;
  for (const record of data) {
    const m = /^(\d{1,2})([/.])(\d{1,2})\2\d{4}$/.exec(record.fields[column].trim());
    if (!m) continue;
    const [a, b] = [Number(m[1]), Number(m[3])];
    if (a > 12 && b <= 12) dayFirst ??= record;
    else if (b > 12 && a <= 12) monthFirst ??= record;
    else if (a !== b) unclear ??= record;
  }
  if (monthFirst && dayFirst) {
    add(
      dayFirst.line,
      messages.csvDateOrderMixed(
        monthFirst.line,
        monthFirst.fields[column].trim(),
        dayFirst.line,
        dayFirst.fields[column].trim(),
      ),
    );
    return undefined;
  }
  if (monthFirst) return "mdy";
  if (dayFirst) return "dmy";
  if (unclear) {
    add(unclear.line, messages.csvDateOrderUnclear(unclear.fields[column].trim()));
    return undefined;
  }
  return data.some((r) => /^\d{1,2}[/.]/.test(r.fields[column].trim())) ? "mdy" : "iso";
}

/** Point or comma, decided from every bid of the file (see the file comment). */
function chooseDecimalMark(
  data: readonly CsvRecord[],
  column: number,
  separator: Separator,
  add: (line: number, message: string) => void,
): DecimalMark | undefined {
  const seen: Partial<Record<DecimalMark | "unclear", CsvRecord>> = {};
  for (const record of data) {
    const evidence = decimalEvidence(stripCurrency(record.fields[column].trim()));
    if (evidence) seen[evidence] ??= record;
  }
  const text = (r: CsvRecord) => r.fields[column].trim();
  if (seen["."] && seen[","]) {
    add(seen[","].line, messages.csvDecimalMarkMixed(seen["."].line, text(seen["."]), seen[","].line, text(seen[","])));
    return undefined;
  }
  if (seen["."] || seen[","]) return seen["."] ? "." : ",";
  if (seen.unclear && separator !== ",") {
    add(seen.unclear.line, messages.csvDecimalMarkUnclear(text(seen.unclear)));
    return undefined;
  }
  return ".";
}

function stripCurrency(text: string): string {
  return text.replace(/^\$\s*/, "").replace(/^(-)\$\s*/, "$1");
}

/** What one bid's text says about the decimal mark, if anything. */
function decimalEvidence(t: string): DecimalMark | "unclear" | undefined {
  const dot = t.lastIndexOf(".");
  const comma = t.lastIndexOf(",");
  if (!/^-?[\d.,]+$/.test(t) || (dot < 0 && comma < 0)) return undefined;
  // Two marks in a row, or a mark at either end ("5..2", "5.", ",5,"): not a number, so no evidence.
  if (/[.,]{2}|[.,]$|^-?[.,].*[.,]/.test(t)) return undefined;
  if (dot >= 0 && comma >= 0) return dot > comma ? "." : ",";
  const mark = dot >= 0 ? "." : ",";
  const other = mark === "." ? "," : ".";
  const groups = t.replace(/^-/, "").split(mark);
  // One mark followed by exactly three digits, after 1-3 digits not starting with 0: "1,250".
  if (groups.length === 2 && /^[1-9]\d{0,2}$/.test(groups[0]) && /^\d{3}$/.test(groups[1])) return "unclear";
  // The mark twice or more ("1,250,000"): it groups thousands, so the decimal mark is the other one.
  if (groups.length > 2) return other;
  return mark;
}

/**
 * A date written ISO (`2001-04-17`), as CRSP's YYYYMMDD (`20010417`), or with slashes or
 * periods and a four-digit year, month first (`4/17/2001`, the default) or day first
 * (`17/4/2001`, `17.04.2001`), or undefined.
 * @example parseDate("4/17/2001") === dayFromParts(2001, 4, 17) //=> true
 * @example parseDate("17.04.2001", "dmy") === dayFromParts(2001, 4, 17) //=> true
 */
export function parseDate(text: string, order: "mdy" | "dmy" = "mdy"): Day | undefined {
  const parts = dateParts(text, order);
  if (!parts || impossible(parts)) return undefined;
  return dayFromParts(parts.year, parts.month, parts.day);
}

/** Year, month and day as written, before checking the calendar, or undefined when the text has no date shape. */
function dateParts(text: string, order: "mdy" | "dmy"): { year: number; month: number; day: number } | undefined {
  const t = text.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  if (iso) return { year: Number(iso[1]), month: Number(iso[2]), day: Number(iso[3]) };
  const m = /^(\d{1,2})([/.])(\d{1,2})\2(\d{4})$/.exec(t);
  if (!m) return undefined;
  const [a, b, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
  const [month, day] = order === "mdy" ? [a, b] : [b, a];
  return { year, month, day };
}

const MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** Why parts shaped like a date are not a day of the calendar, or undefined. */
function impossible(p: { year: number; month: number; day: number }): string | undefined {
  if (p.month < 1 || p.month > 12) return `there is no month ${p.month}`;
  const days = daysInMonth(p.year, p.month);
  if (p.day < 1 || p.day > days) return `${MONTHS[p.month - 1]} has ${days} days in ${p.year}`;
  return undefined;
}

/**
 * Why a text shaped like a date in the file's reading is not a day ("February has 28 days
 * in 2001"), or undefined when it is not shaped like a date at all.
 * @example impossibleDate("2001-02-30", "mdy") //=> "February has 28 days in 2001"
 */
export function impossibleDate(text: string, order: "mdy" | "dmy"): string | undefined {
  const parts = dateParts(text, order);
  return parts && impossible(parts);
}

/** A number with the decimal mark and, optionally, thousands grouped by the other mark. */
const BID_PATTERN: Record<DecimalMark, RegExp> = {
  ".": /^-?(\d{1,3}(,\d{3})+|\d+)(\.\d+)?$|^-?\.\d+$/,
  ",": /^-?(\d{1,3}(\.\d{3})+|\d+)(,\d+)?$|^-?,\d+$/,
};

/** A bid's number with the file's decimal mark, null for a blank, undefined when the text is not a number. */
function parseBid(text: string, mark: DecimalMark): number | null | undefined {
  const trimmed = text.trim();
  if (BLANK_BIDS.has(trimmed.toLowerCase())) return null;
  const t = stripCurrency(trimmed);
  if (!BID_PATTERN[mark].test(t)) return undefined;
  const plain = mark === "." ? t.replace(/,/g, "") : t.replace(/\./g, "").replace(",", ".");
  return Number(plain);
}
