import { messages } from "../engine/messages";
import { Checked, Problem } from "../workbook/problem";
import {
  CellValue,
  SheetState,
  WorkbookState,
  gridCell,
  isEmptyCell,
  sheetState,
  tableState,
} from "../workbook/workbookPlan";
import { DealModel, ModelCell } from "./dealModel";

/** What a (re-)build writes: the model's cells less the inputs the banker has filled. */
export interface ModelWrite {
  readonly model: DealModel;
  /** Whether the sheet exists (a re-build) or is to be added. */
  readonly sheetExists: boolean;
  /** The cells to write, in the model's order. */
  readonly cells: readonly ModelCell[];
  /** Input cells left as the banker filled them, by address. */
  readonly keptInputs: readonly string[];
}

/**
 * Checks a model against the workbook and plans its write, so that re-building updates
 * the model in place: every cell of the model is rewritten except inputs that hold a value
 * of the banker's (the as-of date, closing dates, placements…: a value that differs from
 * what the pane wrote there, so the pane's own default formulas are not counted), and nothing
 * outside the model's cells is touched, so what the banker added around it stays.
 * @param state - the model sheet as read (values), and the workbook's tables
 * @returns the write, or the problems: a sheet of that name that is not this deal's
 *   model, or a table of one of the model's names
 * @throws never
 */
export function planModelWrite(model: DealModel, state: WorkbookState): Checked<ModelWrite> {
  const sheet = sheetState(state, model.sheet);
  const grid = sheet.exists ? sheet.grid : [];
  const problems: Problem[] = [];
  const empty = grid.every((row) => row.every(isEmptyCell));
  const ours = isModelSheet(model, grid);
  if (sheet.exists && !empty && !ours) {
    problems.push({
      path: `sheet ${sheet.name}`,
      message: messages.notOurSheet(sheet.name, `${model.dealId} (its model)`),
    });
  }
  for (const n of model.names) {
    if (tableState(state, n.name)) problems.push({ path: `name ${n.name}`, message: messages.nameTaken(n.name) });
  }
  if (problems.length > 0) return { ok: false, problems };
  const formulas = sheet.exists ? sheet.formulas : undefined;
  const kept = model.cells.filter(
    (c) => c.role === "input" && ours && filledByBanker(c, gridCell(grid, c.row, c.column), formulas),
  );
  const keptSet = new Set(kept.map((c) => c.address));
  return {
    ok: true,
    value: {
      model,
      sheetExists: sheet.exists,
      cells: model.cells.filter((c) => !keptSet.has(c.address)),
      keptInputs: kept.map((c) => c.address),
    },
  };
}

/**
 * Whether an input cell holds the banker's value: not empty, and not what the pane wrote
 * there (a default such as "=DEB_T1.TRANCHE_PRINCIPAL", compared as a formula, ignoring case
 * and "$"; a constant compared as a value). Without the sheet's formulas, a cell whose model
 * value is a formula counts as the banker's only when it is not empty and the model's is not
 * a formula.
 */
function filledByBanker(c: ModelCell, value: CellValue, formulas: SheetState["formulas"]): boolean {
  if (isEmptyCell(value)) return false;
  const ours = c.value;
  if (typeof ours === "string" && ours.startsWith("=")) {
    if (!formulas) return false;
    const now = gridCell(formulas, c.row, c.column);
    const norm = (f: string) => f.replace(/\$/g, "").replace(/\s+/g, "").toUpperCase();
    return !(typeof now === "string" && norm(now) === norm(ours));
  }
  return ours === "" || String(value) !== String(ours);
}

/** Whether a sheet's cells are this deal's model: "Deal" in A2 and the deal's id in B2, as the layout writes them. */
export function isModelSheet(model: DealModel, grid: SheetState["grid"]): boolean {
  return gridCell(grid, 2, 1) === "Deal" && String(gridCell(grid, 2, 2)).toUpperCase() === model.dealId;
}
