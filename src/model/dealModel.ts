/**
 * The plan of a deal's model sheet `<DEAL>_MODEL`: plain data, made by the pure planner
 * (planDealModel.ts) and written by the one Office module. Nothing here touches Office.
 *
 * Every figure is a live `NEOT.*` formula built from defined names: the deal's terms
 * (`<DEAL>.<TERM>`, `<DEAL>_TERMS`), the model's own inputs and results
 * (`<DEAL>_MODEL.<ITEM>`) and the price source (`<DEAL>_MODEL.PRICE_DATES`,
 * `<DEAL>_MODEL.PRICE_BIDS`). Addresses come from one layout (modelLayout.ts) and appear
 * in formulas only inside the Cantor placements table, row by row.
 *
 * Writing it (one Excel.run, after the deal's terms sheet and the price source exist):
 * 1. add the sheet `sheet` if absent; 2. `workbook.names.add(name, refersTo, comment)` for
 *    each of `names` (or set `formula` on an existing one), before any formula;
 * 3. for each of `cells`: `range.numberFormat = [[numberFormat]]`, then `range.formulas =
 *    [[value]]` (constants and formulas alike; blocks of adjacent cells may be batched);
 * 4. for each of `spills`: the same for the anchor, and `columnFormats` on its columns;
 * 5. for each of `charts`, after `context.sync()`: read the spill's height with
 *    `range(spill).getSpillingToRangeOrNullObject()`, fill `levelColumns` over its data
 *    rows with "=<level name>", then `sheet.charts.add(Excel.ChartType.line, x-less
 *    source, Excel.ChartSeriesBy.columns)`, `chart.name`, `chart.title.text`,
 *    `chart.axes.categoryAxis.title.text = xAxisTitle`, `chart.axes.valueAxis.title.text =
 *    yAxisTitle`; per series `chart.series.add(label)` with `setValues(column range)` and
 *    `setXAxisValues(xColumn range)`; `chart.setPosition(placeAt start, placeAt end)`.
 *    Refresh repeats step 5 on the chart found by `name`.
 */
import { CellValue } from "../workbook/workbookPlan";

/** What a cell is, for its style: the writer may bold headings and shade inputs. */
export type CellRole = "title" | "heading" | "label" | "input" | "result" | "unit" | "clause" | "recorded" | "note";

/** One cell to write: a constant or a formula (text starting with "="), with its number format. */
export interface ModelCell {
  /** A1 address on the model sheet, e.g. "B7". */
  readonly address: string;
  /** 1-based row and column of `address`. */
  readonly row: number;
  readonly column: number;
  /** A constant; a formula is text starting with "=" (Excel's `Range.formulas`); "" an empty input. */
  readonly value: CellValue;
  /** Excel number format, e.g. "yyyy-mm-dd", "#,##0.00", "@". */
  readonly numberFormat: string;
  readonly role: CellRole;
}

/** A workbook-scoped defined name the model adds (or re-points). */
export interface ModelName {
  readonly name: string;
  /** What it refers to, as Excel's `Name.formula`: "='DEB_T1_MODEL'!$B$7", "=NEOT_Prices[Date]". */
  readonly refersTo: string;
  readonly comment: string;
}

/**
 * A formula that spills a table. It owns its columns from the anchor down: the layout puts
 * nothing else in `columns` columns from `anchor` to the sheet's last row, so it has room
 * whatever its length (no #SPILL!).
 */
export interface ModelSpill {
  /** The anchor cell (top-left, the heading row of the spilled table). */
  readonly address: string;
  readonly row: number;
  readonly column: number;
  /** Width of the spilled table; its height depends on the data. */
  readonly columns: number;
  /** The spilled table's heading row, as the function writes it. */
  readonly headings: readonly string[];
  /** Number formats of the columns, for the writer to apply to the spill's columns. */
  readonly columnFormats: readonly string[];
  readonly formula: string;
  /** The title written one row above the anchor. */
  readonly title: string;
  /** The most rows below the heading row it can spill, when its length is fixed (a table of levels); absent for a schedule. */
  readonly maxRows?: number;
}

/** One plotted series: a column of a spill, by its 0-based position. */
export interface ChartColumnSeries {
  readonly label: string;
  readonly column: number;
}

/** A horizontal line at a named value (the Floor Price, the $1.00 minimum bid). */
export interface ChartLevelSeries {
  readonly label: string;
  /** A defined name holding one number; a blank value means no line. */
  readonly name: string;
  /** The number format of its column beside the spill. Absent: a price. */
  readonly format?: string;
}

/**
 * A line chart over one spill: x = `xColumn` of the spill, one series per `series` entry
 * (the spill's rows below its heading row), plus level lines. The writer reads the
 * spill's current height (Range.getSpillingToRangeOrNullObject) at build and at Refresh.
 */
export interface ModelChart {
  readonly name: string;
  readonly title: string;
  readonly xAxisTitle: string;
  readonly yAxisTitle: string;
  /** The spill plotted, by its anchor address. */
  readonly spill: string;
  readonly xColumn: number;
  readonly series: readonly ChartColumnSeries[];
  readonly levels: readonly ChartLevelSeries[];
  /**
   * Where level lines get their values: the writer fills `levelColumns[i]` (a column
   * number, reserved for it, beside the spill) from the spill's first data row down to its
   * last with the value of `levels[i].name`.
   */
  readonly levelColumns: readonly number[];
  /** Where the chart sits: a block of cells the layout leaves empty, e.g. "A40:E60". */
  readonly placeAt: string;
}

/** The whole model of one deal. */
export interface DealModel {
  readonly dealId: string;
  readonly sheet: string;
  readonly cells: readonly ModelCell[];
  readonly names: readonly ModelName[];
  readonly spills: readonly ModelSpill[];
  readonly charts: readonly ModelChart[];
  /** Every defined name a formula uses that the model does not define (the deal's terms, the price table). */
  readonly uses: readonly string[];
}

/** Where the closing bids come from: two references, used through the model's two names. */
export interface PriceSource {
  /** e.g. "NEOT_Prices[Date]" or "'Bloomberg'!$A$2:$A$900" (no leading "="). */
  readonly dates: string;
  readonly bids: string;
  /** What the source is, for the names' comments. */
  readonly description: string;
}
