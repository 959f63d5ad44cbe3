import { messages } from "../engine/messages";
import { excelSerialFromDay, isoDate } from "../engine/time/civilDate";
import { blockAddress, cellAddress } from "../workbook/a1";
import { parseTableAddress } from "../workbook/a1";
import { DATE_FORMAT, serialOffset } from "../workbook/excelValues";
import { checkPlan } from "../workbook/checkPlan";
import { PRICE_SHEET, PRICE_TABLE } from "../workbook/paneObjects";
import { PriceFile } from "./priceCsv";
import { Checked, Problem } from "../workbook/problem";
import {
  CellValue,
  Conflict,
  SheetState,
  WorkbookPlan,
  WorkbookState,
  gridCell,
  isEmptyCell,
  sheetState,
  tableState,
} from "../workbook/workbookPlan";

/**
 * The price history in the workbook: the Excel table NEOT_Prices (sheet "Prices", from A1)
 * with the columns Date and ClosingBid, oldest first, a missing bid left blank. Formulas
 * take it with structured references:
 * `=NEOT.CONVPRICE(NEOT_Prices[Date], NEOT_Prices[ClosingBid], …)`.
 * Re-importing replaces the rows of the same table wherever it is (resized in place, so
 * formulas that use it keep working).
 */
export { PRICE_SHEET, PRICE_TABLE };
export const PRICE_HEADERS: readonly string[] = ["Date", "ClosingBid"];
export const BID_FORMAT = "0.00####";

/** What a price import will do. */
export interface PriceImport {
  readonly rows: number;
  /** Rows with a blank (missing) bid. */
  readonly missing: number;
  readonly first: string;
  readonly last: string;
  /** Rows of the table before the import, undefined when it is created. */
  readonly rowsBefore?: number;
  readonly sheet: string;
  /** Objects the pane did not create that the write would change (an existing empty sheet Prices). */
  readonly conflicts: readonly Conflict[];
  readonly dateSystem: 1900 | 1904;
  readonly plan: WorkbookPlan;
}

/**
 * Checks a price file against the workbook and plans the write of NEOT_Prices.
 * @param file - a checked price file (parsePriceCsv)
 * @param state - the workbook as read: the sheet Prices (or the table's sheet), tables, names
 * @returns the summary and the plan, or every problem (a table of that name with other
 *   columns, a Prices sheet with other content, cells in the way below the table)
 * @throws never
 */
export function planPriceImport(file: PriceFile, state: WorkbookState): Checked<PriceImport> {
  const problems: Problem[] = [];
  const conflicts: Conflict[] = [];
  const current = tableState(state, PRICE_TABLE);
  const sheet: SheetState = sheetState(state, current ? current.sheet : PRICE_SHEET);
  const offset = serialOffset(state);
  const values: CellValue[][] = file.rows.map((r) => [excelSerialFromDay(r.date) - offset, r.bid ?? ""]);
  let top = 1;
  let left = 1;
  let rowsBefore: number | undefined;
  let clearAfter: string | undefined;
  if (current) {
    const place = parseTableAddress(current.address);
    const found = place
      ? Array.from({ length: place.columns }, (_, c) => String(gridCell(sheet.grid, place.top, place.left + c)))
      : [];
    if (!place || found.length !== 2 || found.some((h, i) => h.toUpperCase() !== PRICE_HEADERS[i].toUpperCase())) {
      return {
        ok: false,
        problems: [
          { path: `table ${PRICE_TABLE}`, message: messages.tableHeadersDiffer(PRICE_TABLE, found, PRICE_HEADERS) },
        ],
      };
    }
    ({ top, left } = place);
    rowsBefore = place.rows - 1;
    if (values.length < rowsBefore)
      clearAfter = blockAddress(top + 1 + values.length, left, rowsBefore - values.length, 2);
    for (let r = top + 1 + rowsBefore; r <= top + values.length; r++) {
      for (let c = left; c < left + 2; c++) {
        const v = gridCell(sheet.grid, r, c);
        if (!isEmptyCell(v))
          problems.push({
            path: `cell ${cellAddress(r, c)}`,
            message: messages.cellInTheWay(sheet.name, cellAddress(r, c), v),
          });
      }
    }
  } else {
    if (sheet.grid.some((row) => row.some((v) => !isEmptyCell(v)))) {
      problems.push({ path: `sheet ${sheet.name}`, message: messages.priceSheetInUse(sheet.name, PRICE_TABLE) });
    } else if (sheet.exists)
      conflicts.push({ item: `sheet ${sheet.name}`, detail: messages.conflictEmptySheet(sheet.name) });
    if (state.names.some((n) => n.name.toUpperCase() === PRICE_TABLE.toUpperCase())) {
      problems.push({ path: `table ${PRICE_TABLE}`, message: messages.nameTaken(PRICE_TABLE) });
    }
  }
  if (problems.length > 0) return { ok: false, problems };
  const sheetName = sheet.exists ? sheet.name : PRICE_SHEET;
  const plan: WorkbookPlan = {
    newSheets: sheet.exists ? [] : [sheetName],
    ranges: [],
    tables: [
      {
        sheet: sheetName,
        name: PRICE_TABLE,
        address: blockAddress(top, left, values.length + 1, 2),
        headers: PRICE_HEADERS,
        rows: values,
        columnFormats: [DATE_FORMAT, BID_FORMAT],
        previousAddress: current?.address.replace(/^.*!/, ""),
        clearAfter,
      },
    ],
    names: [],
    autofit: [{ sheet: sheetName, columns: blockAddress(1, left, 1, 2).replace(/\d+/g, "") }],
  };
  const limits = checkPlan(plan);
  if (limits.length > 0) return { ok: false, problems: limits };
  return {
    ok: true,
    value: {
      rows: values.length,
      missing: file.rows.filter((r) => r.bid === null).length,
      first: isoDate(file.rows[0].date),
      last: isoDate(file.rows[file.rows.length - 1].date),
      rowsBefore,
      sheet: sheetName,
      conflicts,
      dateSystem: state.dateSystem ?? 1900,
      plan,
    },
  };
}
