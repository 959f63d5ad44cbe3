import { blockAddress } from "../workbook/a1";
import { DealModel } from "./dealModel";
import { formatRows, levelFormat, levelFormula } from "./modelChart";

/** The cells a longer schedule needs below the rows the build formats ahead of time. */
export interface SpillExtension {
  /** The spill's anchor. */
  readonly spill: string;
  readonly blocks: readonly {
    readonly address: string;
    readonly numberFormats: readonly (readonly string[])[];
    /** Level-line formulas (a chart's level column), absent for the spill's own columns (Excel's values). */
    readonly formulas?: readonly (readonly string[])[];
  }[];
}

/**
 * What Build model and Refresh model write once Excel has computed the schedules: a
 * schedule longer than the SPILL_FORMAT_ROWS rows formatted at build gets its columns'
 * number formats, and its chart's level columns (the Floor Price, the $1.00 minimum bid)
 * their formulas, down to its last row, so dates never show as serials and the lines never
 * stop short of the data.
 * @param model - the model planned
 * @param dataRows - each spill's rows below its heading row, in `model.spills` order
 * @returns one extension per schedule longer than SPILL_FORMAT_ROWS
 * @throws never
 * @example spillExtensions(model, [0, 1000, 3])[0].blocks[0].address //=> "K787:N1006" (a spill at K6)
 */
export function spillExtensions(model: DealModel, dataRows: readonly number[]): SpillExtension[] {
  const out: SpillExtension[] = [];
  model.spills.forEach((sp, i) => {
    const extra = (dataRows[i] ?? 0) - formatRows(sp);
    if (extra <= 0) return;
    const top = sp.row + 1 + formatRows(sp);
    const blocks: SpillExtension["blocks"][number][] = [
      {
        address: blockAddress(top, sp.column, extra, sp.columns),
        numberFormats: Array.from({ length: extra }, () => [...sp.columnFormats]),
      },
    ];
    for (const chart of model.charts.filter((c) => c.spill === sp.address))
      chart.levelColumns.forEach((column, level) =>
        blocks.push({
          address: blockAddress(top, column, extra, 1),
          numberFormats: Array.from({ length: extra }, () => [levelFormat(chart, level)]),
          formulas: Array.from({ length: extra }, (_, k) => [levelFormula(model, chart, level, top + k)]),
        }),
      );
    out.push({ spill: sp.address, blocks });
  });
  return out;
}
