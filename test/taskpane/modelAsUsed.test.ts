import assert from "node:assert/strict";
import { levelFormula } from "../../src/model/modelChart";
import { modelSheetName } from "../../src/model/modelLayout";
import { planDealModel } from "../../src/model/planDealModel";
import { PRICE_TABLE_SOURCE } from "../../src/model/priceSource";
import { columnLetters } from "../../src/workbook/a1";
import { INPUT_BORDER, INPUT_FILL } from "../../src/workbook/cellStyle";
import { WorkbookPlan } from "../../src/workbook/workbookPlan";
import { parsePriceCsv } from "../../src/termsheet/priceCsv";
import { currentPriceSource, planModelBuild } from "../../src/model/planModelBuild";
import { priceSourceFromSelection } from "../../src/model/priceSelection";
import { ExcelRun, WorkbookChangedError, WorkbookWriteError, excelWorkbook } from "../../src/taskpane/excelWorkbook";
import { chartStep } from "../../src/taskpane/modelWorkbook";
import { planDealImport, termSheetFromWorkbook } from "../../src/termsheet/dealSheet";
import { DEAL_PRESETS, presetTermSheet } from "../../src/termsheet/presets";
import { PRICE_SHEET, PRICE_TABLE, planPriceImport } from "../../src/termsheet/pricePlan";
import { problemsOf } from "../../src/workbook/problem";
import { serial } from "../helpers/prices";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createExcelStandIn } = require("./excelStandIn.js");

// Issue 17, the model sheet as a banker uses it, against the Excel stand-in: references
// Excel accepts, the input style and its undo, formatting edits, the series' length.

interface StandIn {
  Excel: { run: ExcelRun };
  failAtWrite(n: number): void;
  readonly writes: string[];
  seedCell(sheet: string, address: string, value: unknown, numberFormat?: string): void;
  seedTable(sheet: string, address: string, name: string): void;
  seedFormat(sheet: string, address: string, format: Record<string, unknown>): void;
  setSpill(sheet: string, anchor: string, rows: number, columns: number): void;
  dump(): {
    sheets: Record<string, Record<string, Record<string, unknown>>>;
    names: Record<string, { ref: string; comment: string }>;
    charts: Record<string, { series: { name: string; values: string; xValues: string }[] }>;
  };
}

const NOTHING: WorkbookPlan = { newSheets: [], ranges: [], tables: [], names: [], autofit: [] };
const DEAL = "DEB_T1";
const MODEL = modelSheetName(DEAL);
const preset = presetTermSheet(DEAL_PRESETS.find((p) => p.id === DEAL)!);
const TERMS = preset.ok ? preset.value : assert.fail("the DEB_T1 preset is invalid");

/** A workbook with the deal's terms only. */
async function withDeal(s: StandIn): Promise<void> {
  const host = excelWorkbook(s.Excel.run);
  const state = await host.read([DEAL]);
  const deal = planDealImport(TERMS, state);
  assert.ok(deal.ok, JSON.stringify(problemsOf(deal)));
  await host.apply(deal.value.plan, state);
}

/** The banker's own table `name` on `sheet` from A1: headers, then three days of bids. */
function seedFeed(s: StandIn, name: string, headers: [string, string], sheet = "Feed"): void {
  s.seedCell(sheet, "A1", headers[0]);
  s.seedCell(sheet, "B1", headers[1]);
  ["2001-05-14", "2001-05-15", "2001-05-16"].forEach((d, i) => {
    s.seedCell(sheet, `A${i + 2}`, serial(d), "yyyy-mm-dd");
    s.seedCell(sheet, `B${i + 2}`, 5 + i / 10);
  });
  s.seedTable(sheet, "A1:B4", name);
}

async function buildWith(s: StandIn, prices: Parameters<typeof planModelBuild>[1]): Promise<void> {
  const host = excelWorkbook(s.Excel.run);
  const state = await host.read([DEAL, MODEL], [PRICE_TABLE]);
  const terms = termSheetFromWorkbook(DEAL, state);
  assert.ok(terms.ok);
  const build = planModelBuild(terms.value, prices, state);
  assert.ok(build.ok, JSON.stringify(problemsOf(build)));
  await host.apply(build.value.plan, state, undefined, chartStep(build.value.model, state));
}

