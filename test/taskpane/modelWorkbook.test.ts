import assert from "node:assert/strict";
import { DealModel } from "../../src/model/dealModel";
import { CHART_ROWS_LABEL, SPILL_FORMAT_ROWS, chartRowsCell } from "../../src/model/modelChart";
import { modelSheetName } from "../../src/model/modelLayout";
import { planDealModel } from "../../src/model/planDealModel";
import { ModelBuild, currentPriceSource, planModelBuild } from "../../src/model/planModelBuild";
import { priceSourceFromSelection } from "../../src/model/priceSelection";
import { ExcelRun, WorkbookChangedError, WorkbookWriteError, excelWorkbook } from "../../src/taskpane/excelWorkbook";
import { chartStep, readSelection } from "../../src/taskpane/modelWorkbook";
import { planDealImport, termSheetFromWorkbook } from "../../src/termsheet/dealSheet";
import { parsePriceCsv } from "../../src/termsheet/priceCsv";
import { DEAL_PRESETS, presetTermSheet } from "../../src/termsheet/presets";
import { PRICE_SHEET, PRICE_TABLE, planPriceImport } from "../../src/termsheet/pricePlan";
import { problemsOf } from "../../src/workbook/problem";
import { WorkbookPlan, WorkbookState } from "../../src/workbook/workbookPlan";
import { serial } from "../helpers/prices";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createExcelStandIn } = require("./excelStandIn.js");

interface Chart {
  name: string;
  type: string;
  title: string;
  xTitle: string;
  yTitle: string;
  position: string;
  series: { name: string; values: string; xValues: string }[];
}
interface StandIn {
  Excel: { run: ExcelRun };
  failAtWrite(n: number): void;
  readonly writes: string[];
  readonly syncs: number;
  seedCell(sheet: string, address: string, value: unknown, numberFormat?: string): void;
  seedTable(sheet: string, address: string, name: string): void;
  setSpill(sheet: string, anchor: string, rows: number, columns: number): void;
  select(sheet: string, address: string): void;
  snapshot(): unknown;
  dump(): {
    sheets: Record<string, Record<string, { value: unknown; numberFormat: string; formula?: string; bold?: boolean }>>;
    names: Record<string, { ref: string; comment: string }>;
    tables: Record<string, unknown>;
    charts: Record<string, Chart>;
  };
}

const DEAL = "DEB_T1";
const MODEL = modelSheetName(DEAL);
const preset = presetTermSheet(DEAL_PRESETS.find((p) => p.id === DEAL)!);
const TERMS = preset.ok ? preset.value : assert.fail("the DEB_T1 preset is invalid");
/** The plan's layout, for addresses (the same for every build of this deal). */
const LAYOUT = planDealModel(TERMS);
const CHART = LAYOUT.charts[0];
const SERIES = LAYOUT.spills.find((s) => s.address === CHART.spill)!;
const addressOf = (model: DealModel, key: string) =>
  model.names.find((n) => n.name === `${MODEL}.${key}`)!.refersTo.replace(/^.*!|\$/g, "");

/** A workbook with the deal's terms (the DEB_T1 preset) and five days of prices in NEOT_Prices. */
async function dealWithPrices(s: StandIn): Promise<void> {
  const host = excelWorkbook(s.Excel.run);
  const state = await host.read([DEAL]);
  const deal = planDealImport(TERMS, state);
  assert.ok(deal.ok, JSON.stringify(problemsOf(deal)));
  await host.apply(deal.value.plan, state);
  const csv = parsePriceCsv("Date,Bid\n2001-05-14,5.1\n2001-05-15,5.2\n2001-05-16,5\n2001-05-17,4.9\n2001-05-18,4.8\n");
  assert.ok(csv.ok);
  const prices = await host.read([PRICE_SHEET], [PRICE_TABLE]);
  const planned = planPriceImport(csv.value, prices);
  assert.ok(planned.ok);
  await host.apply(planned.value.plan, prices);
}

interface Reviewed {
  readonly build: ModelBuild;
  readonly state: WorkbookState;
}

async function review(s: StandIn, prices?: Parameters<typeof planModelBuild>[1]): Promise<Reviewed> {
  const state = await excelWorkbook(s.Excel.run).read([DEAL, MODEL], [PRICE_TABLE]);
  const terms = termSheetFromWorkbook(DEAL, state);
  assert.ok(terms.ok, JSON.stringify(problemsOf(terms)));
  const build = planModelBuild(terms.value, prices ?? currentPriceSource(DEAL, state), state);
  assert.ok(build.ok, JSON.stringify(problemsOf(build)));
  return { build: build.value, state };
}

