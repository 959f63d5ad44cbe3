import { Decimal } from "../engine/decimal";
import { TermsError } from "../engine/errors";
import { describe, messages } from "../engine/messages";
import { TermDefinition, TermValue } from "../engine/terms/termDefinition";
import { findTerm } from "../engine/terms/termRegistry";
import { readTermValue } from "../engine/terms/terms";
import { absoluteReference, blockAddress, cellAddress, columnLetters, parseTableAddress } from "../workbook/a1";
import {
  COLUMN_FORMATS,
  COLUMN_UNITS,
  TEXT_FORMAT,
  columnKindOfUnit,
  displayTermValue,
  tableCellFromWorkbook,
  tableCellValue,
  serialOffset,
  termCellValue,
  termNumberFormat,
} from "../workbook/excelValues";
import { checkPlan } from "../workbook/checkPlan";
import { Checked, Problem } from "../workbook/problem";
import { jsonTermValue } from "./serializeTermSheet";
import {
  TERM_SHEET_FORMAT,
  TERM_SHEET_VERSION,
  TermSheet,
  TermSheetTable,
  dealTableName,
  termValueName,
  termsBlockName,
  validateTermSheet,
} from "./termSheet";
import {
  CellValue,
  Conflict,
  NameWrite,
  RangeWrite,
  SheetState,
  TableWrite,
  WorkbookPlan,
  WorkbookState,
  gridCell,
  isEmptyCell,
  sheetState,
  tableState,
} from "../workbook/workbookPlan";

/**
 * A deal's terms sheet in the workbook, and the plan that writes it.
 *
 * Layout of the sheet named after the deal id (e.g. DEB_T1):
 * - A1 the deal's title; A2 "Deal", B2 the id; A3 "Source", B3 the source;
 * - row 5 the header Term | Value | Unit | Source clause | Description, and from row 6 one
 *   term per row. Each value cell (column B) is the workbook-scoped name
 *   `<id>.<TERM>` (e.g. `DEB_T1.CONV_INITIAL_PCT`), and the term/value block A6:B<last>
 *   is `<id>_TERMS`, ready to pass as a function's [terms] argument;
 * - tables side by side from column G, one blank column apart: title (row 2), source
 *   (row 3), the unit of each column (row 4, which export reads back as the column kind),
 *   then an Excel table `<id>_<TABLE>` with its header on row 5.
 * Re-importing updates in place: a term keeps its row (and its name its cell), new terms
 * are appended, terms missing from the file are kept as they are, tables are resized.
 */
export const DEAL_HEADER: readonly string[] = ["Term", "Value", "Unit", "Source clause", "Description"];
const HEADER_ROW = 5;
const FIRST_TERM_ROW = 6;
const FIRST_TABLE_COLUMN = 7;
const LAST_TERM_COLUMN = DEAL_HEADER.length;

/** How one term of the file compares with the workbook. */
export interface TermChange {
  readonly name: string;
  /** added: new row; changed: new value; unchanged; kept: in the workbook, not in the file (left as is). */
  readonly status: "added" | "changed" | "unchanged" | "kept";
  readonly before?: string;
  readonly after?: string;
}

/** How one table of the file compares with the workbook. */
export interface TableChange {
  readonly name: string;
  readonly status: "added" | "replaced" | "unchanged";
  readonly rowsBefore?: number;
  readonly rows: number;
}

/** A deal import, checked against the workbook: what will change and the writes that do it. */
export interface DealImport {
  readonly dealId: string;
  readonly sheetExists: boolean;
  readonly terms: readonly TermChange[];
  readonly tables: readonly TableChange[];
  /** Objects the pane did not create that the write would change: shown, and accepted or not by the banker. */
  readonly conflicts: readonly Conflict[];
  /** The workbook's date system; a 1904 workbook gets the term DATE_SYSTEM = 1904 when the registry has it. */
  readonly dateSystem: 1900 | 1904;
  readonly plan: WorkbookPlan;
}

/** The term that tells the functions a workbook's date system (seed-silent choice, see the README). */
export const DATE_SYSTEM_TERM = "DATE_SYSTEM";

