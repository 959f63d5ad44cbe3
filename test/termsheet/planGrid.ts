import { parseTableAddress } from "../../src/workbook/a1";
import { CellValue, TableState, WorkbookPlan, WorkbookState } from "../../src/workbook/workbookPlan";

/**
 * What a workbook holds after a plan is applied, computed without Excel: grids of cell
 * values, tables and names. Enough for the pure tests to read back what they planned
 * (the host's own behaviour is tested against the Excel stand-in).
 */
export function applyToState(state: WorkbookState, plan: WorkbookPlan): WorkbookState {
  const grids = new Map(state.sheets.filter((s) => s.exists).map((s) => [s.name, s.grid.map((r) => [...r])]));
  for (const s of plan.newSheets) grids.set(s, []);
  const put = (sheet: string, top: number, left: number, values: readonly (readonly CellValue[])[]) => {
    const g = grids.get(sheet)!;
    values.forEach((row, r) =>
      row.forEach((v, c) => {
        while (g.length < top + r) g.push([]);
        const line = g[top + r - 1];
        while (line.length < left + c) line.push("");
        line[left + c - 1] = v;
      }),
    );
  };
  for (const r of plan.ranges) {
    const p = parseTableAddress(r.address)!;
    put(r.sheet, p.top, p.left, r.values);
  }
  const tables: TableState[] = state.tables.filter((t) => !plan.tables.some((w) => w.name === t.name));
  for (const t of plan.tables) {
    const p = parseTableAddress(t.address)!;
    put(t.sheet, p.top, p.left, [t.headers, ...t.rows]);
    if (t.clearAfter) {
      const c = parseTableAddress(t.clearAfter)!;
      put(
        t.sheet,
        c.top,
        c.left,
        Array.from({ length: c.rows }, () => Array<CellValue>(c.columns).fill("")),
      );
    }
    tables.push({ name: t.name, sheet: t.sheet, address: t.address });
  }
  const names = state.names.filter((n) => !plan.names.some((w) => w.name === n.name));
  for (const n of plan.names) names.push({ name: n.name, formula: `=${n.sheet}!${n.address}` });
  return {
    sheets: [...grids].map(([name, grid]) => ({ name, exists: true, grid })),
    tables,
    names,
  };
}

export const EMPTY_WORKBOOK: WorkbookState = { sheets: [], tables: [], names: [] };
