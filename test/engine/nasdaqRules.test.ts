import assert from "node:assert/strict";
import { Decimal } from "../../src/engine/decimal";
import { PriceSeries } from "../../src/engine/series/priceSeries";
import { dilutedPrice, dilutionReduction } from "../../src/engine/nasdaq/dilution";
import { isBelowMinimumBid, tradingDaysBelowMinimumBid } from "../../src/engine/nasdaq/minimumBid";
import { ShareIssue, stockholderApprovalRequired } from "../../src/engine/nasdaq/stockholderApproval";
import { Terms } from "../../src/engine/terms/terms";
import { dayFromParts } from "../../src/engine/time/civilDate";
import { termsError } from "../helpers/prices";

const D = (x: number | string) => new Decimal(x);

function day(iso: string) {
  const [y, m, d] = iso.split("-").map(Number);
  return dayFromParts(y, m, d);
}

function series(bids: [string, number][]) {
  return PriceSeries.fromRows(bids.map(([iso, bid]) => ({ date: day(iso), bid })));
}

describe("dilutionReduction", () => {
  it("reproduces the prospectus' approximately 28% for 8,593,877 new shares on 21,862,772", () => {
    // 21,862,772 + 8,593,877 = 30,456,649; 8,593,877 / 30,456,649 = 0.282167516…
    // (30,456,649 × 0.28 = 8,527,861.72; the remaining 66,015.28 / 30,456,649 = 0.0021675…)
    const r = dilutionReduction(D(21_862_772), D(8_593_877));
    assert.equal(r.toFixed(2), "0.28");
    assert.equal(r.toFixed(6), "0.282168");
    // exact: r × 30,456,649 gives back the new shares
    assert.equal(r.times(30_456_649).toDecimalPlaces(20).toString(), "8593877");
  });

  it("is a quarter when a third more shares are issued, and zero for none", () => {
    assert.equal(dilutionReduction(D(300), D(100)).toString(), "0.25"); // 100 / 400
    assert.equal(dilutionReduction(D(300), D(0)).toString(), "0");
  });

  it("refuses fractional, negative and zero share counts, naming them", () => {
    assert.throws(() => dilutionReduction(D(0), D(5)), termsError("invalid", "outstanding shares", "0"));
    assert.throws(() => dilutionReduction(D("100.5"), D(5)), termsError("invalid", "whole number", "100.5"));
    assert.throws(() => dilutionReduction(D(100), D(-5)), termsError("invalid", "new shares", "-5"));
  });
});

describe("dilutedPrice", () => {
  it("keeps the market capitalization: price × outstanding / (outstanding + new)", () => {
    assert.equal(dilutedPrice(D(10), D(300), D(100)).toString(), "7.5"); // 10 × 300 / 400
    // $4.04 (last sale, Oct 31, 2001) × 21,862,772 / 30,456,649 = 88,325,598.88 / 30,456,649 = 2.90004…
    // and 4.04 × (1 − 0.28216751…) = 4.04 × 0.71783248… = 2.90004…
    assert.equal(dilutedPrice(D("4.04"), D(21_862_772), D(8_593_877)).toFixed(5), "2.90004");
  });

  it("refuses a price of zero", () => {
    assert.throws(() => dilutedPrice(D(0), D(300), D(100)), termsError("invalid", "price", "0"));
  });
});