interface ExistingTerm {
  readonly row: number;
  readonly raw: CellValue;
  readonly rest: readonly CellValue[]; // unit, clause, description as in the sheet
}

/** Whether a sheet is this deal's terms sheet (or empty). */
function sheetKind(sheet: SheetState, dealId: string): "absent" | "empty" | "deal" | "other" {
  if (!sheet.exists) return "absent";
  if (sheet.grid.every((row) => row.every(isEmptyCell))) return "empty";
  const g = sheet.grid;
  const ours =
    gridCell(g, 2, 1) === "Deal" &&
    String(gridCell(g, 2, 2)).toUpperCase() === dealId &&
    gridCell(g, HEADER_ROW, 1) === DEAL_HEADER[0] &&
    gridCell(g, HEADER_ROW, 2) === DEAL_HEADER[1];
  return ours ? "deal" : "other";
}

/** The terms rows of a deal sheet: from row 6 down to the first empty name cell. */
function existingTerms(grid: SheetState["grid"]): { terms: Map<string, ExistingTerm>; lastRow: number } {
  const terms = new Map<string, ExistingTerm>();
  let row = FIRST_TERM_ROW;
  for (; !isEmptyCell(gridCell(grid, row, 1)); row++) {
    const name = String(gridCell(grid, row, 1))
      .trim()
      .toUpperCase();
    if (!terms.has(name)) {
      terms.set(name, { row, raw: gridCell(grid, row, 2), rest: [3, 4, 5].map((c) => gridCell(grid, row, c)) });
    }
  }
  return { terms, lastRow: row - 1 };
}

function sameValue(definition: TermDefinition, a: TermValue, b: TermValue): boolean {
  return definition.kind !== "date" && a instanceof Decimal && b instanceof Decimal ? a.eq(b) : a === b;
}

function tryRead(definition: TermDefinition, raw: unknown, offset = 0): TermValue | undefined {
  try {
    return readTermValue(definition, definition.kind === "date" && typeof raw === "number" ? raw + offset : raw);
  } catch (e) {
    if (e instanceof TermsError) return undefined;
    throw e;
  }
}

/** The registry's unit, clause and description of a term, as written in columns C:E. */
function termDetails(definition: TermDefinition): string[] {
  return [definition.unit, definition.clause, definition.description];
}

/** Text cells, formatted as text. */
function textRange(sheet: string, row: number, column: number, values: CellValue[][], bold = false): RangeWrite {
  return {
    sheet,
    address: blockAddress(row, column, values.length, values[0].length),
    values,
    numberFormats: values.map((r) => r.map(() => TEXT_FORMAT)),
    bold,
  };
}

function comment(definition: TermDefinition): string {
  const text = `${definition.unit}; ${definition.clause}`;
  return text.length > 255 ? text.slice(0, 254) + "…" : text;
}

/**
 * Checks a term sheet against the workbook and plans its writes: nothing is written
 * when any problem is found, and every problem is listed.
 * @param sheet - a validated term sheet
 * @param state - the workbook as read (the deal's sheet, all tables and names)
 * @returns the changes, the conflicts (names pointing elsewhere than the pane's layout
 *   puts them, an existing empty sheet: objects the pane did not create, to be accepted
 *   before writing) and the plan; or every problem (a foreign sheet of the same name,
 *   cells in the way, a table of the same name elsewhere or with other columns, anything
 *   Excel would refuse: see checkPlan)
 * @throws never
 */
