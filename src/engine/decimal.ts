import DecimalBase from "decimal.js";

/**
 * The one Decimal configuration of the engine. Forty significant digits keep every
 * intermediate price exact for the sums and averages the agreements use (a 30-day window
 * of four-decimal bids needs fewer than 20); rounding is never implicit: money is rounded
 * by {@link roundMoney} as a named last step.
 */
export const Decimal = DecimalBase.clone({ precision: 40, rounding: DecimalBase.ROUND_HALF_UP });
export type Decimal = InstanceType<typeof Decimal>;

/** Rounding modes a term may choose, by name. */
export const ROUNDING = {
  /** Half away from zero, like Excel's ROUND. */
  halfUp: Decimal.ROUND_HALF_UP,
  halfEven: Decimal.ROUND_HALF_EVEN,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
} as const;

/**
 * Rounds a money amount to the cent, half away from zero (Excel's ROUND(x, 2)).
 * Seed 000 and seed 003 are silent on rounding; same-era forms round "to the nearest
 * cent", so the engine keeps prices unrounded and rounds money once, at the end.
 * @param amount - an amount in US dollars
 * @returns the amount rounded to two decimal places
 * @example roundMoney(new Decimal("1.005")).toString() //=> "1.01"
 */
export function roundMoney(amount: Decimal): Decimal {
  return amount.toDecimalPlaces(2, ROUNDING.halfUp);
}

/**
 * Average of a non-empty list of decimals, unrounded.
 * @throws never for a non-empty list; callers guarantee at least one value
 * @example average([new Decimal(1), new Decimal(2)]).toString() //=> "1.5"
 */
export function average(values: readonly Decimal[]): Decimal {
  let sum = new Decimal(0);
  for (const v of values) sum = sum.plus(v);
  return sum.dividedBy(values.length);
}
