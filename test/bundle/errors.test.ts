import assert from "node:assert/strict";
import { call } from "./loadBundle";

// Bad input as Excel passes it (numbers for dates, 2-D arrays for ranges, null for blanks
// and omitted arguments), called through the built bundle: every case must end in a
// CustomFunctions.Error whose message tells the banker what to fix, never in an
// uncaught exception (a bare #VALUE!) or a stray number.
// Excel date serials are days since 1899-12-30: 2001-04-17 is 36998.

const VALUE = "#VALUE!";
const NA = "#N/A";

/** A one-column range, as Excel passes it. */
const column = (...cells: unknown[]) => cells.map((cell) => [cell]);

// The five trading days before the 2001-04-17 issue date (Friday 04-13 was Good Friday).
const ISSUE = 36998;
const WINDOW = [36990, 36991, 36992, 36993, 36997]; // 2001-04-09 … 04-12, 04-16
const DATES = column(...WINDOW);
const BIDS = column(5, 5.25, 5.5, 5.25, 5);
const CONVERSION = ISSUE + 30;

// Columns: what is wrong, the call (id and arguments), the Excel error code, and what
// the message must contain (text) or match (a RegExp).
const cases: [string, string, unknown[], string, string | RegExp][] = [
  ["text as a date", "ISTRADEDAY", ["2001-04-17"], VALUE, 'date must be a date, got text "2001-04-17"'],
  ["serial 60, Excel's fictitious 1900-02-29", "ISTRADEDAY", [60], VALUE, "serial 60"],
  ["a blank required date", "TRADEDAY", [null, 5], VALUE, "start_date is required"],
  ["text as a number of days", "TRADEDAY", [ISSUE, "five"], VALUE, "days must be a number"],
  ["text as an end date", "TRADEDAYS", [ISSUE, "tomorrow"], VALUE, "end_date must be a date"],
  ["serial 60 as a start date", "TRADEDAYS", [60, ISSUE], VALUE, "serial 60"],

  ["a blank issue date", "CONVPRICE", [DATES, BIDS, null, CONVERSION], VALUE, "issue_date is required"],
  [
    "text as a conversion date",
    "CONVPRICE",
    [DATES, BIDS, ISSUE, "2001-05-17"],
    VALUE,
    "conversion_date must be a date",
  ],
  [
    "dates and prices of different sizes",
    "CONVPRICE",
    [DATES, column(5, 5), ISSUE, CONVERSION],
    VALUE,
    "(5 dates, 2 prices)",
  ],
  [
    "a two-dimensional (3×2) dates range",
    "CONVPRICE",
    [
      [
        [36990, 36991],
        [36992, 36993],
        [36997, 36998],
      ],
      BIDS,
      ISSUE,
      CONVERSION,
    ],
    VALUE,
    "dates must be one row or one column, got 3 rows × 2 columns",
  ],
  ["a text closing bid", "CONVPRICE", [DATES, column(5, "n/a", 5, 5, 5), ISSUE, CONVERSION], VALUE, /^row 2: /],
  [
    "a date given twice",
    "CONVPRICE",
    [column(36990, 36990, 36992, 36993, 36997), BIDS, ISSUE, CONVERSION],
    VALUE,
    "2001-04-09 appears twice",
  ],
  [
    "a bid on 2001-09-11, when Nasdaq was closed",
    "CONVPRICE",
    [column(...WINDOW, 37145), column(5, 5, 5, 5, 5, 4), ISSUE, CONVERSION],
    VALUE,
    "2001-09-11 is not a Nasdaq trading day",
  ],
  [
    "no bid for a day of the 5-day window",
    "CONVPRICE",
    [column(36990, 36991, 36993, 36997), column(5, 5, 5, 5), ISSUE, CONVERSION],
    NA,
    /^no closing bid for 2001-04-11$/,
  ],
  ["an unknown term name", "CONVPRICE", [DATES, BIDS, ISSUE, CONVERSION, [["NO_SUCH_TERM", 1]]], VALUE, "NO_SUCH_TERM"],

  ["text as a delivery date", "CALLPRICE", [DATES, BIDS, "next week"], VALUE, "delivery_date must be a date"],
  [
    "no bid for the days the call needs",
    "CALLPRICE",
    [DATES, BIDS, 37028],
    NA,
    /^no closing bid for \d{4}-\d{2}-\d{2}$/,
  ],
  ["an unknown term name", "CALLPRICE", [DATES, BIDS, ISSUE, [["CALL_TYPO", 1]]], VALUE, "CALL_TYPO"],

  ["negative proceeds", "CEOFEE", [-1], VALUE, "must not be negative"],
  ["cumulative sales of $30 million, past the $25 million cap", "CEOFEE", [20000000, 10000000], VALUE, "30000000"],
  ["text as proceeds", "CEOFEE", ["ten million"], VALUE, "proceeds must be a number"],

  [
    "neither a cure date nor an as-of date",
    "DELAYPMT",
    [10000000, ISSUE, null, null],
    VALUE,
    "cure date or an as-of date",
  ],
  ["a blank event date", "DELAYPMT", [10000000, null, null, CONVERSION], VALUE, "event_date is required"],
  ["an unknown term name", "DELAYPMT", [10000000, ISSUE, null, CONVERSION, [["DELAY_TYPO", 1]]], VALUE, "DELAY_TYPO"],

  [
    "neither a cure date nor an as-of date",
    "DELAYPMTDMV",
    [DATES, BIDS, 450000, ISSUE, null, null],
    VALUE,
    "cure date or an as-of date",
  ],
  [
    "dates and prices of different sizes",
    "DELAYPMTDMV",
    [DATES, column(5), 450000, ISSUE, null, CONVERSION],
    VALUE,
    "(5 dates, 1 prices)",
  ],
  [
    "no bid on the event date",
    "DELAYPMTDMV",
    [DATES, BIDS, 450000, ISSUE, null, ISSUE],
    NA,
    /^no closing bid for \d{4}-\d{2}-\d{2}$/,
  ],

  // 307,788 / 5e-324 is far beyond the largest double: #NUM! with a message (dateRange.test.ts).
  [
    "counting trading days past 2100",
    "TRADEDAY",
    [ISSUE, 1e6],
    VALUE,
    "counting trading days from 2001-04-17 runs past the Nasdaq calendar",
  ],
];

describe("functions bundle: Excel errors for bad input", () => {
  for (const [what, id, args, code, message] of cases) {
    it(`${id} gives ${code} for ${what}`, () => {
      const outcome = call(id, ...args);
      assert.ok("error" in outcome, `${id} should fail, got ${JSON.stringify(outcome)}`);
      assert.equal(outcome.error.code, code, outcome.error.message);
      assert.doesNotMatch(outcome.error.message, /^internal error/);
      if (typeof message === "string") assert.ok(outcome.error.message.includes(message), outcome.error.message);
      else assert.match(outcome.error.message, message);
    });
  }
});

describe("functions bundle: overrides that contradict each other", () => {
  it("CONVPRICE gives #VALUE! naming both terms when CONV_RESET_LOWEST exceeds CONV_RESET_WINDOW", () => {
    const outcome = call("CONVPRICE", DATES, BIDS, ISSUE, CONVERSION, [["CONV_RESET_LOWEST", 31]]);
    assert.ok("error" in outcome, JSON.stringify(outcome));
    assert.equal(outcome.error.code, VALUE);
    assert.match(outcome.error.message, /CONV_RESET_LOWEST 31 must not exceed CONV_RESET_WINDOW 30/);
  });
});
