import assert from "node:assert/strict";
import { call } from "./loadBundle";

// The seed 000 New Debentures functions as Excel calls them, through the built bundle.
// Excel date serials are days since 1899-12-30: 2001-04-17 is 36998.

const column = (...cells: unknown[]) => cells.map((cell) => [cell]);
const ISSUE = 36998; // 2001-04-17
// The 5 trading days before it (Apr 13 was Good Friday): 2001-04-09 … 04-12, 04-16.
// 5.00 + 5.10 + 4.90 + 5.20 + 4.80 = 25.00 → average 5.00 → Initial Conversion Price 6.00.
const DATES = column(36990, 36991, 36992, 36993, 36997);
const BIDS = column(5, 5.1, 4.9, 5.2, 4.8);
// 2001-09-24 … 09-28 (serials 37158 … 37162), the 5 trading days before Monday 2001-10-01 (37165):
// 4.10 + 4.20 + 4.30 + 4.25 + 4.15 = 21.00 → average 4.20.
const SEPT_DATES = column(37158, 37159, 37160, 37161, 37162);
const SEPT_BIDS = column(4.1, 4.2, 4.3, 4.25, 4.15);
const terms = (...rows: [string, unknown][]) => rows;

describe("bundle: New Debentures (seed 000, Exhibit A)", () => {
  it("INITCONVPRICE is 120% of the 5-day average", () => {
    assert.deepEqual(call("INITCONVPRICE", DATES, BIDS, ISSUE, null), { value: 6 });
    // as a row range: same
    assert.deepEqual(call("INITCONVPRICE", [[36990, 36991, 36992, 36993, 36997]], [[5, 5.1, 4.9, 5.2, 4.8]], ISSUE), {
      value: 6,
    });
  });

  it("CONVSHARES rounds down by default, up on request", () => {
    // 5,000,000 / 6 = 833,333.33
    assert.deepEqual(call("CONVSHARES", 5_000_000, 6, null), { value: 833333 });
    assert.deepEqual(call("CONVSHARES", 5_000_000, 6, terms(["SHARE_ROUNDING", "UP"])), { value: 833334 });
  });

  it("FLOORSHARES and FLOORCASH split a conversion below the floor", () => {
    // 5,000,000 / 5.00 = 1,000,000 shares; (1,250,000 − 1,000,000) × 4.20 = 1,050,000.00
    assert.deepEqual(call("FLOORSHARES", 5_000_000, 4, 5, null), { value: 1_000_000 });
    assert.deepEqual(call("FLOORCASH", SEPT_DATES, SEPT_BIDS, 5_000_000, 4, 5, 37165, null), { value: 1_050_000 });
    // floor not above the Conversion Price: no cash, no prices needed
    assert.deepEqual(call("FLOORCASH", SEPT_DATES, SEPT_BIDS, 5_000_000, 5, 4, 40000, null), { value: 0 });
  });

  it("ACCRUEDINT accrues 5% actual/360 to the cent; REDEMPTION adds 106% of principal", () => {
    // 2001-04-17 → 2001-07-17 (37089): 91 days; 5,000,000 × 0.05 × 91/360 = 63,194.444 → 63,194.44
    assert.deepEqual(call("ACCRUEDINT", 5_000_000, ISSUE, 37089, null), { value: 63194.44 });
    // 30/360: 90 days → 62,500
    assert.deepEqual(call("ACCRUEDINT", 5_000_000, ISSUE, 37089, terms(["INTEREST_DAY_COUNT", "30/360"])), {
      value: 62500,
    });
    // 5,300,000 + 63,194.444 = 5,363,194.44
    assert.deepEqual(call("REDEMPTION", 5_000_000, ISSUE, 37089, null), { value: 5363194.44 });
  });

  it("30/360 is SIFMA's 30/360 US: the last of February to itself accrues nothing; DAYS360_EXCEL is Excel's", () => {
    const FEB28 = 36950; // 2001-02-28: 36998 (2001-04-17) − 17 (April) − 31 (March)
    // 30/360 US: both dates the last of February → D1 = D2 = 30: 0 days → 0; REDEMPTION 106% × 1,000,000
    assert.deepEqual(call("ACCRUEDINT", 1_000_000, FEB28, FEB28, terms(["INTEREST_DAY_COUNT", "30/360"])), {
      value: 0,
    });
    assert.deepEqual(call("REDEMPTION", 1_000_000, FEB28, FEB28, terms(["INTEREST_DAY_COUNT", "30/360"])), {
      value: 1_060_000,
    });
    // Excel: DAYS360(Feb 28, Feb 28) = −2 → 1,000,000 × 5% × −2 / 360 = −277.78; 1,060,000 − 277.78
    assert.deepEqual(call("ACCRUEDINT", 1_000_000, FEB28, FEB28, terms(["INTEREST_DAY_COUNT", "DAYS360_EXCEL"])), {
      value: -277.78,
    });
    assert.deepEqual(call("REDEMPTION", 1_000_000, FEB28, FEB28, terms(["INTEREST_DAY_COUNT", "DAYS360_EXCEL"])), {
      value: 1_059_722.22,
    });
  });

  it("MATURITY and SECONDCLOSING follow EDATE", () => {
    // 2001-05-15 (37026) + 5 years = 2006-05-15: 5 × 365 + 1 (2004-02-29) = 1826 days → 38852
    assert.deepEqual(call("MATURITY", 37026, null), { value: 38852 });
    // 2000-02-29 (36585) → 2005-02-28: 5 × 365 + 1 (2004-02-29) − 1 = 1825 days → 38411
    assert.deepEqual(call("MATURITY", 36585, null), { value: 38411 });
    // 2001-05-15 + 6 months = 2001-11-15: 16 + 30 + 31 + 31 + 30 + 31 + 15 = 184 → 37210
    assert.deepEqual(call("SECONDCLOSING", 37026, null), { value: 37210 });
  });

  it("rejects bad input with a message", () => {
    const value = (message: string) => ({ error: { code: "#VALUE!", message } });
    assert.deepEqual(call("CONVSHARES", -5, 6, null), value("principal must not be negative, got -5"));
    assert.deepEqual(call("CONVSHARES", 5, 0, null), value("conversion price must be greater than zero, got 0"));
    assert.deepEqual(call("FLOORSHARES", 5, 4, "five", null), value('floor_price must be a number, got text "five"'));
    assert.deepEqual(
      call("ACCRUEDINT", 100, 37089, ISSUE, null),
      value("to date 2001-04-17 is before the from date 2001-07-17"),
    );
    assert.deepEqual(call("MATURITY", null, null), value("issue_date is required"));
    const badTerm = call("ACCRUEDINT", 100, ISSUE, 37089, terms(["INTEREST_DAY_COUNT", "ACT/ACT"]));
    assert.ok("error" in badTerm && badTerm.error.code === "#VALUE!" && badTerm.error.message.includes("ACT/ACT"));
    // a missing bid is #N/A naming the day: issued 2001-04-18, the window needs 2001-04-17
    assert.deepEqual(call("INITCONVPRICE", DATES, BIDS, ISSUE + 1, null), {
      error: { code: "#N/A", message: "no closing bid for 2001-04-17" },
    });
  });
});

