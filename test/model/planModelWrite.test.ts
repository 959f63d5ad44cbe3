import assert from "node:assert/strict";
import { planDealModel } from "../../src/model/planDealModel";
import { planModelWrite } from "../../src/model/planModelWrite";
import { PRICE_TABLE_SOURCE } from "../../src/model/priceSource";
import { modelName } from "../../src/model/modelLayout";
import { DEAL_PRESETS, presetTermSheet } from "../../src/termsheet/presets";
import { CellValue, WorkbookState } from "../../src/workbook/workbookPlan";

const sheet = presetTermSheet(DEAL_PRESETS.find((p) => p.id === "DEB_T1")!);
assert.ok(sheet.ok);
const model = planDealModel(sheet.value, PRICE_TABLE_SOURCE);

/** The model sheet as the workbook would show it after a build, with `edits` on top. */
function written(edits: Record<string, CellValue> = {}): WorkbookState {
  const grid: CellValue[][] = [];
  const put = (row: number, column: number, v: CellValue) => {
    while (grid.length < row) grid.push([]);
    grid[row - 1][column - 1] = v;
  };
  const formulas: CellValue[][] = [];
  const putFormula = (row: number, column: number, v: CellValue) => {
    while (formulas.length < row) formulas.push([]);
    formulas[row - 1][column - 1] = v;
  };
  // As Excel reads it back: a formula's value in `values`, its text in `formulas`.
  for (const c of model.cells) {
    put(c.row, c.column, typeof c.value === "string" && c.value.startsWith("=") ? 0 : c.value);
    putFormula(c.row, c.column, c.value);
  }
  for (const [address, v] of Object.entries(edits)) {
    const m = /^([A-Z]+)(\d+)$/.exec(address)!;
    put(Number(m[2]), m[1].charCodeAt(0) - 64, typeof v === "string" && v.startsWith("=") ? 1 : v);
    putFormula(Number(m[2]), m[1].charCodeAt(0) - 64, v);
  }
  const whole = (g: CellValue[][]) => g.map((r) => Array.from(r, (v) => v ?? ""));
  return {
    sheets: [{ name: model.sheet, exists: true, grid: whole(grid), formulas: whole(formulas) }],
    tables: [],
    names: [],
  };
}

const addressOf = (key: string) =>
  model.names.find((n) => n.name === modelName("DEB_T1", key))!.refersTo.replace(/^.*!|\$/g, "");

describe("planModelWrite", () => {
  it("writes every cell of a new model", () => {
    const write = planModelWrite(model, { sheets: [], tables: [], names: [] });
    assert.ok(write.ok);
    assert.equal(write.value.sheetExists, false);
    assert.equal(write.value.cells.length, model.cells.length);
  });

  it("re-builds in place, keeping the inputs the banker filled and rewriting the rest", () => {
    const issue = addressOf("ISSUE_DATE");
    const write = planModelWrite(model, written({ [issue]: 37026 }));
    assert.ok(write.ok);
    // PRINCIPAL and CONVERTED_PRINCIPAL hold the pane's own default formulas: not the banker's.
    assert.deepEqual(write.value.keptInputs, [issue]);
    assert.ok(!write.value.cells.some((c) => c.address === issue));
    assert.ok(write.value.cells.some((c) => c.address === addressOf("CONV_PRICE")));
  });

  it("counts nothing as the banker's on a re-build of an untouched model (issue 17)", () => {
    const write = planModelWrite(model, written());
    assert.ok(write.ok);
    assert.deepEqual(write.value.keptInputs, []);
  });

  it("keeps a default the banker replaced: another formula or a typed amount", () => {
    const principal = addressOf("PRINCIPAL");
    const converted = addressOf("CONVERTED_PRINCIPAL");
    const write = planModelWrite(model, written({ [principal]: "=5000000*2", [converted]: 2500000 }));
    assert.ok(write.ok);
    assert.deepEqual(write.value.keptInputs, [principal, converted]);
  });

  it("takes the pane's formula read back with \"$\" and another case as the pane's", () => {
    const principal = addressOf("PRINCIPAL");
    const ours = String(model.cells.find((c) => c.address === principal)!.value);
    const write = planModelWrite(model, written({ [principal]: ours.toLowerCase().replace("=", "= ") }));
    assert.ok(write.ok);
    assert.deepEqual(write.value.keptInputs, []);
  });

  it("refuses a sheet of the model's name that is not the deal's model", () => {
    const state: WorkbookState = {
      sheets: [{ name: "deb_t1_model", exists: true, grid: [["my notes"]] }],
      tables: [],
      names: [],
    };
    const write = planModelWrite(model, state);
    assert.equal(write.ok, false);
    assert.match(!write.ok ? write.problems[0].message : "", /deb_t1_model.*already exists/);
  });
});
