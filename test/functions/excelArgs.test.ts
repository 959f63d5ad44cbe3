import assert from "node:assert/strict";
import {
  readDate,
  readOptionalDate,
  readPriceSeries,
  readTerms,
  readVector,
  toExcelDate,
  withDateSystem,
} from "../../src/functions/excelArgs";
import { day, serial, throwsTerms } from "../helpers/prices";

// Excel passes: numbers (dates as 1900-system serials), text, booleans; null for omitted
// arguments and empty cells on the web; 0 for empty cells on desktop.
describe("excelArgs", () => {
  it("reads date serials, truncating a time of day", () => {
    assert.equal(readDate(36998.75, "issue_date"), day("2001-04-17"));
    assert.equal(readDate([[36998]], "issue_date"), day("2001-04-17"));
  });

  it("refuses blanks, text, booleans and serial 60 as a required date, naming the argument", () => {
    throwsTerms(() => readDate(null, "issue_date"), "invalid", /issue_date is required/);
    throwsTerms(
      () => readDate("2001-04-17", "issue_date"),
      "invalid",
      /issue_date must be a date, got text "2001-04-17"/,
    );
    throwsTerms(() => readDate(true, "issue_date"), "invalid", /issue_date must be a date, got TRUE/);
    throwsTerms(() => readDate(60, "issue_date"), "invalid", /fictitious 1900-02-29/);
    throwsTerms(
      () => readDate([[1, 2]], "issue_date"),
      "invalid",
      /issue_date must be one cell, got 1 row × 2 columns/,
    );
  });

  it('reads an optional date: null, "" and 0 (desktop blank) are absent', () => {
    assert.equal(readOptionalDate(null, "cure_date"), undefined);
    assert.equal(readOptionalDate("", "cure_date"), undefined);
    assert.equal(readOptionalDate(0, "cure_date"), undefined);
    assert.equal(readOptionalDate(serial("2001-07-01"), "cure_date"), day("2001-07-01"));
  });

  it("reads one row or one column, and refuses a block", () => {
    assert.deepEqual(readVector([[1], [2], [3]], "dates"), [1, 2, 3]);
    assert.deepEqual(readVector([[1, 2, 3]], "dates"), [1, 2, 3]);
    throwsTerms(
      () =>
        readVector(
          [
            [1, 2],
            [3, 4],
          ],
          "dates",
        ),
      "invalid",
      /dates must be one row or one column, got 2 rows × 2 columns/,
    );
  });

  it("builds a series from a column and a row of the same size, with web and desktop blanks", () => {
    const s = readPriceSeries([[serial("2001-05-16")], [null], [0], [serial("2001-05-15")]], [[5, null, 0, 4]]);
    assert.equal(s.bidOn(day("2001-05-15")).toString(), "4");
  });

  it("refuses ranges of different sizes, and text in a row, naming it", () => {
    throwsTerms(() => readPriceSeries([[1], [2]], [[1]]), "invalid", /same size \(2 dates, 1 prices\)/);
    throwsTerms(
      () => readPriceSeries([[serial("2001-05-16")], ["May 15"]], [[5], [4]]),
      "invalid",
      /row 2: date must be a date, got text "May 15"/,
    );
    throwsTerms(
      () => readPriceSeries([[serial("2001-05-16")]], [["5.00"]]),
      "invalid",
      /row 1: closing bid must be a positive number, got text "5.00"/,
    );
  });

  it("reads [terms] as a two-column range, blank as the defaults", () => {
    assert.equal(readTerms(null).decimal("DELAY_PCT").toString(), "0.02");
    assert.equal(
      readTerms([[null]])
        .decimal("DELAY_PCT")
        .toString(),
      "0.02",
    ); // an empty cell, on the web
    assert.equal(
      readTerms([
        [0, 0],
        [0, 0],
      ])
        .decimal("DELAY_PCT")
        .toString(),
      "0.02",
    ); // empty cells, on desktop
    assert.equal(
      readTerms([
        ["DELAY_PCT", 0.03],
        [null, null],
      ])
        .decimal("DELAY_PCT")
        .toString(),
      "0.03",
    );
    throwsTerms(
      () => readTerms([["DELAY_PCT", 0.03, "x"]]),
      "invalid",
      /terms must be two columns \(name, value\), got 1 row × 3 columns/,
    );
    throwsTerms(() => readTerms([["NOPE_TERM", 1]]), "invalid", /unknown term "NOPE_TERM"/);
  });
});

