import assert from "node:assert/strict";
import { call } from "./loadBundle";

// Messages as the banker gave the values, and text dates before 1900, through the built bundle.
const value = (message: string) => ({ error: { code: "#VALUE!", message } });
const APR_17 = 36998; // 2001-04-17

describe("bundle: messages show the value as given", () => {
  it("shows a number given for a percentage term as that number", () => {
    // CEOFEE(1e6,,{"CEO_TIER1_RATE",1.5}): 1.5 is 150%, above the 100% a rate can be
    assert.deepEqual(
      call("CEOFEE", 1_000_000, null, [["CEO_TIER1_RATE", 1.5]]),
      value("term CEO_TIER1_RATE must be at most 100%, got 1.5 (150%)"),
    );
    assert.deepEqual(
      call("CEOFEE", 1_000_000, null, [["CEO_TIER1_RATE", "150%"]]),
      value('term CEO_TIER1_RATE must be at most 100%, got text "150%"'),
    );
  });

  it("counts a ragged range's real rows and columns", () => {
    // one column of 200,001 rows, one of them empty ([]): not a block of 200,001 × 1
    const dates: unknown[][] = [];
    for (let i = 0; i < 200_001; i++) dates.push(i === 7 ? [] : [APR_17 + i]);
    assert.deepEqual(
      call("INITCONVPRICE", dates, dates, APR_17, null),
      value("dates must be one row or one column, got a ragged range of 200001 rows, from 0 cells to 1 cell wide"),
    );
    assert.deepEqual(
      call("MATURITY", [[APR_17, APR_17]], null),
      value("issue_date must be one cell, got 1 row × 2 columns"),
    );
  });
});

describe("bundle: text dates in [terms] before 1900 are refused", () => {
  it("refuses LETTER_DATE 1899-12-31 and reads 1900-01-01", () => {
    assert.deepEqual(
      call("TRADEDAY", APR_17, 5, [["LETTER_DATE", "1899-12-31"]]),
      value(
        'term LETTER_DATE must be a date Excel has, got text "1899-12-31": 1899-12-31 is before 1900-01-01, the first date Excel has',
      ),
    );
    // 2001-04-17 + 5 trading days = 2001-04-24 (no holiday), whatever LETTER_DATE is
    assert.deepEqual(call("TRADEDAY", APR_17, 5, [["LETTER_DATE", "1900-01-01"]]), { value: APR_17 + 7 });
  });
});
