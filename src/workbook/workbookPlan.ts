/**
 * What the task pane reads from a workbook and what it asks the host to write: plain
 * data (src/workbook/, under both the term-sheet readers and the model), computed by the
 * pure planners (termsheet/dealSheet.ts, termsheet/pricePlan.ts, model/planModelBuild.ts)
 * and applied by the Office modules (taskpane/excelWorkbook.ts, taskpane/modelWorkbook.ts).
 * Addresses are A1 without the sheet name.
 */

import type { CellFormats } from "./formatChanges";

/** A cell value as Excel's `Range.values` holds it; "" is an empty cell. */
export type CellValue = string | number | boolean;

/** A sheet as read: whether it exists and its values from A1 to the last used cell. */
export interface SheetState {
  readonly name: string;
  readonly exists: boolean;
  /** grid[r][c] is the cell at row r + 1, column c + 1; rows may be ragged or empty. */
  readonly grid: readonly (readonly CellValue[])[];
  /** The same cells' formulas ("=…" for a formula, else the value), when read from Excel. */
  readonly formulas?: readonly (readonly CellValue[])[];
}

/** An Excel table of the workbook. */
export interface TableState {
  readonly name: string;
  readonly sheet: string;
  /** Header row and body, e.g. "G5:J12". */
  readonly address: string;
}

/** A workbook-scoped defined name. */
export interface NameState {
  readonly name: string;
  /** e.g. "='DEB_T1'!$B$6" */
  readonly formula: string;
}

export interface WorkbookState {
  readonly sheets: readonly SheetState[];
  readonly tables: readonly TableState[];
  readonly names: readonly NameState[];
  /** The workbook's date system (undefined: not read, taken as 1900). */
  readonly dateSystem?: 1900 | 1904;
  /**
   * Number formats and bold of the cells a reviewed plan will write (formatChanges.ts), read
   * after planning: a change there before the write stops it. Undefined: not read.
   */
  readonly formats?: readonly CellFormats[];
}

/**
 * Something in the workbook that the pane did not create and that an import would change
 * (a name pointing elsewhere, an existing empty sheet): the review shows it, and nothing
 * is written unless the banker accepts it.
 */
export interface Conflict {
  /** e.g. "name DEAL.CONV_INITIAL_PCT", "sheet DEAL" */
  readonly item: string;
  readonly detail: string;
}

/** Values (and their number formats, same shape) for one block of cells. */
export interface RangeWrite {
  readonly sheet: string;
  readonly address: string;
  readonly values: readonly (readonly CellValue[])[];
  readonly numberFormats: readonly (readonly string[])[];
  readonly bold?: boolean;
  /**
   * Number formats only (`values` is empty): cells a formula spills into, whose values are
   * Excel's; writing or restoring a value there would block the spill (#SPILL!).
   */
  readonly formatsOnly?: boolean;
  /** A cell style to give the block (cellStyle.ts): "input" for the cells the banker fills. */
  readonly style?: "input";
  /** Only `style` is written (no value, no number format): an input the banker filled, kept. */
  readonly styleOnly?: boolean;
}

/** An Excel table to create, or to update in place (resized, same name and columns). */
export interface TableWrite {
  readonly sheet: string;
  readonly name: string;
  /** Header row and body after the write. */
  readonly address: string;
  readonly headers: readonly string[];
  readonly rows: readonly (readonly CellValue[])[];
  /** One number format per column, for the body. */
  readonly columnFormats: readonly string[];
  /** The table's address before the write when it exists, else undefined (created). */
  readonly previousAddress?: string;
  /** Cells of the old table left outside the new one (it shrank), cleared after resizing. */
  readonly clearAfter?: string;
}

/** A workbook-scoped name for a cell or block; added, or re-pointed if it exists. */
export interface NameWrite {
  readonly name: string;
  readonly sheet: string;
  readonly address: string;
  readonly comment: string;
  /** What the name refers to when it is not `sheet!address`: e.g. "=NEOT_Prices[Date]" (Name.formula). */
  readonly formula?: string;
}

/**
 * Everything one import writes, validated beforehand. The host applies it in this order:
 * new sheets, ranges, tables, names, then autofit; on any failure it restores what it
 * overwrote.
 */
export interface WorkbookPlan {
  readonly newSheets: readonly string[];
  readonly ranges: readonly RangeWrite[];
  readonly tables: readonly TableWrite[];
  readonly names: readonly NameWrite[];
  /** Column spans to autofit, e.g. { sheet: "DEB_T1", columns: "A:E" } (cosmetic, never undone). */
  readonly autofit: readonly { readonly sheet: string; readonly columns: string }[];
}

/** The state of one sheet by name (Excel sheet names ignore case). */
export function sheetState(state: WorkbookState, name: string): SheetState {
  return state.sheets.find((s) => s.name.toUpperCase() === name.toUpperCase()) ?? { name, exists: false, grid: [] };
}

/** The table of that name (Excel table names ignore case), or undefined. */
export function tableState(state: WorkbookState, name: string): TableState | undefined {
  return state.tables.find((t) => t.name.toUpperCase() === name.toUpperCase());
}

/** A cell of a grid (1-based), "" beyond its edges. */
export function gridCell(grid: SheetState["grid"], row: number, column: number): CellValue {
  return grid[row - 1]?.[column - 1] ?? "";
}

/** Whether a cell is empty ("" or absent; Office gives "" for an empty cell). */
export function isEmptyCell(value: CellValue | undefined | null): boolean {
  return value === undefined || value === null || value === "";
}