describe("the model's price names: structured references Excel accepts", () => {
  for (const [table, headers] of [
    ["Feed2Tbl", ["Date", "Close/Last"]],
    ["Feed3Tbl", ["@Date", "Bid #1"]],
  ] as const) {
    it(`builds over ${table} (${headers.join(", ")}) selected in place`, async () => {
      const s: StandIn = createExcelStandIn();
      await withDeal(s);
      seedFeed(s, table, [...headers]);
      const found = priceSourceFromSelection("Feed", "A1:B4", await excelWorkbook(s.Excel.run).read(["Feed"]));
      assert.ok(found.ok, JSON.stringify(problemsOf(found)));
      await buildWith(s, found.value.source);
      const names = s.dump().names;
      assert.equal(names[`${MODEL}.PRICE_DATES`].ref, found.value.source.dates);
      assert.equal(names[`${MODEL}.PRICE_BIDS`].ref, found.value.source.bids);
    });
  }

  it("the stand-in refuses the references the pane used to write, as Excel does", async () => {
    const s: StandIn = createExcelStandIn();
    await withDeal(s);
    seedFeed(s, "Feed2Tbl", ["Date", "Close/Last"]);
    const add = (name: string, formula: string) =>
      s.Excel.run(async (context) => {
        context.workbook.names.add(name, formula);
        await context.sync();
      });
    // A special character in single brackets; "[@Date]" is "Date on this row" (there is no column Date).
    await assert.rejects(add("Px_one", "=Feed2Tbl[Close/Last]"), /not a column specifier/);
    seedFeed(s, "Feed3Tbl", ["@Date", "Bid"], "Feed3");
    await assert.rejects(add("Px_two", "=Feed3Tbl[@Date]"), /no column Date/);
    await assert.rejects(add("Px_three", "=NoSuchTbl[Date]"), /no table NoSuchTbl/);
    await add("Px_four", "=Feed2Tbl[[Close/Last]]");
    await add("Px_five", "=Feed3Tbl[['@Date]]");
    const cell = (formula: string) =>
      s.Excel.run(async (context) => {
        context.workbook.worksheets.getItem("Feed").getRange("D1").formulas = [[formula]];
        await context.sync();
      });
    await assert.rejects(cell("=SUM(Feed2Tbl[Close/Last])"), /not a column specifier/);
    await cell('=SUM(Feed2Tbl[[Close/Last]])&"[x]"');
  });

  it("the pane's own price table keeps its plain references", async () => {
    const s: StandIn = createExcelStandIn();
    await withDeal(s);
    const state = await excelWorkbook(s.Excel.run).read([DEAL, MODEL], [PRICE_TABLE]);
    assert.equal(currentPriceSource(DEAL, state).dates, `${PRICE_TABLE}[Date]`);
    assert.equal(currentPriceSource(DEAL, state).bids, `${PRICE_TABLE}[ClosingBid]`);
  });
});

/** The deal's terms, five days of bids in the pane's table, and the model built over them. */
async function builtModel(s: StandIn): Promise<void> {
  await withDeal(s);
  await builtModelWithPrices(s);
}

/** Five days of bids in the pane's table, then the model built over them (the deal already there). */
async function builtModelWithPrices(s: StandIn): Promise<void> {
  const host = excelWorkbook(s.Excel.run);
  const csv = parsePriceCsv("Date,Bid\n2001-05-14,5.1\n2001-05-15,5.2\n2001-05-16,5\n2001-05-17,4.9\n2001-05-18,4.8\n");
  assert.ok(csv.ok);
  const prices = await host.read([PRICE_SHEET], [PRICE_TABLE]);
  const planned = planPriceImport(csv.value, prices);
  assert.ok(planned.ok);
  await host.apply(planned.value.plan, prices);
  await buildWith(s, PRICE_TABLE_SOURCE);
}

const LAYOUT = planDealModel(TERMS);
const addressOf = (key: string) =>
  LAYOUT.names.find((n) => n.name === `${MODEL}.${key}`)!.refersTo.replace(/^.*!|\$/g, "");
const INPUT_LOOK = {
  fill: INPUT_FILL,
  borders: Object.fromEntries(
    ["top", "bottom", "left", "right"].map((e) => [e, { style: "Continuous", color: INPUT_BORDER, weight: "Thin" }]),
  ),
};

