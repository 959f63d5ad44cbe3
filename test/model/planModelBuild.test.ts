import assert from "node:assert/strict";
import { chartRanges, chartRowsCell, levelFormula, SPILL_FORMAT_ROWS } from "../../src/model/modelChart";
import { planDealModel } from "../../src/model/planDealModel";
import { currentPriceSource, planModelBuild } from "../../src/model/planModelBuild";
import { PRICE_TABLE_SOURCE, rangePriceSource } from "../../src/model/priceSource";
import { planDealImport } from "../../src/termsheet/dealSheet";
import { DEAL_PRESETS, presetTermSheet } from "../../src/termsheet/presets";
import { PRICE_TABLE } from "../../src/termsheet/pricePlan";
import { columnLetters } from "../../src/workbook/a1";
import { problemsOf } from "../../src/workbook/problem";
import { TermSheet } from "../../src/termsheet/termSheet";
import { NameState, WorkbookState } from "../../src/workbook/workbookPlan";

const terms = (id: string): TermSheet => {
  const t = presetTermSheet(DEAL_PRESETS.find((p) => p.id === id)!);
  return t.ok ? t.value : assert.fail(`preset ${id}`);
};

/** A workbook holding the deal's terms names (as an import writes them) and the price table. */
function workbook(sheet: TermSheet, extraNames: NameState[] = []): WorkbookState {
  const imported = planDealImport(sheet, { sheets: [], tables: [], names: [] });
  assert.ok(imported.ok);
  const names = imported.value.plan.names.map((n) => ({ name: n.name, formula: `='${n.sheet}'!${n.address}` }));
  return {
    sheets: [],
    tables: [{ name: PRICE_TABLE, sheet: "Prices", address: "A1:B30" }],
    names: [...names, ...extraNames],
  };
}

