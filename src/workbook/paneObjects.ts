/**
 * The workbook objects the task pane itself owns by name: the price sheet and table.
 * A deal may not take these names (as its sheet, a table or a defined name).
 */
export const PRICE_SHEET = "Prices";
export const PRICE_TABLE = "NEOT_Prices";

/** Names (upper case) a deal's sheet, tables and defined names must not take. */
export const PANE_OBJECT_NAMES: readonly string[] = [PRICE_SHEET.toUpperCase(), PRICE_TABLE.toUpperCase()];
