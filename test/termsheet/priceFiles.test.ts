import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { isoDate } from "../../src/engine/time/civilDate";
import { PriceFile, describeReading, parsePriceCsv } from "../../src/termsheet/priceCsv";
import { priceFileToConfirm } from "../../src/termsheet/priceFileReview";
import { problemsOf } from "../../src/workbook/problem";

// Issue 17, item 4: the exports bankers actually get (test/fixtures/prices/, written from
// the public column layouts), what the pane takes from each, and what the review says.

const FIXTURES = join(__dirname, "..", "fixtures", "prices");
function read(name: string): PriceFile {
  const r = parsePriceCsv(readFileSync(join(FIXTURES, name), "utf8"));
  assert.ok(r.ok, `${name}: ${JSON.stringify(problemsOf(r))}`);
  return r.value;
}
const rows = (f: PriceFile) => f.rows.map((r) => `${isoDate(r.date)}=${r.bid}`);
const messagesOf = (text: string) => problemsOf(parsePriceCsv(text)).map((p) => `${p.path}: ${p.message}`);

describe("price files bankers have", () => {
  // file → column taken, whether it is a last sale, the rows oldest first (typed from the file).
  it("Nasdaq.com: Close/Last, $ prices, newest first — a last sale, to confirm", () => {
    const f = read("nasdaq-historical.csv");
    assert.equal(f.bidColumn, "Close/Last");
    assert.equal(f.lastSale, true);
    assert.deepEqual(rows(f), [
      "2001-04-16=5.1",
      "2001-04-17=5.25",
      "2001-04-18=5.0625",
      "2001-04-19=5",
      "2001-04-20=5.125",
      "2001-04-23=5.03",
    ]);
    assert.equal(f.reading.dateOrder, "mdy");
  });

  it("Yahoo-style: Close, never Adj Close — a last sale, to confirm", () => {
    const f = read("yahoo-style.csv");
    assert.equal(f.bidColumn, "Close");
    assert.equal(f.lastSale, true);
    assert.equal(rows(f)[2], "2001-04-18=5.0625");
  });

  it("Bloomberg: PX_BID over PX_LAST — the closing bid, nothing to confirm", () => {
    const f = read("bloomberg-px-bid.csv");
    assert.equal(f.bidColumn, "PX_BID");
    assert.equal(f.lastSale, undefined);
    assert.deepEqual(rows(f), [
      "2001-04-16=5.0625",
      "2001-04-17=5.1875",
      "2001-04-18=5.03",
      "2001-04-19=4.97",
      "2001-04-20=5.09",
    ]);
    assert.deepEqual(priceFileToConfirm(f), []);
  });

  it("Bloomberg with PX_LAST only — a last sale, to confirm", () => {
    const f = read("bloomberg-px-last.csv");
    assert.equal(f.bidColumn, "PX_LAST");
    assert.equal(f.lastSale, true);
  });

  it("FactSet with European settings: Bid, semicolons, decimal comma, D.M.YYYY dates", () => {
    const f = read("factset-bid.csv");
    assert.equal(f.bidColumn, "Bid");
    assert.equal(f.lastSale, undefined);
    assert.equal(rows(f)[0], "2001-04-16=5.0625");
    assert.equal(describeReading(f.reading), "separator ';'; decimal comma ','; dates read as day/month/year");
  });

  it("CRSP daily: BID, with YYYYMMDD dates; the negative PRC (a bid/ask average) is not used", () => {
    const f = read("crsp-daily.csv");
    assert.equal(f.bidColumn, "BID");
    assert.equal(f.lastSale, undefined);
    assert.deepEqual(rows(f), [
      "2001-04-16=5.0625",
      "2001-04-17=5.1875",
      "2001-04-18=5.03125",
      "2001-04-19=4.97",
      "2001-04-20=5.09",
    ]);
  });

  it("CRSP with PRC only: a last sale to confirm, and a negative PRC refused, naming the line and BID", () => {
    const good = parsePriceCsv("PERMNO,date,PRC\n76201,20010416,5.1\n76201,20010417,5.25\n");
    assert.ok(good.ok);
    assert.equal(good.value.lastSale, true);
    assert.deepEqual(messagesOf("PERMNO,date,PRC\n76201,20010416,5.1\n76201,20010418,-5.04688\n"), [
      "line 3: PRC -5.04688 is negative, CRSP's bid/ask average for a day without a sale, not a closing bid; export CRSP's BID column and import that",
    ]);
  });
});

describe("the review of a last-sale column", () => {
  it("names the column, says it is a last sale and not the closing bid of seed 000, and asks to confirm", () => {
    const [line] = priceFileToConfirm(read("nasdaq-historical.csv"));
    assert.equal(line.item, 'column "Close/Last"');
    assert.equal(line.change, "confirm");
    assert.match(line.value, /took "Close\/Last", a last sale price, as the closing bid/);
    assert.match(line.value, /Seed 000 defines Per Share Market Value as the closing bid/);
  });
});

describe("dates and numbers: one reading per file, messages that name the problem", () => {
  it("reads 02.01.2001 the way it reads 02/01/2001: one order for the file, from a day above 12", () => {
    const dmy = parsePriceCsv("Date,Bid\n02.01.2001,5.1\n17.01.2001,5.2\n");
    assert.ok(dmy.ok);
    assert.deepEqual(rows(dmy.value), ["2001-01-02=5.1", "2001-01-17=5.2"]);
    assert.equal(dmy.value.reading.dateOrder, "dmy"); // 17.01: 17 cannot be a month
    const mdy = parsePriceCsv("Date,Bid\n02.01.2001,5.1\n01.17.2001,5.2\n");
    assert.ok(mdy.ok);
    assert.deepEqual(rows(mdy.value), ["2001-01-17=5.2", "2001-02-01=5.1"]);
  });

  it("refuses 02.01.2001 when no date of the file tells, and a file mixing both orders", () => {
    assert.deepEqual(messagesOf("Date,Bid\n02.01.2001,5.1\n03.01.2001,5.2\n"), [
      "line 2: no date in the file tells whether 02.01.2001 is month/day or day/month (none has a number above 12); write the dates as YYYY-MM-DD",
    ]);
    assert.match(messagesOf("Date,Bid\n17.01.2001,5.1\n01/18/2001,5.2\n")[0], /both month first .* and day first/);
  });

  it("a bad date's message lists every accepted format", () => {
    assert.deepEqual(messagesOf("Date,Bid\n2001-04-16,5.1\nApril 17,5.2\n"), [
      'line 3: date must be YYYY-MM-DD, YYYYMMDD, M/D/YYYY, D/M/YYYY, M.D.YYYY or D.M.YYYY, got text "April 17"',
    ]);
  });

  it('says 2001-02-30 is "not a date (February has 28 days in 2001)", and 2001-13-01 has no month 13', () => {
    assert.deepEqual(messagesOf("Date,Bid\n2001-02-28,5.1\n2001-02-30,5.2\n2001-13-01,5.3\n"), [
      "line 3: 2001-02-30 is not a date (February has 28 days in 2001)",
      "line 4: 2001-13-01 is not a date (there is no month 13)",
    ]);
  });

  it('says 5..2 is not a number, not "a decimal comma"', () => {
    assert.deepEqual(messagesOf("Date,Bid\n2001-04-16,5.1\n2001-04-17,5..2\n"), [
      'line 3: closing bid must be a positive number, got text "5..2"',
    ]);
  });
});
