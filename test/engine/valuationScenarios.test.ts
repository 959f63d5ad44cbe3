/* eslint-disable no-loss-of-precision -- reference values are written to 17 digits, as computed */
import assert from "node:assert/strict";
import { Decimal } from "../../src/engine/decimal";
import { PriceSeries } from "../../src/engine/series/priceSeries";
import { conversionPrice } from "../../src/engine/debentures/conversionPrice";
import { Terms } from "../../src/engine/terms/terms";
import { Day, isoDate } from "../../src/engine/time/civilDate";
import { addTradingDays } from "../../src/engine/time/nasdaqCalendar";
import { dilutionGrid, subsequentPriceOfHeldBid } from "../../src/engine/valuation/dilutionGrid";
import { historicalVolatility, volatilityWindow } from "../../src/engine/valuation/historicalVolatility";
import { pricePath } from "../../src/engine/valuation/pricePath";
import { day, seriesOf, termsError } from "../helpers/prices";

const D = (x: number | string) => new Decimal(x);

function near(actual: number, expected: number, tolerance: number, what = "value"): void {
  const scale = expected === 0 ? 1 : Math.abs(expected);
  assert.ok(Math.abs(actual - expected) <= tolerance * scale, `${what}: ${actual} is not ${expected}`);
}

/** Bids on consecutive trading days from `start` on: bids[i] on the i-th. */
function consecutive(start: string, bids: readonly number[]): PriceSeries {
  return PriceSeries.fromRows(bids.map((bid, i) => ({ date: addTradingDays(day(start), i), bid })));
}

describe("historicalVolatility (HISTVOL)", () => {
  // The 4 trading days before Tuesday 2001-04-17 are Apr 10, 11, 12 and 16 (Apr 13 was
  // Good Friday): with Apr 17 itself, 5 bids and 4 daily changes.
  const ZIGZAG = seriesOf({
    "2001-04-10": 5,
    "2001-04-11": 5.5,
    "2001-04-12": 5,
    "2001-04-16": 5.5,
    "2001-04-17": 5,
  });

  it("uses the days + 1 consecutive trading days ending on the end date", () => {
    assert.deepEqual(volatilityWindow(day("2001-04-17"), 4).map(isoDate), [
      "2001-04-10",
      "2001-04-11",
      "2001-04-12",
      "2001-04-16",
      "2001-04-17",
    ]);
    // a Saturday ends on the last trading day before it (Friday Apr 13 was Good Friday)
    assert.equal(isoDate(volatilityWindow(day("2001-04-14"), 2).pop()!), "2001-04-12");
  });

  it("is the sample standard deviation of the log changes × √252, by hand", () => {
    // Changes ln(1.1), ln(1/1.1), ln(1.1), ln(1/1.1) = ±0.09531017980432486; mean 0;
    // sum of squares 4 × 0.0090839 = 0.036336121497330938; ÷ (4 − 1), × 252, √ =
    // 1.7470644538126803 (mpmath, 40 digits)
    near(historicalVolatility(ZIGZAG, day("2001-04-17"), 4), 1.7470644538126803, 1e-14);
    // 100, 110, 99, 108.9: changes 0.09531017980432486, −0.1053605156578263, 0.09531017980432491;
    // mean 0.028419947983607824; sum of squares 0.026845818678175617; ÷ 2, × 252, √ = 1.8391773034294784
    const uneven = consecutive("2001-04-11", [100, 110, 99, 108.9]);
    near(historicalVolatility(uneven, day("2001-04-17"), 3), 1.8391773034294784, 1e-14);
  });

  it("takes 60 daily changes by default", () => {
    // 61 bids alternating 5 and 5.5: 60 changes ±ln(1.1) with mean 0, so the sample
    // variance is 60 ln(1.1)² / 59, and the volatility ln(1.1) × √(60 × 252 / 59)
    const bids = Array.from({ length: 61 }, (_, i) => (i % 2 === 0 ? 5 : 5.5));
    const series = consecutive("2001-01-02", bids);
    const end = addTradingDays(day("2001-01-02"), 60);
    near(historicalVolatility(series, end), Math.log(1.1) * Math.sqrt((60 * 252) / 59), 1e-14);
  });

  it("gives 0 for a series growing by a constant log step, and for a flat one", () => {
    const growing = consecutive(
      "2001-01-02",
      Array.from({ length: 61 }, (_, i) => 10 * Math.pow(1.01, i)),
    );
    const vol = historicalVolatility(growing, addTradingDays(day("2001-01-02"), 60));
    assert.ok(vol >= 0 && vol < 1e-12, String(vol));
    const flat = consecutive(
      "2001-01-02",
      Array.from({ length: 11 }, () => 4.25),
    );
    assert.equal(historicalVolatility(flat, addTradingDays(day("2001-01-02"), 10), 10), 0);
  });

  it("names the first window day without a bid, and refuses fewer than 2 changes", () => {
    assert.throws(
      () => historicalVolatility(ZIGZAG, day("2001-04-17"), 5),
      termsError("missing", "no closing bid for 2001-04-09"),
    );
    assert.throws(
      () => historicalVolatility(ZIGZAG, day("2001-04-18"), 4),
      termsError("missing", "no closing bid for 2001-04-18"),
    );
    assert.throws(
      () => historicalVolatility(ZIGZAG, day("2001-04-17"), 1),
      termsError("invalid", "days must be a whole number of daily changes, 2 or more, got 1"),
    );
    assert.throws(() => historicalVolatility(ZIGZAG, day("2001-04-17"), 2.5), termsError("invalid", "got 2.5"));
  });
});