describe("the model's inputs: Excel's Input style, with the same undo", () => {
  it("shades and borders every input cell, and no other cell", async () => {
    const s: StandIn = createExcelStandIn();
    await builtModel(s);
    const cells = s.dump().sheets[MODEL];
    const inputs = LAYOUT.cells.filter((c) => c.role === "input").map((c) => c.address);
    assert.ok(inputs.length >= 9);
    for (const a of inputs) {
      assert.equal(cells[a]?.fill, INPUT_FILL, `${a} fill`);
      assert.deepEqual(cells[a]?.borders, INPUT_LOOK.borders, `${a} borders`);
    }
    for (const [a, c] of Object.entries(cells))
      if (!inputs.includes(a)) assert.ok(!c.fill && !c.borders, `${a} is not an input but has ${JSON.stringify(c)}`);
  });

  it("a re-build keeps the style on the inputs it keeps, and leaves their values alone", async () => {
    const s: StandIn = createExcelStandIn();
    await builtModel(s);
    const issue = addressOf("ISSUE_DATE");
    s.seedCell(MODEL, issue, serial("2001-05-15"), "yyyy-mm-dd");
    s.seedFormat(MODEL, issue, { fill: undefined, borders: undefined }); // as an earlier version left it
    await buildWith(s, PRICE_TABLE_SOURCE);
    const cell = s.dump().sheets[MODEL][issue];
    assert.equal(cell.value, serial("2001-05-15"));
    assert.equal(cell.fill, INPUT_FILL);
    assert.deepEqual(cell.borders, INPUT_LOOK.borders);
  });

  it("a re-build failing just after the style is written puts back each cell's own fill and borders", async () => {
    const prepare = async (s: StandIn) => {
      await builtModel(s);
      // The banker's own look on two inputs: a yellow fill; no fill and a red bottom border.
      s.seedFormat(MODEL, addressOf("AS_OF"), { fill: "#FFFF00" });
      s.seedFormat(MODEL, addressOf("FLOOR_PRICE"), {
        fill: undefined,
        borders: { bottom: { style: "Continuous", color: "#FF0000", weight: "Medium" } },
      });
      s.seedCell(MODEL, addressOf("AS_OF"), serial("2001-05-18"), "yyyy-mm-dd");
    };
    const probe: StandIn = createExcelStandIn();
    await prepare(probe);
    const start = probe.writes.length;
    await buildWith(probe, PRICE_TABLE_SOURCE);
    const styleWrites = probe.writes
      .slice(start)
      .map((w, i) => (w.startsWith("setCellProperties") ? i + 1 : 0))
      .filter(Boolean);
    assert.ok(styleWrites.length >= 2, "the re-build writes the Input style");
    for (const k of [styleWrites[0] + 1, styleWrites[styleWrites.length - 1] + 1]) {
      const s: StandIn = createExcelStandIn();
      await prepare(s);
      const before = JSON.stringify(s.dump());
      const host = excelWorkbook(s.Excel.run);
      const state = await host.read([DEAL, MODEL], [PRICE_TABLE]);
      const terms = termSheetFromWorkbook(DEAL, state);
      assert.ok(terms.ok);
      const build = planModelBuild(terms.value, PRICE_TABLE_SOURCE, state);
      assert.ok(build.ok);
      s.failAtWrite(k);
      await assert.rejects(
        host.apply(build.value.plan, state, undefined, chartStep(build.value.model, state)),
        (e: unknown) => e instanceof WorkbookWriteError && e.restored,
      );
      const after = s.dump().sheets[MODEL];
      const was = JSON.parse(before).sheets[MODEL];
      for (const a of new Set([...Object.keys(after), ...Object.keys(was)]))
        assert.deepEqual(after[a], was[a], `${a} after a failure at write ${k}`);
      assert.equal(JSON.stringify(s.dump()), before, `after a failure at write ${k}`);
    }
  });
});

describe("the model follows the data: a schedule longer than the rows formatted ahead", () => {
  const chart = LAYOUT.charts[0];
  const series = LAYOUT.spills.find((sp) => sp.address === chart.spill)!;
  const ROWS = 1000; // about four years of trading days, past SPILL_FORMAT_ROWS (780)
  const last = series.row + ROWS; // data rows from series.row + 1
  const col = (c: number) => columnLetters(c);

  async function refresh(s: StandIn): Promise<void> {
    const host = excelWorkbook(s.Excel.run);
    const state = await host.read([DEAL, MODEL], [PRICE_TABLE]);
    const terms = termSheetFromWorkbook(DEAL, state);
    assert.ok(terms.ok);
    const model = planDealModel(terms.value, currentPriceSource(DEAL, state));
    await host.apply(NOTHING, state, undefined, chartStep(model, state));
  }

  function assertCovered(s: StandIn): void {
    const cells = s.dump().sheets[MODEL];
    // The schedule's date column is formatted as a date down to its last row, and the price columns as prices.
    assert.equal(cells[`${col(series.column)}${last}`]?.numberFormat, series.columnFormats[0]);
    assert.equal(cells[`${col(series.column + 1)}${last}`]?.numberFormat, series.columnFormats[1]);
    // Each level line (Floor Price, $1.00) has its formula on the last row, and the chart plots to it.
    chart.levelColumns.forEach((c, level) =>
      assert.equal(cells[`${col(c)}${last}`]?.formula, levelFormula(LAYOUT, chart, level, last)),
    );
    const plotted = s.dump().charts[`${MODEL}!${chart.name}`];
    for (const line of plotted.series) assert.match(line.values, new RegExp(`\\d+:[A-Z]+${last}$`), line.name);
  }

  it("on build: formats and level lines reach the last of 1,000 rows", async () => {
    const s: StandIn = createExcelStandIn();
    await withDeal(s);
    s.setSpill(MODEL, series.address, ROWS + 1, series.columns);
    await builtModelWithPrices(s);
    assertCovered(s);
  });

  it("on refresh, after the schedule grew from 5 rows to 1,000", async () => {
    const s: StandIn = createExcelStandIn();
    await withDeal(s);
    s.setSpill(MODEL, series.address, 6, series.columns);
    await builtModelWithPrices(s);
    assert.equal(s.dump().sheets[MODEL][`${col(chart.levelColumns[0])}${last}`], undefined);
    s.setSpill(MODEL, series.address, ROWS + 1, series.columns);
    await refresh(s);
    assertCovered(s);
  });

  it("a refresh failing after it extended the schedule puts the cells below back as they were", async () => {
    const s: StandIn = createExcelStandIn();
    await withDeal(s);
    s.setSpill(MODEL, series.address, 6, series.columns);
    await builtModelWithPrices(s);
    s.seedCell(MODEL, `${col(chart.levelColumns[0])}${last}`, "the banker's note");
    s.setSpill(MODEL, series.address, ROWS + 1, series.columns);
    const before = JSON.stringify(s.dump());
    const probe = s.writes.length;
    s.failAtWrite(1_000_000); // count the refresh's writes without failing
    await refresh(s);
    const total = s.writes.length - probe;
    const again: StandIn = createExcelStandIn();
    await withDeal(again);
    again.setSpill(MODEL, series.address, 6, series.columns);
    await builtModelWithPrices(again);
    again.seedCell(MODEL, `${col(chart.levelColumns[0])}${last}`, "the banker's note");
    again.setSpill(MODEL, series.address, ROWS + 1, series.columns);
    assert.equal(JSON.stringify(again.dump()), before);
    again.failAtWrite(total);
    await assert.rejects(refresh(again), (e: unknown) => e instanceof WorkbookWriteError && e.restored);
    assert.equal(JSON.stringify(again.dump()), before);
  });
});

