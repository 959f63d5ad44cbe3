/* eslint-disable no-loss-of-precision -- reference values are written to 17 digits, as computed */
import assert from "node:assert/strict";
import { call } from "./loadBundle";

// The valuation and scenario functions as Excel calls them, through the built bundle.
// Excel date serials are days since 1899-12-30: 2001-04-17 is 36998.

const column = (...cells: unknown[]) => cells.map((cell) => [cell]);
const terms = (...rows: [string, unknown][]) => rows;
const APR_17 = 36998;
const APR_17_2002 = APR_17 + 365;
const APR_17_2006 = APR_17 + 1826; // 5 × 365 + 2004-02-29

function number(outcome: ReturnType<typeof call>): number {
  assert.ok("value" in outcome && typeof outcome.value === "number", JSON.stringify(outcome));
  return outcome.value as number;
}

function table(outcome: ReturnType<typeof call>): unknown[][] {
  assert.ok("value" in outcome && Array.isArray(outcome.value), JSON.stringify(outcome));
  return outcome.value as unknown[][];
}

function near(actual: number, expected: number, tolerance: number): void {
  assert.ok(Math.abs(actual - expected) <= tolerance * Math.abs(expected), `${actual} is not ${expected}`);
}

const invalid = (message: string) => ({ error: { code: "#VALUE!", message } });

describe("bundle: BSCALL, BSPUT, BSGREEKS and WARRANTVALUE", () => {
  it("values Hull's option over one year (365 days)", () => {
    // S = 42, K = 40, r = 10%, σ = 20%, T = 1 (mpmath, 40 digits): d1 = 0.84395082084716001,
    // d2 = 0.64395082084716, N(d1) = 0.80065155619836534, N(d2) = 0.74019633746416982;
    // c = 42 × N(d1) − 40 e^(−0.1) × N(d2) = 6.8370716471012149; p = 1.0305683685395976
    near(number(call("BSCALL", 42, 40, APR_17, APR_17_2002, 0.2, 0.1, null, null)), 6.8370716471012149, 1e-14);
    near(number(call("BSPUT", 42, 40, APR_17, APR_17_2002, 0.2, 0.1)), 1.0305683685395976, 1e-13);
    // an expiry on the valuation date: max(S − K, 0)
    assert.deepEqual(call("BSCALL", 42, 40, APR_17, APR_17, 0.2, 0.1, null, null), { value: 2 });
  });

  it("spills the New Warrants' option's greeks in the desk's units", () => {
    // Strike 125% × 5.00 = 6.25, 5 years from 2001-04-17, σ 80%, r 5%, q 1% (mpmath):
    // c = 2.9713491179320488, delta 0.77148047002156831, gamma 0.028752280376215037,
    // vega per vol point 0.028768035050393787, theta per day −0.00064588186607515492,
    // rho per rate point 0.044326937039808153
    const rows = table(call("BSGREEKS", 5, 6.25, APR_17, APR_17_2006, 0.8, 0.05, 0.01, null));
    assert.deepEqual(
      rows.map((r) => r[0]),
      ["Value", "Delta", "Gamma", "Vega (per 1 vol point)", "Theta (per calendar day)", "Rho (per 1 rate point)"],
    );
    const expected = [
      2.9713491179320488, 0.77148047002156831, 0.028752280376215037, 0.028768035050393787, -0.00064588186607515492,
      0.044326937039808153,
    ];
    rows.forEach((r, i) => near(r[1] as number, expected[i], 1e-13));
    near(number(call("BSCALL", 5, 6.25, APR_17, APR_17_2006, 0.8, 0.05, 0.01)), expected[0], 1e-14);
  });

  it("WARRANTVALUE solves Hull's dilution formula, and is BSCALL without warrants", () => {
    // mpmath findroot: W = N/(N+M) c(S + M·W/N) with M = 1,600,000 and N = 21,862,772 → 2.9231075305954711
    near(
      number(call("WARRANTVALUE", 5, 6.25, APR_17, APR_17_2006, 0.8, 0.05, 1_600_000, 21_862_772, 0.01, null)),
      2.9231075305954711,
      1e-13,
    );
    assert.deepEqual(
      call("WARRANTVALUE", 5, 6.25, APR_17, APR_17_2006, 0.8, 0.05, 0, 21_862_772, 0.01),
      call("BSCALL", 5, 6.25, APR_17, APR_17_2006, 0.8, 0.05, 0.01),
    );
  });

  it("refuses bad input with a message naming it, never a number", () => {
    assert.deepEqual(
      call("BSCALL", 42, 40, APR_17, APR_17_2002, 0, 0.1),
      invalid("volatility must be greater than 0 and at most 10 (1,000%), got 0"),
    );
    assert.deepEqual(
      call("BSGREEKS", 42, 40, APR_17, APR_17_2002, 12, 0.1),
      invalid("volatility must be greater than 0 and at most 10 (1,000%), got 12"),
    );
    assert.deepEqual(
      call("BSPUT", 42, 40, APR_17, APR_17_2002, 0.2, -0.06),
      invalid("rate must be from -5% to 100% (-0.05 to 1), got -0.06"),
    );
    assert.deepEqual(
      call("WARRANTVALUE", 42, 40, APR_17, APR_17_2002, 0.2, 1.5, 1, 1),
      invalid("rate must be from -5% to 100% (-0.05 to 1), got 1.5"),
    );
    assert.deepEqual(
      call("BSCALL", 42, 40, APR_17_2002, APR_17, 0.2, 0.1),
      invalid("expiry date 2001-04-17 is before the valuation date 2002-04-17"),
    );
    assert.deepEqual(
      call("BSCALL", 42, 40, APR_17, APR_17_2002, "abc", 0.1),
      invalid('volatility must be a number, got text "abc"'),
    );
    assert.deepEqual(call("BSCALL", 42, 40, APR_17, APR_17_2002, null, 0.1), invalid("volatility is required"));
    assert.deepEqual(
      call("WARRANTVALUE", 42, 40, APR_17, APR_17_2002, 0.2, 0.1, -5, 1e6),
      invalid("warrants must not be negative, got -5"),
    );
  });
});