describe("pricePath (PRICEPATH)", () => {
  const HISTORY = seriesOf({
    "2001-04-09": 5,
    "2001-04-10": 5.1,
    "2001-04-11": 4.9,
    "2001-04-12": 5.2,
    "2001-04-16": 4.8,
    "2001-04-17": 5,
    "2001-04-18": 5.3, // after from_date: replaced by the scenario
  });
  const show = (path: { date: Day; bid: number }[]) => path.map((p) => [isoDate(p.date), p.bid]);

  it("keeps the history up to from_date, then moves geometrically to last × (1 + change)", () => {
    // from Tuesday Apr 17 (bid 5) to Friday Apr 20: n = 3 trading days, −10%:
    // 5 × 0.9^(1/3) = 4.8274469230281488, 5 × 0.9^(2/3) = 4.6608487589307884, 5 × 0.9 = 4.5
    const path = pricePath(HISTORY, day("2001-04-17"), day("2001-04-20"), -0.1);
    assert.deepEqual(show(path).slice(0, 6), [
      ["2001-04-09", 5],
      ["2001-04-10", 5.1],
      ["2001-04-11", 4.9],
      ["2001-04-12", 5.2],
      ["2001-04-16", 4.8],
      ["2001-04-17", 5],
    ]);
    assert.deepEqual(
      show(path)
        .slice(6)
        .map(([iso]) => iso),
      ["2001-04-18", "2001-04-19", "2001-04-20"],
    );
    near(path[6].bid, 4.8274469230281488, 1e-15);
    near(path[7].bid, 4.6608487589307884, 1e-15);
    assert.equal(path[8].bid, 4.5); // exact at to_date
  });

  it("starts from the last bid on or before a from_date Nasdaq was closed", () => {
    // Saturday Apr 14: the last bid is Thursday Apr 12's 5.20; then Apr 16 and 17, n = 2, +44%:
    // 5.2 × 1.2 = 6.24, 5.2 × 1.44 = 7.488
    const path = pricePath(HISTORY, day("2001-04-14"), day("2001-04-17"), 0.44);
    assert.deepEqual(
      show(path).map(([iso]) => iso),
      ["2001-04-09", "2001-04-10", "2001-04-11", "2001-04-12", "2001-04-16", "2001-04-17"],
    );
    near(path[4].bid, 6.24, 1e-15);
    assert.equal(path[5].bid, 5.2 * 1.44);
    // to_date = from_date: the history alone
    assert.equal(pricePath(HISTORY, day("2001-04-12"), day("2001-04-12"), -0.5).length, 4);
  });

  it("rounds the scenario's bids to the cent with PRICE_PATH_ROUND_CENTS", () => {
    const cents = Terms.fromPairs([["PRICE_PATH_ROUND_CENTS", true]]);
    const path = pricePath(HISTORY, day("2001-04-17"), day("2001-04-20"), -0.1, cents);
    // 4.8274… → 4.83, 4.6608… → 4.66, 4.5; the history stays as given
    assert.deepEqual(
      path.slice(4).map((p) => p.bid),
      [4.8, 5, 4.83, 4.66, 4.5],
    );
    assert.throws(
      () => pricePath(seriesOf({ "2001-04-17": 0.004 }), day("2001-04-17"), day("2001-04-18"), 0, cents),
      termsError("range", "the scenario bid for 2001-04-18 rounds to $0.00"),
    );
  });

  it("is a history CONVPRICE accepts", () => {
    // Issue Apr 17: 5 bids before it average 5.00 → Initial Conversion Price 6.00. The path
    // falls 50% over the n trading days to 2001-08-15; converting on Aug 16 the 10 lowest of
    // the 30 bids before it are the path's last 10: 5 × 0.5^(i/n), i = n − 9 … n.
    const path = pricePath(HISTORY, day("2001-04-17"), day("2001-08-15"), -0.5);
    const series = PriceSeries.fromRows(path);
    const n = path.length - 6;
    let sum = 0;
    for (let i = n - 9; i <= n; i++) sum += 5 * Math.pow(0.5, i / n);
    const price = conversionPrice(series, day("2001-04-17"), day("2001-08-16")).toNumber();
    near(price, Math.min(6, (1.01 * sum) / 10), 1e-14);
    assert.ok(price < 2.7 && price > 2.525, String(price)); // above 101% × 2.50, below 101% × the 10th lowest (2.69)
  });

  it("adds at most 2,520 trading days (about 10 years)", () => {
    // 2,520 trading days after 2001-04-17 land on a day in 2011; one more is refused
    const last = addTradingDays(day("2001-04-17"), 2520);
    assert.equal(pricePath(HISTORY, day("2001-04-17"), last, -0.5).length, 6 + 2520);
    assert.throws(
      () => pricePath(HISTORY, day("2001-04-17"), addTradingDays(last, 1), -0.5),
      termsError("range", "the scenario would add 2521 trading days after from_date, more than 2520"),
    );
  });

  it("refuses dates out of order, a fall of 100% and a history with no bid to start from", () => {
    assert.throws(
      () => pricePath(HISTORY, day("2001-04-17"), day("2001-04-16"), 0),
      termsError("invalid", "to date 2001-04-16 is before the from date 2001-04-17"),
    );
    assert.throws(
      () => pricePath(HISTORY, day("2001-04-17"), day("2001-04-20"), -1),
      termsError("invalid", "change must be greater than -100% (-1), got -1"),
    );
    assert.throws(
      () => pricePath(HISTORY, day("2001-04-06"), day("2001-04-20"), 0),
      termsError("missing", "no trading day with a closing bid on or before 2001-04-06"),
    );
  });
});

