import { blockAddress, cellAddress, parseCellAddress } from "../workbook/a1";
import { PRICE_FORMAT } from "../workbook/excelValues";
import { DealModel, ModelChart, ModelSpill } from "./dealModel";

/**
 * Rows below a spill's heading row that get the spill's number formats and the chart's
 * level formulas when the model is built: 780 trading days, about three years from the
 * issue date. A longer series gets both down to its last row once Excel has computed it,
 * at build and at each Refresh model (spillExtension.ts).
 */
export const SPILL_FORMAT_ROWS = 780;

/** Rows below a spill's heading row formatted at build: SPILL_FORMAT_ROWS, or fewer for a table of fixed length. */
export function formatRows(spill: ModelSpill): number {
  return Math.min(spill.maxRows ?? SPILL_FORMAT_ROWS, SPILL_FORMAT_ROWS);
}

/** The spill a chart plots. */
export function chartSpill(model: DealModel, chart: ModelChart): ModelSpill {
  const spill = model.spills.find((s) => s.address === chart.spill);
  if (!spill) throw new Error(`chart ${chart.name}: no spill at ${chart.spill}`);
  return spill;
}

/**
 * The cell beside a chart that records how many trading days it plots (written by Build
 * model and Refresh model): column B of the row above the chart's place; its label is in
 * column A. The undo reads it to point a chart back where it was.
 */
export function chartRowsCell(chart: ModelChart): { label: string; value: string; row: number } {
  const top = parseCellAddress(chart.placeAt.split(":")[0])!;
  const row = top.row - 1;
  return { label: cellAddress(row, 1), value: cellAddress(row, 2), row };
}

/** The label written beside the chart's row count. */
export const CHART_ROWS_LABEL = "Rows in the chart (Refresh model after the prices or the inputs change)";

/** What a chart plots for `dataRows` rows of its spill: the x range and one range per series, on the model sheet. */
export interface ChartRanges {
  readonly x: string;
  readonly series: readonly { readonly label: string; readonly values: string }[];
}

/**
 * The ranges a chart plots when its spill has `dataRows` rows below its heading row: the
 * spill's x column, each plotted column, then each level column over the same rows. A
 * spill with no data row (its inputs blank: it shows a message) gives its first row.
 * @example chartRanges(model, chart, 250).x //=> "K7:K256" (a spill anchored at K6)
 */
export function chartRanges(model: DealModel, chart: ModelChart, dataRows: number): ChartRanges {
  const spill = chartSpill(model, chart);
  const rows = Math.max(1, dataRows);
  const column = (c: number) => blockAddress(spill.row + 1, c, rows, 1);
  return {
    x: column(spill.column + chart.xColumn),
    series: [
      ...chart.series.map((s) => ({ label: s.label, values: column(spill.column + s.column) })),
      ...chart.levels.map((l, i) => ({ label: l.label, values: column(chart.levelColumns[i]) })),
    ],
  };
}

/** The number format of a level line's column: the level's own, or a price. */
export function levelFormat(chart: ModelChart, level: number): string {
  return chart.levels[level].format ?? PRICE_FORMAT;
}

/**
 * The formula of a level column's cell in `row`: the level's value while the spill has a
 * date on that row, #N/A (not plotted) while the level is blank, empty below the spill.
 * @example levelFormula(model, chart, 0, 7) //=> '=IF(K7="","",IF(DEB_T1_MODEL.FLOOR_PRICE="",NA(),DEB_T1_MODEL.FLOOR_PRICE))'
 */
export function levelFormula(model: DealModel, chart: ModelChart, level: number, row: number): string {
  const spill = chartSpill(model, chart);
  const date = cellAddress(row, spill.column + chart.xColumn);
  const name = chart.levels[level].name;
  return `=IF(${date}="","",IF(${name}="",NA(),${name}))`;
}