describe("[terms] reuse across calls", () => {
  it("gives the block's own terms whenever any cell differs from the last block read", () => {
    const a = [
      ["DELAY_PCT", 0.03],
      ["CONV_RESET_WINDOW", 30],
    ];
    assert.equal(readTerms(a).decimal("DELAY_PCT").toString(), "0.03");
    assert.equal(
      readTerms(a.map((r) => r.slice()))
        .decimal("DELAY_PCT")
        .toString(),
      "0.03",
    ); // same cells, new arrays
    assert.equal(
      readTerms([
        ["DELAY_PCT", 0.04],
        ["CONV_RESET_WINDOW", 30],
      ])
        .decimal("DELAY_PCT")
        .toString(),
      "0.04",
    );
    assert.equal(readTerms([["DELAY_PCT", 0.03]]).whole("CONV_RESET_WINDOW"), 30); // a shorter block: the default
    assert.equal(
      readTerms([
        ["DELAY_PCT", 0.03],
        ["CONV_RESET_WINDOW", 20],
      ]).whole("CONV_RESET_WINDOW"),
      20,
    );
    assert.equal(readTerms(a).whole("CONV_RESET_WINDOW"), 30);
  });

  it("refuses a bad block every time, even right after reading a good one like it", () => {
    readTerms([
      ["CONV_RESET_LOWEST", 10],
      ["CONV_RESET_WINDOW", 30],
    ]);
    for (let i = 0; i < 2; i++) {
      assert.throws(
        () =>
          readTerms([
            ["CONV_RESET_LOWEST", 31],
            ["CONV_RESET_WINDOW", 30],
          ]),
        /CONV_RESET_LOWEST.*CONV_RESET_WINDOW/,
      );
    }
    // The same two rows in a three-column range are still a wrong shape.
    readTerms([
      ["CONV_RESET_LOWEST", 10],
      ["CONV_RESET_WINDOW", 30],
    ]);
    assert.throws(
      () =>
        readTerms([
          ["CONV_RESET_LOWEST", 10, null],
          ["CONV_RESET_WINDOW", 30, null],
        ]),
      /column/,
    );
  });
});

describe("price series reuse across recalculations", () => {
  const dates = () => [[serial("2001-05-14")], [serial("2001-05-15")], [serial("2001-05-16")]];
  const bids = (): (number | null)[][] => [[4], [5], [6]];

  it("reuses the series when every cell is the same, even in fresh arrays", () => {
    assert.equal(readPriceSeries(dates(), bids()), readPriceSeries(dates(), bids()));
  });

  it("rebuilds when any cell changed: a bid, a date, or a blank", () => {
    const before = readPriceSeries(dates(), bids());
    const changedBid = bids();
    changedBid[2] = [6.01];
    assert.equal(readPriceSeries(dates(), changedBid).bidOn(day("2001-05-16")).toString(), "6.01");
    const changedDate = dates();
    changedDate[0] = [serial("2001-05-11")];
    assert.equal(readPriceSeries(changedDate, bids()).bidOn(day("2001-05-11")).toString(), "4");
    const blanked = bids();
    blanked[1] = [null];
    throwsTerms(() => readPriceSeries(dates(), blanked).bidOn(day("2001-05-15")), "missing", /2001-05-15/);
    assert.equal(readPriceSeries(dates(), bids()).bidOn(day("2001-05-16")).toString(), "6");
    assert.notEqual(readPriceSeries(dates(), changedBid), before);
  });

  it("does not keep a range that failed: the error comes back every time", () => {
    const bad = [[serial("2001-05-16")], [serial("2001-05-16")]];
    for (let i = 0; i < 2; i++) throwsTerms(() => readPriceSeries(bad, [[1], [2]]), "invalid", /appears twice/);
  });

  it("reads the same cells passed as a row", () => {
    // Same values, same order: the series is the same, as it should be.
    const row = [[serial("2001-05-14"), serial("2001-05-15"), serial("2001-05-16")]];
    assert.equal(
      readPriceSeries(row, [[4, 5, 6]])
        .bidOn(day("2001-05-15"))
        .toString(),
      "5",
    );
  });
});

describe("the calling workbook's date system", () => {
  it("reads DATE_SYSTEM from its row of [terms], as a number or text, any case; 1900 without one", () => {
    assert.equal(readTerms(null).dateSystem(), 1900);
    assert.equal(readTerms([["DELAY_PCT", 0.02]]).dateSystem(), 1900);
    assert.equal(
      readTerms([
        ["DELAY_PCT", 0.02],
        ["date_system", 1904],
      ]).dateSystem(),
      1904,
    );
    assert.equal(readTerms([[" DATE_SYSTEM ", "1904"]]).dateSystem(), 1904);
    throwsTerms(() => readTerms([["DATE_SYSTEM", 1905]]), "invalid", /DATE_SYSTEM must be one of 1900, 1904, got 1905/);
  });

  it("reads and writes 2001-04-17 as 35536 in a 1904 workbook (36998 − 1462), only while the call runs", () => {
    withDateSystem(1904, () => {
      assert.equal(readDate(35536, "date"), day("2001-04-17"));
      assert.equal(toExcelDate(day("2001-04-17")), 35536);
    });
    assert.equal(toExcelDate(day("2001-04-17")), 36998);
    assert.throws(() => withDateSystem(1904, () => readDate("x", "date")));
    assert.equal(toExcelDate(day("2001-04-17")), 36998, "restored after an error too");
  });
});
