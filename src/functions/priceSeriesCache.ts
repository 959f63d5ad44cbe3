import { PriceSeries } from "../engine/series/priceSeries";
import type { DateSystem } from "../engine/time/civilDate";
import type { Cell, CellVector } from "./cellVector";

/**
 * The price series of the last few (dates, prices) ranges read.
 *
 * Excel recalculates every cell that refers to a price range — often a column of
 * hundreds of formulas over the same two ranges — and passes fresh arrays each time.
 * Comparing the cells with those of the ranges read last (one pass over the used rows,
 * in place, no allocation) costs a fraction of validating and indexing them again. The
 * comparison is exact, cell by cell: a changed cell anywhere misses the cache. Only series
 * that passed validation are kept, so a bad range reports its error on every call.
 */
const CAPACITY = 4;

interface Entry {
  /** The first `dates.length` cells of each range; every later cell of both was empty. */
  readonly dates: readonly Cell[];
  readonly prices: readonly Cell[];
  /** The same serials are other days in a 1904 workbook. */
  readonly system: DateSystem;
  readonly series: PriceSeries;
}

/** Most recently used first. */
const entries: Entry[] = [];

function copyCells(vector: CellVector, rows: number): Cell[] {
  const cells: Cell[] = new Array(rows);
  for (let i = 0; i < rows; i++) cells[i] = vector.cellAt(i);
  return cells;
}

/**
 * The series of these ranges, whose cells after the first `rows` are all empty, read in
 * date system `system`: a cached one when the same cells were read recently in the same
 * system, otherwise `build()`, remembered for next time.
 * @throws whatever `build` throws (nothing is cached then)
 */
export function cachedPriceSeries(
  dates: CellVector,
  prices: CellVector,
  rows: number,
  system: DateSystem,
  build: () => PriceSeries,
): PriceSeries {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (
      entry.system === system &&
      entry.dates.length === rows &&
      prices.startsWith(entry.prices) &&
      dates.startsWith(entry.dates)
    ) {
      if (i > 0) {
        entries.splice(i, 1);
        entries.unshift(entry);
      }
      return entry.series;
    }
  }
  const series = build();
  // Copies: the caller's arrays belong to Excel's runtime.
  entries.unshift({ dates: copyCells(dates, rows), prices: copyCells(prices, rows), system, series });
  if (entries.length > CAPACITY) entries.pop();
  return series;
}
