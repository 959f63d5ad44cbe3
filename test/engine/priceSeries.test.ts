import assert from "node:assert/strict";
import { PriceSeries } from "../../src/engine/series/priceSeries";
import { closingBidsBefore, lowestPositions } from "../../src/engine/series/windows";
import { isoDate } from "../../src/engine/time/civilDate";
import { day, throwsTerms } from "../helpers/prices";

const rows = (...r: [string | null, number | null][]) => r.map(([iso, bid]) => ({ date: iso ? day(iso) : null, bid }));

describe("PriceSeries.fromRows", () => {
  it("skips rows with neither date nor bid, so a whole column may be passed", () => {
    const s = PriceSeries.fromRows(rows(["2001-05-16", 5], [null, null], [null, 0], ["2001-05-15", 4]));
    assert.equal(s.bidOn(day("2001-05-16")).toString(), "5");
    assert.equal(s.bidOn(day("2001-05-15")).toString(), "4");
  });

  it("treats a bid of 0 or a blank bid as missing, not as a zero price", () => {
    const s = PriceSeries.fromRows(rows(["2001-05-16", 0], ["2001-05-15", null]));
    throwsTerms(() => s.bidOn(day("2001-05-16")), "missing", /^no closing bid for 2001-05-16$/);
    throwsTerms(() => s.bidOn(day("2001-05-15")), "missing", /^no closing bid for 2001-05-15$/);
  });

  it("keeps bids exactly as given (5.1 stays 5.1, not 5.0999…)", () => {
    assert.equal(
      PriceSeries.fromRows(rows(["2001-05-16", 5.1]))
        .bidOn(day("2001-05-16"))
        .toString(),
      "5.1",
    );
  });

  it("names a date given twice with both rows", () => {
    throwsTerms(
      () => PriceSeries.fromRows(rows(["2001-05-16", 5], ["2001-05-15", 5], ["2001-05-16", 6])),
      "invalid",
      /2001-05-16 appears twice \(rows 1 and 3\)/,
    );
  });

  it("refuses a bid dated on a day Nasdaq was closed, but accepts the day listed blank", () => {
    throwsTerms(
      () => PriceSeries.fromRows(rows(["2001-09-11", 5])),
      "invalid",
      /row 1: 2001-09-11 is not a Nasdaq trading day/,
    );
    throwsTerms(
      () => PriceSeries.fromRows(rows(["2001-05-12", 5])),
      "invalid",
      /2001-05-12 is not a Nasdaq trading day/,
    ); // Saturday
    assert.doesNotThrow(() => PriceSeries.fromRows(rows(["2001-09-11", null], ["2001-09-12", 0])));
  });

  it("refuses negative and non-finite bids, and bids without a date, naming the row", () => {
    throwsTerms(
      () => PriceSeries.fromRows(rows(["2001-05-16", 5], ["2001-05-15", -4])),
      "invalid",
      /row 2: closing bid must be a positive number, got -4/,
    );
    throwsTerms(() => PriceSeries.fromRows(rows(["2001-05-16", NaN])), "invalid", /row 1/);
    throwsTerms(() => PriceSeries.fromRows(rows([null, 5])), "invalid", /row 1: closing bid has no date/);
  });
});

describe("windows", () => {
  it("closingBidsBefore takes the N trading days strictly before the date, oldest first", () => {
    const s = PriceSeries.fromRows(
      rows(
        ["2001-04-09", 1],
        ["2001-04-10", 2],
        ["2001-04-11", 3],
        ["2001-04-12", 4],
        ["2001-04-16", 5],
        ["2001-04-17", 99],
      ),
    );
    const w = closingBidsBefore(s, day("2001-04-17"), 5); // Good Friday 2001-04-13 skipped; 04-17 excluded
    assert.deepEqual(w.days.map(isoDate), ["2001-04-09", "2001-04-10", "2001-04-11", "2001-04-12", "2001-04-16"]);
    assert.deepEqual(w.bids.map(String), ["1", "2", "3", "4", "5"]);
  });

  it("lowestPositions picks the k lowest, ties to the earlier position", () => {
    assert.deepEqual(lowestPositions([3, 1, 2, 1, 5], 3), [1, 3, 2]);
  });
});
