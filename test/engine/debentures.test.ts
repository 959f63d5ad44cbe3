import assert from "node:assert/strict";
import { Decimal } from "../../src/engine/decimal";
import { PriceSeries } from "../../src/engine/series/priceSeries";
import { initialConversionPrice } from "../../src/engine/debentures/conversionPrice";
import { conversionShares, floorCash, floorShares } from "../../src/engine/debentures/debentureSettlement";
import { maturityDate, secondClosingDate } from "../../src/engine/debentures/debentureDates";
import { accruedInterest, days360, yearFraction } from "../../src/engine/debentures/interest";
import { redemptionAmount } from "../../src/engine/debentures/redemption";
import { shareCount } from "../../src/engine/shareCount";
import { Terms } from "../../src/engine/terms/terms";
import { isoDate } from "../../src/engine/time/civilDate";
import { termsError, day as d } from "../helpers/prices";
// formulajs is an independent implementation of Excel's DAYS360, used as a second oracle.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const formulajs = require("@formulajs/formulajs");

function series(rows: Record<string, number>): PriceSeries {
  return PriceSeries.fromRows(Object.entries(rows).map(([iso, bid]) => ({ date: d(iso), bid })));
}

const dec = (x: string | number) => new Decimal(x);
const terms = (pairs: [string, unknown][]) => Terms.fromPairs(pairs);

// The 5 trading days before Tuesday 2001-04-17 are Apr 9–12 and Apr 16 (Apr 13 was Good
// Friday). Bids 5.00 + 5.10 + 4.90 + 5.20 + 4.80 = 25.00; average 5.00.
const APRIL = series({
  "2001-04-09": 5.0,
  "2001-04-10": 5.1,
  "2001-04-11": 4.9,
  "2001-04-12": 5.2,
  "2001-04-16": 4.8,
});

// The 5 trading days before Monday 2001-10-01 are Sep 24–28.
// 4.10 + 4.20 + 4.30 + 4.25 + 4.15 = 21.00, average 4.20.
const SEPTEMBER = series({
  "2001-09-24": 4.1,
  "2001-09-25": 4.2,
  "2001-09-26": 4.3,
  "2001-09-27": 4.25,
  "2001-09-28": 4.15,
});
// Same days, 21.05 in all (4.15 → 4.20 on Sep 28): average 4.21.
const SEPTEMBER_421 = series({
  "2001-09-24": 4.1,
  "2001-09-25": 4.2,
  "2001-09-26": 4.3,
  "2001-09-27": 4.25,
  "2001-09-28": 4.2,
});

describe("initialConversionPrice (INITCONVPRICE)", () => {
  it("is 120% of the average closing bid of the 5 trading days before issuance", () => {
    // 1.2 × 5.00 = 6.00
    assert.equal(initialConversionPrice(APRIL, d("2001-04-17")).toString(), "6");
  });

  it("names the window day that has no bid", () => {
    // Issued 2001-04-18: the window is Apr 10, 11, 12, 16, 17 and Apr 17 is not in the data.
    assert.throws(() => initialConversionPrice(APRIL, d("2001-04-18")), termsError("missing", "2001-04-17"));
  });
});

describe("shareCount", () => {
  it("rounds down by default (cash in lieu of the fraction)", () => {
    // 5,000,000 / 6 = 833,333.33…
    assert.equal(shareCount(dec(5_000_000), dec(6)).toString(), "833333");
  });

  it("rounds up with SHARE_ROUNDING UP and keeps the fraction with NONE", () => {
    assert.equal(shareCount(dec(5_000_000), dec(6), terms([["SHARE_ROUNDING", "UP"]])).toString(), "833334");
    const exact = shareCount(dec(5_000_000), dec(6), terms([["SHARE_ROUNDING", "none"]]));
    assert.ok(exact.minus(dec(5_000_000).dividedBy(6)).isZero());
    assert.equal(exact.toFixed(4), "833333.3333");
  });

  it("does not round a whole quotient either way", () => {
    // 1,000,000 / 4 = 250,000 exactly
    assert.equal(shareCount(dec(1_000_000), dec(4)).toString(), "250000");
    assert.equal(shareCount(dec(1_000_000), dec(4), terms([["SHARE_ROUNDING", "UP"]])).toString(), "250000");
  });

  it("never rounds a quotient just below a whole number up to it", () => {
    // 1 / (1/3 + 10^-36) is a hair below 3: the 40-digit quotient rounds to 3.000…, the
    // exact floor is 2 (2 × price < 1 < 3 × price).
    const price = dec(1).dividedBy(3).plus(dec("1e-36"));
    assert.ok(price.times(3).gt(1));
    assert.equal(shareCount(dec(1), price).toString(), "2");
    assert.equal(shareCount(dec(1), price, terms([["SHARE_ROUNDING", "UP"]])).toString(), "3");
  });

  it("rejects an unknown rounding choice naming the term", () => {
    assert.throws(() => terms([["SHARE_ROUNDING", "NEAREST"]]), termsError("invalid", "SHARE_ROUNDING", "NEAREST"));
  });
});

