/*
 * One column or one row of cells as Excel passed them, read in place (src/functions/):
 * the shape every range argument is read through. Its own file so that the argument
 * readers (excelArgs.ts) and the price-series cache (priceSeriesCache.ts) both import it
 * and neither imports the other.
 */
import { TermsError } from "../engine/errors";
import { messages } from "../engine/messages";

const { isArray } = Array;

/** A value Excel may pass for one cell. */
export type Cell = number | string | boolean | null | undefined;

/** Whether a cell of a data range holds nothing: blank, or 0 (an empty cell in desktop Excel). */
export function isEmpty(cell: unknown): boolean {
  return cell === null || cell === 0 || cell === undefined || cell === "";
}

/** The number of cells of the narrowest row of a range (a lone value is one cell), for messages. */
export function narrowestRow(rows: readonly unknown[]): number {
  let narrowest = rows.length ? Infinity : 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const width = isArray(row) ? row.length : 1;
    if (width < narrowest) narrowest = width;
  }
  return narrowest;
}

/** The number of cells of the widest row of a range (a lone value is one cell); no spread, any size. */
export function widestRow(rows: readonly unknown[]): number {
  let widest = 0;
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i];
    const width = isArray(row) ? row.length : 1;
    if (width > widest) widest = width;
  }
  return widest;
}

/**
 * A one-row or one-column range read in place, never copied: a whole column (A:A) is
 * 1,048,576 rows, nearly all empty, on every recalculation. `cellAt(i)` is cell i;
 * `used` counts the cells up to the last one that is not empty (blank or 0), so a caller
 * that skips empty rows touches no more. Each cell is checked when it is read: the empty
 * tail once here, from the end; the others by the caller's one pass over them.
 */
export class CellVector {
  /** The number of cells up to the last one that is not empty; every cell after it is empty. */
  readonly used: number;
  /** The number of cells, empty ones included. */
  readonly length: number;

  private constructor(
    /** The cells (a row, or a lone value) or the rows (a column) as Excel passed them. */
    private readonly items: readonly unknown[],
    /** Whether the items are the rows of a column, each `[cell]`. */
    private readonly column: boolean,
    /** The argument's name, for messages. */
    private readonly what: string,
  ) {
    this.length = items.length;
    let used = items.length;
    while (used > 0 && isEmpty(this.cellAt(used - 1))) used--;
    this.used = used;
  }

  /**
   * The cells of a one-row or one-column range; a lone value is a 1-cell range.
   * @throws TermsError `invalid` naming the argument for a block of more than one row and column
   */
  static of(value: unknown, what: string): CellVector {
    if (!isArray(value)) return new CellVector([value], false, what);
    if (value.length === 1 && isArray(value[0])) return new CellVector(value[0] as unknown[], false, what);
    return new CellVector(value, true, what);
  }

  /**
   * Whether the first `cells.length` cells are exactly `cells` (===), checking the shape
   * of each row read. One tight pass: this runs on every recalculation of a price range.
   */
  startsWith(cells: readonly Cell[]): boolean {
    const { items } = this;
    const n = cells.length;
    if (n > items.length) return false;
    if (!this.column) {
      for (let i = 0; i < n; i++) if (items[i] !== cells[i]) return false;
      return true;
    }
    for (let i = 0; i < n; i++) {
      const item = items[i];
      if (isArray(item) && item.length === 1) {
        if (item[0] !== cells[i]) return false;
      } else if (this.cellAt(i) !== cells[i]) {
        return false;
      }
    }
    return true;
  }

  /**
   * Cell `i` (0-based).
   * @throws TermsError `invalid` naming the argument when row `i` of a column is not one cell wide
   */
  cellAt(i: number): Cell {
    const item = this.items[i];
    if (!this.column || !isArray(item)) return item as Cell;
    // An empty row inside a range is a ragged range; a wider one is a block.
    if (item.length !== 1)
      throw new TermsError(
        "invalid",
        messages.notOneDimensional(this.what, this.length, widestRow(this.items), narrowestRow(this.items)),
      );
    return item[0] as Cell;
  }
}
