import assert from "node:assert/strict";
import { parsePriceCsv, PriceFile } from "../../src/termsheet/priceCsv";
import { planPriceImport } from "../../src/termsheet/pricePlan";
import { problemsOf } from "../../src/workbook/problem";
import { WorkbookState } from "../../src/workbook/workbookPlan";
import { EMPTY_WORKBOOK, applyToState } from "./planGrid";

/** The plan of a price import that must succeed. */
function planOf(f: PriceFile, state: WorkbookState) {
  const r = planPriceImport(f, state);
  assert.ok(r.ok, JSON.stringify(problemsOf(r)));
  return r.value.plan;
}

function file(text: string): PriceFile {
  const r = parsePriceCsv(text);
  assert.ok(r.ok, JSON.stringify(problemsOf(r)));
  return r.value;
}
const THREE = file("Date,Close\n4/18/2001,5.0625\n4/17/2001,\n4/16/2001,5.1\n");

describe("planPriceImport", () => {
  it("creates the table NEOT_Prices (Date, ClosingBid) on a new sheet Prices, oldest first, a missing bid blank", () => {
    const r = planPriceImport(THREE, EMPTY_WORKBOOK);
    assert.ok(r.ok);
    const { plan, rows, missing, first, last, rowsBefore } = r.value;
    assert.deepEqual(plan.newSheets, ["Prices"]);
    const t = plan.tables[0];
    assert.equal(t.name, "NEOT_Prices");
    assert.equal(t.address, "A1:B4");
    assert.deepEqual(t.headers, ["Date", "ClosingBid"]);
    // 2001-04-16 is serial 36997 (2001-04-17 = 36998)
    assert.deepEqual(t.rows, [
      [36997, 5.1],
      [36998, ""],
      [36999, 5.0625],
    ]);
    assert.deepEqual(t.columnFormats, ["yyyy-mm-dd", "0.00####"]);
    assert.equal(t.previousAddress, undefined);
    assert.deepEqual(
      { rows, missing, first, last, rowsBefore },
      { rows: 3, missing: 1, first: "2001-04-16", last: "2001-04-18", rowsBefore: undefined },
    );
  });

  it("replaces the rows of an existing table where it is, clearing rows it no longer needs", () => {
    const state = applyToState(EMPTY_WORKBOOK, planOf(THREE, EMPTY_WORKBOOK));
    const r = planPriceImport(file("Date,Close\n2001-04-16,5.1\n"), state);
    assert.ok(r.ok);
    const t = r.value.plan.tables[0];
    assert.equal(t.previousAddress, "A1:B4");
    assert.equal(t.address, "A1:B2");
    assert.equal(t.clearAfter, "A3:B4");
    assert.equal(r.value.rowsBefore, 3);
    assert.deepEqual(r.value.plan.newSheets, []);
  });

  it("refuses a Prices sheet with other content, and a NEOT_Prices table with other columns", () => {
    const busy: WorkbookState = {
      sheets: [{ name: "Prices", exists: true, grid: [["", "my data"]] }],
      tables: [],
      names: [],
    };
    assert.deepEqual(
      problemsOf(planPriceImport(THREE, busy)).map((p) => p.message),
      ['sheet "Prices" has content but no table NEOT_Prices; rename the sheet, then import again'],
    );
    const other: WorkbookState = {
      sheets: [
        {
          name: "Data",
          exists: true,
          grid: [
            ["Day", "Close"],
            [1, 2],
          ],
        },
      ],
      tables: [{ name: "NEOT_Prices", sheet: "Data", address: "A1:B2" }],
      names: [],
    };
    assert.match(
      problemsOf(planPriceImport(THREE, other))[0].message,
      /table NEOT_Prices has the columns Day, Close, expected Date, ClosingBid/,
    );
  });

  it("lists cells in the way when the table grows", () => {
    const state = applyToState(EMPTY_WORKBOOK, planOf(file("Date,Close\n2001-04-16,5.1\n"), EMPTY_WORKBOOK));
    const grid = state.sheets[0].grid.map((r) => [...r]);
    grid[3] = ["", "x"]; // B4
    const r = planPriceImport(THREE, { ...state, sheets: [{ ...state.sheets[0], grid }] });
    assert.deepEqual(
      problemsOf(r).map((p) => p.message),
      ['cell Prices!B4 holds text "x" where the import writes; move it, then import again'],
    );
  });
});
