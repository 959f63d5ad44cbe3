import assert from "node:assert/strict";
import { Decimal } from "../../src/engine/decimal";
import { PriceSeries } from "../../src/engine/series/priceSeries";
import { newWarrantExercisePrice, newWarrantExpiry, newWarrantShares } from "../../src/engine/warrants/newWarrants";
import { Terms } from "../../src/engine/terms/terms";
import { isoDate } from "../../src/engine/time/civilDate";
import { termsError, day as d } from "../helpers/prices";

// The 5 trading days before Tuesday 2001-04-17 are Apr 9–12 and Apr 16 (Apr 13 was Good
// Friday). Bids 5.00 + 5.10 + 4.90 + 5.20 + 4.80 = 25.00; average 5.00; Initial
// Conversion Price 1.2 × 5.00 = 6.00.
const APRIL = PriceSeries.fromRows(
  [
    ["2001-04-09", 5.0],
    ["2001-04-10", 5.1],
    ["2001-04-11", 4.9],
    ["2001-04-12", 5.2],
    ["2001-04-16", 4.8],
  ].map(([iso, bid]) => ({ date: d(iso as string), bid: bid as number })),
);
const ISSUE = d("2001-04-17");

describe("newWarrantShares (WARRANTSHARES)", () => {
  it("covers 20% of the shares initially issuable, rounded down once", () => {
    // 0.2 × 5,000,000 / 6.00 = 166,666.67 → 166,666
    assert.equal(newWarrantShares(APRIL, new Decimal(5_000_000), ISSUE).toString(), "166666");
  });

  it("rounds up with SHARE_ROUNDING UP and keeps the fraction with NONE", () => {
    assert.equal(
      newWarrantShares(APRIL, new Decimal(5_000_000), ISSUE, Terms.fromPairs([["SHARE_ROUNDING", "UP"]])).toString(),
      "166667",
    );
    const exact = newWarrantShares(APRIL, new Decimal(5_000_000), ISSUE, Terms.fromPairs([["SHARE_ROUNDING", "NONE"]]));
    assert.ok(exact.eq(new Decimal(1_000_000).dividedBy(6)));
  });

  it("gives no warrant share below one whole share (DOWN)", () => {
    // Rounding once or rounding the issuable shares first agree at 20% (x ≥ 5k ⇔ ⌊x⌋ ≥ 5k).
    // 0.2 × 30 / 6.00 = 1 share; 0.2 × 29 / 6.00 = 0.9667 → 0
    assert.equal(newWarrantShares(APRIL, new Decimal(30), ISSUE).toString(), "1");
    assert.equal(newWarrantShares(APRIL, new Decimal(29), ISSUE).toString(), "0");
  });

  it("follows WARRANT_COVERAGE", () => {
    // 0.25 × 6,000,000 / 6.00 = 250,000
    assert.equal(
      newWarrantShares(APRIL, new Decimal(6_000_000), ISSUE, Terms.fromPairs([["WARRANT_COVERAGE", "25%"]])).toString(),
      "250000",
    );
  });

  it("rejects a negative principal and names a missing bid", () => {
    assert.throws(() => newWarrantShares(APRIL, new Decimal(-1), ISSUE), termsError("invalid", "principal", "-1"));
    assert.throws(() => newWarrantShares(APRIL, new Decimal(1), d("2001-04-18")), termsError("missing", "2001-04-17"));
  });
});

describe("newWarrantExercisePrice (WARRANTPRICE)", () => {
  it("is 125% of the 5-day average before issuance, unrounded", () => {
    // 1.25 × 5.00 = 6.25
    assert.equal(newWarrantExercisePrice(APRIL, ISSUE).toString(), "6.25");
  });

  it("keeps an unrounded price", () => {
    // Window Apr 10, 11, 12, 16, 17 with Apr 17 = 5.03: 5.10 + 4.90 + 5.20 + 4.80 + 5.03 = 25.03;
    // average 5.006; × 1.25 = 6.2575
    const series = PriceSeries.fromRows([
      { date: d("2001-04-10"), bid: 5.1 },
      { date: d("2001-04-11"), bid: 4.9 },
      { date: d("2001-04-12"), bid: 5.2 },
      { date: d("2001-04-16"), bid: 4.8 },
      { date: d("2001-04-17"), bid: 5.03 },
    ]);
    assert.equal(newWarrantExercisePrice(series, d("2001-04-18")).toString(), "6.2575");
  });

  it("follows WARRANT_PRICE_PCT and WARRANT_PRICE_WINDOW", () => {
    // 3 days before Apr 17: Apr 11, 12, 16: (4.90 + 5.20 + 4.80) / 3 = 4.9667…; × 1.5 = 7.45
    const t = Terms.fromPairs([
      ["WARRANT_PRICE_PCT", 1.5],
      ["WARRANT_PRICE_WINDOW", 3],
    ]);
    assert.equal(newWarrantExercisePrice(APRIL, ISSUE, t).toDecimalPlaces(20).toString(), "7.45");
  });
});

describe("newWarrantExpiry (WARRANTEXPIRY)", () => {
  it("is the fifth anniversary of issuance, Feb 29 → Feb 28", () => {
    assert.equal(isoDate(newWarrantExpiry(d("2001-05-15"))), "2006-05-15");
    assert.equal(isoDate(newWarrantExpiry(d("2004-02-29"))), "2009-02-28");
    assert.equal(isoDate(newWarrantExpiry(d("2001-05-15"), Terms.fromPairs([["WARRANT_YEARS", 4]]))), "2005-05-15");
  });
});
