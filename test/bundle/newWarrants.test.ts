import assert from "node:assert/strict";
import { call } from "./loadBundle";

// Excel date serials are days since 1899-12-30: 2001-04-17 is 36998.
const column = (...cells: unknown[]) => cells.map((cell) => [cell]);
const ISSUE = 36998;
// 2001-04-09 … 04-12, 04-16: 5.00 + 5.10 + 4.90 + 5.20 + 4.80 = 25.00 → average 5.00.
const DATES = column(36990, 36991, 36992, 36993, 36997);
const BIDS = column(5, 5.1, 4.9, 5.2, 4.8);

describe("bundle: New Warrants (seed 000, Exhibit A)", () => {
  it("WARRANTSHARES covers 20% of the initially issuable shares, rounded down", () => {
    // 0.2 × 5,000,000 / 6.00 = 166,666.67 → 166,666 (UP: 166,667)
    assert.deepEqual(call("WARRANTSHARES", DATES, BIDS, 5_000_000, ISSUE, null), { value: 166666 });
    assert.deepEqual(call("WARRANTSHARES", DATES, BIDS, 5_000_000, ISSUE, [["SHARE_ROUNDING", "UP"]]), {
      value: 166667,
    });
  });

  it("WARRANTPRICE is 125% of the 5-day average", () => {
    // 1.25 × 5.00 = 6.25
    assert.deepEqual(call("WARRANTPRICE", DATES, BIDS, ISSUE, null), { value: 6.25 });
  });

  it("WARRANTEXPIRY is the fifth anniversary", () => {
    // 2001-04-17 → 2006-04-17: 5 × 365 + 1 (2004-02-29) = 1826 → 38824
    assert.deepEqual(call("WARRANTEXPIRY", ISSUE, null), { value: 38824 });
  });

  it("rejects bad input with a message", () => {
    assert.deepEqual(call("WARRANTSHARES", DATES, BIDS, -1, ISSUE, null), {
      error: { code: "#VALUE!", message: "principal must not be negative, got -1" },
    });
    assert.deepEqual(call("WARRANTPRICE", DATES, BIDS, ISSUE + 1, null), {
      error: { code: "#N/A", message: "no closing bid for 2001-04-17" },
    });
  });
});
