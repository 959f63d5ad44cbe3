import { messages } from "../engine/messages";
import { PriceRow, checkPriceRows } from "../engine/series/priceSeries";
import { Day, dayFromParts, daysInMonth, parseIsoDate } from "../engine/time/civilDate";
import { Checked, Problem } from "./problem";

/**
 * Reading a price-history file (CSV) into closing bids, checked by the engine's own price
 * rules before anything is written.
 *
 * What is read:
 * - Separators: comma, semicolon or tab, detected from the first line (a tie goes to tab,
 *   then semicolon). Fields may be quoted ("…", with "" for a quote); CRLF or LF line ends;
 *   a byte-order mark is ignored; blank lines are skipped.
 * - Dates: ISO `2001-04-17` or US `4/17/2001` (month first, four-digit year).
 * - A header row is recognised when the first row's first field is not a date. With a
 *   header, the date column is the one named "Date" (or "Trade Date"), and the closing-bid
 *   column is the first found of, in this order: "Closing Bid" (also "ClosingBid",
 *   "Closing_Bid"), "Bid", "Close", "Close/Last" — case, spaces and punctuation ignored.
 *   "Adj Close" is never taken: an adjusted price is not the closing bid the agreements use.
 *   Note that "Close" in a market-data export is usually the last sale, not the closing
 *   bid of seed 000 (Per Share Market Value); use a bid column when the source has one.
 *   Without a header the file must have exactly two columns: date, closing bid.
 * - Bids: numbers, optionally with a leading "$" or thousands separators ("1,234.50");
 *   with a semicolon or tab separator a decimal comma ("4,04") is read too. A blank,
 *   "null", "N/A" or "-" bid, and a bid of 0, is a missing bid (the engine's rule).
 * - Rows in any order (ascending or descending); they are returned oldest first.
 * Problems are listed by the file's line number (the header is line 1).
 */

/** One checked row: a trading day and its closing bid (null: missing). */
export interface PriceFileRow {
  readonly date: Day;
  readonly bid: number | null;
}

export interface PriceFile {
  /** Oldest first; rows with neither date nor bid are dropped. */
  readonly rows: readonly PriceFileRow[];
  readonly separator: "," | ";" | "\t";
  /** The header names of the columns used, or undefined for a file without a header. */
  readonly dateColumn?: string;
  readonly bidColumn?: string;
}

/** Closing-bid headers, best first, normalised (lower case, letters, digits and "/" only). */
export const BID_HEADERS: readonly string[] = ["closingbid", "bid", "close", "close/last"];
const DATE_HEADERS: readonly string[] = ["date", "tradedate"];
const BLANK_BIDS = new Set(["", "null", "n/a", "na", "-"]);

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
 * negative bids), collecting every problem by line.
 * @param text - the file's text
 * @returns the rows oldest first, or every problem found
 * @throws never
 * @example parsePriceCsv("Date,Close\n2001-04-17,5.1\n").ok //=> true
 */
