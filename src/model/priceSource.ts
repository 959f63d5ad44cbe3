import { messages } from "../engine/messages";
import { PriceRow, checkPriceRows } from "../engine/series/priceSeries";
import { dayFromExcelSerial } from "../engine/time/civilDate";
import { TermsError } from "../engine/errors";
import { parseTableAddress } from "../workbook/a1";
import { PRICE_TABLE } from "../termsheet/pricePlan";
import { Checked, Problem } from "../workbook/problem";
import { columnReference } from "../workbook/structuredReference";
import { CellValue } from "../workbook/workbookPlan";
import { PriceSource } from "./dealModel";

/** The pane's price table, by its structured references (the default price source). */
export const PRICE_TABLE_SOURCE: PriceSource = {
  dates: `${PRICE_TABLE}[Date]`,
  bids: `${PRICE_TABLE}[ClosingBid]`,
  description: `the table ${PRICE_TABLE}`,
};

/** An address made absolute: "A2:A900" → "$A$2:$A$900". */
function absolute(address: string): string {
  return address.replace(/\$/g, "").replace(/([A-Z]+)(\d+)/gi, (_, c: string, r: string) => `$${c.toUpperCase()}$${r}`);
}

/**
 * Two ranges already in the workbook, referenced in place (absolute, quoted sheet name),
 * so a refresh of that data flows through every formula of the model.
 * @example rangePriceSource("Bids", "A2:A900", "B2:B900").dates //=> "'Bids'!$A$2:$A$900"
 */
export function rangePriceSource(sheet: string, dates: string, bids: string): PriceSource {
  const ref = (a: string) => `'${sheet.replace(/'/g, "''")}'!${absolute(a)}`;
  return { dates: ref(dates), bids: ref(bids), description: `the ranges ${sheet}!${dates} and ${sheet}!${bids}` };
}

/**
 * Two columns of an Excel table, by structured reference written by Excel's rules
 * (structuredReference.ts): brackets doubled and `' # [ ] @` escaped where a header needs it.
 * @param dateColumn - the dates' header exactly as in the table
 * @param bidColumn - the bids' header exactly as in the table
 * @example tablePriceSource("Feed2Tbl", "Date", "Close/Last").bids //=> "Feed2Tbl[[Close/Last]]"
 */
export function tablePriceSource(table: string, dateColumn: string, bidColumn: string): PriceSource {
  return {
    dates: columnReference(table, dateColumn),
    bids: columnReference(table, bidColumn),
    description: `the table ${table}`,
  };
}

/**
 * Checks two ranges the banker points at, with the engine's price rules and the same
 * messages as a CSV import (rows numbered as on the worksheet), before the model uses
 * them in place: each one column, the same rows, dates as date serials, bids as numbers
 * or blank, and at least one bid.
 * @param datesAddress - e.g. "A2:A900" (its first row numbers the messages)
 * @param dates - the range's values as Excel's Range.values gives them ("" for empty)
 * @returns every problem, or nothing
 * @throws never
 */
export function checkPriceRanges(
  datesAddress: string,
  bidsAddress: string,
  dates: readonly (readonly CellValue[])[],
  bids: readonly (readonly CellValue[])[],
): Checked<void> {
  const place = (a: string) => parseTableAddress(a.replace(/\$/g, ""));
  const d = place(datesAddress);
  const b = place(bidsAddress);
  const problems: Problem[] = [];
  if (!d || d.columns !== 1)
    problems.push({ path: "dates", message: messages.notOneDimensional("dates", d?.rows ?? 0, d?.columns ?? 0) });
  if (!b || b.columns !== 1)
    problems.push({ path: "prices", message: messages.notOneDimensional("prices", b?.rows ?? 0, b?.columns ?? 0) });
  if (d && b && d.rows !== b.rows) problems.push({ path: "prices", message: messages.rangeSizes(d.rows, b.rows) });
  if (problems.length > 0 || !d) return { ok: false, problems };
  const rowNumber = (i: number) => d.top + i;
  const rows: PriceRow[] = [];
  const worksheetRows: number[] = [];
  dates.forEach((line, i) => {
    const date = line[0];
    const bid = bids[i]?.[0] ?? "";
    const row = rowNumber(i);
    let day: number | null = null;
    if (typeof date === "number" && date !== 0) {
      try {
        day = dayFromExcelSerial(date, `row ${row}: date`);
      } catch (e) {
        if (!(e instanceof TermsError)) throw e;
        problems.push({ path: `row ${row}`, message: e.message });
        return;
      }
    } else if (date !== "" && date !== 0) {
      problems.push({ path: `row ${row}`, message: messages.badRowDate(row, date) });
      return;
    }
    if (bid !== "" && typeof bid !== "number") {
      problems.push({ path: `row ${row}`, message: messages.badBid(row, bid) });
      return;
    }
    rows.push({ date: day, bid: bid === "" ? null : bid });
    worksheetRows.push(row);
  });
  for (const p of checkPriceRows(rows, (i) => worksheetRows[i]))
    problems.push({ path: `row ${p.row}`, message: p.message });
  if (problems.length === 0 && !rows.some((r) => r.bid !== null && r.bid !== 0))
    problems.push({ path: "prices", message: messages.rangeNoBids() });
  problems.sort((x, y) => Number(/\d+/.exec(x.path)?.[0] ?? 0) - Number(/\d+/.exec(y.path)?.[0] ?? 0));
  return problems.length > 0 ? { ok: false, problems } : { ok: true, value: undefined };
}