describe("conversionShares (CONVSHARES)", () => {
  it("divides principal by the Conversion Price and rounds by SHARE_ROUNDING", () => {
    // 1,000,000 / 3.30 = 303,030.30… → 303,030
    assert.equal(conversionShares(dec(1_000_000), dec("3.3")).toString(), "303030");
  });

  it("rejects a negative principal and a zero price, naming them", () => {
    assert.throws(() => conversionShares(dec(-1), dec(6)), termsError("invalid", "principal", "-1"));
    assert.throws(() => conversionShares(dec(100), dec(0)), termsError("invalid", "conversion price", "0"));
  });
});

describe("floorShares (FLOORSHARES)", () => {
  it("issues shares as if the Conversion Price equaled the Floor Price", () => {
    // 5,000,000 / 5.00 = 1,000,000 (not 5,000,000 / 4.00 = 1,250,000)
    assert.equal(floorShares(dec(5_000_000), dec(4), dec(5)).toString(), "1000000");
    // 1,000,000 / 3.30 = 303,030.30… → 303,030
    assert.equal(floorShares(dec(1_000_000), dec(3), dec("3.3")).toString(), "303030");
  });

  it("uses the Conversion Price when the floor is not above it", () => {
    // 5,000,000 / 6.00 = 833,333.33 → 833,333; a floor of 5.00 does not apply
    assert.equal(floorShares(dec(5_000_000), dec(6), dec(5)).toString(), "833333");
    assert.equal(floorShares(dec(5_000_000), dec(6), dec(6)).toString(), "833333");
  });

  it("rejects a floor price that is not above zero", () => {
    assert.throws(() => floorShares(dec(100), dec(4), dec(-2)), termsError("invalid", "floor price", "-2"));
  });
});

describe("floorCash (FLOORCASH)", () => {
  it("pays the share shortfall at the 5-day average before the conversion date", () => {
    // 5,000,000/4 − 5,000,000/5 = 1,250,000 − 1,000,000 = 250,000 shares × 4.20 = 1,050,000.00
    assert.equal(floorCash(SEPTEMBER, dec(5_000_000), dec(4), dec(5), d("2001-10-01")).toString(), "1050000");
  });

  it("values an unrounded shortfall and rounds the cash to the cent", () => {
    // 1,000,000/3 − 1,000,000/4 = 250,000/3 shares × 4.21 = 1,052,500/3 = 350,833.333… → 350,833.33
    assert.equal(floorCash(SEPTEMBER_421, dec(1_000_000), dec(3), dec(4), d("2001-10-01")).toString(), "350833.33");
  });

  it("is zero, without needing prices, when the floor is not above the Conversion Price", () => {
    assert.equal(floorCash(SEPTEMBER, dec(5_000_000), dec(5), dec(4), d("2005-01-03")).toString(), "0");
  });

  it("reports the window day with no bid", () => {
    // Conversion 2001-10-02: window Sep 25–28 and Oct 1; Oct 1 is not in the data.
    assert.throws(
      () => floorCash(SEPTEMBER, dec(5_000_000), dec(4), dec(5), d("2001-10-02")),
      termsError("missing", "2001-10-01"),
    );
  });
});

describe("days360 (INTEREST_DAY_COUNT DAYS360_EXCEL)", () => {
  // start, end, expected (US method, worked by hand), as Excel DAYS360(start, end); the last
  // days of February, where SIFMA's 30/360 US differs, are in dayCount30360.test.ts
  const cases: [string, string, number][] = [
    ["2001-04-17", "2001-07-17", 90], // 3 months × 30
    ["2001-01-31", "2001-03-31", 60], // start 31 → 30; end 31 with start 30 → 30: 2 × 30
    ["2001-01-15", "2001-03-31", 76], // end 31, start 15 < 30 → April 1: 3 × 30 − 14 = 76
    ["2001-02-28", "2001-03-31", 30], // Feb 28 (last day) → 30; end 31 → 30: 30
    ["2000-02-28", "2000-03-31", 33], // 2000 is leap: Feb 28 is not the last day; end 31 → Apr 1: 30 + 3 = 33
    ["2000-02-29", "2000-03-15", 15], // Feb 29 (last day) → 30: 30 − 30 + 15 = 15
    ["2001-12-31", "2002-01-31", 30], // start 31 → 30; end 31 → 30: 360 + (1 − 12) × 30 + 0 = 30
    ["2001-04-17", "2006-04-17", 1800], // 5 × 360
  ];
  for (const [start, end, expected] of cases) {
    it(`${start} to ${end} is ${expected} (matches formulajs DAYS360)`, () => {
      assert.equal(days360(d(start), d(end)), expected);
      assert.equal(formulajs.DAYS360(new Date(start + "T00:00:00"), new Date(end + "T00:00:00"), false), expected);
    });
  }
});