export function planDealImport(file: TermSheet, state: WorkbookState): Checked<DealImport> {
  const sheet = withDateSystem(file, state);
  const offset = serialOffset(state);
  const id = sheet.deal.id;
  const problems: Problem[] = [];
  const conflicts: Conflict[] = [];
  const target = sheetState(state, id);
  const sheetName = target.exists ? target.name : id;
  const kind = sheetKind(target, id);
  if (kind === "other") {
    return { ok: false, problems: [{ path: `sheet ${sheetName}`, message: messages.notOurSheet(sheetName, id) }] };
  }
  if (kind === "empty") conflicts.push({ item: `sheet ${sheetName}`, detail: messages.conflictEmptySheet(sheetName) });
  const grid = kind === "deal" ? target.grid : [];
  const { terms: existing, lastRow: existingLast } = existingTerms(grid);

  const ranges: RangeWrite[] = [];
  const names: NameWrite[] = [];
  const changes: TermChange[] = [];
  ranges.push(textRange(sheetName, 1, 1, [[sheet.deal.title]], true));
  ranges.push(
    textRange(sheetName, 2, 1, [
      ["Deal", id],
      ["Source", sheet.deal.source],
    ]),
  );
  ranges.push(textRange(sheetName, HEADER_ROW, 1, [[...DEAL_HEADER]], true));

  // Term rows: changed and unchanged rows keep their place; added ones go below the block.
  const rowWrites: { row: number; column: number; values: CellValue[]; formats: string[] }[] = [];
  let lastRow = existingLast;
  for (const { name, value } of sheet.terms) {
    const definition = findTerm(name)!;
    const details = termDetails(definition);
    if (definition.kind === "date" && (termCellValue(definition, value, offset) as number) < 0) {
      problems.push({ path: `term ${name}`, message: messages.dateBefore1904(displayTermValue(definition, value)) });
    }
    const full = {
      values: [name, termCellValue(definition, value, offset), ...details],
      formats: [TEXT_FORMAT, termNumberFormat(definition, value), TEXT_FORMAT, TEXT_FORMAT, TEXT_FORMAT],
    };
    const after = displayTermValue(definition, value);
    const old = existing.get(name);
    let row: number;
    if (!old) {
      row = ++lastRow;
      rowWrites.push({ row, column: 1, ...full });
      changes.push({ name, status: "added", after });
    } else {
      row = old.row;
      const before = tryRead(definition, old.raw, offset);
      if (before !== undefined && sameValue(definition, before, value)) {
        changes.push({ name, status: "unchanged", after });
        if (details.some((d, i) => d !== old.rest[i])) {
          rowWrites.push({ row, column: 3, values: details, formats: details.map(() => TEXT_FORMAT) });
        }
      } else {
        rowWrites.push({ row, column: 1, ...full });
        changes.push({
          name,
          status: "changed",
          before: before === undefined ? describe(old.raw) : displayTermValue(definition, before),
          after,
        });
      }
    }
    names.push({
      name: termValueName(id, name),
      sheet: sheetName,
      address: cellAddress(row, 2),
      comment: comment(definition),
    });
  }
  const inFile = new Set(sheet.terms.map((t) => t.name));
  for (const name of existing.keys()) if (!inFile.has(name)) changes.push({ name, status: "kept" });
  for (let row = existingLast + 1; row <= lastRow; row++) {
    for (let column = 1; column <= LAST_TERM_COLUMN; column++) {
      const value = gridCell(grid, row, column);
      if (!isEmptyCell(value))
        problems.push({
          path: `cell ${cellAddress(row, column)}`,
          message: messages.cellInTheWay(sheetName, cellAddress(row, column), value),
        });
    }
  }
  for (const r of mergeRows(sheetName, rowWrites)) ranges.push(r);
  if (lastRow >= FIRST_TERM_ROW) {
    names.push({
      name: termsBlockName(id),
      sheet: sheetName,
      address: blockAddress(FIRST_TERM_ROW, 1, lastRow - FIRST_TERM_ROW + 1, 2),
      comment: `Terms of ${id} (term, value): pass as a function's [terms] argument`,
    });
  }

  const { tables, tableChanges, tableRanges, autofit } = planTables(sheet, sheetName, grid, state, problems);
  for (const r of tableRanges) ranges.push(r);
  // A name the pane made points where the layout puts it; one pointing elsewhere is the user's.
  const ours = new Map<string, string>();
  for (const [name, t] of existing)
    ours.set(termValueName(id, name).toUpperCase(), absoluteReference(sheetName, t.row, 2));
  if (existingLast >= FIRST_TERM_ROW)
    ours.set(
      termsBlockName(id).toUpperCase(),
      absoluteReference(sheetName, FIRST_TERM_ROW, 1, existingLast - FIRST_TERM_ROW + 1, 2),
    );
  for (const n of names) {
    const current = state.names.find((x) => x.name.toUpperCase() === n.name.toUpperCase());
    const expected = ours.get(n.name.toUpperCase());
    if (current && (expected === undefined || !sameReference(current.formula, expected))) {
      conflicts.push({
        item: `name ${current.name}`,
        detail: messages.conflictName(current.name, current.formula, `${sheetName}!${n.address}`),
      });
    }
  }
  for (const n of names) {
    if (tableState(state, n.name)) problems.push({ path: `name ${n.name}`, message: messages.nameTaken(n.name) });
  }
  const plan: WorkbookPlan = {
    newSheets: target.exists ? [] : [sheetName],
    ranges,
    tables,
    names,
    autofit: [{ sheet: sheetName, columns: `A:${columnLetters(LAST_TERM_COLUMN)}` }, ...autofit],
  };
  for (const p of checkPlan(plan)) problems.push(p); // never spread a list of unknown length into a call
  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    value: {
      dealId: id,
      sheetExists: target.exists,
      terms: changes,
      tables: tableChanges,
      conflicts,
      dateSystem: state.dateSystem ?? 1900,
      plan,
    },
  };
}

