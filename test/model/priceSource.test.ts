import assert from "node:assert/strict";
import { checkPriceRanges, rangePriceSource, tablePriceSource } from "../../src/model/priceSource";
import { serial } from "../helpers/prices";

describe("price sources", () => {
  it("references two ranges in place, absolute, with the sheet name quoted", () => {
    const source = rangePriceSource("Bloomberg's feed", "A2:A900", "c2:c900");
    assert.equal(source.dates, "'Bloomberg''s feed'!$A$2:$A$900");
    assert.equal(source.bids, "'Bloomberg''s feed'!$C$2:$C$900");
    assert.equal(tablePriceSource("Feed", "Day", "Bid").bids, "Feed[Bid]");
  });
});

describe("checkPriceRanges", () => {
  const col = (...cells: (string | number)[]) => cells.map((c) => [c]);

  it("accepts dates and bids with blanks and 0 as missing bids", () => {
    const dates = col(serial("2001-05-15"), serial("2001-05-16"), "", serial("2001-05-17"));
    const bids = col(5.1, 0, "", "");
    assert.deepEqual(checkPriceRanges("A2:A5", "B2:B5", dates, bids), { ok: true, value: undefined });
  });

  it("numbers problems by worksheet row, with the CSV import's messages", () => {
    // Rows 10–14: a Saturday with a bid, a date given twice, text for a date, text for a bid.
    const dates = col(serial("2001-05-12"), serial("2001-05-15"), serial("2001-05-15"), "soon", serial("2001-05-16"));
    const bids = col(5, 5, 5, 5, "n/a");
    const checked = checkPriceRanges("$D$10:$D$14", "$E$10:$E$14", dates, bids);
    assert.deepEqual(checked, {
      ok: false,
      problems: [
        { path: "row 10", message: "row 10: 2001-05-12 is not a Nasdaq trading day, so it has no closing bid" },
        { path: "row 12", message: "2001-05-15 appears twice (rows 11 and 12)" },
        { path: "row 13", message: 'row 13: date must be a date, got text "soon"' },
        { path: "row 14", message: 'row 14: closing bid must be a positive number, got text "n/a"' },
      ],
    });
  });

  it("refuses ranges of different sizes or wider than one column, and ranges without a bid", () => {
    assert.deepEqual(checkPriceRanges("A2:A5", "B2:B4", [], []), {
      ok: false,
      problems: [{ path: "prices", message: "dates and prices must be the same size (4 dates, 3 prices)" }],
    });
    assert.equal(checkPriceRanges("A2:B5", "C2:C5", [], []).ok, false);
    assert.deepEqual(checkPriceRanges("A2:A2", "B2:B2", col(serial("2001-05-15")), col("")), {
      ok: false,
      problems: [{ path: "prices", message: "the prices range has no closing bids" }],
    });
  });
});