describe("yearFraction", () => {
  it("counts actual days over 360, 30/360 days over 360, or actual days over 365", () => {
    // 2001-04-17 → 2001-07-17: 13 + 31 + 30 + 17 = 91 actual days; DAYS360 = 90
    const [from, to] = [d("2001-04-17"), d("2001-07-17")];
    assert.ok(yearFraction(from, to).eq(new Decimal(91).dividedBy(360)));
    assert.equal(yearFraction(from, to, terms([["INTEREST_DAY_COUNT", "30/360"]])).toString(), "0.25");
    assert.ok(yearFraction(from, to, terms([["INTEREST_DAY_COUNT", "act/365"]])).eq(new Decimal(91).dividedBy(365)));
  });
});

describe("accruedInterest (ACCRUEDINT)", () => {
  const [from, to] = [d("2001-04-17"), d("2001-07-17")];
  it("accrues 5% on an actual/360 basis by default, to the cent", () => {
    // 5,000,000 × 0.05 × 91 / 360 = 22,750,000 / 360 = 63,194.444… → 63,194.44
    assert.equal(accruedInterest(dec(5_000_000), from, to).toString(), "63194.44");
  });

  it("uses 30/360 or actual/365 when the term says so", () => {
    // 250,000 × 90 / 360 = 62,500.00
    assert.equal(
      accruedInterest(dec(5_000_000), from, to, terms([["INTEREST_DAY_COUNT", "30/360"]])).toString(),
      "62500",
    );
    // 22,750,000 / 365 = 62,328.767… → 62,328.77
    assert.equal(
      accruedInterest(dec(5_000_000), from, to, terms([["INTEREST_DAY_COUNT", "ACT/365"]])).toString(),
      "62328.77",
    );
  });

  it("rounds a half cent away from zero", () => {
    // 100 × 0.05 × 9 / 360 = 45 / 360 = 0.125 → 0.13
    assert.equal(accruedInterest(dec(100), d("2001-04-17"), d("2001-04-26")).toString(), "0.13");
  });

  it("is zero over no days and for no principal", () => {
    assert.equal(accruedInterest(dec(5_000_000), from, from).toString(), "0");
    assert.equal(accruedInterest(dec(0), from, to).toString(), "0");
  });

  it("follows an INTEREST_RATE override", () => {
    // 1,000,000 × 0.06 × 91/360 = 5,460,000 / 360 = 15,166.666… → 15,166.67
    assert.equal(accruedInterest(dec(1_000_000), from, to, terms([["INTEREST_RATE", "6%"]])).toString(), "15166.67");
  });

  it("rejects an end before the start and a negative principal, naming them", () => {
    assert.throws(() => accruedInterest(dec(100), to, from), termsError("invalid", "2001-04-17", "2001-07-17"));
    assert.throws(() => accruedInterest(dec(-5), from, to), termsError("invalid", "principal", "-5"));
  });
});

describe("redemptionAmount (REDEMPTION)", () => {
  it("is 106% of principal plus accrued interest, rounded once to the cent", () => {
    // 1.06 × 5,000,000 = 5,300,000 + 63,194.444… = 5,363,194.444… → 5,363,194.44
    assert.equal(redemptionAmount(dec(5_000_000), d("2001-04-17"), d("2001-07-17")).toString(), "5363194.44");
  });

  it("rounds the sum, not the parts", () => {
    // 1.06 × 0.20 = 0.212; interest 0.20 × 0.05 × 108/360 = 0.003; sum 0.215 → 0.22
    // (rounding the parts first would give 0.21 + 0.00 = 0.21)
    assert.equal(redemptionAmount(dec("0.2"), d("2001-04-17"), d("2001-04-17") + 108).toString(), "0.22");
  });

  it("follows REDEMPTION_PCT", () => {
    // 1.10 × 1,000,000 = 1,100,000 + 0 interest
    assert.equal(
      redemptionAmount(dec(1_000_000), d("2001-04-17"), d("2001-04-17"), terms([["REDEMPTION_PCT", 1.1]])).toString(),
      "1100000",
    );
  });
});

describe("maturityDate (MATURITY) and secondClosingDate (SECONDCLOSING)", () => {
  it("matures on the fifth anniversary of issuance, Feb 29 → Feb 28", () => {
    assert.equal(isoDate(maturityDate(d("2001-05-15"))), "2006-05-15");
    assert.equal(isoDate(maturityDate(d("2000-02-29"))), "2005-02-28");
    assert.equal(isoDate(maturityDate(d("2003-02-28"))), "2008-02-28");
  });

  it("puts the Second Closing six months after the Initial Closing, clamped like EDATE", () => {
    assert.equal(isoDate(secondClosingDate(d("2001-05-15"))), "2001-11-15");
    assert.equal(isoDate(secondClosingDate(d("2001-08-31"))), "2002-02-28");
    assert.equal(isoDate(secondClosingDate(d("2003-08-31"))), "2004-02-29");
  });

  it("follows MATURITY_YEARS and SECOND_CLOSING_MONTHS", () => {
    assert.equal(isoDate(maturityDate(d("2001-05-15"), terms([["MATURITY_YEARS", 3]]))), "2004-05-15");
    assert.equal(isoDate(secondClosingDate(d("2001-05-15"), terms([["SECOND_CLOSING_MONTHS", 7]]))), "2001-12-15");
  });
});
