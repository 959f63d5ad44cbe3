import { messages } from "../engine/messages";
import { blockAddress, columnLetters } from "../workbook/a1";
import { checkPlan } from "../workbook/checkPlan";
import { TEXT_FORMAT, WHOLE_FORMAT } from "../workbook/excelValues";
import { Checked, Problem } from "../workbook/problem";
import { TermSheet } from "../termsheet/termSheet";
import {
  CellValue,
  Conflict,
  NameWrite,
  RangeWrite,
  WorkbookPlan,
  WorkbookState,
  sheetState,
  tableState,
} from "../workbook/workbookPlan";
import { DealModel, ModelCell, PriceSource } from "./dealModel";
import { CHART_ROWS_LABEL, chartRowsCell, chartSpill, formatRows, levelFormat, levelFormula } from "./modelChart";
import { modelName } from "./modelLayout";
import { planDealModel } from "./planDealModel";
import { ModelWrite, isModelSheet, planModelWrite } from "./planModelWrite";
import { PRICE_TABLE_SOURCE } from "./priceSource";

/** One line of the build's review. */
export interface ModelReviewRow {
  readonly item: string;
  readonly change: "added" | "changed" | "unchanged" | "kept" | "kept-input" | "conflict";
  readonly value: string;
}

/** A reviewed build: the model, the plan the workbook host applies, and what the review shows. */
export interface ModelBuild {
  readonly model: DealModel;
  readonly write: ModelWrite;
  readonly plan: WorkbookPlan;
  readonly conflicts: readonly Conflict[];
  readonly rows: readonly ModelReviewRow[];
}

/**
 * The price source a deal's model uses now: where its PRICE_DATES and PRICE_BIDS names
 * point, or the pane's price table for a model not built yet. A re-build keeps it.
 */
export function currentPriceSource(dealId: string, state: WorkbookState): PriceSource {
  const find = (key: string) => state.names.find((n) => n.name.toUpperCase() === modelName(dealId, key).toUpperCase());
  const dates = find("PRICE_DATES");
  const bids = find("PRICE_BIDS");
  if (!dates || !bids) return PRICE_TABLE_SOURCE;
  const strip = (f: string) => f.replace(/^=/, "");
  return {
    dates: strip(dates.formula),
    bids: strip(bids.formula),
    description: `${strip(dates.formula)} and ${strip(bids.formula)}`,
  };
}

/**
 * Plans building (or re-building) a deal's model sheet against the workbook: the model's
 * cells (less the inputs the banker filled), the spills' anchors and number formats, the
 * chart's level columns and row-count label, and the model's names. Refused when a name
 * the formulas use is missing (the deal's terms, the price table) or the sheet is not the
 * model's; names of the model's that the pane did not make are conflicts to accept.
 * The chart itself is written after the plan, from the spill's computed size.
 * @param sheet - the deal's term sheet, read from the workbook
 * @param prices - where the closing bids are (see {@link currentPriceSource})
 * @param state - the deal's terms sheet, its model sheet, all tables and names, as read
 * @returns the build, or every problem
 * @throws never
 */
