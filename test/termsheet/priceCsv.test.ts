import assert from "node:assert/strict";
import { isoDate } from "../../src/engine/time/civilDate";
import { parseDate, parsePriceCsv, PriceFile } from "../../src/termsheet/priceCsv";
import { problemsOf } from "../../src/termsheet/problem";

/** The rows of a good file as "YYYY-MM-DD=bid" strings, oldest first. */
function read(text: string): { rows: string[]; file: PriceFile } {
  const r = parsePriceCsv(text);
  assert.ok(r.ok, JSON.stringify(problemsOf(r)));
  return { rows: r.value.rows.map((x) => `${isoDate(x.date)}=${x.bid}`), file: r.value };
}
const messagesOf = (text: string) => problemsOf(parsePriceCsv(text)).map((p) => `${p.path}: ${p.message}`);

// Bids of the week of April 16, 2001 (Friday April 13 was Good Friday, Nasdaq closed).
const WEEK = ["2001-04-16=5.1", "2001-04-17=5.25", "2001-04-18=5.0625"];

describe("parsePriceCsv", () => {
  it("reads ISO dates without a header", () => {
    assert.deepEqual(read("2001-04-16,5.1\n2001-04-17,5.25\n2001-04-18,5.0625\n").rows, WEEK);
  });

  it("reads US dates, descending, with a header and CRLF line ends, and sorts oldest first", () => {
    assert.deepEqual(read("Date,Bid\r\n4/18/2001,5.0625\r\n4/17/2001,5.25\r\n4/16/2001,5.1\r\n").rows, WEEK);
  });

  it("takes Close, not Adj Close, from a Date,Open,High,Low,Close,Adj Close,Volume export", () => {
    const text = [
      "Date,Open,High,Low,Close,Adj Close,Volume",
      "2001-04-16,5.00,5.20,4.90,5.1,4.1,120000",
      "2001-04-17,5.10,5.30,5.00,5.25,4.2,98000",
      "2001-04-18,5.20,5.30,5.00,5.0625,4.05,87000",
    ].join("\n");
    const { rows, file } = read(text);
    assert.deepEqual(rows, WEEK);
    assert.equal(file.bidColumn, "Close");
  });

  it("prefers Closing Bid, then Bid, over Close", () => {
    assert.equal(read("Date,Close,Bid\n2001-04-16,9,5.1\n").file.bidColumn, "Bid");
    assert.equal(read("Date,Close,Bid,Closing Bid\n2001-04-16,9,8,5.1\n").rows[0], "2001-04-16=5.1");
    assert.equal(read("date;closing_bid\n2001-04-16;5.1\n").file.bidColumn, "closing_bid");
  });

  it("reads a Nasdaq-style export: Close/Last with dollar signs, quoted fields", () => {
    const text = 'Date,Close/Last,Volume,Open,High,Low\n"04/18/2001","$5.0625","87,000","$5.20","$5.30","$5.00"\n04/17/2001,$5.25,98000,$5.10,$5.30,$5.00\n04/16/2001,$5.10,120000,$5.00,$5.20,$4.90\n';
    assert.deepEqual(read(text).rows, WEEK);
  });

  it("reads semicolons with decimal commas, and tabs", () => {
    assert.deepEqual(read("Date;Close\n2001-04-16;5,1\n2001-04-17;5,25\n2001-04-18;5,0625\n").rows, WEEK);
    assert.deepEqual(read("Date\tClosing Bid\n2001-04-16\t5.1\n2001-04-17\t5.25\n2001-04-18\t5.0625\n").rows, WEEK);
  });

  it("treats 0, blank and null bids as missing, and skips blank lines; a byte-order mark is ignored", () => {
    const { rows } = read("\uFEFFDate,Close\n2001-04-16,5.1\n\n2001-04-17,0\n2001-04-18,null\n2001-04-19,\n2001-04-20,5\n");
    assert.deepEqual(rows, ["2001-04-16=5.1", "2001-04-17=null", "2001-04-18=null", "2001-04-19=null", "2001-04-20=5"]);
  });

  it("lists every bad row by its line in the file, before anything is written", () => {
    const text = [
      "Date,Close", //          line 1
      "2001-04-16,5.1", //      line 2 fine
      "2001-04-31,5", //        line 3 no such day
      "2001-04-17,abc", //      line 4 not a number
      "2001-04-18,-5", //       line 5 negative
      "2001-04-16,5.2", //      line 6 same date as line 2
      "2001-04-14,5", //        line 7 a Saturday
      "2001-04-13,5", //        line 8 Good Friday
      ",5", //                  line 9 bid without a date
    ].join("\n");
    assert.deepEqual(messagesOf(text), [
      'line 3: date must be YYYY-MM-DD or M/D/YYYY, got text "2001-04-31"',
      'line 4: closing bid must be a positive number, got text "abc"',
      "line 5: closing bid must be a positive number, got -5",
      "line 6: 2001-04-16 appears twice (rows 2 and 6)",
      "line 7: 2001-04-14 is not a Nasdaq trading day, so it has no closing bid",
      "line 8: 2001-04-13 is not a Nasdaq trading day, so it has no closing bid",
      "line 9: closing bid has no date",
    ]);
  });

  it("says which header is missing, listing the headers it found", () => {
    assert.deepEqual(messagesOf("Day,Open,Adj Close\n2001-04-16,1,2\n"), [
      'line 1: no date column: expected a header named Date; the file\'s headers are "Day", "Open", "Adj Close"',
      'line 1: no closing-bid column: expected a header named Closing Bid, Bid, Close or Close/Last; the file\'s headers are "Day", "Open", "Adj Close"',
    ]);
  });

  it("refuses an empty file, a file without bids and a headerless file with three columns", () => {
    assert.deepEqual(messagesOf(""), ["file: the file has no rows"]);
    assert.deepEqual(messagesOf("Date,Close\n2001-04-16,0\n"), ["file: the file has no closing bids"]);
    assert.deepEqual(messagesOf("2001-04-16,5,6\n"), ["line 1: without a header row the file must have two columns (date, closing bid), got 3"]);
  });

  it("reports an unclosed quote", () => {
    assert.ok(messagesOf('Date,Close\n2001-04-16,"5.1\n').some((m) => /line 2: a quoted field is not closed/.test(m)));
  });
});

describe("parseDate", () => {
  it("reads ISO and US month-first dates and refuses impossible ones", () => {
    assert.equal(isoDate(parseDate("2001-04-17")!), "2001-04-17");
    assert.equal(isoDate(parseDate("4/17/2001")!), "2001-04-17");
    assert.equal(isoDate(parseDate("04/07/2001")!), "2001-04-07");
    assert.equal(parseDate("2/29/2001"), undefined);
    assert.equal(parseDate("17/4/2001"), undefined);
    assert.equal(parseDate("4/17/01"), undefined);
  });
});
