/**
 * The workbook objects the task pane itself owns by name: the price sheet and table.
 * A deal may not take these names (as its sheet, a table or a defined name).
 */
export const PRICE_SHEET = "Prices";
export const PRICE_TABLE = "NEOT_Prices";

/** Names (upper case) a deal's sheet, tables and defined names must not take. */
export const PANE_OBJECT_NAMES: readonly string[] = [PRICE_SHEET.toUpperCase(), PRICE_TABLE.toUpperCase()];

/** The suffix of a deal's model sheet and its names: `DEB_T1_MODEL`, `DEB_T1_MODEL.AS_OF`. */
export const MODEL_SUFFIX = "_MODEL";

/**
 * Why a deal id would collide with the pane's own names, or undefined: the price sheet and
 * table, and any id ending in `_MODEL` (the model sheet of another deal, whose names
 * `<id>.<ITEM>` it would share).
 * @example reservedDealIdProblem("DEB_T1_MODEL") //=> "it ends in _MODEL, the pane's name for the model sheet of deal DEB_T1"
 */
export function reservedDealIdProblem(id: string): string | undefined {
  const upper = id.toUpperCase();
  if (upper === PRICE_SHEET.toUpperCase()) return "it is the name of the pane's price sheet";
  if (upper === PRICE_TABLE.toUpperCase()) return "it is the name of the pane's price table";
  if (upper.endsWith(MODEL_SUFFIX))
    return `it ends in ${MODEL_SUFFIX}, the pane's name for the model sheet of deal ${id.slice(0, -MODEL_SUFFIX.length) || "…"}`;
  return undefined;
}
