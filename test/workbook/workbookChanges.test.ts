import assert from "node:assert/strict";
import { workbookChanges } from "../../src/workbook/workbookChanges";
import { WorkbookState } from "../../src/workbook/workbookPlan";

const REVIEWED: WorkbookState = {
  sheets: [
    { name: "DEAL", exists: true, grid: [["Title"], [], ["x", 1.2]], formulas: [["Title"], [], ["x", 1.2]] },
    { name: "Prices", exists: false, grid: [] },
  ],
  tables: [{ name: "DEAL_T", sheet: "DEAL", address: "G5:H7" }],
  names: [{ name: "DEAL.X", formula: "=DEAL!$B$3" }],
  dateSystem: 1900,
};

describe("workbookChanges", () => {
  it("finds nothing when nothing changed", () => {
    assert.deepEqual(workbookChanges(REVIEWED, REVIEWED), []);
  });

  it("names each changed cell, value or formula, including cells beyond the reviewed used range", () => {
    const now: WorkbookState = {
      ...REVIEWED,
      sheets: [
        // B3 now holds a formula that happens to give the same value; D9 was typed in.
        {
          name: "DEAL",
          exists: true,
          grid: [["Title"], [], ["x", 1.2], [], [], [], [], [], ["", "", "", "note"]],
          formulas: [["Title"], [], ["x", "=0.6*2"], [], [], [], [], [], ["", "", "", "note"]],
        },
        { name: "Prices", exists: true, grid: [] },
      ],
    };
    assert.deepEqual(workbookChanges(REVIEWED, now), [
      "cell DEAL!B3: was 1.2, now the formula =0.6*2",
      'cell DEAL!D9: was empty, now text "note"',
      "sheet Prices: added since the review",
    ]);
  });

  it("names tables and names that moved, appeared or went, and a changed date system", () => {
    const now: WorkbookState = {
      ...REVIEWED,
      tables: [
        { name: "Table1", sheet: "DEAL", address: "A20:B21" },
        { name: "DEAL_T", sheet: "DEAL", address: "G5:H9" },
      ],
      names: [],
      dateSystem: 1904,
    };
    assert.deepEqual(workbookChanges(REVIEWED, now), [
      "table DEAL_T: was DEAL!G5:H7, now DEAL!G5:H9",
      "table Table1: added since the review",
      "name DEAL.X: deleted since the review",
      "the workbook's date system: was 1900, now 1904",
    ]);
  });
});