export function planModelBuild(sheet: TermSheet, prices: PriceSource, state: WorkbookState): Checked<ModelBuild> {
  const model = planDealModel(sheet, prices);
  const written = planModelWrite(model, state);
  if (!written.ok) return written;
  const write = written.value;
  const problems: Problem[] = [];
  const has = (name: string) => state.names.some((n) => n.name.toUpperCase() === name.toUpperCase());
  for (const name of model.uses)
    if (!has(name)) problems.push({ path: `name ${name}`, message: messages.modelNameMissing(name, model.dealId) });
  for (const ref of [prices.dates, prices.bids]) {
    const table = /^([A-Za-z_\\][A-Za-z0-9_.]*)\[/.exec(ref)?.[1];
    if (table && !tableState(state, table) && !problems.some((p) => p.path === `table ${table}`)) {
      problems.push({ path: `table ${table}`, message: messages.priceTableMissing(table) });
    }
  }

  const target = sheetState(state, model.sheet);
  const ours = target.exists && isModelSheet(model, target.grid);
  const conflicts: Conflict[] = [];
  if (target.exists && !ours)
    conflicts.push({ item: `sheet ${target.name}`, detail: messages.conflictEmptySheet(target.name) });
  const rows: ModelReviewRow[] = [];
  for (const n of model.names) {
    const current = state.names.find((x) => x.name.toUpperCase() === n.name.toUpperCase());
    if (current && !ours) {
      conflicts.push({
        item: `name ${current.name}`,
        detail: messages.conflictModelName(current.name, current.formula, n.refersTo),
      });
    } else if (/\.PRICE_(DATES|BIDS)$/.test(n.name)) {
      const change = !current ? "added" : sameFormula(current.formula, n.refersTo) ? "unchanged" : "changed";
      rows.push({
        item: `name ${n.name}`,
        change,
        value: change === "changed" ? `${current!.formula} → ${n.refersTo}` : n.refersTo,
      });
    }
  }
  const sheetName = target.exists ? target.name : model.sheet;
  const plan: WorkbookPlan = {
    newSheets: target.exists ? [] : [sheetName],
    ranges: [
      ...cellRanges(
        sheetName,
        write.cells,
        model.cells.filter((c) => write.keptInputs.includes(c.address)),
      ),
      ...spillRanges(sheetName, model),
      ...chartCells(sheetName, model),
    ],
    tables: [],
    // A name already pointing where the layout puts it is left alone (a re-build rewrites no name).
    names: model.names
      .filter(
        (n) =>
          !state.names.some((x) => x.name.toUpperCase() === n.name.toUpperCase() && sameFormula(x.formula, n.refersTo)),
      )
      .map((n) => nameWrite(sheetName, n.name, n.refersTo, n.comment)),
    // Labels, values and units, and the schedules' columns (a date is "#####" in a default-width column).
    autofit: [
      { sheet: sheetName, columns: "A:C" },
      ...model.spills.map((sp) => ({
        sheet: sheetName,
        columns: `${columnLetters(sp.column)}:${columnLetters(sp.column + sp.columns - 1)}`,
      })),
    ],
  };
  for (const p of checkPlan(plan)) problems.push(p);
  if (problems.length > 0) return { ok: false, problems };

  const results = model.cells.filter((c) => c.role === "result").length;
  const inputs = model.cells.filter((c) => c.role === "input").length;
  rows.unshift({
    item: `sheet ${sheetName}`,
    change: target.exists ? "changed" : "added",
    value: `${results} results, ${inputs} inputs, ${model.spills.length} schedules (spills)${model.charts.length ? ", a chart" : ""}`,
  });
  if (write.keptInputs.length > 0)
    rows.push({ item: "inputs you filled", change: "kept-input", value: write.keptInputs.join(", ") });
  for (const c of model.charts)
    rows.push({ item: `chart ${c.name}`, change: target.exists ? "changed" : "added", value: c.title });
  rows.push({ item: "prices", change: "unchanged", value: prices.description });
  return {
    ok: true,
    value: {
      model,
      write,
      plan,
      conflicts,
      rows: [...conflicts.map((c) => ({ item: c.item, change: "conflict" as const, value: c.detail })), ...rows],
    },
  };
}

/** Whether two name formulas are the same reference, ignoring "$", quotes and case. */
function sameFormula(a: string, b: string): boolean {
  const norm = (f: string) => f.replace(/^=/, "").replace(/[$']/g, "").toUpperCase();
  return norm(a) === norm(b);
}

/** A model name as the host writes it: a cell block of the model sheet, or any other formula (the prices). */
function nameWrite(sheet: string, name: string, refersTo: string, comment: string): NameWrite {
  const m = /^='((?:[^']|'')+)'!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/.exec(refersTo);
  const own = m && m[1].replace(/''/g, "'").toUpperCase() === sheet.toUpperCase();
  return own
    ? { name, sheet, address: m[2].replace(/\$/g, ""), comment: comment.slice(0, 255) }
    : { name, sheet, address: "", formula: refersTo, comment: comment.slice(0, 255) };
}

