import { Decimal } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";

/** One sale as it came from the workbook: a blank (or desktop Excel's 0) is `null` or 0. */
export interface SaleRow {
  readonly price: number | null;
  readonly volume: number | null;
}

/** A volume-weighted average and what it was made of. */
export interface Vwap {
  /** Σ price × volume / Σ volume, unrounded. */
  readonly price: Decimal;
  /** Σ volume: shares sold. */
  readonly volume: Decimal;
  /** Σ price × volume: gross proceeds, USD, unrounded. */
  readonly value: Decimal;
}

/**
 * The volume-weighted average price of sales: Σ price × volume / Σ volume, unrounded.
 * Seed 003, Plan of Distribution: Cantor's Warrants are priced at "130% of the volume
 * weighted average sales price of the shares of common stock sold by Cantor".
 * Rules (row numbers are 1-based, as the price-series functions):
 * - a row whose price and volume are both blank or 0 is skipped, so whole columns may be passed;
 * - a price must be a positive finite number and needs a volume; a volume must be a
 *   finite number ≥ 0 and a positive volume needs a price;
 * - the volumes must not add up to zero.
 * @throws TermsError `invalid` naming the first bad row, or when the volumes add up to zero
 * @example volumeWeightedAverage([{ price: 4.04, volume: 10000 }, { price: 4.2, volume: 30000 }]).price.toString() //=> "4.16"
 */
export function volumeWeightedAverage(rows: readonly SaleRow[]): Vwap {
  let volume = new Decimal(0);
  let value = new Decimal(0);
  rows.forEach(({ price, volume: v }, i) => {
    const row = i + 1;
    const noPrice = price === null || price === 0;
    const noVolume = v === null || v === 0;
    check(noPrice || (Number.isFinite(price) && price > 0), "invalid", () => messages.badPrice(row, price));
    check(noVolume || (Number.isFinite(v) && v > 0), "invalid", () => messages.badVolume(row, v));
    if (noPrice && noVolume) return;
    check(!noPrice, "invalid", () => messages.volumeWithoutPrice(row));
    check(!noVolume, "invalid", () => messages.priceWithoutVolume(row));
    const shares = new Decimal(v);
    volume = volume.plus(shares);
    value = value.plus(shares.times(price));
  });
  check(volume.isPositive() && !volume.isZero(), "invalid", messages.noVolume);
  return { price: value.dividedBy(volume), volume, value };
}
