import { cellAddress } from "./a1";
import { parseTableAddress } from "./a1";

/** The number formats and boldness of one block of cells the write will touch, as read. */
export interface CellFormats {
  readonly sheet: string;
  /** A1 block, e.g. "B6:B14". */
  readonly address: string;
  readonly numberFormats: readonly (readonly unknown[])[];
  readonly bold: readonly (readonly boolean[])[];
}

/**
 * What changed in the formatting of the cells a write will touch, between the review and
 * the write: a number format or bold set or cleared is an edit like a value, so the write
 * stops and lists it ("cell DEB_T1!B7: number format was 0.00, now 0.0000").
 * @param reviewed - the blocks as read when the plan was reviewed
 * @param now - the same blocks read again just before writing (same order and sizes)
 * @returns one line per changed cell (empty: nothing changed)
 * @throws never
 * @example formatChanges(blocks, blocks) //=> []
 */
export function formatChanges(reviewed: readonly CellFormats[], now: readonly CellFormats[]): string[] {
  const changes: string[] = [];
  const seen = new Set<string>();
  reviewed.forEach((before, i) => {
    const after = now[i];
    const place = parseTableAddress(before.address);
    if (!after || !place) return;
    for (let r = 0; r < place.rows; r++)
      for (let c = 0; c < place.columns; c++) {
        const where = `cell ${before.sheet}!${cellAddress(place.top + r, place.left + c)}`;
        if (seen.has(where)) continue;
        const was = before.numberFormats[r]?.[c];
        const is = after.numberFormats[r]?.[c];
        const boldWas = Boolean(before.bold[r]?.[c]);
        const boldIs = Boolean(after.bold[r]?.[c]);
        const lines: string[] = [];
        if (String(was) !== String(is)) lines.push(`number format was ${String(was)}, now ${String(is)}`);
        if (boldWas !== boldIs) lines.push(`bold was ${boldWas ? "on" : "off"}, now ${boldIs ? "on" : "off"}`);
        if (lines.length > 0) {
          seen.add(where);
          changes.push(`${where}: ${lines.join("; ")} since the review`);
        }
      }
  });
  return changes;
}
