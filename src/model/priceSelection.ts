import { messages } from "../engine/messages";
import { blockAddress } from "../workbook/a1";
import { parseTableAddress } from "../workbook/a1";
import { Checked } from "../workbook/problem";
import { CellValue, WorkbookState, gridCell, sheetState } from "../workbook/workbookPlan";
import { PriceSource } from "./dealModel";
import { checkPriceRanges, rangePriceSource, tablePriceSource } from "./priceSource";

/** Prices found in the workbook: the source the model will reference, and how many dated rows it has. */
export interface PricesInWorkbook {
  readonly source: PriceSource;
  readonly days: number;
}

/**
 * The price source for a selection of two columns, dates then closing bids, checked with
 * the CSV import's rules (checkPriceRanges). Inside an Excel table the two columns of the
 * table are used whole, by structured reference (`Feed[Day]`, `Feed[[Close/Last]]`), so rows the
 * table gains later flow through; elsewhere the selected block, less a heading row
 * (text in its first date cell), by absolute reference.
 * @param sheet - the selection's sheet
 * @param address - the selection, e.g. "C1:D260"
 * @param state - that sheet (its values) and all tables, as read
 * @returns the source, or every problem (rows numbered as on the worksheet)
 * @throws never
 * @example priceSourceFromSelection("Bids", "A1:B3", state) //=> { ok: true, value: { source: { dates: "'Bids'!$A$2:$A$3", … }, days: 2 } }
 */
export function priceSourceFromSelection(
  sheet: string,
  address: string,
  state: WorkbookState,
): Checked<PricesInWorkbook> {
  const block = parseTableAddress(address.replace(/\$/g, ""));
  if (!block || block.columns !== 2)
    return { ok: false, problems: [{ path: "selection", message: messages.selectTwoColumns(address) }] };
  const grid = sheetState(state, sheet).grid;
  const table = state.tables.find((t) => {
    const p = parseTableAddress(t.address);
    return (
      t.sheet.toUpperCase() === sheet.toUpperCase() &&
      p &&
      p.left <= block.left &&
      block.left + 1 < p.left + p.columns &&
      p.top <= block.top &&
      block.top + block.rows <= p.top + p.rows
    );
  });
  let top = block.top;
  let rows = block.rows;
  if (table) {
    const p = parseTableAddress(table.address)!;
    top = p.top + 1;
    rows = p.rows - 1;
  } else if (typeof gridCell(grid, top, block.left) === "string" && gridCell(grid, top, block.left) !== "") {
    top++;
    rows--;
  }
  const datesAddress = blockAddress(top, block.left, Math.max(rows, 1), 1);
  const bidsAddress = blockAddress(top, block.left + 1, Math.max(rows, 1), 1);
  const column = (c: number): CellValue[][] =>
    Array.from({ length: Math.max(rows, 0) }, (_, i) => [gridCell(grid, top + i, c)]);
  const dates = column(block.left);
  const checked = checkPriceRanges(datesAddress, bidsAddress, dates, column(block.left + 1));
  if (!checked.ok) return checked;
  const heading = (c: number) => String(gridCell(grid, top - 1, c));
  const source = table
    ? tablePriceSource(table.name, heading(block.left), heading(block.left + 1))
    : rangePriceSource(sheet, datesAddress, bidsAddress);
  return { ok: true, value: { source, days: dates.filter(([d]) => d !== "" && d !== 0).length } };
}
