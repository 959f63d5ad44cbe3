import { Decimal } from "../decimal";

// Looked up once: these run for every row of a range, and a global lookup is slow in some
// runtimes (a vm context reaches globals through interceptors).
const { MAX_SAFE_INTEGER } = Number;
const { round } = Math;

/**
 * A decimal held exactly as two safe integers: `units / 10^places` (5.1 is 51 / 10¹).
 * Sums and averages of closing bids — a handful of decimals each — are exact in these at
 * the cost of float arithmetic; a value that does not fit has no scaled form, and the
 * caller uses Decimals instead.
 */
export interface ScaledDecimal {
  /** A safe integer (|units| ≤ MAX_SAFE_INTEGER). */
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
  return { units: +digits, places: fraction.length };
}

/** The largest units {@link scaledFromNumber} gives: 2⁵⁰, so the reasoning below holds. */
const MAX_NUMBER_UNITS = 2 ** 50;

/**
 * The scaled form of a positive number's decimal as Decimal reads it (the shortest decimal
 * that rounds to it, as Number's toString prints it), found by arithmetic: the fewest
 * places p ≤ MAX_PLACES for which units = round(x · 10^p) gives back x as units / 10^p.
 * Undefined when no such p exists or the units pass 2⁵⁰. Why it is the shortest decimal:
 * with units ≤ 2⁵⁰ the product x · 10^p is within ¼ of an integer when a p-place decimal
 * rounds to x, so round() finds it, and a p-place decimal that rounds to x has fewer digits
 * than any other that does with more places. A test compares it with `scaledFromText`.
 * @example scaledFromNumber(5.1) //=> { units: 51, places: 1 }
 */
export function scaledFromNumber(x: number): ScaledDecimal | undefined {
  if (!(x > 0 && x <= MAX_NUMBER_UNITS)) return undefined;
  for (let places = 0; places <= MAX_PLACES; places++) {
    const power = POWERS_OF_TEN[places];
    const units = round(x * power);
    if (units > MAX_NUMBER_UNITS) return undefined;
    if (units / power === x) return { units, places };
  }
  return undefined;
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

/**
 * The exact sum of two scaled decimals at the larger of their places; undefined when it
 * leaves the safe integers.
 * @example addScaled({ units: 51, places: 1 }, { units: 49, places: 1 }) //=> { units: 100, places: 1 }
 */
export function addScaled(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal | undefined {
  const places = a.places > b.places ? a.places : b.places;
  const x = a.units * POWERS_OF_TEN[places - a.places];
  const y = b.units * POWERS_OF_TEN[places - b.places];
  const units = x + y;
  // Exact while every value stays ≤ MAX_SAFE_INTEGER; a true value above it comes out above it.
  return x <= MAX_SAFE_INTEGER && y <= MAX_SAFE_INTEGER && units <= MAX_SAFE_INTEGER ? { units, places } : undefined;
}

/**
 * The exact product of two scaled decimals; undefined when it leaves the safe integers
 * or MAX_PLACES.
 * @example multiplyScaled({ units: 404, places: 2 }, { units: 10000, places: 0 }) //=> { units: 4040000, places: 2 }
 */
export function multiplyScaled(a: ScaledDecimal, b: ScaledDecimal): ScaledDecimal | undefined {
  const units = a.units * b.units;
  const places = a.places + b.places;
  return units <= MAX_SAFE_INTEGER && places <= MAX_PLACES ? { units, places } : undefined;
}

/** The Decimal of a scaled decimal (exact: at most 16 digits). */
export function decimalFromScaled(value: ScaledDecimal): Decimal {
  return new Decimal(`${value.units}e-${value.places}`);
}
