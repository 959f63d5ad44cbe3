import assert from "node:assert/strict";
import { call } from "./loadBundle";

// Whole-column ranges (A:A is 1,048,576 rows) as Excel passes them to the built bundle:
// the used rows first, then empty cells, null in Excel on the web and 0 in desktop Excel.
// More than ~125,000 values spread into one call overflow the stack: these ranges must not.

const ROWS = 1_048_576;
/** A whole column whose first cells are `cells` and whose other cells are `blank`. */
function wholeColumn(cells: readonly unknown[], blank: null | 0): unknown[][] {
  const column: unknown[][] = new Array(ROWS);
  for (let i = 0; i < ROWS; i++) column[i] = [i < cells.length ? cells[i] : blank];
  return column;
}

const ISSUE = 36998; // 2001-04-17
// The 5 trading days before it (Apr 13 was Good Friday): 2001-04-09 … 04-12, 04-16.
// 5.00 + 5.10 + 4.90 + 5.20 + 4.80 = 25.00 → average 5.00 → Initial Conversion Price 1.2 × 5 = 6.
const DATES = [36990, 36991, 36992, 36993, 36997];
const BIDS = [5, 5.1, 4.9, 5.2, 4.8];

describe("bundle: whole-column ranges", () => {
  for (const blank of [null, 0] as const) {
    it(`prices over whole columns whose empty cells are ${String(blank)}`, () => {
      const dates = wholeColumn(DATES, blank);
      const bids = wholeColumn(BIDS, blank);
      assert.deepEqual(call("INITCONVPRICE", dates, bids, ISSUE, null), { value: 6 });
      // The same ranges again (now the cached series), converted on the issue date: same price.
      assert.deepEqual(call("CONVPRICE", dates, bids, ISSUE, ISSUE, null), { value: 6 });
    });
  }

  it("reads a [terms] range of two whole columns (A:B)", () => {
    const terms: unknown[][] = new Array(ROWS);
    for (let i = 0; i < ROWS; i++) terms[i] = [null, null];
    terms[0] = ["CONV_INITIAL_PCT", 1.5];
    // 150% × 5.00 = 7.50
    assert.deepEqual(call("INITCONVPRICE", wholeColumn(DATES, null), wholeColumn(BIDS, null), ISSUE, terms), {
      value: 7.5,
    });
    terms[0] = [null, null];
    assert.deepEqual(call("INITCONVPRICE", wholeColumn(DATES, 0), wholeColumn(BIDS, 0), ISSUE, terms), { value: 6 });
  });

  it("names a bad cell far down a whole column", () => {
    const bids = wholeColumn(BIDS, null);
    bids[999_999] = ["n/a"];
    assert.deepEqual(call("INITCONVPRICE", wholeColumn(DATES, null), bids, ISSUE), {
      error: { code: "#VALUE!", message: 'row 1000000: closing bid must be a positive number, got text "n/a"' },
    });
  });

  it("refuses a two-column block of 200,000 rows as dates with a message, not a stack overflow", () => {
    const block: unknown[][] = [];
    for (let i = 0; i < 200_000; i++) block.push([null, null]);
    const outcome = call("INITCONVPRICE", block, block, ISSUE);
    assert.deepEqual(outcome, {
      error: { code: "#VALUE!", message: "dates must be one row or one column, got 200000 rows × 2 columns" },
    });
  });

  it("refuses a three-column [terms] range of whole columns with a message", () => {
    const terms: unknown[][] = new Array(ROWS);
    for (let i = 0; i < ROWS; i++) terms[i] = [null, null, null];
    terms[0] = ["CONV_INITIAL_PCT", 1.5, null];
    assert.deepEqual(call("INITCONVPRICE", wholeColumn(DATES, null), wholeColumn(BIDS, null), ISSUE, terms), {
      error: { code: "#VALUE!", message: "terms must be two columns (name, value), got 1048576 rows × 3 columns" },
    });
  });

  it("takes a VWAP of whole columns of prices and volumes", () => {
    // (4.04 × 10,000 + 4.20 × 30,000) / 40,000 = (40,400 + 126,000) / 40,000 = 4.16
    assert.deepEqual(call("VWAP", wholeColumn([4.04, 4.2], 0), wholeColumn([10_000, 30_000], 0)), { value: 4.16 });
  });
});

describe("bundle: a far as-of date is counted, not walked", () => {
  it("DELAYPMT to 9999-12-31 owes one payment a month from the Event Date", () => {
    // Payments on 2001-04-17 and each 17th through 9999-12-17: (9999 − 2001) × 12 + (12 − 4) + 1
    // = 95,985 payments × 2% × 10,000,000 = 95,985 × 200,000 = 19,197,000,000.
    assert.deepEqual(call("DELAYPMT", 10_000_000, ISSUE, null, 2958465, null), { value: 19_197_000_000 });
    // Cured 2001-06-01: payments 04-17 and 05-17 = 2 × 200,000.
    assert.deepEqual(call("DELAYPMT", 10_000_000, ISSUE, 37043, 2958465, null), { value: 400_000 });
  });
});
