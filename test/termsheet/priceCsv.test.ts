import assert from "node:assert/strict";
import { isoDate } from "../../src/engine/time/civilDate";
import { describeReading, parseDate, parsePriceCsv, PriceFile } from "../../src/termsheet/priceCsv";
import { problemsOf } from "../../src/workbook/problem";

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
    const text =
      'Date,Close/Last,Volume,Open,High,Low\n"04/18/2001","$5.0625","87,000","$5.20","$5.30","$5.00"\n04/17/2001,$5.25,98000,$5.10,$5.30,$5.00\n04/16/2001,$5.10,120000,$5.00,$5.20,$4.90\n';
    assert.deepEqual(read(text).rows, WEEK);
  });

  it("reads semicolons with decimal commas, and tabs", () => {
    assert.deepEqual(read("Date;Close\n2001-04-16;5,1\n2001-04-17;5,25\n2001-04-18;5,0625\n").rows, WEEK);
    assert.deepEqual(read("Date\tClosing Bid\n2001-04-16\t5.1\n2001-04-17\t5.25\n2001-04-18\t5.0625\n").rows, WEEK);
  });

  it("treats 0, blank and null bids as missing, and skips blank lines; a byte-order mark is ignored", () => {
    const { rows } = read(
      "\uFEFFDate,Close\n2001-04-16,5.1\n\n2001-04-17,0\n2001-04-18,null\n2001-04-19,\n2001-04-20,5\n",
    );
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
      "line 3: 2001-04-31 is not a date (April has 30 days in 2001)",
      'line 4: closing bid must be a positive number, got text "abc"',
      "line 5: closing bid must be a positive number, got -5",
      "line 6: 2001-04-16 appears twice (lines 2 and 6)",
      "line 7: 2001-04-14 is not a Nasdaq trading day, so it has no closing bid",
      "line 8: 2001-04-13 is not a Nasdaq trading day, so it has no closing bid",
      "line 9: closing bid has no date",
    ]);
  });

  it("says which header is missing, listing the headers it found", () => {
    assert.deepEqual(messagesOf("Day,Open,Adj Close\n2001-04-16,1,2\n"), [
      'line 1: no date column: expected a header named Date, Trade Date or Dates; the file\'s headers are "Day", "Open", "Adj Close"',
      'line 1: no closing-bid column: expected a header named Closing Bid, Bid or PX_BID (or, to be confirmed as a substitute, a last sale price: Close, Close/Last, PX_LAST, PRC or Last; never Adj Close); the file\'s headers are "Day", "Open", "Adj Close"',
    ]);
  });

  it("refuses an empty file, a file without bids and a headerless file with three columns", () => {
    assert.deepEqual(messagesOf(""), ["file: the file has no rows"]);
    assert.deepEqual(messagesOf("Date,Close\n2001-04-16,0\n"), ["file: the file has no closing bids"]);
    assert.deepEqual(messagesOf("2001-04-16,5,6\n"), [
      "line 1: without a header row the file must have two columns (date, closing bid), got 3",
    ]);
  });

  it("reports an unclosed quote", () => {
    assert.ok(messagesOf('Date,Close\n2001-04-16,"5.1\n').some((m) => /line 2: a quoted field is not closed/.test(m)));
  });
});

describe("parsePriceCsv: field counts are strict (a row is never cut to fit)", () => {
  it("refuses a row with more fields than the header, naming its line", () => {
    // Date,Bid / 2001-04-16,5,10 used to import a bid of 5: the 10 was dropped.
    assert.deepEqual(messagesOf("Date,Bid\n2001-04-16,5,10\n"), [
      "line 2: 3 fields, but the header has 2; every line must have the same fields (check for an unquoted separator)",
    ]);
    // An unquoted thousands separator splits 1,250.50 into "1" and "250.50".
    assert.deepEqual(messagesOf("Date,Close\n2001-04-16,5.1\n2001-04-17,1,250.50\n"), [
      "line 3: 3 fields, but the header has 2; every line must have the same fields (check for an unquoted separator)",
    ]);
  });

  it("refuses a row with fewer fields than the header, and rows unlike the first row of a headerless file", () => {
    assert.deepEqual(messagesOf("Date,Open,Close\n2001-04-16,5\n"), [
      "line 2: 2 fields, but the header has 3; every line must have the same fields (check for an unquoted separator)",
    ]);
    assert.deepEqual(messagesOf("2001-04-16,5.1\n2001-04-17,5,25\n"), [
      "line 2: 3 fields, but the first line has 2; every line must have the same fields (check for an unquoted separator)",
    ]);
  });

  it("still reads a quoted separator inside a field", () => {
    assert.deepEqual(read('Date,Close\n2001-04-16,"1,250.50"\n').rows, ["2001-04-16=1250.5"]);
  });
});