/**
 * The term sheet with DATE_SYSTEM set to the workbook's own system when the registry has
 * the term: always in a 1904 workbook, and in a 1900 workbook when the file gives it.
 * Without the term in the registry the sheet is unchanged (the review still warns).
 */
function withDateSystem(sheet: TermSheet, state: WorkbookState): TermSheet {
  const definition = findTerm(DATE_SYSTEM_TERM);
  const system = state.dateSystem ?? 1900;
  const given = sheet.terms.some((t) => t.name === DATE_SYSTEM_TERM);
  if (!definition || (system === 1900 && !given)) return sheet;
  const value = tryRead(definition, system) ?? tryRead(definition, String(system));
  if (value === undefined) return sheet;
  const terms = sheet.terms.filter((t) => t.name !== DATE_SYSTEM_TERM);
  return { ...sheet, terms: [...terms, { name: DATE_SYSTEM_TERM, value }] };
}

/** Whether a name's formula ("=DEB_T1!$B$6", "='My deal'!$A$6:$B$9") is this reference, ignoring quotes, "$" and case. */
function sameReference(formula: string, reference: string): boolean {
  const norm = (f: string) => {
    const m = /^=(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(f.trim());
    return m
      ? `${(m[1] ?? m[2]).replace(/''/g, "'").toUpperCase()}!${m[3].replace(/\$/g, "").toUpperCase()}`
      : f.toUpperCase();
  };
  return norm(formula) === norm(reference);
}

/** Consecutive full rows (A:E) become one block; partial rows stay on their own. */
function mergeRows(
  sheet: string,
  rows: { row: number; column: number; values: CellValue[]; formats: string[] }[],
): RangeWrite[] {
  const sorted = [...rows].sort((a, b) => a.row - b.row || a.column - b.column);
  const out: RangeWrite[] = [];
  let block: typeof sorted = [];
  const flush = () => {
    if (block.length === 0) return;
    const first = block[0];
    out.push({
      sheet,
      address: blockAddress(first.row, first.column, block.length, first.values.length),
      values: block.map((r) => r.values),
      numberFormats: block.map((r) => r.formats),
    });
    block = [];
  };
  for (const r of sorted) {
    const prev = block[block.length - 1];
    if (prev && (r.row !== prev.row + 1 || r.column !== prev.column || r.values.length !== prev.values.length)) flush();
    block.push(r);
  }
  flush();
  return out;
}

function planTables(
  sheet: TermSheet,
  sheetName: string,
  grid: SheetState["grid"],
  state: WorkbookState,
  problems: Problem[],
) {
  const tables: TableWrite[] = [];
  const tableChanges: TableChange[] = [];
  const tableRanges: RangeWrite[] = [];
  const autofit: { sheet: string; columns: string }[] = [];
  let nextColumn = FIRST_TABLE_COLUMN;
  for (const t of sheet.tables) {
    const name = dealTableName(sheet.deal.id, t.id);
    const width = t.columns.length;
    const headers = t.columns.map((c) => c.name);
    const offset = serialOffset(state);
    const rows = t.rows.map((r) => r.map((cell, i) => tableCellValue(t.columns[i].kind, cell, offset)));
    const current = tableState(state, name);
    let top = HEADER_ROW;
    let left = nextColumn;
    let previousAddress: string | undefined;
    let clearAfter: string | undefined;
    let status: TableChange["status"] = "added";
    let rowsBefore: number | undefined;
    if (current) {
      const place = parseTableAddress(current.address);
      if (current.sheet.toUpperCase() !== sheetName.toUpperCase()) {
        problems.push({ path: `table ${name}`, message: messages.tableOnOtherSheet(name, current.sheet, sheetName) });
        continue;
      }
      if (!place || place.top < 4) {
        problems.push({ path: `table ${name}`, message: messages.tableMoved(name, current.address) });
        continue;
      }
      ({ top, left } = place);
      const found = Array.from({ length: place.columns }, (_, i) => String(gridCell(grid, top, left + i)));
      if (found.length !== width || found.some((h, i) => h.toUpperCase() !== headers[i].toUpperCase())) {
        problems.push({ path: `table ${name}`, message: messages.tableHeadersDiffer(name, found, headers) });
        continue;
      }
      rowsBefore = place.rows - 1;
      previousAddress = current.address.replace(/^.*!/, "");
      const oldRows = Array.from({ length: rowsBefore }, (_, r) =>
        Array.from({ length: width }, (_, c) => gridCell(grid, top + 1 + r, left + c)),
      );
      status = sameRows(oldRows, rows) ? "unchanged" : "replaced";
      if (rows.length < rowsBefore)
        clearAfter = blockAddress(top + 1 + rows.length, left, rowsBefore - rows.length, width);
      checkEmpty(grid, sheetName, top + 1 + rowsBefore, left, rows.length - rowsBefore, width, problems);
    } else {
      if (state.names.some((n) => n.name.toUpperCase() === name.toUpperCase())) {
        problems.push({ path: `table ${name}`, message: messages.nameTaken(name) });
      }
      checkEmpty(grid, sheetName, top - 3, left, rows.length + 4, width, problems);
    }
    nextColumn = Math.max(nextColumn, left + width + 1);
    tableRanges.push(textRange(sheetName, top - 3, left, [[t.title]], true));
    tableRanges.push(textRange(sheetName, top - 2, left, [[t.source]]));
    tableRanges.push(textRange(sheetName, top - 1, left, [t.columns.map((c) => COLUMN_UNITS[c.kind])]));
    tables.push({
      sheet: sheetName,
      name,
      address: blockAddress(top, left, rows.length + 1, width),
      headers,
      rows,
      columnFormats: t.columns.map((c) => COLUMN_FORMATS[c.kind]),
      previousAddress,
      clearAfter,
    });
    tableChanges.push({ name, status, rowsBefore, rows: rows.length });
    autofit.push({ sheet: sheetName, columns: `${columnLetters(left)}:${columnLetters(left + width - 1)}` });
  }
  return { tables, tableChanges, tableRanges, autofit };
}

function sameRows(a: CellValue[][], b: readonly (readonly CellValue[])[]): boolean {
  return a.length === b.length && a.every((row, r) => row.every((cell, c) => cell === b[r][c]));
}

/** Records a problem for each non-empty cell of a block the import would write. */
function checkEmpty(
  grid: SheetState["grid"],
  sheet: string,
  top: number,
  left: number,
  rows: number,
  columns: number,
  problems: Problem[],
): void {
  for (let r = top; r < top + rows; r++) {
    for (let c = left; c < left + columns; c++) {
      const value = gridCell(grid, r, c);
      if (!isEmptyCell(value))
        problems.push({
          path: `cell ${cellAddress(r, c)}`,
          message: messages.cellInTheWay(sheet, cellAddress(r, c), value),
        });
    }
  }
}

/**
 * Reads a deal's terms sheet back into a term sheet (for export), with the same
 * validation as an imported file: a value the engine would refuse is a problem.
 * @param dealId - the deal id (its sheet's name)
 * @throws never
 */
export function termSheetFromWorkbook(dealId: string, state: WorkbookState): Checked<TermSheet> {
  const offset = serialOffset(state);
  const sheet = sheetState(state, dealId);
  if (sheetKind(sheet, dealId) !== "deal") {
    return { ok: false, problems: [{ path: `sheet ${dealId}`, message: messages.notADealSheet(dealId) }] };
  }
  const g = sheet.grid;
  const { terms } = existingTerms(g);
  const jsonTerms = [...terms.entries()]
    .sort((a, b) => a[1].row - b[1].row)
    .map(([name, { raw }]) => {
      const definition = findTerm(name);
      const value = definition ? tryRead(definition, raw, offset) : undefined;
      return { name, value: definition && value !== undefined ? jsonTermValue(definition, value) : raw };
    });
  const problems: Problem[] = [];
  const jsonTables = state.tables
    .filter((t) => t.sheet.toUpperCase() === sheet.name.toUpperCase() && t.name.toUpperCase().startsWith(`${dealId}_`))
    .map((t) => ({ t, place: parseTableAddress(t.address) }))
    .sort((a, b) => (a.place?.left ?? 0) - (b.place?.left ?? 0))
    .map(({ t, place }) =>
      tableFromGrid(t.name, t.name.slice(dealId.length + 1).toUpperCase(), place, g, problems, offset),
    );
  if (problems.length > 0) return { ok: false, problems };
  return validateTermSheet({
    format: TERM_SHEET_FORMAT,
    version: TERM_SHEET_VERSION,
    deal: { id: String(gridCell(g, 2, 2)), title: gridCell(g, 1, 1), source: gridCell(g, 3, 2) },
    terms: jsonTerms,
    tables: jsonTables,
  });
}

function tableFromGrid(
  name: string,
  id: string,
  place: ReturnType<typeof parseTableAddress>,
  g: SheetState["grid"],
  problems: Problem[],
  offset: number,
): Partial<TermSheetTable> {
  if (!place || place.top < 4) {
    problems.push({
      path: `table ${name}`,
      message: messages.tableMoved(name, place ? cellAddress(place.top, place.left) : "?"),
    });
    return {};
  }
  const { top, left, rows, columns } = place;
  const kinds = Array.from({ length: columns }, (_, c) => columnKindOfUnit(gridCell(g, top - 1, left + c)));
  kinds.forEach((k, c) => {
    if (!k)
      problems.push({
        path: `cell ${cellAddress(top - 1, left + c)}`,
        message: messages.badColumnUnit(
          name,
          cellAddress(top - 1, left + c),
          gridCell(g, top - 1, left + c),
          Object.values(COLUMN_UNITS),
        ),
      });
  });
  return {
    id,
    title: gridCell(g, top - 3, left) as string,
    source: gridCell(g, top - 2, left) as string,
    columns: kinds.map((kind, c) => ({ name: String(gridCell(g, top, left + c)), kind: kind! })),
    rows: Array.from({ length: rows - 1 }, (_, r) =>
      kinds.map(
        (kind, c) =>
          tableCellFromWorkbook(kind ?? "text", gridCell(g, top + 1 + r, left + c), offset) as string | number,
      ),
    ),
  };
}

/**
 * The deals whose terms sheets are in the workbook: every name `<ID>_TERMS` that points
 * at the sheet `<ID>`.
 * @example dealsInWorkbook({ names: [{ name: "DEB_T1_TERMS", formula: "=DEB_T1!$A$6:$B$30" }], … }) //=> ["DEB_T1"]
 */
export function dealsInWorkbook(state: Pick<WorkbookState, "names">): string[] {
  const ids: string[] = [];
  for (const { name, formula } of state.names) {
    const m = /^(.+)_TERMS$/i.exec(name);
    const sheet = /^=(?:'((?:[^']|'')+)'|([^!]+))!/.exec(formula);
    const sheetName = sheet ? (sheet[1] ?? sheet[2]).replace(/''/g, "'") : undefined;
    if (m && sheetName && sheetName.toUpperCase() === m[1].toUpperCase()) ids.push(m[1].toUpperCase());
  }
  return ids.sort();
}