describe("formatting edits between review and Write are edits", () => {
  /** Reviews a re-import of the deal (its plan and the state with the formats it writes). */
  async function reviewDeal(s: StandIn) {
    const host = excelWorkbook(s.Excel.run);
    const state = await host.read([DEAL]);
    const deal = planDealImport(TERMS, state);
    assert.ok(deal.ok);
    return { host, plan: deal.value.plan, state: { ...state, formats: await host.readFormats(deal.value.plan) } };
  }

  it("a number format changed on a cell the import writes stops it, writing nothing, and is listed", async () => {
    const s: StandIn = createExcelStandIn();
    await withDeal(s);
    const { host, plan, state } = await reviewDeal(s);
    const cell = plan.ranges[0].address.split(":")[0]; // the deal's title, which a re-import rewrites
    const was = s.dump().sheets[DEAL][cell].numberFormat;
    s.seedFormat(DEAL, cell, { numberFormat: "0.0000" });
    const before = JSON.stringify(s.dump());
    await assert.rejects(host.apply(plan, state), (e: unknown) => {
      assert.ok(e instanceof WorkbookChangedError);
      assert.deepEqual(e.changes, [`cell ${DEAL}!${cell}: number format was ${was}, now 0.0000 since the review`]);
      return true;
    });
    assert.equal(JSON.stringify(s.dump()), before);
  });

  it("bold set on a cell the model build writes stops it and is listed", async () => {
    const s: StandIn = createExcelStandIn();
    await builtModel(s);
    const host = excelWorkbook(s.Excel.run);
    const state = await host.read([DEAL, MODEL], [PRICE_TABLE]);
    const terms = termSheetFromWorkbook(DEAL, state);
    assert.ok(terms.ok);
    const build = planModelBuild(terms.value, PRICE_TABLE_SOURCE, state);
    assert.ok(build.ok);
    const reviewed = { ...state, formats: await host.readFormats(build.value.plan) };
    const result = addressOf("CONV_PRICE");
    s.seedFormat(MODEL, result, { bold: true });
    const before = JSON.stringify(s.dump());
    await assert.rejects(
      host.apply(build.value.plan, reviewed, undefined, chartStep(build.value.model, reviewed)),
      (e: unknown) =>
        e instanceof WorkbookChangedError &&
        e.changes.length === 1 &&
        e.changes[0] === `cell ${MODEL}!${result}: bold was off, now on since the review`,
    );
    assert.equal(JSON.stringify(s.dump()), before);
  });

  it("formatting a cell the write does not touch does not stop it", async () => {
    const s: StandIn = createExcelStandIn();
    await withDeal(s);
    const { host, plan, state } = await reviewDeal(s);
    s.seedFormat(DEAL, "Z99", { bold: true, numberFormat: "0.00" });
    await host.apply(plan, state);
    assert.equal(s.dump().sheets[DEAL].Z99.bold, true);
  });
});