describe("parsePriceCsv: the reading is decided for the whole file", () => {
  it("reads 1,250 in a semicolon file by the other bids: a decimal comma elsewhere makes it 1.25", () => {
    const { rows, file } = read("Date;Close\n2001-04-16;1,250\n2001-04-17;5,1\n");
    assert.deepEqual(rows, ["2001-04-16=1.25", "2001-04-17=5.1"]);
    assert.equal(describeReading(file.reading), "separator ';'; decimal comma ','; dates read as year-month-day");
  });

  it("reads 1,250 as 1250 when the other bids show a decimal point", () => {
    const { rows, file } = read("Date\tClose\n2001-04-16\t1,250\n2001-04-17\t5.10\n");
    assert.deepEqual(rows, ["2001-04-16=1250", "2001-04-17=5.1"]);
    assert.equal(describeReading(file.reading), "separator tab; decimal point '.'; dates read as year-month-day");
  });

  it("refuses 1,250 when no bid tells, and a file with both decimal marks", () => {
    assert.deepEqual(messagesOf("Date;Close\n2001-04-16;1,250\n"), [
      "line 2: no bid in the file tells whether 1,250 has a decimal mark or a thousands separator; write bids with a decimal point, e.g. 1250.00 or 1.25",
    ]);
    assert.deepEqual(messagesOf("Date;Close\n2001-04-16;5.1\n2001-04-17;5,25\n"), [
      "line 3: bids are written both with a decimal point (line 2: 5.1) and with a decimal comma (line 3: 5,25); write them all one way",
    ]);
  });

  it("reads 05/03/2001 as 5 March in a file whose other dates are day first", () => {
    // 17/04/2001 can only be day first, so 05/03/2001 is 2001-03-05 (a Monday), not May 3.
    const { rows, file } = read("Date,Bid\n17/04/2001,5.25\n05/03/2001,4.5\n");
    assert.deepEqual(rows, ["2001-03-05=4.5", "2001-04-17=5.25"]);
    assert.equal(describeReading(file.reading), "separator ','; decimal point '.'; dates read as day/month/year");
  });

  it("refuses dates that could be either order, and a file with both orders", () => {
    assert.deepEqual(messagesOf("Date,Bid\n05/03/2001,4.5\n"), [
      "line 2: no date in the file tells whether 05/03/2001 is month/day or day/month (none has a number above 12); write the dates as YYYY-MM-DD",
    ]);
    assert.deepEqual(messagesOf("Date,Bid\n4/17/2001,5.25\n17/04/2001,5.25\n"), [
      "line 3: dates are written both month first (line 2: 4/17/2001) and day first (line 3: 17/04/2001); write them all one way, preferably YYYY-MM-DD",
    ]);
  });

  it("refuses a file whose separator the rows cannot tell", () => {
    // Split by "," or by ";", every row has two fields.
    assert.deepEqual(messagesOf("Date,Close;Note\n2001-04-16,5;x\n"), [
      "file: the header can be split by more than one of comma, semicolon and tab, and the rows do not tell which is meant; save the file with one separator",
    ]);
  });

  it("shows month-first dates in the reading", () => {
    assert.equal(
      describeReading(read("Date,Bid\n4/17/2001,5.25\n").file.reading),
      "separator ','; decimal point '.'; dates read as month/day/year",
    );
  });
});

describe("parseDate", () => {
  it("reads ISO and US month-first dates and refuses impossible ones", () => {
    assert.equal(isoDate(parseDate("2001-04-17")!), "2001-04-17");
    assert.equal(isoDate(parseDate("4/17/2001")!), "2001-04-17");
    assert.equal(isoDate(parseDate("04/07/2001")!), "2001-04-07");
    assert.equal(parseDate("2/29/2001"), undefined);
    assert.equal(parseDate("17/4/2001"), undefined);
    assert.equal(isoDate(parseDate("17/4/2001", "dmy")!), "2001-04-17");
    assert.equal(parseDate("4/17/01"), undefined);
  });
});
