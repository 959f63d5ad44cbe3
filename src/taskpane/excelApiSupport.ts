/**
 * Whether this Excel has the API the pane's writes need, asked before any review.
 * ExcelApi 1.13 brings Table.resize (a table updated in place, so formulas that use it
 * keep working) and includes 1.9's Range.getCellProperties / setCellProperties (the undo
 * puts fonts and fills back). Without them the pane checks files but does not write.
 */
export const REQUIRED_EXCEL_API = "1.13";

/** Office.context.requirements, the part of office.js this check reads. */
export interface Requirements {
  isSetSupported(name: string, minVersion?: string): boolean;
}

/**
 * Whether the writes can run here: inside Office, Office's answer to
 * `isSetSupported("ExcelApi", "1.13")`. Outside Office (Office.onReady gives no host: a
 * plain browser, or the tests' Excel stand-in) there is nothing to ask, and `undefined`
 * is passed: the page is taken at its word.
 * @param requirements - Office.context.requirements when Office.onReady gave a host, else undefined
 * @example excelApiSupported({ isSetSupported: () => false }) //=> false
 */
export function excelApiSupported(requirements: Requirements | undefined): boolean {
  if (requirements === undefined) return true;
  return (
    typeof requirements.isSetSupported === "function" && requirements.isSetSupported("ExcelApi", REQUIRED_EXCEL_API)
  );
}
