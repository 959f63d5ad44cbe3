import { messages } from "../engine/messages";
import { LAST_COLUMN, LAST_ROW, cellTextProblem, sheetNameProblem } from "./excelLimits";
import { excelNameProblem } from "./excelName";
import { PANE_OBJECT_NAMES, PRICE_TABLE } from "./paneObjects";
import { Problem } from "./problem";
import { CellValue, WorkbookPlan } from "./workbookPlan";

/**
 * The last check before a plan is shown for review: every sheet, cell, table and name it
 * would write within Excel's limits (excelLimits.ts) and naming rules (excelName.ts), no
 * name used twice, and none of the pane's own names (the price table) taken by a deal.
 * A plan that passes cannot be refused by Excel for any of these reasons at write time.
 * @param plan - a plan from planDealImport or planPriceImport
 * @returns every problem, empty when the plan can be written
 * @throws never
 */
export function checkPlan(plan: WorkbookPlan): Problem[] {
  const problems: Problem[] = [];
  for (const sheet of plan.newSheets) {
    const reason = sheetNameProblem(sheet);
    if (reason) problems.push({ path: `sheet ${sheet}`, message: messages.badSheetName(sheet, reason) });
  }
  const block = (sheet: string, address: string) => {
    const end = lastCell(address);
    if (end.column > LAST_COLUMN || end.row > LAST_ROW)
      problems.push({ path: `sheet ${sheet}`, message: messages.beyondSheet(sheet, address) });
  };
  const text = (sheet: string, value: CellValue) => {
    const reason = typeof value === "string" ? cellTextProblem(value) : undefined;
    if (reason)
      problems.push({
        path: `sheet ${sheet}`,
        message: messages.textTooLong(`${value.toString().slice(0, 40)}…`, reason),
      });
  };
  for (const r of plan.ranges) {
    block(r.sheet, r.address);
    for (const row of r.values) for (const v of row) text(r.sheet, v);
  }
  const used = new Map<string, string>();
  const claim = (name: string, what: string) => {
    const key = name.toUpperCase();
    const reason = excelNameProblem(name);
    if (reason) problems.push({ path: `${what} ${name}`, message: messages.badExcelName(name, reason) });
    if (used.has(key)) problems.push({ path: `${what} ${name}`, message: messages.nameTwiceInImport(name) });
    used.set(key, what);
  };
  for (const t of plan.tables) {
    block(t.sheet, t.address);
    for (const h of t.headers) text(t.sheet, h);
    for (const row of t.rows) for (const v of row) text(t.sheet, v);
    claim(t.name, "table");
    if (t.name.toUpperCase() !== PRICE_TABLE.toUpperCase() && PANE_OBJECT_NAMES.includes(t.name.toUpperCase())) {
      problems.push({ path: `table ${t.name}`, message: messages.paneObjectName(t.name) });
    }
  }
  for (const n of plan.names) {
    claim(n.name, "name");
    if (PANE_OBJECT_NAMES.includes(n.name.toUpperCase()))
      problems.push({ path: `name ${n.name}`, message: messages.paneObjectName(n.name) });
  }
  return problems;
}

/** The bottom-right cell of an A1 block, columns past XFD included ("ACOF5" is column 19,000 or so). */
function lastCell(address: string): { row: number; column: number } {
  const last = address.replace(/^.*!/, "").split(":").pop()!;
  const m = /^\$?([A-Z]+)\$?(\d+)$/i.exec(last);
  if (!m) return { row: Infinity, column: Infinity };
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}