async function apply(s: StandIn, r: Reviewed): Promise<void> {
  await excelWorkbook(s.Excel.run).apply(r.build.plan, r.state, undefined, chartStep(r.build.model, r.state));
}

const NOTHING: WorkbookPlan = { newSheets: [], ranges: [], tables: [], names: [], autofit: [] };
async function refresh(s: StandIn): Promise<void> {
  const state = await excelWorkbook(s.Excel.run).read([DEAL, MODEL], [PRICE_TABLE]);
  const terms = termSheetFromWorkbook(DEAL, state);
  assert.ok(terms.ok);
  await excelWorkbook(s.Excel.run).apply(
    NOTHING,
    state,
    undefined,
    chartStep(planDealModel(terms.value, currentPriceSource(DEAL, state)), state),
  );
}

async function built(s: StandIn, spillRows = 6): Promise<void> {
  await dealWithPrices(s);
  s.setSpill(MODEL, SERIES.address, spillRows, SERIES.columns);
  await apply(s, await review(s));
}

/** Where two dumps first differ, for a readable failure. */
function firstDifference(a: unknown, b: unknown, path = ""): string {
  if (JSON.stringify(a) === JSON.stringify(b)) return "";
  if (a && b && typeof a === "object" && typeof b === "object") {
    for (const k of new Set([...Object.keys(a), ...Object.keys(b)])) {
      const d = firstDifference((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k], `${path}.${k}`);
      if (d) return d;
    }
  }
  return `${path}: was ${JSON.stringify(a)}, now ${JSON.stringify(b)}`;
}