describe("stockholderApprovalRequired", () => {
  // 20% of 21,862,772 = 4,372,554.4 shares
  const base: ShareIssue = {
    shares: D(4_372_555),
    outstanding: D(21_862_772),
    price: D(4),
    bookValue: D("2.5"),
    marketValue: D("4.04"),
  };
  // shares, price, book, market, expected — seed 003: "20% or more ... at less than the greater of book value or ... market value"
  const table: [number, string, string, string, boolean, string][] = [
    [4_372_555, "4", "2.5", "4.04", true, "20.000002% of the stock below market (4.04)"],
    [4_372_554, "4", "2.5", "4.04", false, "19.99999% of the stock: under 20%"],
    [4_372_555, "4.04", "2.5", "4.04", false, "at market, not less than it"],
    [4_372_555, "4.5", "5", "4.04", true, "above market but below book (5), the greater"],
    [4_372_555, "5", "5", "4.04", false, "at book, the greater"],
    [4_372_555, "4.1", "-1", "4.04", false, "a book deficit: market is the greater; 4.10 is above it"],
  ];
  for (const [shares, price, book, market, expected, why] of table) {
    it(`${shares} shares at ${price} (book ${book}, market ${market}) → ${expected}: ${why}`, () => {
      const issue = { ...base, shares: D(shares), price: D(price), bookValue: D(book), marketValue: D(market) };
      assert.equal(stockholderApprovalRequired(issue), expected);
    });
  }

  it("counts exactly 20% as 20% or more", () => {
    assert.equal(stockholderApprovalRequired({ ...base, shares: D(200), outstanding: D(1000) }), true); // 200 / 1,000
    assert.equal(stockholderApprovalRequired({ ...base, shares: D(199), outstanding: D(1000) }), false);
  });

  it("reads the percentage from NASDAQ_APPROVAL_PCT", () => {
    const terms = Terms.fromPairs([["NASDAQ_APPROVAL_PCT", "25%"]]);
    assert.equal(stockholderApprovalRequired({ ...base, shares: D(249), outstanding: D(1000) }, terms), false);
    assert.equal(stockholderApprovalRequired({ ...base, shares: D(250), outstanding: D(1000) }, terms), true);
  });

  it("refuses bad share counts and prices, naming them", () => {
    assert.throws(
      () => stockholderApprovalRequired({ ...base, shares: D("10.5") }),
      termsError("invalid", "shares to issue", "10.5"),
    );
    assert.throws(
      () => stockholderApprovalRequired({ ...base, outstanding: D(0) }),
      termsError("invalid", "outstanding shares", "0"),
    );
    assert.throws(
      () => stockholderApprovalRequired({ ...base, price: D(-1) }),
      termsError("invalid", "issue price", "-1"),
    );
    assert.throws(
      () => stockholderApprovalRequired({ ...base, marketValue: D(0) }),
      termsError("invalid", "market value", "0"),
    );
  });
});

describe("minimum bid", () => {
  // 2001-10-29 is a Monday; 2001-11-22 is Thanksgiving (Nasdaq closed)
  const bids = series([
    ["2001-10-29", 1.05],
    ["2001-10-30", 0.98],
    ["2001-10-31", 0.95],
    ["2001-11-01", 0.97],
    ["2001-11-02", 1.0],
    ["2001-11-20", 1.1],
    ["2001-11-21", 0.9],
    ["2001-11-23", 0.9],
    ["2001-11-26", 0.9],
  ]);

  describe("isBelowMinimumBid", () => {
    it("is TRUE for a closing bid under $1.00 and FALSE at $1.00 exactly", () => {
      assert.equal(isBelowMinimumBid(bids, day("2001-10-30")), true); // 0.98
      assert.equal(isBelowMinimumBid(bids, day("2001-10-29")), false); // 1.05
      assert.equal(isBelowMinimumBid(bids, day("2001-11-02")), false); // 1.00 is not below 1.00
    });

    it("uses the last trading day on or before a closed day, and NASDAQ_MIN_BID", () => {
      assert.equal(isBelowMinimumBid(bids, day("2001-11-03")), false); // Saturday → Friday's 1.00
      assert.equal(isBelowMinimumBid(bids, day("2001-11-03"), Terms.fromPairs([["NASDAQ_MIN_BID", 1.01]])), true);
    });

    it("is #N/A-style missing for a day without a bid", () => {
      assert.throws(
        () => isBelowMinimumBid(bids, day("2001-11-05")),
        termsError("missing", "no closing bid for 2001-11-05"),
      );
    });
  });

  describe("tradingDaysBelowMinimumBid", () => {
    it("counts the consecutive trading days below $1.00 up to the date", () => {
      assert.equal(tradingDaysBelowMinimumBid(bids, day("2001-11-01")), 3); // Oct 30, Oct 31, Nov 1
      assert.equal(tradingDaysBelowMinimumBid(bids, day("2001-10-30")), 1);
      assert.equal(tradingDaysBelowMinimumBid(bids, day("2001-11-02")), 0); // 1.00
      // Nov 21, (Thanksgiving skipped), Nov 23, Nov 26; Nov 20 is 1.10
      assert.equal(tradingDaysBelowMinimumBid(bids, day("2001-11-26")), 3);
    });

    it("refuses to guess when the run reaches back past the data", () => {
      const short = series([
        ["2001-10-30", 0.98],
        ["2001-10-31", 0.95],
      ]);
      assert.throws(() => tradingDaysBelowMinimumBid(short, day("2001-10-31")), termsError("missing", "2001-10-29"));
    });
  });
});