const BOLD_ROLES = new Set<ModelCell["role"]>(["title", "heading"]);

/** How a cell is styled: bold (titles, headings), the Input style (inputs), or plain. */
function look(c: ModelCell): "bold" | "input" | "plain" {
  return BOLD_ROLES.has(c.role) ? "bold" : c.role === "input" ? "input" : "plain";
}

/**
 * The model's cells as blocks: runs of adjacent cells of one row with the same look
 * (bold, input, plain), then runs of the same columns on consecutive rows stacked into one
 * block (an inputs or results block is one write). Inputs get Excel's Input style, and so
 * do the inputs a re-build keeps (`kept`: the style only, the banker's value and format stay).
 */
function cellRanges(sheet: string, cells: readonly ModelCell[], kept: readonly ModelCell[] = []): RangeWrite[] {
  const sorted = [...cells].sort((a, b) => a.row - b.row || a.column - b.column);
  const runs: { row: number; column: number; look: string; cells: ModelCell[] }[] = [];
  for (const c of sorted) {
    const last = runs[runs.length - 1];
    const lastCell = last?.cells[last.cells.length - 1];
    if (last && lastCell.row === c.row && lastCell.column + 1 === c.column && last.look === look(c)) last.cells.push(c);
    else runs.push({ row: c.row, column: c.column, look: look(c), cells: [c] });
  }
  const blocks: { row: number; column: number; look: string; rows: ModelCell[][] }[] = [];
  for (const r of runs) {
    const last = blocks[blocks.length - 1];
    if (
      last &&
      last.column === r.column &&
      last.look === r.look &&
      last.rows[0].length === r.cells.length &&
      last.row + last.rows.length === r.row
    )
      last.rows.push(r.cells);
    else blocks.push({ row: r.row, column: r.column, look: r.look, rows: [r.cells] });
  }
  return [
    ...blocks.map((b): RangeWrite => ({
      sheet,
      address: blockAddress(b.row, b.column, b.rows.length, b.rows[0].length),
      values: b.rows.map((row) => row.map((c) => c.value)),
      numberFormats: b.rows.map((row) => row.map((c) => c.numberFormat)),
      bold: b.look === "bold",
      ...(b.look === "input" ? { style: "input" as const } : {}),
    })),
    ...kept.map((c): RangeWrite => ({
      sheet,
      address: c.address,
      values: [],
      numberFormats: [],
      style: "input",
      styleOnly: true,
    })),
  ];
}

/** Each spill's anchor formula, then its columns' number formats over the rows it may fill. */
function spillRanges(sheet: string, model: DealModel): RangeWrite[] {
  return model.spills.flatMap((s) => [
    {
      sheet,
      address: blockAddress(s.row, s.column, 1, 1),
      values: [[s.formula]],
      numberFormats: [["General"]],
      bold: true,
    },
    {
      sheet,
      address: blockAddress(s.row + 1, s.column, formatRows(s), s.columns),
      values: [],
      numberFormats: Array.from({ length: formatRows(s) }, () => [...s.columnFormats]),
      formatsOnly: true,
    },
  ]);
}

/** Each chart's level columns (a formula per row the spill may fill) and the label of its row count. */
function chartCells(sheet: string, model: DealModel): RangeWrite[] {
  return model.charts.flatMap((chart) => {
    const spill = chartSpill(model, chart);
    const levels = chart.levelColumns.map((column, level) => {
      const values: CellValue[][] = Array.from({ length: formatRows(spill) }, (_, i) => [
        levelFormula(model, chart, level, spill.row + 1 + i),
      ]);
      return {
        sheet,
        address: blockAddress(spill.row + 1, column, formatRows(spill), 1),
        values,
        numberFormats: values.map(() => [levelFormat(chart, level)]),
      };
    });
    const rowsCell = chartRowsCell(chart);
    return [
      ...levels,
      { sheet, address: rowsCell.label, values: [[CHART_ROWS_LABEL]], numberFormats: [[TEXT_FORMAT]] },
    ];
  });
}

/** The number format of a chart's row count cell. */
export const CHART_ROWS_FORMAT = WHOLE_FORMAT;
