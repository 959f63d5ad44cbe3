import { Decimal } from "../decimal";
import { TermsError, check } from "../errors";
import { messages } from "../messages";
import { ScaledDecimal, addScaled, decimalFromScaled, multiplyScaled, scaledFromNumber } from "./scaledDecimal";

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
  // One pass checks the rows and adds volume and value exactly in safe integers (the same
  // values Decimals add up to: see scaledDecimal.ts); only when a figure does not fit them
  // are the sums made again with Decimals.
  let volume: ScaledDecimal | undefined = ZERO;
  let value: ScaledDecimal | undefined = ZERO;
  for (let i = 0; i < rows.length; i++) {
    const { price, volume: v } = rows[i];
    if (!checkSale(price, v, i + 1) || volume === undefined || value === undefined) continue;
    const shares = scaledFromNumber(v!);
    const each = scaledFromNumber(price);
    const amount = shares && each ? multiplyScaled(shares, each) : undefined;
    volume = shares && amount ? addScaled(volume, shares) : undefined;
    value = amount && volume ? addScaled(value, amount) : undefined;
  }
  const sums =
    volume && value ? { volume: decimalFromScaled(volume), value: decimalFromScaled(value) } : decimalSums(rows);
  check(sums.volume.isPositive() && !sums.volume.isZero(), "invalid", messages.noVolume);
  return { price: sums.value.dividedBy(sums.volume), ...sums };
}

const ZERO: ScaledDecimal = { units: 0, places: 0 };

/** Number.isFinite, looked up once: it runs for every row. */
const { isFinite } = Number;

/**
 * Whether a row is a sale (false: both blank or 0, skipped).
 * @throws TermsError `invalid` naming the row for a bad price or volume, or one without the other
 */
function checkSale(price: number | null, volume: number | null, row: number): price is number {
  const noPrice = price === null || price === 0;
  const noVolume = volume === null || volume === 0;
  // `if … throw`: this runs for every row of a whole column.
  if (!(noPrice || (isFinite(price) && price! > 0))) throw new TermsError("invalid", messages.badPrice(row, price));
  if (!(noVolume || (isFinite(volume) && volume! > 0)))
    throw new TermsError("invalid", messages.badVolume(row, volume));
  if (noPrice && noVolume) return false;
  if (noPrice) throw new TermsError("invalid", messages.volumeWithoutPrice(row));
  if (noVolume) throw new TermsError("invalid", messages.priceWithoutVolume(row));
  return true;
}

/** Σ volume and Σ price × volume with Decimals, of rows already checked. */
function decimalSums(rows: readonly SaleRow[]): { volume: Decimal; value: Decimal } {
  let volume = new Decimal(0);
  let value = new Decimal(0);
  for (const { price, volume: v } of rows) {
    if (price === null || price === 0) continue;
    const shares = new Decimal(v!);
    volume = volume.plus(shares);
    value = value.plus(shares.times(price));
  }
  return { volume, value };
}
