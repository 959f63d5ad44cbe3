import assert from "node:assert/strict";
import { PriceSeries } from "../../src/engine/series/priceSeries";
import {
  conversionPrice,
  conversionPriceWorking,
  initialConversionPrice,
} from "../../src/engine/debentures/conversionPrice";
import { Terms } from "../../src/engine/terms/terms";
import { isoDate } from "../../src/engine/time/civilDate";
import { DAY_89, DAY_90, ISSUE, LOW_DAYS, RESET_WINDOW, dealBids } from "../helpers/deal";
import { day, seriesOf, throwsTerms } from "../helpers/prices";

// Seed 000, Exhibit A, Initial Conversion Price and Subsequent Conversion Price.
// The figures are worked out in test/helpers/deal.ts.
describe("conversionPrice", () => {
  const series = seriesOf(dealBids());

  it("is 120% of the average bid of the 5 trading days before issuance (6.06)", () => {
    assert.equal(initialConversionPrice(series, day(ISSUE)).toString(), "6.06");
  });

  it("keeps the Initial Conversion Price until 90 days after issuance", () => {
    assert.equal(conversionPrice(series, day(ISSUE), day(DAY_89)).toString(), "6.06");
    assert.equal(conversionPrice(series, day(ISSUE), day(ISSUE)).toString(), "6.06");
  });

  it("uses 101% of the ten lowest bids of the 30 trading days before conversion from day 90 (4.5955)", () => {
    assert.equal(conversionPrice(series, day(ISSUE), day(DAY_90)).toString(), "4.5955");
  });

  it("shows its working: the windows, which ten bids were lowest, and each price", () => {
    const w = conversionPriceWorking(series, day(ISSUE), day(DAY_90));
    assert.deepEqual(w.initialWindow.days.map(isoDate), [
      "2001-05-10",
      "2001-05-11",
      "2001-05-14",
      "2001-05-15",
      "2001-05-16",
    ]);
    assert.equal(w.initialAverage.toString(), "5.05");
    assert.deepEqual(w.reset!.window.days.map(isoDate), RESET_WINDOW);
    assert.deepEqual(
      w.reset!.lowest.map((i) => isoDate(w.reset!.window.days[i])),
      LOW_DAYS,
    ); // lowest first = date order here
    assert.equal(w.reset!.lowestAverage.toString(), "4.55");
    assert.equal(w.reset!.price.toString(), "4.5955");
  });

  it("keeps the initial price when 101% of the lowest bids is higher", () => {
    // All 30 window bids 7.00: 101% × 7 = 7.07 > 6.06.
    const bids = dealBids();
    for (const d of RESET_WINDOW) bids[d] = 7;
    assert.equal(conversionPrice(seriesOf(bids), day(ISSUE), day(DAY_90)).toString(), "6.06");
  });

  it("gives the same price whatever the order of the rows", () => {
    const reversed = Object.fromEntries(Object.entries(dealBids()).reverse());
    assert.equal(conversionPrice(seriesOf(reversed), day(ISSUE), day(DAY_90)).toString(), "4.5955");
  });

  it("does not round: a bid with many decimals carries through", () => {
    // Window bids 5, 5, 5, 5, 5.0001: sum 25.0001, average 5.00002, × 1.2 = 6.000024.
    const s = seriesOf({ "2001-05-10": 5, "2001-05-11": 5, "2001-05-14": 5, "2001-05-15": 5, "2001-05-16": 5.0001 });
    assert.equal(initialConversionPrice(s, day(ISSUE)).toString(), "6.000024");
  });

  it("takes overridden terms: 110% initial and a 30-day delay", () => {
    const terms = Terms.fromPairs([
      ["CONV_INITIAL_PCT", 1.1],
      ["CONV_RESET_DELAY_DAYS", 30],
    ]);
    // 110% × 5.05 = 5.555; on 2001-08-14 the reset applies (89 ≥ 30): its window is
    // 2001-07-02 … 2001-08-13 — 2001-07-02 has no bid in the data.
    assert.equal(initialConversionPrice(series, day(ISSUE), terms).toString(), "5.555");
    throwsTerms(
      () => conversionPrice(series, day(ISSUE), day(DAY_89), terms),
      "missing",
      /^no closing bid for 2001-07-02$/,
    );
  });

  it("names the missing trading day when the window lacks a bid", () => {
    const bids = dealBids();
    delete bids["2001-07-05"];
    throwsTerms(
      () => conversionPrice(seriesOf(bids), day(ISSUE), day(DAY_90)),
      "missing",
      /^no closing bid for 2001-07-05$/,
    );
    bids["2001-07-05"] = null; // listed but blank: still missing
    throwsTerms(
      () => conversionPrice(seriesOf(bids), day(ISSUE), day(DAY_90)),
      "missing",
      /^no closing bid for 2001-07-05$/,
    );
  });

  it("does not need the reset window before day 90", () => {
    const bids = dealBids();
    delete bids["2001-07-05"];
    assert.equal(conversionPrice(seriesOf(bids), day(ISSUE), day(DAY_89)).toString(), "6.06");
  });

  it("refuses a conversion date before the issue date", () => {
    throwsTerms(
      () => conversionPrice(series, day(ISSUE), day("2001-05-16")),
      "invalid",
      /2001-05-16.*before.*2001-05-17/,
    );
  });

  it("is #N/A on an empty series, naming the first day of the window", () => {
    throwsTerms(() => initialConversionPrice(PriceSeries.fromRows([]), day(ISSUE)), "missing", /2001-05-10/);
  });
});
