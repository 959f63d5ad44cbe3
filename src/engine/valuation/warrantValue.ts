/**
 * The value of a warrant whose exercise dilutes the stock: Hull's practitioner formula
 * ("Options, Futures, and Other Derivatives", warrants and dilution; DOMAIN.md, Valuation).
 *
 * Doubles, not Decimals: a numerical method (Newton's method on the Black-Scholes-Merton
 * value), whose arithmetic is the double's.
 */
import { check } from "../errors";
import { messages } from "../messages";
import { OptionInputs, callValueAt, checkOptionInputs } from "./blackScholes";

/** Looked up once: a global lookup per call is measurable in Excel's runtimes. */
const { abs } = Math;

/** The solve stops when a step moves the value by less than this share of it. */
export const WARRANT_TOLERANCE = 1e-13;
/**
 * The most warrants per share outstanding: beyond it the diluted stock price S + M·W/N
 * swamps the strike in doubles (and no financing issues a million warrants a share).
 */
export const MAX_WARRANTS_PER_SHARE = 1e6;
/** Steps allowed (Newton takes a handful; bisection, the fallback, about 50). */
const MAX_STEPS = 200;

/**
 * Value per warrant adjusted for dilution: the W that solves
 * W = N/(N+M) × c(S + M·W/N), with N shares outstanding, M warrants (each for one share) and
 * c the Black-Scholes-Merton call of the same strike, time, volatility (the equity's), rate
 * and dividend yield. M = 0 gives the call itself.
 *
 * The right-hand side minus W is convex and strictly decreasing in W (its slope is
 * M/(N+M)·delta − 1 < 0), so the root is unique and lies in [0, S]. Newton's method from
 * N/(N+M)·c(S), where the difference is ≥ 0, climbs to the root without overshooting; a step
 * that leaves the bracket (rounding) is replaced by bisection. It stops when a step is below
 * 1e-13 of the value, so the equation holds to a relative 1e-12.
 * Not in the seeds: the New Warrants (seed 000, Exhibit A: 20% coverage at 125%, 5 years)
 * and Cantor's warrants (seed 003, Plan of Distribution) are valued this way by the desk.
 * @param inputs - the option's inputs, as {@link blackScholesCall}
 * @param warrants - M, warrants outstanding, ≥ 0 (need not be whole)
 * @param outstanding - N, shares outstanding before exercise, > 0
 * @returns USD per warrant, ≥ 0
 * @throws TermsError `invalid` as {@link checkOptionInputs}, or for a negative warrant count,
 *   shares outstanding not above zero, or more than 1,000,000 warrants a share outstanding
 * @example warrantValue({ spot: 42, strike: 40, years: 0.5, volatility: 0.2, rate: 0.1, dividendYield: 0 }, 0, 1e6) //=> 4.759422392871532 (the call)
 */
export function warrantValue(inputs: OptionInputs, warrants: number, outstanding: number): number {
  checkOptionInputs(inputs);
  check(warrants >= 0 && warrants < Infinity, "invalid", () => messages.negative("warrants", String(warrants)));
  check(outstanding > 0 && outstanding < Infinity, "invalid", () =>
    messages.notPositive("outstanding", String(outstanding)),
  );
  check(warrants <= MAX_WARRANTS_PER_SHARE * outstanding, "invalid", () =>
    messages.tooManyWarrants(String(warrants), String(outstanding)),
  );
  const { spot } = inputs;
  if (warrants === 0) return callValueAt(inputs, spot).value;
  const share = outstanding / (outstanding + warrants); // N/(N+M)
  const ratio = warrants / outstanding; // M/N
  let low = 0;
  let high = spot;
  let w = share * callValueAt(inputs, spot).value;
  for (let step = 0; step < MAX_STEPS; step++) {
    const c = callValueAt(inputs, spot + ratio * w);
    const gap = share * c.value - w; // ≥ 0 left of the root, ≤ 0 right of it
    if (gap === 0) return w;
    if (gap > 0) low = w;
    else high = w;
    const next = w - gap / (share * ratio * c.delta - 1);
    if (abs(next - w) <= WARRANT_TOLERANCE * next) return next;
    if (next > low && next < high) w = next;
    else if (high - low <= WARRANT_TOLERANCE * high) return low;
    else w = (low + high) / 2;
  }
  return w;
}
