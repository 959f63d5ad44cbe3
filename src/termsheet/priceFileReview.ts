/**
 * What the review of a price file must say beyond its rows: a column taken in place of the
 * closing bid. Seed 000 (Exhibit A) defines Per Share Market Value as the closing bid on
 * the Nasdaq National Market; a last sale price (Close, Close/Last, PX_LAST, PRC) is a
 * substitute the banker must knowingly accept, so it is a line to confirm before Write.
 */
import { PriceFile } from "./priceCsv";

/** A line of the review the banker must accept before the file is written. */
export interface ToConfirm {
  readonly item: string;
  readonly change: "confirm";
  readonly value: string;
}

/**
 * The lines a price file's review asks the banker to confirm: none for a closing-bid
 * column, one naming a last-sale column taken in its place.
 * @param file - a checked price file
 * @returns the lines to confirm, empty when the file has a bid column
 * @throws never
 * @example priceFileToConfirm({ ...file, bidColumn: "Close/Last", lastSale: true })[0].item //=> 'column "Close/Last"'
 */
export function priceFileToConfirm(file: PriceFile): ToConfirm[] {
  if (!file.lastSale || file.bidColumn === undefined) return [];
  return [
    {
      item: `column "${file.bidColumn}"`,
      change: "confirm",
      value: `The file has no closing-bid column, so the pane took "${file.bidColumn}", a last sale price, as the closing bid. Seed 000 defines Per Share Market Value as the closing bid: every figure from these prices will use last sales instead.`,
    },
  ];
}
