/**
 * The deal model's Office calls beyond a WorkbookPlan: the chart step that Build model and
 * Refresh model run in the plan's batch (excelWorkbook.ts re-checks the workbook before it
 * and undoes it with the plan), and reading the banker's selection.
 *
 * The chart plots the spill's rows as Excel computed them: the step reads the spill's
 * size (Range.getSpillingToRangeOrNullObject, ExcelApi 1.12), records it beside the
 * chart, then creates the chart (charts.add, ExcelApi 1.1; series.add / setValues /
 * setXAxisValues, ExcelApi 1.7) or re-points the one there, keeping its place and
 * whatever the banker changed on it. All of these are within the manifest's ExcelApi 1.13.
 */
import { CHART_ROWS_FORMAT } from "../model/planModelBuild";
import { DealModel, ModelChart } from "../model/dealModel";
import { chartRanges, chartRowsCell } from "../model/modelChart";
import { SpillExtension, spillExtensions } from "../model/spillExtension";
import { gridCell, sheetState, WorkbookState } from "../workbook/workbookPlan";
import { ExcelRun, WriteStep } from "./excelWorkbook";

/** A chart as it was before the write, for the undo. */
interface ChartBefore {
  readonly existed: boolean;
  readonly title?: string;
  readonly xTitle?: string;
  readonly yTitle?: string;
  readonly series?: readonly string[];
}

/**
 * The step that writes (or re-points) the model's charts after its cells, in the same batch.
 * @param model - the model planned for the build (or the refresh)
 * @param reviewed - the workbook as reviewed: the model sheet's recorded row counts are read from it
 */
export function chartStep(model: DealModel, reviewed: WorkbookState): WriteStep {
  const modelSheet = sheetState(reviewed, model.sheet);
  const before = new Map<string, ChartBefore>();
  /** The names of the charts on the model sheet before the write: any other is removed by the undo (one left as "Chart 3" too). */
  let chartsBefore: string[] = [];
  /** Each chart's row-count cell as it was (formula or value, number format), for the undo. */
  const cellsBefore = new Map<string, { formulas: unknown[][]; numberFormat: unknown[][] }>();
  /** Cells below the planned rows that the write extended to a longer schedule, as they were. */
  let extended: { block: SpillExtension["blocks"][number]; formulas: unknown[][]; numberFormat: unknown[][] }[] = [];
  /** Rows each chart plotted before, as recorded beside it (undefined: never drawn). */
  const rowsBefore = (chart: ModelChart) => {
    const cell = chartRowsCell(chart);
    const v = gridCell(modelSheet.grid, cell.row, 2);
    return typeof v === "number" ? v : undefined;
  };
  const sheet = (context: Excel.RequestContext) => context.workbook.worksheets.getItem(model.sheet);

  return {
    async prepare(context) {
      if (!modelSheet.exists || model.charts.length === 0) return;
      const all = sheet(context).charts.load("items/name");
      const charts = model.charts.map((c) => ({
        c,
        chart: sheet(context).charts.getItemOrNullObject(c.name),
        cell: sheet(context).getRange(chartRowsCell(c).value).load("formulas,numberFormat"),
      }));
      await context.sync();
      chartsBefore = all.items.map((c) => c.name);
      for (const { c, cell } of charts)
        cellsBefore.set(c.name, { formulas: cell.formulas, numberFormat: cell.numberFormat });
      const found = charts
        .filter(({ chart }) => !chart.isNullObject)
        .map(({ c, chart }) => ({
          c,
          title: chart.title.load("text"),
          x: chart.axes.categoryAxis.title.load("text"),
          y: chart.axes.valueAxis.title.load("text"),
          series: chart.series.load("items/name"),
        }));
      if (found.length > 0) await context.sync();
      for (const { c } of charts) before.set(c.name, { existed: false });
      for (const { c, title, x, y, series } of found)
        before.set(c.name, {
          existed: true,
          title: title.text,
          xTitle: x.text,
          yTitle: y.text,
          series: series.items.map((s) => s.name),
        });
    },

    async write(context) {
      const ws = sheet(context);
      // Every schedule's height as Excel computed it: formats and level lines follow it down.
      const heights = model.spills.map((sp) =>
        ws.getRange(sp.address).getSpillingToRangeOrNullObject().load("rowCount"),
      );
      const existing = model.charts.map((c) =>
        before.get(c.name)?.existed ? ws.charts.getItem(c.name).series.load("items/name") : undefined,
      );
      await context.sync();
      const dataRows = (address: string) => {
        const h = heights[model.spills.findIndex((sp) => sp.address === address)];
        return h.isNullObject ? 0 : h.rowCount - 1;
      };
      const blocks = spillExtensions(
        model,
        model.spills.map((sp) => dataRows(sp.address)),
      ).flatMap((e) => e.blocks);
      if (blocks.length > 0) {
        const was = blocks.map((b) => ws.getRange(b.address).load("formulas,numberFormat"));
        await context.sync();
        extended = blocks.map((block, i) => ({ block, formulas: was[i].formulas, numberFormat: was[i].numberFormat }));
        for (const b of blocks) {
          const range = ws.getRange(b.address);
          range.numberFormat = b.numberFormats as unknown[][];
          if (b.formulas) range.formulas = b.formulas as unknown[][];
        }
      }
      model.charts.forEach((c, i) => {
        const rows = dataRows(c.spill);
        const rowsCell = ws.getRange(chartRowsCell(c).value);
        rowsCell.numberFormat = [[CHART_ROWS_FORMAT]];
        rowsCell.values = [[rows]];
        drawChart(
          ws,
          model,
          c,
          rows,
          existing[i]?.items.map((s) => s.name),
        );
      });
      await context.sync();
    },

    async restore(context) {
      if (!modelSheet.exists) return; // a new sheet goes, with its charts
      const ws = sheet(context);
      for (const e of extended) {
        const range = ws.getRange(e.block.address);
        range.numberFormat = e.numberFormat;
        if (e.block.formulas) range.formulas = e.formulas;
      }
      if (model.charts.length === 0) return void (await context.sync());
      const all = ws.charts.load("items/name");
      const charts = model.charts.map((c) => ({ c, chart: ws.charts.getItemOrNullObject(c.name) }));
      await context.sync();
      for (const chart of all.items) if (!chartsBefore.includes(chart.name)) chart.delete();
      const series = charts.map(({ c, chart }) =>
        chart.isNullObject || !before.get(c.name)?.existed ? undefined : chart.series.load("items/name"),
      );
      await context.sync();
      charts.forEach(({ c, chart }, i) => {
        const cell = cellsBefore.get(c.name);
        if (cell) {
          const range = ws.getRange(chartRowsCell(c).value);
          range.numberFormat = cell.numberFormat;
          range.formulas = cell.formulas;
        }
        const was = before.get(c.name);
        if (chart.isNullObject || !was?.existed) return; // a chart the write added was deleted above
        chart.title.text = was.title ?? "";
        chart.axes.categoryAxis.title.text = was.xTitle ?? "";
        chart.axes.valueAxis.title.text = was.yTitle ?? "";
        for (const s of series[i]!.items) if (!was.series!.includes(s.name)) s.delete();
        const rows = rowsBefore(c);
        if (rows === undefined) return;
        const ranges = chartRanges(model, c, rows);
        for (const s of series[i]!.items) {
          const r = ranges.series.find((x) => x.label === s.name);
          if (!r) continue;
          s.setValues(ws.getRange(r.values));
          s.setXAxisValues(ws.getRange(ranges.x));
        }
      });
      await context.sync();
    },
  };
}