describe("planModelBuild", () => {
  for (const preset of DEAL_PRESETS) {
    it(`plans ${preset.id}'s model for a workbook holding its terms and the price table: every name the formulas use exists`, () => {
      const sheet = terms(preset.id);
      const build = planModelBuild(sheet, PRICE_TABLE_SOURCE, workbook(sheet));
      assert.ok(build.ok, JSON.stringify(problemsOf(build)));
      assert.deepEqual(build.value.plan.newSheets, [`${preset.id}_MODEL`]);
      assert.equal(build.value.plan.names.length, build.value.model.names.length);
      assert.equal(build.value.rows[0].change, "added");
    });
  }

  it("refuses a model whose deal terms are missing from the workbook, naming each missing name", () => {
    const sheet = terms("DEB_T1");
    const build = planModelBuild(sheet, PRICE_TABLE_SOURCE, {
      sheets: [],
      tables: [{ name: PRICE_TABLE, sheet: "Prices", address: "A1:B3" }],
      names: [],
    });
    const problems = problemsOf(build);
    assert.ok(
      problems.some((p) => p.path === "name DEB_T1_TERMS" && /import DEB_T1's terms again/.test(p.message)),
      JSON.stringify(problems),
    );
  });

  it("shows a name of the model's that points elsewhere, before the model exists, as a conflict", () => {
    const sheet = terms("CALL_B");
    const build = planModelBuild(
      sheet,
      PRICE_TABLE_SOURCE,
      workbook(sheet, [{ name: "CALL_B_MODEL.AS_OF", formula: "=Mine!$A$1" }]),
    );
    assert.ok(build.ok);
    assert.deepEqual(
      build.value.conflicts.map((c) => c.item),
      ["name CALL_B_MODEL.AS_OF"],
    );
    assert.match(
      build.value.conflicts[0].detail,
      /points to Mine!\$A\$1; the build re-points it to 'CALL_B_MODEL'!\$B\$\d+$/,
    );
    assert.equal(build.value.rows[0].change, "conflict");
  });

  it("writes price names as formulas (in place) and model names as cells of the model sheet", () => {
    const sheet = terms("DEB_T1");
    const build = planModelBuild(sheet, rangePriceSource("Feed", "A2:A300", "B2:B300"), workbook(sheet));
    assert.ok(build.ok);
    const names = build.value.plan.names;
    assert.deepEqual(names.find((n) => n.name === "DEB_T1_MODEL.PRICE_DATES")?.formula, "='Feed'!$A$2:$A$300");
    const asOf = names.find((n) => n.name === "DEB_T1_MODEL.AS_OF")!;
    assert.deepEqual([asOf.sheet, asOf.address, asOf.formula], ["DEB_T1_MODEL", "B7", undefined]);
  });

  it("writes each spill's anchor and formats its columns over SPILL_FORMAT_ROWS rows without writing values there", () => {
    const sheet = terms("DEB_T1");
    const build = planModelBuild(sheet, PRICE_TABLE_SOURCE, workbook(sheet));
    assert.ok(build.ok);
    const { ranges } = build.value.plan;
    assert.deepEqual(
      build.value.model.spills.filter((sp) => sp.maxRows !== undefined).map((sp) => [sp.headings[0], sp.maxRows]),
      [
        ["Price level", 6],
        ["Item", 8],
      ],
    );
    for (const spill of build.value.model.spills) {
      const anchor = ranges.find((r) => r.address === spill.address)!;
      assert.deepEqual(anchor.values, [[spill.formula]]);
      const below = ranges.find(
        (r) => r.formatsOnly && r.address.startsWith(`${spill.address.replace(/\d+/, "")}${spill.row + 1}:`),
      )!;
      // A schedule: 780 rows; a table of fixed length (the dilution grid, the simulation): its own rows.
      assert.equal(below.numberFormats.length, spill.maxRows ?? SPILL_FORMAT_ROWS, spill.title);
      assert.deepEqual(below.values, []);
      // and widens its columns, e.g. K:N for a four-column spill at K6
      const [first, last] = [spill.column, spill.column + spill.columns - 1].map(columnLetters);
      assert.ok(
        build.value.plan.autofit.some((a) => a.columns === `${first}:${last}`),
        JSON.stringify(build.value.plan.autofit),
      );
    }
  });

  it("a re-build rewrites no name already in place and keeps the price source the names point at", () => {
    const sheet = terms("DEB_T1");
    const first = planModelBuild(sheet, rangePriceSource("Feed", "A2:A300", "B2:B300"), workbook(sheet));
    assert.ok(first.ok);
    const modelNames = first.value.model.names.map((n) => ({ name: n.name, formula: n.refersTo }));
    const state = workbook(sheet, modelNames);
    const source = currentPriceSource("DEB_T1", state);
    assert.equal(source.dates, "'Feed'!$A$2:$A$300");
    const grid = [["x"], ["Deal", "DEB_T1"]];
    const again = planModelBuild(sheet, source, { ...state, sheets: [{ name: "DEB_T1_MODEL", exists: true, grid }] });
    assert.ok(again.ok, JSON.stringify(problemsOf(again)));
    assert.deepEqual(again.value.plan.names, []);
    assert.deepEqual(again.value.plan.newSheets, []);
  });

  it("uses the pane's price table when the model has no price names yet", () => {
    assert.equal(currentPriceSource("DEB_T1", { sheets: [], tables: [], names: [] }), PRICE_TABLE_SOURCE);
  });
});

describe("modelChart", () => {
  const model = planDealModel(terms("DEB_T1"));
  const chart = model.charts[0];
  const spill = model.spills.find((s) => s.address === chart.spill)!;
  const letter = (c: number) => String.fromCharCode(64 + c);

  it("plots the spill's rows below its heading: 250 data rows from the anchor's next row", () => {
    const r = chartRanges(model, chart, 250);
    const first = spill.row + 1;
    const last = spill.row + 250; // 250 rows: first .. first + 249
    assert.equal(r.x, `${letter(spill.column)}${first}:${letter(spill.column)}${last}`);
    assert.deepEqual(
      r.series.map((s) => s.label),
      ["Closing bid", "Conversion Price", "Floor Price", "Nasdaq minimum bid"],
    );
    assert.equal(r.series[1].values, `${letter(spill.column + 2)}${first}:${letter(spill.column + 2)}${last}`);
  });

  it("plots one row while the spill has none", () => {
    assert.equal(chartRanges(model, chart, 0).x, `${letter(spill.column)}${spill.row + 1}`);
  });

  it("draws a level only beside a date, and not at all while it is blank", () => {
    assert.equal(
      levelFormula(model, chart, 0, 9),
      `=IF(${letter(spill.column)}9="","",IF(DEB_T1_MODEL.FLOOR_PRICE="",NA(),DEB_T1_MODEL.FLOOR_PRICE))`,
    );
    assert.equal(
      levelFormula(model, chart, 1, 9),
      `=IF(${letter(spill.column)}9="","",IF(DEB_T1.NASDAQ_MIN_BID="",NA(),DEB_T1.NASDAQ_MIN_BID))`,
    );
  });

  it("records the chart's row count just above the chart, in column B", () => {
    const top = Number(/\d+/.exec(chart.placeAt)![0]);
    assert.deepEqual(chartRowsCell(chart), { label: `A${top - 1}`, value: `B${top - 1}`, row: top - 1 });
  });
});
