import assert from "node:assert/strict";
import { priceSourceFromSelection } from "../../src/model/priceSelection";
import { CellValue, WorkbookState } from "../../src/workbook/workbookPlan";
import { serial } from "../helpers/prices";

/** A sheet "Feed" with `rows` from A1, and optionally a table over them. */
function feed(rows: CellValue[][], table?: { name: string; address: string }): WorkbookState {
  return {
    sheets: [{ name: "Feed", exists: true, grid: rows }],
    tables: table ? [{ ...table, sheet: "Feed" }] : [],
    names: [],
  };
}

describe("priceSourceFromSelection", () => {
  const rows: CellValue[][] = [
    ["Day", "Bid"],
    [serial("2001-05-14"), 5.1],
    [serial("2001-05-15"), 5.2],
    [serial("2001-05-16"), ""],
  ];

  it("uses a selected two-column range in place, less its heading row", () => {
    const found = priceSourceFromSelection("Feed", "A1:B4", feed(rows));
    assert.deepEqual(found, {
      ok: true,
      value: {
        source: {
          dates: "'Feed'!$A$2:$A$4",
          bids: "'Feed'!$B$2:$B$4",
          description: "the ranges Feed!A2:A4 and Feed!B2:B4",
        },
        days: 3,
      },
    });
  });

  it("uses two columns of a table whole, by structured reference, whatever part of them is selected", () => {
    const found = priceSourceFromSelection("Feed", "A2:B3", feed(rows, { name: "Quotes", address: "A1:B4" }));
    assert.ok(found.ok);
    assert.deepEqual(found.value.source, {
      dates: "Quotes[Day]",
      bids: "Quotes[Bid]",
      description: "the table Quotes",
    });
    assert.equal(found.value.days, 3);
  });

  it("writes a header with special characters by Excel's rules: Feed2Tbl[[Close/Last]], Feed3Tbl[['@Date]]", () => {
    // Issue 17's examples: "/" needs the header's own brackets; "@" would mean "this row".
    const headed = (h: [string, string]): CellValue[][] => [h, ...rows.slice(1)];
    const slash = priceSourceFromSelection(
      "Feed",
      "A1:B4",
      feed(headed(["Date", "Close/Last"]), {
        name: "Feed2Tbl",
        address: "A1:B4",
      }),
    );
    assert.ok(slash.ok);
    assert.equal(slash.value.source.dates, "Feed2Tbl[Date]");
    assert.equal(slash.value.source.bids, "Feed2Tbl[[Close/Last]]");
    const at = priceSourceFromSelection(
      "Feed",
      "A1:B4",
      feed(headed(["@Date", "Bid #1"]), { name: "Feed3Tbl", address: "A1:B4" }),
    );
    assert.ok(at.ok);
    assert.equal(at.value.source.dates, "Feed3Tbl[['@Date]]");
    assert.equal(at.value.source.bids, "Feed3Tbl[[Bid '#1]]");
  });

  it("refuses a selection that is not two columns", () => {
    const found = priceSourceFromSelection("Feed", "A1:C4", feed(rows));
    assert.deepEqual(found, {
      ok: false,
      problems: [
        {
          path: "selection",
          message: "select two columns side by side, dates then closing bids (the selection is A1:C4)",
        },
      ],
    });
  });

  it("lists bad rows with the CSV import's messages, numbered as on the worksheet", () => {
    // Row 3 is a Saturday (2001-05-12) and row 4 has text for a bid.
    const bad: CellValue[][] = [
      ["Day", "Bid"],
      [serial("2001-05-11"), 5],
      [serial("2001-05-12"), 5],
      [serial("2001-05-14"), "n/a"],
    ];
    const found = priceSourceFromSelection("Feed", "A1:B4", feed(bad));
    assert.deepEqual(found, {
      ok: false,
      problems: [
        {
          path: "row 3",
          message: "row 3: 2001-05-12 is not a Nasdaq trading day, so it has no closing bid",
        },
        {
          path: "row 4",
          message: 'row 4: closing bid must be a positive number, got text "n/a"',
        },
      ],
    });
  });
});
