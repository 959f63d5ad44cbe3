import assert from "node:assert/strict";
import { TermsError } from "../../src/engine/errors";
import { PriceRow, PriceSeries, checkPriceRows } from "../../src/engine/series/priceSeries";
import { day } from "../helpers/prices";

const rows = (...r: [string | null, number | null][]): PriceRow[] =>
  r.map(([iso, bid]) => ({ date: iso ? day(iso) : null, bid }));

describe("checkPriceRows", () => {
  it("finds nothing wrong with rows fromRows accepts (blanks, 0, a closed day listed blank)", () => {
    assert.deepEqual(
      checkPriceRows(rows(["2001-05-16", 5], [null, null], ["2001-05-15", 0], ["2001-09-11", null])),
      [],
    );
  });

  it("lists every bad row, in row order, where fromRows stops at the first", () => {
    const bad = rows(
      ["2001-05-16", 5], //   1 fine
      [null, 4], //           2 bid without a date
      ["2001-05-15", -4], //  3 negative bid
      ["2001-05-16", 6], //   4 same date as row 1
      ["2001-05-12", 5], //   5 a Saturday
      ["2001-09-12", 5], //   6 Nasdaq closed (September 11 attacks)
    );
    assert.deepEqual(checkPriceRows(bad), [
      { row: 2, code: "invalid", message: "row 2: closing bid has no date" },
      { row: 3, code: "invalid", message: "row 3: closing bid must be a positive number, got -4" },
      { row: 4, code: "invalid", message: "2001-05-16 appears twice (rows 1 and 4)" },
      { row: 5, code: "invalid", message: "row 5: 2001-05-12 is not a Nasdaq trading day, so it has no closing bid" },
      { row: 6, code: "invalid", message: "row 6: 2001-09-12 is not a Nasdaq trading day, so it has no closing bid" },
    ]);
  });

  it("numbers rows as the caller says (a file's lines)", () => {
    const lines = [2, 7];
    assert.deepEqual(
      checkPriceRows(rows(["2001-05-16", 5], [null, 4]), (i) => lines[i]),
      [{ row: 7, code: "invalid", message: "row 7: closing bid has no date" }],
    );
  });

  it("reports a date outside the Nasdaq calendar as a range problem instead of throwing", () => {
    const [p] = checkPriceRows(rows(["1989-12-29", 5]));
    assert.equal(p.code, "range");
    assert.match(p.message, /1989-12-29 is outside the Nasdaq calendar/);
  });

  it("agrees with fromRows: its first problem is fromRows' error, code and message", () => {
    const samples = [
      rows(["2001-05-16", 5], ["2001-05-16", 5]),
      rows(["2001-05-16", Number.NaN]),
      rows([null, 1], ["2001-05-12", 3]),
      rows(["1989-12-29", 5]),
    ];
    for (const sample of samples) {
      const [first] = checkPriceRows(sample);
      assert.throws(
        () => PriceSeries.fromRows(sample),
        (e: unknown) => e instanceof TermsError && e.code === first.code && e.message === first.message,
      );
    }
  });
});
