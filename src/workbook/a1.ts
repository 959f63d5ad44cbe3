/**
 * A1 addresses for the cells a write plan touches. Rows and columns are 1-based, the
 * way Excel numbers them.
 */

/** The letters of column `column` (1 = A, 27 = AA). @example columnLetters(28) //=> "AB" */
export function columnLetters(column: number): string {
  let letters = "";
  for (let n = column; n > 0; n = Math.floor((n - 1) / 26))
    letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/** The A1 address of one cell. @example cellAddress(6, 2) //=> "B6" */
export function cellAddress(row: number, column: number): string {
  return `${columnLetters(column)}${row}`;
}

/**
 * The A1 address of a block of `rows` × `columns` cells whose top-left cell is (row, column).
 * @example blockAddress(6, 1, 3, 2) //=> "A6:B8"
 */
export function blockAddress(row: number, column: number, rows: number, columns: number): string {
  const first = cellAddress(row, column);
  return rows === 1 && columns === 1 ? first : `${first}:${cellAddress(row + rows - 1, column + columns - 1)}`;
}

/** The absolute reference of a sheet's block, for a defined name: `='DEB_T1'!$A$6:$B$8`. */
export function absoluteReference(sheet: string, row: number, column: number, rows = 1, columns = 1): string {
  const abs = (r: number, c: number) => `$${columnLetters(c)}$${r}`;
  const first = abs(row, column);
  const block = rows === 1 && columns === 1 ? first : `${first}:${abs(row + rows - 1, column + columns - 1)}`;
  return `='${sheet.replace(/'/g, "''")}'!${block}`;
}

/** The row and column of an A1 cell address such as "B6" or "$B$6" (1-based), or undefined. */
export function parseCellAddress(address: string): { row: number; column: number } | undefined {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!m) return undefined;
  let column = 0;
  for (const ch of m[1].toUpperCase()) column = column * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]), column };
}

/** Top-left cell and size of a table address such as "G5:J12" (or "Sheet!G5:J12"). */
export function parseTableAddress(
  address: string,
): { top: number; left: number; rows: number; columns: number } | undefined {
  const [first, last = first] = address.replace(/^.*!/, "").split(":");
  const a = parseCellAddress(first);
  const b = parseCellAddress(last);
  if (!a || !b) return undefined;
  return { top: a.row, left: a.column, rows: b.row - a.row + 1, columns: b.column - a.column + 1 };
}