describe("bundle: CONVPRICEAUDIT", () => {
  it("spills a 4-column table before the reset date", () => {
    // Conversion 2001-05-17 (36998 + 30) is before 2001-07-16 (issue + 90).
    const out = call("CONVPRICEAUDIT", DATES, BIDS, ISSUE, ISSUE + 30, null);
    assert.ok("value" in out);
    assert.deepEqual(out.value, [
      ["Item", "Date", "USD per share", "Averaged"],
      ["Initial window bid", 36990, 5, true],
      ["Initial window bid", 36991, 5.1, true],
      ["Initial window bid", 36992, 4.9, true],
      ["Initial window bid", 36993, 5.2, true],
      ["Initial window bid", 36997, 4.8, true],
      ["Initial average", "", 5, ""],
      ["Initial Conversion Price (120%)", "", 6, ""],
      ["Average of 10 lowest", "", "", "applies from 2001-07-16"],
      ["Subsequent Conversion Price (101%)", "", "", "applies from 2001-07-16"],
      ["Conversion Price", "", 6, ""],
    ]);
  });

  it("marks exactly the ten lowest of the 30-day window, ties to the earlier date", () => {
    // The 30 trading days before Monday 2001-10-01: 2001-08-13 (serial 37116) … 2001-09-28,
    // skipping weekends, Labor Day (Sep 3) and Sep 11–14. Offsets from 2001-08-13:
    const offsets = [
      0, 1, 2, 3, 4, 7, 8, 9, 10, 11, 14, 15, 16, 17, 18, 22, 23, 24, 25, 28, 35, 36, 37, 38, 39, 42, 43, 44, 45, 46,
    ];
    const serials = offsets.map((o) => 37116 + o);
    // Lows (by offset): 1 (Aug 14) 3.5, 7 (Aug 20) 3.8, 9 (Aug 22) 3.0, 16 (Aug 29) 3.6,
    // 22 (Sep 4) 3.1, 28 (Sep 10) 3.8, 35 (Sep 17) 3.2, 36 (Sep 18) 3.3, 39 (Sep 21) 3.4,
    // 43 (Sep 25) 3.7, 46 (Sep 28) 3.8 — the 3.80 on Sep 28 is the 11th and is not averaged.
    const lows: Record<number, number> = {
      1: 3.5,
      7: 3.8,
      9: 3.0,
      16: 3.6,
      22: 3.1,
      28: 3.8,
      35: 3.2,
      36: 3.3,
      39: 3.4,
      43: 3.7,
      46: 3.8,
    };
    const bids = offsets.map((o) => lows[o] ?? 5);
    const dates = column(...[36990, 36991, 36992, 36993, 36997], ...serials);
    const prices = column(...[5, 5.1, 4.9, 5.2, 4.8], ...bids);
    const out = call("CONVPRICEAUDIT", dates, prices, ISSUE, 37165, null);
    assert.ok("value" in out);
    const table = out.value as unknown[][];
    assert.equal(table.length, 1 + 5 + 30 + 5);
    assert.ok(table.every((row) => row.length === 4));
    const reset = table.slice(6, 36);
    assert.deepEqual(
      reset.map((r) => r[1]),
      serials,
    );
    assert.deepEqual(
      reset.map((r) => r[2]),
      bids,
    );
    assert.deepEqual(
      reset.filter((r) => r[3] === true).map((r) => (r[1] as number) - 37116),
      [1, 7, 9, 16, 22, 28, 35, 36, 39, 43],
    );
    // (3.0 + 3.1 + … + 3.7 + 3.8 + 3.8) / 10 = 34.4 / 10 = 3.44; × 1.01 = 3.4744 < 6
    assert.deepEqual(table.slice(36), [
      ["Initial average", "", 5, ""],
      ["Initial Conversion Price (120%)", "", 6, ""],
      ["Average of 10 lowest", "", 3.44, ""],
      ["Subsequent Conversion Price (101%)", "", 3.4744, ""],
      ["Conversion Price", "", 3.4744, ""],
    ]);
    // and CONVPRICE agrees
    assert.deepEqual(call("CONVPRICE", dates, prices, ISSUE, 37165, null), { value: 3.4744 });
  });
});