describe("bundle: CLOSINGBID", () => {
  // Seed 000, Exhibit A: Per Share Market Value is the closing bid. Nasdaq was closed from
  // September 11 to 14, 2001: 2001-09-10 is serial 37144, 2001-09-17 is 37151.
  const DATES = column(37144, 37151, 37152);
  const BIDS = column(4.85, 4.1, null);

  it("is the bid on the date, or on the last trading day before it", () => {
    assert.deepEqual(call("CLOSINGBID", DATES, BIDS, 37151), { value: 4.1 });
    for (const closed of [37145, 37148, 37149, 37150])
      // Sep 11 (Tue), 14 (Fri), 15 (Sat), 16 (Sun)
      assert.deepEqual(call("CLOSINGBID", DATES, BIDS, closed, null), { value: 4.85 }, String(closed));
  });

  it("gives #N/A naming a trading day without a bid, and #VALUE! for a date that is not one", () => {
    assert.deepEqual(call("CLOSINGBID", DATES, BIDS, 37152), {
      error: { code: "#N/A", message: "no closing bid for 2001-09-18" },
    });
    const text = call("CLOSINGBID", DATES, BIDS, "Sept 10");
    assert.ok(
      "error" in text && text.error.code === "#VALUE!" && /^date /.test(text.error.message),
      JSON.stringify(text),
    );
  });
});

describe("bundle: HISTVOL", () => {
  // 2001-04-10, 11, 12, 16, 17 (Apr 13 was Good Friday), bids 5, 5.5, 5, 5.5, 5:
  // changes ±ln(1.1); sample SD = 2 ln(1.1)/√3; × √252 = 1.7470644538126803 (mpmath)
  const DATES = column(36991, 36992, 36993, 36997, 36998);
  const BIDS = column(5, 5.5, 5, 5.5, 5);

  it("is the sample standard deviation of the daily log changes × √252", () => {
    near(number(call("HISTVOL", DATES, BIDS, APR_17, 4, null)), 1.7470644538126803, 1e-14);
  });

  it("gives #N/A naming a window day without a bid; #VALUE! for too few changes", () => {
    // 60 changes by default: the window reaches back past the data's first day
    const missing = call("HISTVOL", DATES, BIDS, APR_17, null, null);
    assert.ok(
      "error" in missing && missing.error.code === "#N/A" && /^no closing bid for 2001-01-/.test(missing.error.message),
    );
    assert.deepEqual(
      call("HISTVOL", DATES, BIDS, APR_17, 1, null),
      invalid("days must be a whole number of daily changes, 2 or more, got 1"),
    );
  });
});