describe("dilutionGrid (DILUTIONGRID)", () => {
  // Seed 000, Exhibit A: $10,000,000 converted; Initial Conversion Price 120% × 5.00 = 6.00;
  // the reset at 101% of the bid held at the level; seed 003: 21,862,772 shares outstanding,
  // so 20% is 4,372,554.4 shares.
  const PRINCIPAL = D(10_000_000);
  const OUTSTANDING = D(21_862_772);
  const grid = (levels: number[], floor?: Decimal, terms?: Terms) =>
    dilutionGrid(PRINCIPAL, D(6), OUTSTANDING, levels, floor, terms).map((r) => [
      r.level.toString(),
      r.conversionPrice.toString(),
      r.shares.toString(),
      r.reachesApproval,
      ...(r.floor ? [r.floor.shares.toString(), r.floor.cash.toString()] : []),
    ]);

  it("works a row per level from seed 000's terms", () => {
    // level | lesser of 6.00 and 1.01 × level | ⌊10,000,000 ÷ price⌋ | ≥ 4,372,554.4
    assert.deepEqual(grid([7.5, 5, 2.5, 2, 1]), [
      ["7.5", "6", "1666666", false], // 7.575 > 6.00; 1,666,666.67
      ["5", "5.05", "1980198", false], // 1,980,198.02
      ["2.5", "2.525", "3960396", false], // 3,960,396.04
      ["2", "2.02", "4950495", true], // 4,950,495.05
      ["1", "1.01", "9900990", true], // 9,900,990.10
    ]);
  });

  it("gives each row's share of the stock before and after the issue", () => {
    const [row] = dilutionGrid(PRINCIPAL, D(6), OUTSTANDING, [2]);
    // 4,950,495 ÷ 21,862,772 = 22.64%; 4,950,495 ÷ 26,813,267 = 18.46% (one double division each)
    assert.equal(row.ofOutstanding, 4_950_495 / 21_862_772);
    assert.equal(row.ofEnlarged, 4_950_495 / (21_862_772 + 4_950_495));
    assert.equal(row.ofOutstanding.toFixed(4), "0.2264");
    assert.equal(row.ofEnlarged.toFixed(4), "0.1846");
  });

  it("settles at a Floor Price with the 5-day average bid at the level", () => {
    // Floor 2.00. Level 1.00: price 1.01 < 2.00 → 10,000,000 ÷ 2 = 5,000,000 shares; cash
    // (10,000,000 ÷ 1.01 − 5,000,000) × 1.00 = 4,900,990.099 → 4,900,990.10.
    // Level 1.50: price 1.515 → cash (6,600,660.066 − 5,000,000) × 1.50 = 2,400,990.099 → 2,400,990.10.
    // Level 2.50: price 2.525 is above the floor → its own shares, no cash.
    assert.deepEqual(grid([1, 1.5, 2.5], D(2)), [
      ["1", "1.01", "9900990", true, "5000000", "4900990.1"],
      ["1.5", "1.515", "6600660", true, "5000000", "2400990.1"],
      ["2.5", "2.525", "3960396", false, "3960396", "0"],
    ]);
  });

  it("follows the terms: CONV_RESET_PCT, SHARE_ROUNDING and NASDAQ_APPROVAL_PCT", () => {
    const terms = Terms.fromPairs([
      ["CONV_RESET_PCT", "95%"],
      ["SHARE_ROUNDING", "UP"],
      ["NASDAQ_APPROVAL_PCT", "30%"],
    ]);
    // 0.95 × 4 = 3.80 → 2,631,578.95 → 2,631,579 (up); 0.95 × 1.5 = 1.425 → 7,017,543.86 → 7,017,544,
    // which is ≥ 30% × 21,862,772 = 6,558,831.6
    assert.deepEqual(grid([4, 1.5], undefined, terms), [
      ["4", "3.8", "2631579", false],
      ["1.5", "1.425", "7017544", true],
    ]);
  });

  it("gives the Conversion Price the engine gives on bids held at each level", () => {
    // The grid scales the Subsequent Conversion Price of bids held at $1.00; the engine's own
    // working on bids held at the level must agree exactly, for any level and terms.
    const termSets = [
      Terms.defaults,
      Terms.fromPairs([
        ["CONV_RESET_PCT", "97.5%"],
        ["CONV_RESET_LOWEST", 3],
        ["CONV_RESET_WINDOW", 7],
      ]),
      Terms.fromPairs([["CONV_RESET_PCT", 1.0137]]),
    ];
    let seed = 17;
    const next = () => (seed = (seed * 48271) % 2147483647) / 2147483647;
    for (const terms of termSets) {
      const levels = Array.from(
        { length: 40 },
        (_, i) => Number((next() * 10 ** (i % 4)).toFixed(1 + (i % 6))) || 0.01,
      );
      const rows = dilutionGrid(PRINCIPAL, D(1e6), OUTSTANDING, levels, undefined, terms);
      rows.forEach((row, i) => {
        const held = subsequentPriceOfHeldBid(levels[i], terms);
        assert.ok(row.conversionPrice.eq(held), `${levels[i]}: ${row.conversionPrice} vs ${held}`);
      });
    }
  });

  it("refuses bad arguments, naming them", () => {
    const bad = (f: () => unknown, message: string) => assert.throws(f, termsError("invalid", message));
    bad(() => dilutionGrid(D(-1), D(6), OUTSTANDING, [1]), "principal must not be negative, got -1");
    bad(
      () => dilutionGrid(PRINCIPAL, D(0), OUTSTANDING, [1]),
      "initial_conversion_price must be greater than zero, got 0",
    );
    bad(() => dilutionGrid(PRINCIPAL, D(6), D(10.5), [1]), "outstanding must be a whole number, got 10.5");
    bad(() => dilutionGrid(PRINCIPAL, D(6), D(0), [1]), "outstanding must be greater than zero, got 0");
    bad(
      () => dilutionGrid(PRINCIPAL, D(6), OUTSTANDING, [1, -2]),
      "price_levels row 2: a price level must be a number greater than zero, got -2",
    );
    bad(() => dilutionGrid(PRINCIPAL, D(6), OUTSTANDING, [1], D(0)), "floor_price must be greater than zero, got 0");
  });
});
