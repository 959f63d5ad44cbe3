import assert from "node:assert/strict";
import { DetailedCellError } from "hyperformula";
import { excelSerialFromDay } from "../../src/engine/time/civilDate";
import { isTradingDay } from "../../src/engine/time/nasdaqCalendar";
import { modelName } from "../../src/model/modelLayout";
import { parseTableAddress } from "../../src/workbook/a1";
import { DEAL_PRESETS, presetTermSheet } from "../../src/termsheet/presets";
import { call } from "../bundle/loadBundle";
import { day } from "../helpers/prices";
import { neotCall } from "./directCall";
import { ModelWorkbook, modelWorkbook } from "./modelWorkbook";

// Issue 17, item 2: a model whose inputs are blank shows no error anywhere on its sheet —
// results are empty, a schedule's anchor holds a short note — and once the inputs are filled
// every result and every schedule is the built function's own answer on the same arguments.
// The sheet is evaluated by HyperFormula (a formula engine written elsewhere) with the built
// NEOT.* functions.

/** Closing bids on every trading day of 2001: 5.00 and a wobble (deterministic). */
function prices2001() {
  const dates: number[] = [];
  const bids: (number | null)[] = [];
  for (let d = day("2001-01-02"), k = 0; d <= day("2001-12-31"); d++) {
    if (!isTradingDay(d)) continue;
    dates.push(excelSerialFromDay(d));
    bids.push(Math.round((5 + Math.cos(k++ / 9) * 1.2) * 100) / 100);
  }
  return { dates, bids };
}
const S = (iso: string) => excelSerialFromDay(day(iso));

/** Every error value on the model sheet, by address. */
function errorsOnSheet(wb: ModelWorkbook): string[] {
  const sheet = wb.hf.getSheetId(wb.model.sheet)!;
  const found: string[] = [];
  wb.hf.getSheetValues(sheet).forEach((row, r) =>
    row.forEach((v, c) => {
      if (v instanceof DetailedCellError)
        found.push(`${wb.hf.simpleCellAddressToString({ sheet, row: r, col: c }, sheet)}: ${v.value} ${v.message}`);
    }),
  );
  return found;
}

const INPUTS: Record<string, number> = {
  AS_OF: S("2001-10-15"),
  ISSUE_DATE: S("2001-05-15"),
  INITIAL_CLOSING_DATE: S("2001-05-15"),
  CONVERSION_DATE: S("2001-11-15"), // after the As-of date: the simulation runs
  FLOOR_PRICE: 3,
  RATE: 0.05,
  EVENT_DATE: S("2001-07-02"),
  FORM_10K_DATE: S("2001-03-30"),
  CALL_NOTICE_DATE: S("2001-08-01"),
  WAIVER_NOTICE_DATE: S("2001-06-01"),
};

function fill(wb: ModelWorkbook): void {
  const id = wb.model.dealId;
  for (const key of Object.keys(INPUTS))
    if (wb.model.names.some((n) => n.name === modelName(id, key))) wb.set(modelName(id, key), INPUTS[key]);
  for (const prefix of ["", "OTHER_"]) {
    const dates = wb.model.names.find((n) => n.name === modelName(id, `${prefix}SALE_DATES`));
    if (!dates) continue;
    const box = parseTableAddress(dates.refersTo.split("!")[1].replace(/\$/g, ""))!;
    const sheet = wb.hf.getSheetId(wb.model.sheet)!;
    wb.hf.setCellContents({ sheet, row: box.top - 1, col: box.left - 1 }, [[S("2001-06-14"), 500_000, 6.25]]);
  }
}

for (const preset of DEAL_PRESETS) {
  const checked = presetTermSheet(preset);
  if (!checked.ok) throw new Error(`preset ${preset.id}`);
  const sheet = checked.value;

  describe(`${preset.id} model: blank inputs, then filled`, () => {
    it("with every input blank, no cell of the model sheet is an error", () => {
      const wb = modelWorkbook(sheet, prices2001());
      assert.deepEqual(errorsOnSheet(wb), []);
      for (const s of wb.model.spills) {
        const anchor = wb.cell(s.address);
        assert.ok(
          (typeof anchor === "string" && anchor.startsWith("Fill in the ")) || anchor === s.headings[0],
          `${s.address}: ${JSON.stringify(anchor)}`,
        );
      }
    });

    it("with the inputs filled, every schedule is the built function's table on the same arguments", () => {
      const wb = modelWorkbook(sheet, prices2001());
      fill(wb);
      const modelSheet = wb.hf.getSheetId(wb.model.sheet)!;
      for (const s of wb.model.spills) {
        const found = neotCall(s.formula)!;
        const args = found.args.map((a) => {
          const v = wb.hf.calculateFormula(`=${a}`, modelSheet);
          return Array.isArray(v) ? v : (v ?? null);
        });
        const direct = call(found.id, ...args) as { value?: unknown[][]; error?: unknown };
        assert.ok(Array.isArray(direct.value), `${s.address} ${found.id}: ${JSON.stringify(direct)}`);
        // Compared as JSON: the bundle's arrays come from another realm.
        assert.equal(JSON.stringify(wb.spill(s.address)), JSON.stringify(direct.value), `${s.address} ${found.id}`);
      }
    });
  });
}