describe("bundle: DILUTIONGRID", () => {
  it("spills a header and a row per level worked from seed 000 (Exhibit A)", () => {
    // $10,000,000 at an Initial Conversion Price of 6.00 (120% × 5.00), 21,862,772 shares
    // outstanding (seed 003); level 2.00: 101% × 2.00 = 2.02 → ⌊4,950,495.05⌋ = 4,950,495 shares,
    // 22.64% of the stock (≥ 20%: TRUE), 18.46% of the enlarged stock; floor 2.50: 4,000,000
    // shares and (10,000,000 ÷ 2.02 − 4,000,000) × 2.00 = 1,900,990.099 → 1,900,990.10 cash
    const rows = table(call("DILUTIONGRID", 10_000_000, 6, 21_862_772, column(7.5, null, 2), 2.5, null));
    assert.deepEqual(rows[0], [
      "Price level",
      "Conversion Price",
      "Shares issued",
      "Shares ÷ outstanding",
      "Shares ÷ (outstanding + shares)",
      "Reaches approval threshold",
      "Floor Price shares",
      "Floor cash",
    ]);
    assert.equal(rows.length, 3); // the blank level is skipped
    assert.deepEqual(rows[1].slice(0, 3).concat(rows[1].slice(5)), [7.5, 6, 1666666, false, 1666666, 0]);
    assert.deepEqual(rows[2].slice(0, 3).concat(rows[2].slice(5)), [2, 2.02, 4950495, true, 4000000, 1900990.1]);
    near(rows[2][3] as number, 4950495 / 21862772, 1e-15);
    near(rows[2][4] as number, 4950495 / (21862772 + 4950495), 1e-15);
    // without a Floor Price: six columns
    assert.equal(
      table(call("DILUTIONGRID", 10_000_000, 6, 21_862_772, [[5, 2.5]])).every((r) => r.length === 6),
      true,
    );
  });

  it("refuses a level that is not a price, and no level at all", () => {
    assert.deepEqual(
      call("DILUTIONGRID", 10_000_000, 6, 21_862_772, column(5, "two")),
      invalid('price_levels row 2: a price level must be a number greater than zero, got text "two"'),
    );
    assert.deepEqual(
      call("DILUTIONGRID", 10_000_000, 6, 21_862_772, column(null, 0)),
      invalid("price_levels has no price level: give one or more prices"),
    );
  });
});

describe("bundle: PRICEPATH", () => {
  // 2001-04-09 … 04-17 (no Apr 13, Good Friday); the Initial Conversion Price on Apr 17 is
  // 120% × 5.00 = 6.00
  const DATES = column(36990, 36991, 36992, 36993, 36997, 36998);
  const BIDS = column(5, 5.1, 4.9, 5.2, 4.8, 5);

  it("spills the history, then the path to last × (1 + change)", () => {
    // to Friday 2001-04-20 (37001): Apr 18, 19, 20, n = 3, −10%: 5 × 0.9^(1/3), 5 × 0.9^(2/3), 4.5
    const rows = table(call("PRICEPATH", DATES, BIDS, APR_17, 37001, -0.1, null));
    assert.deepEqual(
      rows.map((r) => r[0]),
      [36990, 36991, 36992, 36993, 36997, 36998, 36999, 37000, 37001],
    );
    near(rows[6][1] as number, 4.8274469230281488, 1e-15);
    near(rows[7][1] as number, 4.6608487589307884, 1e-15);
    assert.equal(rows[8][1], 4.5);
    const cents = table(call("PRICEPATH", DATES, BIDS, APR_17, 37001, -0.1, terms(["PRICE_PATH_ROUND_CENTS", true])));
    assert.deepEqual(
      cents.slice(6).map((r) => r[1]),
      [4.83, 4.66, 4.5],
    );
  });

  it("is accepted by CONVPRICE: a flat path at 2.50 resets the price to 101% × 2.50", () => {
    // −50% at once (to Apr 18), then flat: PRICEPATH of the path from Apr 18 with change 0
    // to 2001-08-15 (37118). Converting on 2001-08-16 (37119), 121 days after issue: all 30
    // window bids are 2.50 → 1.01 × 2.50 = 2.525 < 6.00
    const drop = table(call("PRICEPATH", DATES, BIDS, APR_17, 36999, -0.5));
    const flat = table(
      call(
        "PRICEPATH",
        drop.map((r) => [r[0]]),
        drop.map((r) => [r[1]]),
        36999,
        37118,
        0,
      ),
    );
    const price = call(
      "CONVPRICE",
      flat.map((r) => [r[0]]),
      flat.map((r) => [r[1]]),
      APR_17,
      37119,
      null,
    );
    assert.deepEqual(price, { value: 2.525 });
  });

  it("reads and writes the dates of a 1904 workbook", () => {
    // DATE_SYSTEM 1904: every serial 1,462 lower, in and out; the bids are the same
    const in1904 = (cells: unknown[][]) => cells.map(([d]) => [(d as number) - 1462]);
    const rows = table(
      call("PRICEPATH", in1904(DATES), BIDS, APR_17 - 1462, 37001 - 1462, -0.1, terms(["DATE_SYSTEM", 1904])),
    );
    const rows1900 = table(call("PRICEPATH", DATES, BIDS, APR_17, 37001, -0.1, null));
    assert.deepEqual(
      rows,
      rows1900.map(([d, bid]) => [(d as number) - 1462, bid]),
    );
  });

  it("refuses dates out of order, a fall of 100% or more, and no history to start from", () => {
    assert.deepEqual(
      call("PRICEPATH", DATES, BIDS, 37001, APR_17, -0.1),
      invalid("to date 2001-04-17 is before the from date 2001-04-20"),
    );
    assert.deepEqual(
      call("PRICEPATH", DATES, BIDS, APR_17, 37001, -1),
      invalid("change must be greater than -100% (-1), got -1"),
    );
    assert.deepEqual(call("PRICEPATH", DATES, BIDS, 36985, 37001, 0), {
      error: { code: "#N/A", message: "no trading day with a closing bid on or before 2001-04-04" },
    });
  });
});
