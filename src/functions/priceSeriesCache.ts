import { PriceSeries } from "../engine/series/priceSeries";
import type { DateSystem } from "../engine/time/civilDate";
import type { Cell } from "./excelArgs";

/**
 * The price series of the last few (dates, prices) ranges read.
 *
 * Excel recalculates every cell that refers to a price range — often a column of
 * hundreds of formulas over the same two ranges — and passes fresh arrays each time.
 * Comparing the cells with those of the ranges read last (one pass, no allocation) costs
 * a fraction of validating and indexing them again. The comparison is exact, cell by
 * cell: a changed cell anywhere misses the cache. Only series that passed validation are
 * kept, so a bad range reports its error on every call.
 */
const CAPACITY = 4;

interface Entry {
  readonly dates: readonly Cell[];
  readonly prices: readonly Cell[];
  /** The same serials are other days in a 1904 workbook. */
  readonly system: DateSystem;
  readonly series: PriceSeries;
}

/** Most recently used first. */
const entries: Entry[] = [];

function sameCells(a: readonly Cell[], b: readonly Cell[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The series of these cells read in date system `system`: a cached one when the same cells were read recently,
 * otherwise `build()`, remembered for next time.
 * @throws whatever `build` throws (nothing is cached then)
 */
export function cachedPriceSeries(
  dates: readonly Cell[],
  prices: readonly Cell[],
  system: DateSystem,
  build: () => PriceSeries,
): PriceSeries {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (entry.system === system && sameCells(entry.prices, prices) && sameCells(entry.dates, dates)) {
      if (i > 0) entries.unshift(...entries.splice(i, 1));
      return entry.series;
    }
  }
  const series = build();
  // Copies: the caller's arrays belong to Excel's runtime.
  entries.unshift({ dates: dates.slice(), prices: prices.slice(), system, series });
  if (entries.length > CAPACITY) entries.pop();
  return series;
}
