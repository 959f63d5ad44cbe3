import assert from "node:assert/strict";
import { call } from "./loadBundle";

// The schedules behind CONVPRICE, DELAYPMT and DELAYPMTDMV, as Excel calls them through the
// built bundle. Excel date serials are days since 1899-12-30: 2001-06-01 is 37043.

const column = (...cells: unknown[]) => cells.map((cell) => [cell]);
const terms = (...rows: [string, unknown][]) => rows;
const value = (outcome: ReturnType<typeof call>) => {
  assert.ok("value" in outcome, JSON.stringify(outcome));
  return outcome.value as unknown[][];
};

describe("bundle: CONVPRICESERIES (seed 000, Exhibit A)", () => {
  // Issue Tuesday 2001-04-17 (36998); the 5 trading days before it (Apr 13 was Good Friday):
  // 04-09 … 04-12 and 04-16, bids 5.00 + 5.10 + 4.90 + 5.20 + 4.80 = 25.00 → average 5.00
  // → Initial Conversion Price 120% × 5.00 = 6.00. Then 04-17 (bid blank), 04-18 (5.50).
  const DATES = column(36990, 36991, 36992, 36993, 36997, 36998, 36999);
  const BIDS = column(5, 5.1, 4.9, 5.2, 4.8, null, 5.5);

  it("spills a heading row and one row per trading day from the issue date", () => {
    assert.deepEqual(value(call("CONVPRICESERIES", DATES, BIDS, 36998, null, null)), [
      ["Date", "Closing bid", "Conversion Price", "Reset applied"],
      [36998, "", 6, false],
      [36999, 5.5, 6, false],
    ]);
  });

  it("stops at the end date, skipping the weekend", () => {
    // Friday 2001-04-20 (37001) to Monday 04-23 (37004): 04-17, 18, 19, 20 → 4 rows (+ heading)
    assert.equal(value(call("CONVPRICESERIES", DATES, BIDS, 36998, 37001, null)).length, 5);
  });

  it("each row's price is CONVPRICE's for that date", () => {
    const rows = value(call("CONVPRICESERIES", DATES, BIDS, 36998, 37004, terms(["CONV_INITIAL_PCT", "110%"])));
    for (const [date, , price] of rows.slice(1)) {
      assert.deepEqual(call("CONVPRICE", DATES, BIDS, 36998, date, terms(["CONV_INITIAL_PCT", "110%"])), {
        value: price,
      });
    }
    assert.equal(rows[1][2], 5.5); // 110% × 5.00
  });

  it("gives a clear error for bad arguments", () => {
    assert.deepEqual(call("CONVPRICESERIES", DATES, BIDS, 36998, 36990, null), {
      error: { code: "#VALUE!", message: "end date 2001-04-09 is before the issue date 2001-04-17" },
    });
    assert.deepEqual(call("CONVPRICESERIES", DATES, BIDS, "x", null, null), {
      error: { code: "#VALUE!", message: 'issue_date must be a date, got text "x"' },
    });
    assert.deepEqual(call("CONVPRICESERIES", DATES.slice(1), BIDS.slice(1), 36998, null, null), {
      error: { code: "#N/A", message: "no closing bid for 2001-04-09" },
    });
  });
});

describe("bundle: DELAYSCHEDULE and DELAYSCHEDULEDMV (seed 000, Exhibit A and §5)", () => {
  // Event 2001-06-01 (37043); as of 2001-08-01 (37104): payments Jun 1, Jul 1 (37073), Aug 1.
  it("DELAYSCHEDULE lists 2% of $10M three times and ends on DELAYPMT's total", () => {
    const rows = value(call("DELAYSCHEDULE", 10_000_000, 37043, null, 37104, null));
    assert.deepEqual(rows, [
      ["Payment date", "Basis", "Payment", "Running total"],
      [37043, 10_000_000, 200_000, 200_000],
      [37073, 10_000_000, 200_000, 400_000],
      [37104, 10_000_000, 200_000, 600_000],
    ]);
    assert.deepEqual(call("DELAYPMT", 10_000_000, 37043, null, 37104, null), { value: 600_000 });
  });

  it("DELAYSCHEDULE's last running total equals DELAYPMT exactly with proration", () => {
    // Cured 2001-07-11 (37083): 200,000 + 200,000 × 10/31 = 264,516.129… → 264,516.13
    const prorate = terms(["DELAY_PRORATE", true]);
    const rows = value(call("DELAYSCHEDULE", 10_000_000, 37043, 37083, null, prorate));
    assert.equal(rows[rows.length - 1][3], 264516.13);
    assert.deepEqual(call("DELAYPMT", 10_000_000, 37043, 37083, null, prorate), { value: rows[rows.length - 1][3] });
  });

  it("DELAYSCHEDULE with no payment due is the heading row alone", () => {
    assert.deepEqual(value(call("DELAYSCHEDULE", 10_000_000, 37043, 37043, null, null)), [
      ["Payment date", "Basis", "Payment", "Running total"],
    ]);
  });

  it("DELAYSCHEDULEDMV shows the bid used and ends on DELAYPMTDMV", () => {
    // Bids: 2001-05-31 3.50, 06-01 4.00, 06-29 4.50, 07-31 3.90. 2% × 450,000 = 9,000.
    // Jun 1: max(4.00, 3.50) → 36,000; Jul 1: max(4.00, 4.50) → 40,500; Aug 1: max(4.00, 3.90) → 36,000
    const dates = column(37042, 37043, 37071, 37103);
    const bids = column(3.5, 4, 4.5, 3.9);
    const rows = value(call("DELAYSCHEDULEDMV", dates, bids, 450_000, 37043, null, 37104, null));
    assert.deepEqual(rows.slice(1), [
      [37043, 4, 36_000, 36_000],
      [37073, 4.5, 40_500, 76_500],
      [37104, 4, 36_000, 112_500],
    ]);
    assert.deepEqual(call("DELAYPMTDMV", dates, bids, 450_000, 37043, null, 37104, null), { value: 112_500 });
  });

  it("gives the totals' errors", () => {
    assert.deepEqual(call("DELAYSCHEDULE", 10_000_000, 37043, null, null, null), {
      error: { code: "#VALUE!", message: "give a cure date or an as-of date (both blank: the payments never end)" },
    });
    assert.deepEqual(call("DELAYSCHEDULEDMV", column(37043), column(4), 0.5, 37043, null, 37043, null), {
      error: { code: "#VALUE!", message: "shares must be a whole number, got 0.5" },
    });
  });
});
