/**
 * Excel's rules for defined names (and table names), so the task pane never asks Excel
 * for a name it would refuse — or worse, one it would read as a cell reference.
 */

/** The last column Excel has: XFD, column 16,384. */
const LAST_COLUMN = 16384;

/** The column number of letters A–XFD…, or Infinity for four letters and more. */
function columnNumber(letters: string): number {
  if (letters.length > 3) return Infinity;
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Whether a name part reads as a cell (A1, up to XFD) or an R1C1 reference (R, C, R2, C15, RC, R1C1). */
function readsAsReference(part: string): boolean {
  if (/^(r|c)$/i.test(part) || /^r\d*c\d*$/i.test(part) || /^[rc]\d+$/i.test(part)) return true;
  const a1 = /^([a-z]{1,3})(\d+)$/i.exec(part);
  return a1 !== null && columnNumber(a1[1]) <= LAST_COLUMN;
}

/**
 * Whether `name` is a valid Excel defined name:
 * - 1 to 255 characters;
 * - starts with a letter, an underscore or a backslash; then letters, digits,
 *   underscores and periods only (no spaces);
 * - not "R" or "C" and not R1C1-like ("R1C1", "RC", "R2", "C15"), in any case;
 * - not readable as an A1 cell reference: one to three letters up to column XFD followed
 *   by digits ("FEE2024", "XFD1048576", "A1"). Rows beyond 1,048,576 are refused too: the
 *   rule is deliberately conservative, since a name that looks like a cell is a trap even
 *   where Excel would take it;
 * - not TRUE or FALSE (conservative for the same reason);
 * - its part before the first "." or "_" does not read as a reference either ("A1_TERMS",
 *   "R1C1.X", "R.X"): such names are taken differently, or refused, once the workbook is
 *   switched to R1C1 notation, and they confuse a reader in A1. Conservative too.
 * @param name - the candidate name, as it would be typed
 * @returns true when Excel accepts the name and cannot confuse it with a reference
 * @throws never
 * @example isValidExcelName("DEB_T1.CONV_INITIAL_PCT") //=> true
 * @example isValidExcelName("FEB2000") //=> false (column FEB, row 2000)
 */
export function isValidExcelName(name: string): boolean {
  return excelNameProblem(name) === undefined;
}

/**
 * Why `name` is not a valid Excel name (see {@link isValidExcelName}), or undefined.
 * @example excelNameProblem("A1") //=> "it reads as the cell reference A1"
 */
export function excelNameProblem(name: string): string | undefined {
  if (name.length === 0) return "it is empty";
  if (name.length > 255) return `it is ${name.length} characters long (at most 255)`;
  if (!/^[\p{L}_\\]/u.test(name)) return "it must start with a letter, an underscore or a backslash";
  if (!/^[\p{L}_\\][\p{L}\p{Nd}_.]*$/u.test(name))
    return "only letters, digits, underscores and periods may follow the first character";
  if (/^(r|c)$/i.test(name)) return '"R" and "C" are reserved for R1C1 references';
  if (/^r\d*c\d*$/i.test(name) || /^[rc]\d+$/i.test(name)) return `it reads as the R1C1 reference ${name}`;
  const a1 = /^([a-z]{1,3})(\d+)$/i.exec(name);
  if (a1 && columnNumber(a1[1]) <= LAST_COLUMN) return `it reads as the cell reference ${name.toUpperCase()}`;
  if (/^(true|false)$/i.test(name)) return "TRUE and FALSE are values, not names";
  const head = /^[^._]+(?=[._])/u.exec(name)?.[0];
  if (head !== undefined && readsAsReference(head))
    return `it begins with "${head}", which reads as a cell reference in A1 or R1C1 notation`;
  return undefined;
}