describe("building a deal model in the workbook", () => {
  it("writes the model sheet, its names, formulas, formats, spill anchors and a titled line chart, in a few syncs", async () => {
    const s: StandIn = createExcelStandIn();
    await dealWithPrices(s);
    // The series spills a heading row and five trading days (2001-05-14 to 05-18).
    s.setSpill(MODEL, SERIES.address, 6, SERIES.columns);
    const reviewed = await review(s);
    const syncs = s.syncs;
    await apply(s, reviewed);
    assert.ok(s.syncs - syncs <= 12, `${s.syncs - syncs} syncs`); // re-read 4, snapshot 2, write 3, chart 2
    const wb = s.dump();
    const cells = wb.sheets[MODEL];
    assert.equal(wb.names[`${MODEL}.PRICE_DATES`].ref, "NEOT_Prices[Date]");
    assert.equal(wb.names[`${MODEL}.PRICE_BIDS`].ref, "NEOT_Prices[ClosingBid]");
    assert.equal(wb.names[`${MODEL}.AS_OF`].ref, `${MODEL}!${addressOf(LAYOUT, "AS_OF")}`);
    const price = cells[addressOf(LAYOUT, "CONV_PRICE")];
    assert.match(
      price.formula!,
      /^=IF\(OR\(DEB_T1_MODEL\.ISSUE_DATE="",DEB_T1_MODEL\.CONVERSION_DATE=""\),"",NEOT\.CONVPRICE\(DEB_T1_MODEL\.PRICE_DATES,DEB_T1_MODEL\.PRICE_BIDS,/,
    );
    assert.equal(price.numberFormat, "$#,##0.00####");
    assert.equal(cells[SERIES.address].formula, SERIES.formula);
    // The series' columns are formatted below the anchor: date, bid, Conversion Price.
    const below = (c: number, i: number) => cells[`${String.fromCharCode(64 + SERIES.column + c)}${SERIES.row + i}`];
    assert.deepEqual(
      [0, 1, 2].map((c) => below(c, 1).numberFormat),
      ["yyyy-mm-dd", "$#,##0.00####", "$#,##0.00####"],
    );
    assert.equal(below(0, SPILL_FORMAT_ROWS).numberFormat, "yyyy-mm-dd");
    assert.equal(below(0, 1).value, "", "the spill's cells are Excel's: no value is written there");

    const rows = chartRowsCell(CHART);
    assert.equal(cells[rows.label].value, CHART_ROWS_LABEL);
    assert.equal(cells[rows.value].value, 5);
    const chart = wb.charts[`${MODEL}!${CHART.name}`];
    const col = (c: number) => String.fromCharCode(64 + c);
    const x = `${MODEL}!${col(SERIES.column)}7:${col(SERIES.column)}11`;
    assert.deepEqual(chart, {
      name: CHART.name,
      type: "Line",
      title: "DEB_T1: closing bid and Conversion Price",
      xTitle: "Trading day",
      yTitle: "USD per share",
      position: CHART.placeAt,
      series: [
        { name: "Closing bid", values: `${MODEL}!${col(SERIES.column + 1)}7:${col(SERIES.column + 1)}11`, xValues: x },
        {
          name: "Conversion Price",
          values: `${MODEL}!${col(SERIES.column + 2)}7:${col(SERIES.column + 2)}11`,
          xValues: x,
        },
        {
          name: "Floor Price",
          values: `${MODEL}!${col(CHART.levelColumns[0])}7:${col(CHART.levelColumns[0])}11`,
          xValues: x,
        },
        {
          name: "Nasdaq minimum bid",
          values: `${MODEL}!${col(CHART.levelColumns[1])}7:${col(CHART.levelColumns[1])}11`,
          xValues: x,
        },
      ],
    });
    // The Floor Price line: the name's value on each row that has a date, #N/A (not drawn) while it is blank.
    const level = cells[`${col(CHART.levelColumns[0])}7`];
    assert.equal(
      level.formula,
      `=IF(${col(SERIES.column)}7="","",IF(DEB_T1_MODEL.FLOOR_PRICE="",NA(),DEB_T1_MODEL.FLOOR_PRICE))`,
    );
  });

  it("touches nothing outside the deal's model sheet and names: the terms sheet and the prices are unchanged", async () => {
    const s: StandIn = createExcelStandIn();
    await dealWithPrices(s);
    const before = s.dump();
    await apply(s, await review(s));
    const after = s.dump();
    assert.deepEqual(after.sheets[DEAL], before.sheets[DEAL]);
    assert.deepEqual(after.sheets[PRICE_SHEET], before.sheets[PRICE_SHEET]);
    assert.deepEqual(after.tables, before.tables);
    for (const [name, n] of Object.entries(before.names)) assert.deepEqual(after.names[name], n);
    assert.ok(
      Object.keys(after.names)
        .filter((n) => !(n in before.names))
        .every((n) => n.startsWith(`${MODEL}.`)),
    );
  });

  it("draws a one-row chart while the schedule shows a message, and says it plots 0 days", async () => {
    const s: StandIn = createExcelStandIn();
    await dealWithPrices(s); // no setSpill: the anchor does not spill (issue_date is blank)
    await apply(s, await review(s));
    const wb = s.dump();
    assert.equal(wb.sheets[MODEL][chartRowsCell(CHART).value].value, 0);
    assert.match(wb.charts[`${MODEL}!${CHART.name}`].series[0].values, /![A-Z]+7$/);
  });

  it("re-builds in place: keeps the inputs the banker filled, what the banker added around it, and each chart once", async () => {
    const s: StandIn = createExcelStandIn();
    await built(s);
    const issue = addressOf(LAYOUT, "ISSUE_DATE");
    s.seedCell(MODEL, issue, serial("2001-05-14"), "yyyy-mm-dd");
    s.seedCell(MODEL, "A300", "my note");
    s.seedCell(MODEL, "ZZ7", "=1+1");
    const reviewed = await review(s);
    assert.ok(reviewed.build.write.keptInputs.includes(issue));
    assert.ok(
      reviewed.build.rows.some(
        (r) => r.item === "inputs you filled" && r.change === "kept-input" && r.value.includes(issue),
      ),
    );
    s.setSpill(MODEL, SERIES.address, 4, SERIES.columns);
    await apply(s, reviewed);
    const wb = s.dump();
    assert.equal(wb.sheets[MODEL][issue].value, serial("2001-05-14"));
    assert.equal(wb.sheets[MODEL].A300.value, "my note");
    assert.equal(wb.sheets[MODEL].ZZ7.formula, "=1+1");
    // The bids chart and the two scenario charts, each once.
    assert.deepEqual(
      Object.keys(wb.charts),
      LAYOUT.charts.map((c) => `${MODEL}!${c.name}`),
    );
    const chart = wb.charts[`${MODEL}!${CHART.name}`];
    assert.equal(chart.series.length, 4);
    assert.match(chart.series[0].values, /7:[A-Z]+9$/); // three data rows now
  });

  it("refresh re-points the chart to the schedule's current rows in one write batch", async () => {
    const s: StandIn = createExcelStandIn();
    await built(s);
    const before = s.dump();
    s.setSpill(MODEL, SERIES.address, 21, SERIES.columns); // twenty trading days now
    await refresh(s);
    const wb = s.dump();
    const chart = wb.charts[`${MODEL}!${CHART.name}`];
    for (const series of chart.series) assert.match(series.values, /7:[A-Z]+26$/);
    assert.equal(wb.sheets[MODEL][chartRowsCell(CHART).value].value, 20);
    // Only the chart and its row count changed.
    wb.sheets[MODEL][chartRowsCell(CHART).value] = before.sheets[MODEL][chartRowsCell(CHART).value];
    wb.charts = before.charts;
    assert.deepEqual(wb, before);
  });

  it("points the model at prices already in the workbook, in place, and a re-build keeps them", async () => {
    const s: StandIn = createExcelStandIn();
    await dealWithPrices(s);
    s.seedCell("Feed", "C1", "Day");
    s.seedCell("Feed", "D1", "Bid");
    s.seedCell("Feed", "C2", serial("2001-05-14"), "yyyy-mm-dd");
    s.seedCell("Feed", "D2", 5.1);
    s.seedCell("Feed", "C3", serial("2001-05-15"), "yyyy-mm-dd");
    s.seedCell("Feed", "D3", 5.2);
    s.select("Feed", "C1:D3");
    const selection = await readSelection(s.Excel.run);
    assert.deepEqual(selection, { sheet: "Feed", address: "C1:D3" });
    const found = priceSourceFromSelection(
      selection.sheet,
      selection.address,
      await excelWorkbook(s.Excel.run).read([selection.sheet]),
    );
    assert.ok(found.ok, JSON.stringify(problemsOf(found)));
    await apply(s, await review(s, found.value.source));
    assert.equal(s.dump().names[`${MODEL}.PRICE_DATES`].ref, "Feed!C2:C3"); // the stand-in's dump of 'Feed'!$C$2:$C$3
    assert.equal(s.dump().names[`${MODEL}.PRICE_BIDS`].ref, "Feed!D2:D3");
    const again = await review(s);
    assert.ok(again.build.rows.some((r) => r.item === `name ${MODEL}.PRICE_DATES` && r.change === "unchanged"));
  });

  it("stops, writing nothing, when the model sheet changed after the review", async () => {
    const s: StandIn = createExcelStandIn();
    await built(s);
    const reviewed = await review(s);
    s.seedCell(MODEL, addressOf(LAYOUT, "AS_OF"), serial("2001-05-18"));
    const before = JSON.stringify(s.dump());
    await assert.rejects(apply(s, reviewed), WorkbookChangedError);
    assert.equal(JSON.stringify(s.dump()), before);
  });

  it("refuses a model whose price table is missing", async () => {
    const s: StandIn = createExcelStandIn();
    const host = excelWorkbook(s.Excel.run);
    const state = await host.read([DEAL]);
    const deal = planDealImport(TERMS, state);
    assert.ok(deal.ok);
    await host.apply(deal.value.plan, state);
    const now = await host.read([DEAL, MODEL]);
    const build = planModelBuild(TERMS, currentPriceSource(DEAL, now), now);
    assert.deepEqual(problemsOf(build), [
      {
        path: `table ${PRICE_TABLE}`,
        message: `the model's prices are the table ${PRICE_TABLE}, which the workbook does not have; import a price file or use prices already in the workbook`,
      },
    ]);
  });

  describe("a failure at any write leaves the workbook identical (cells, formats, names, charts)", () => {
    type Prepare = (s: StandIn) => Promise<void>;
    type Act = (s: StandIn) => Promise<() => Promise<void>>;

    /** A prepared workbook, as the stand-in's snapshot of it and its dump (JSON). */
    interface Prepared {
      readonly snapshot: unknown;
      readonly before: string;
    }

    async function prepared(prepare: Prepare): Promise<Prepared> {
      const s: StandIn = createExcelStandIn();
      await prepare(s);
      const before = JSON.stringify(s.dump());
      const snapshot = s.snapshot();
      assert.equal(JSON.stringify(createExcelStandIn(snapshot).dump()), before, "a copy is the prepared workbook");
      return { snapshot, before };
    }

    /** How many writes the action makes on the prepared workbook. */
    async function writesOf({ snapshot }: Prepared, act: Act): Promise<number> {
      const probe: StandIn = createExcelStandIn(snapshot);
      const go = await act(probe);
      await go();
      return probe.writes.length;
    }

    /** A failure at each write k (k = part, part + parts, …, up to total) leaves the workbook as it was. */
    async function sweep({ snapshot, before }: Prepared, act: Act, total: number, part: number, parts: number) {
      for (let k = part; k <= total; k += parts) {
        const s: StandIn = createExcelStandIn(snapshot);
        const run = await act(s);
        s.failAtWrite(k);
        await assert.rejects(run(), (e: unknown) => e instanceof WorkbookWriteError && e.restored);
        const after = JSON.stringify(s.dump());
        if (after !== before)
          assert.fail(
            `after a failure at write ${k} of ${total} (${s.writes.slice(-1)[0]}): ${firstDifference(JSON.parse(before), JSON.parse(after))}`,
          );
      }
    }

    /**
     * The sweep as `parts` tests, each failing every parts-th write, so that each stays
     * within the 5 s a test may take while together they still fail every write once. The
     * workbook is prepared once; each failure starts from a copy of it.
     */
    function sweepInParts(title: string, parts: number, prepare: Prepare, act: Act, minimum = 3): void {
      let ready: Promise<{ workbook: Prepared; total: number }> | undefined;
      const once = () =>
        (ready ??= prepared(prepare).then(async (workbook) => ({ workbook, total: await writesOf(workbook, act) })));
      for (let part = 1; part <= parts; part++)
        it(`${title} (writes ${part}, ${part + parts}, … of the build)`, async () => {
          const { workbook, total } = await once();
          assert.ok(total > minimum, `${total} writes`);
          await sweep(workbook, act, total, part, parts);
        });
    }

    const spill = (rows: number) => (s: StandIn) => s.setSpill(MODEL, SERIES.address, rows, SERIES.columns);

    sweepInParts(
      "for a first build (the sheet, its names and the chart go)",
      6,
      async (s) => {
        await dealWithPrices(s);
        spill(6)(s);
      },
      async (s) => {
        const r = await review(s);
        return () => apply(s, r);
      },
      20,
    );

    sweepInParts(
      "for a re-build over a model with a chart, the banker's inputs and other prices (the chart points back)",
      48,
      async (s) => {
        await built(s, 6);
        s.seedCell(MODEL, addressOf(LAYOUT, "ISSUE_DATE"), serial("2001-05-14"), "yyyy-mm-dd");
        s.seedCell("Feed", "A1", serial("2001-05-14"));
        s.seedCell("Feed", "B1", 5.1);
        spill(9)(s);
      },
      async (s) => {
        const found = priceSourceFromSelection("Feed", "A1:B1", await excelWorkbook(s.Excel.run).read(["Feed"]));
        assert.ok(found.ok, JSON.stringify(problemsOf(found)));
        const r = await review(s, found.value.source);
        return () => apply(s, r);
      },
    );

    it("removes a chart the failed write added and could not name yet (the banker had deleted the model's chart)", async () => {
      const deleteChart = (s: StandIn) =>
        s.Excel.run(async (context) => {
          context.workbook.worksheets.getItem(MODEL).charts.getItem(CHART.name).delete();
          await context.sync();
        });
      const probe: StandIn = createExcelStandIn();
      await built(probe);
      await deleteChart(probe);
      const start = probe.writes.length;
      await apply(probe, await review(probe));
      const rename = probe.writes.slice(start).indexOf(`chart.name ${CHART.name}`) + 1;
      assert.ok(rename > 0);

      const s: StandIn = createExcelStandIn();
      await built(s);
      await deleteChart(s);
      const before = JSON.stringify(s.dump());
      const reviewed = await review(s);
      s.failAtWrite(rename);
      await assert.rejects(apply(s, reviewed), WorkbookWriteError);
      assert.ok(!(`${MODEL}!${CHART.name}` in s.dump().charts));
      assert.equal(JSON.stringify(s.dump()), before);
    });

    sweepInParts(
      "for a refresh",
      3,
      async (s) => {
        await built(s, 6);
        spill(30)(s);
      },
      async (s) => () => refresh(s),
    );
  });
});
