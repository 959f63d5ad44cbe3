import { describe } from "../engine/messages";
import { cellAddress } from "./a1";
import { SheetState, WorkbookState, gridCell } from "./workbookPlan";

/**
 * What changed in a workbook between the review and the write, in words: a cell's value or
 * formula, a sheet, table or name added, removed or moved. The host re-reads the workbook
 * in the same batch as the write and stops when this list is not empty, so a plan is
 * never applied over cells it did not see.
 * @param reviewed - the state the plan was made from
 * @param now - the same sheets, all tables and all names, read again just before writing
 * @returns one line per change (empty: nothing changed)
 * @throws never
 * @example workbookChanges(state, state) //=> []
 */
export function workbookChanges(reviewed: WorkbookState, now: WorkbookState): string[] {
  const changes: string[] = [];
  for (const before of reviewed.sheets) {
    const after = now.sheets.find((s) => s.name.toUpperCase() === before.name.toUpperCase());
    if (!after || after.exists !== before.exists) {
      changes.push(`sheet ${before.name}: ${before.exists ? "deleted" : "added"} since the review`);
      continue;
    }
    if (before.exists) sheetChanges(before, after, changes);
  }
  const key = <T extends { name: string }>(list: readonly T[]) => new Map(list.map((x) => [x.name.toUpperCase(), x]));
  const tablesBefore = key(reviewed.tables);
  const tablesNow = key(now.tables);
  for (const [k, t] of tablesBefore) {
    const n = tablesNow.get(k);
    if (!n) changes.push(`table ${t.name}: deleted since the review`);
    else if (n.sheet !== t.sheet || n.address !== t.address)
      changes.push(`table ${t.name}: was ${t.sheet}!${t.address}, now ${n.sheet}!${n.address}`);
  }
  for (const [k, t] of tablesNow) if (!tablesBefore.has(k)) changes.push(`table ${t.name}: added since the review`);
  const namesBefore = key(reviewed.names);
  const namesNow = key(now.names);
  for (const [k, n] of namesBefore) {
    const m = namesNow.get(k);
    if (!m) changes.push(`name ${n.name}: deleted since the review`);
    else if (m.formula !== n.formula) changes.push(`name ${n.name}: was ${n.formula}, now ${m.formula}`);
  }
  for (const [k, n] of namesNow)
    if (!namesBefore.has(k)) changes.push(`name ${n.name}: added since the review (${n.formula})`);
  if (reviewed.dateSystem !== now.dateSystem)
    changes.push(`the workbook's date system: was ${reviewed.dateSystem}, now ${now.dateSystem}`);
  return changes;
}

/** Cells whose value or formula differ, row by row. */
function sheetChanges(before: SheetState, after: SheetState, changes: string[]): void {
  const rows = Math.max(before.grid.length, after.grid.length);
  for (let r = 1; r <= rows; r++) {
    const columns = Math.max(
      before.grid[r - 1]?.length ?? 0,
      after.grid[r - 1]?.length ?? 0,
      before.formulas?.[r - 1]?.length ?? 0,
      after.formulas?.[r - 1]?.length ?? 0,
    );
    for (let c = 1; c <= columns; c++) {
      const was = shown(before, r, c);
      const is = shown(after, r, c);
      if (was.raw !== is.raw) changes.push(`cell ${after.name}!${cellAddress(r, c)}: was ${was.text}, now ${is.text}`);
    }
  }
}

/** A cell as the banker sees it: its formula if it has one, else its value. */
function shown(sheet: SheetState, row: number, column: number): { raw: string; text: string } {
  const formula = sheet.formulas ? gridCell(sheet.formulas, row, column) : "";
  if (typeof formula === "string" && formula.startsWith("="))
    return { raw: `f${formula}`, text: `the formula ${formula}` };
  const value = gridCell(sheet.grid, row, column);
  return { raw: `${typeof value}:${String(value)}`, text: value === "" ? "empty" : describe(value) };
}