/**
 * Creates the chart over `rows` rows of its spill, or, when it exists (`seriesNow` its
 * series' names), re-points its series and adds any missing, leaving its place, size and
 * the banker's formatting alone.
 */
function drawChart(
  ws: Excel.Worksheet,
  model: DealModel,
  c: ModelChart,
  rows: number,
  seriesNow: string[] | undefined,
): void {
  const ranges = chartRanges(model, c, rows);
  let chart: Excel.Chart;
  const toAdd = [...ranges.series];
  if (seriesNow === undefined) {
    const first = toAdd.shift()!;
    chart = ws.charts.add("Line", ws.getRange(first.values), "Columns");
    chart.name = c.name;
    const s = chart.series.getItemAt(0);
    s.name = first.label;
    s.setXAxisValues(ws.getRange(ranges.x));
    const [start, end] = c.placeAt.split(":");
    chart.setPosition(start, end);
  } else {
    chart = ws.charts.getItem(c.name);
  }
  chart.title.text = c.title;
  chart.axes.categoryAxis.title.text = c.xAxisTitle;
  chart.axes.valueAxis.title.text = c.yAxisTitle;
  for (const r of toAdd) {
    const s = seriesNow?.includes(r.label)
      ? chart.series.getItemAt(seriesNow.indexOf(r.label))
      : chart.series.add(r.label);
    s.setValues(ws.getRange(r.values));
    s.setXAxisValues(ws.getRange(ranges.x));
  }
}

/** The banker's selection: its sheet and address (e.g. "C2:D260"). */
export async function readSelection(run: ExcelRun): Promise<{ sheet: string; address: string }> {
  return run(async (context) => {
    const range = context.workbook.getSelectedRange().load("address");
    const sheet = range.worksheet.load("name");
    await context.sync();
    return { sheet: sheet.name, address: range.address.replace(/^.*!/, "") };
  });
}