export function parsePriceCsv(text: string): Checked<PriceFile> {
  const body = text.replace(/^\uFEFF/, "");
  const separator = detectSeparator(body);
  const problems: Problem[] = [];
  // The engine's row messages start "row N: " with N the line: the path already says it.
  const add = (line: number, message: string) =>
    problems.push({ path: `line ${line}`, message: message.replace(new RegExp(`^row ${line}: `), "") });
  const records = splitRecords(body, separator, add).filter((r) => r.fields.some((f) => f.trim() !== ""));
  if (records.length === 0) return { ok: false, problems: [{ path: "file", message: messages.csvEmpty() }] };

  const first = records[0];
  const hasHeader = parseDate(first.fields[0] ?? "") === undefined;
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
    if (dateIndex < 0) add(first.line, messages.csvNoDateColumn(headers));
    if (bidIndex < 0) add(first.line, messages.csvNoBidColumn(headers));
    if (dateIndex < 0 || bidIndex < 0) return { ok: false, problems };
    dateColumn = headers[dateIndex];
    bidColumn = headers[bidIndex];
  } else if (first.fields.length !== 2) {
    return { ok: false, problems: [{ path: `line ${first.line}`, message: messages.csvColumnsWithoutHeader(first.fields.length) }] };
  }

  const data = hasHeader ? records.slice(1) : records;
  const rows: PriceRow[] = [];
  const lines: number[] = [];
  for (const { line, fields } of data) {
    const needed = Math.max(dateIndex, bidIndex) + 1;
    if (fields.length < needed) {
      add(line, messages.csvMissingFields(line, fields.length, needed));
      continue;
    }
    const dateText = fields[dateIndex].trim();
    const date = dateText === "" ? null : parseDate(dateText);
    if (date === undefined) add(line, messages.csvBadDate(line, dateText));
    const bid = parseBid(fields[bidIndex], separator);
    if (bid === undefined) add(line, messages.badBid(line, fields[bidIndex].trim()));
    if (date === undefined || bid === undefined) continue;
    rows.push({ date, bid });
    lines.push(line);
  }
  for (const p of checkPriceRows(rows, (i) => lines[i])) add(p.row, p.message);
  if (problems.length > 0) return { ok: false, problems: problems.sort(byLine) };

  const dated = rows.filter((r): r is PriceFileRow => r.date !== null).sort((a, b) => a.date - b.date);
  if (!dated.some((r) => r.bid !== null && r.bid !== 0)) return { ok: false, problems: [{ path: "file", message: messages.csvNoBids() }] };
  return {
    ok: true,
    value: { rows: dated.map((r) => ({ date: r.date, bid: r.bid === 0 ? null : r.bid })), separator, dateColumn, bidColumn },
  };
}

function byLine(a: Problem, b: Problem): number {
  const n = (p: Problem) => Number(/\d+/.exec(p.path)?.[0] ?? 0);
  return n(a) - n(b);
}

/** The separator with the most occurrences outside quotes on the first non-blank line. */
function detectSeparator(text: string): "," | ";" | "\t" {
  const firstLine = text.split(/\r?\n/).find((l) => l.trim() !== "") ?? "";
  const counts = { "\t": 0, ";": 0, ",": 0 };
  let quoted = false;
  for (const ch of firstLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  let best: "," | ";" | "\t" = ",";
  for (const sep of ["\t", ";", ","] as const) if (counts[sep] > counts[best]) best = sep;
  if (counts[best] === 0) return ",";
  return counts["\t"] === counts[best] ? "\t" : counts[";"] === counts[best] ? ";" : best;
}

/** RFC 4180 records: quoted fields may hold separators, line breaks and "" quotes. */
function splitRecords(text: string, separator: string, add: (line: number, message: string) => void): CsvRecord[] {
  const records: CsvRecord[] = [];
  let fields: string[] = [];
  let field = "";
  let quoted = false;
  let line = 1;
  let start = 1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === "\n") line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === "") {
      quoted = true;
      field = "";
    } else if (ch === separator) {
      fields.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && text[i + 1] === "\n") i++;
      fields.push(field);
      records.push({ line: start, fields });
      fields = [];
      field = "";
      line++;
      start = line;
    } else field += ch;
  }
  if (quoted) add(start, messages.csvUnclosedQuote(start));
  if (field !== "" || fields.length > 0) {
    fields.push(field);
    records.push({ line: start, fields });
  }
  return records;
}

/**
 * A date written ISO (`2001-04-17`) or US (`4/17/2001`), or undefined.
 * @example parseDate("4/17/2001") === dayFromParts(2001, 4, 17) //=> true
 */
export function parseDate(text: string): Day | undefined {
  const t = text.trim();
  const iso = parseIsoDate(t);
  if (iso !== undefined) return iso;
  const us = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (!us) return undefined;
  const [month, day, year] = [Number(us[1]), Number(us[2]), Number(us[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromParts(year, month, day);
}

/** A bid's number, null for a blank, undefined when the text is not a number. */
function parseBid(text: string, separator: string): number | null | undefined {
  let t = text.trim();
  if (BLANK_BIDS.has(t.toLowerCase())) return null;
  t = t.replace(/^\$\s*/, "").replace(/^(-)\$\s*/, "$1");
  if (separator !== "," && /^-?\d+,\d+$/.test(t)) t = t.replace(",", ".");
  else if (/^-?\d{1,3}(,\d{3})+(\.\d+)?$/.test(t)) t = t.replace(/,/g, "");
  if (!/^-?\d+(\.\d+)?$|^-?\.\d+$/.test(t)) return undefined;
  return Number(t);
}
