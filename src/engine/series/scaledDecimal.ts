import { Decimal } from "../decimal";

/**
 * A decimal held exactly as two safe integers: `units / 10^places` (5.1 is 51 / 10¹).
 * Sums and averages of closing bids — a handful of decimals each — are exact in these at
 * the cost of float arithmetic; a value that does not fit has no scaled form, and the
 * caller uses Decimals instead.
 */
export interface ScaledDecimal {
  /** A safe integer (|units| ≤ Number.MAX_SAFE_INTEGER). */
  readonly units: number;
  /** Decimal places, 0 … MAX_PLACES. */
  readonly places: number;
}

/** At most this many decimal places: 10^places and the sums stay small safe integers. */
export const MAX_PLACES = 10;

/** Digits of a plain decimal: "5.1", "1234", "0.0625" (no sign, no exponent). */
const PLAIN_DECIMAL = /^(\d+)(?:\.(\d+))?$/;

/**
 * The scaled form of a positive decimal written in plain notation, as Decimal and Number
 * print it; undefined for other text, more than 15 significant digits (so the units are
 * exact) or more than MAX_PLACES places.
 * @example scaledFromText("5.1") //=> { units: 51, places: 1 }
 */
export function scaledFromText(text: string): ScaledDecimal | undefined {
  const match = PLAIN_DECIMAL.exec(text);
  if (match === null) return undefined;
  const fraction = match[2] === undefined ? "" : match[2];
  const digits = match[1] + fraction;
  if (fraction.length > MAX_PLACES || digits.replace(/^0+/, "").length > 15) return undefined;
  return { units: Number(digits), places: fraction.length };
}

/** Scaled forms of the Decimals asked for (terms such as 1.2 are asked for on every call). */
const scaledDecimals = new WeakMap<Decimal, ScaledDecimal | null>();

/**
 * The scaled form of a positive Decimal, remembered per Decimal (they are immutable);
 * undefined when it has none.
 * @example scaledFromDecimal(new Decimal("1.01")) //=> { units: 101, places: 2 }
 */
export function scaledFromDecimal(value: Decimal): ScaledDecimal | undefined {
  let scaled = scaledDecimals.get(value);
  if (scaled === undefined) {
    scaled = (value.isPositive() && !value.isZero() && scaledFromText(value.toFixed())) || null;
    scaledDecimals.set(value, scaled);
  }
  return scaled === null ? undefined : scaled;
}

/** 10^k for k = 0 … 2 × MAX_PLACES: exact doubles (every power of ten up to 10²² is). */
export const POWERS_OF_TEN: readonly number[] = [];
for (let k = 0, p = 1; k <= 2 * MAX_PLACES; k++, p *= 10) (POWERS_OF_TEN as number[]).push(p);
