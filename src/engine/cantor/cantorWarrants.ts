import { Decimal, ROUNDING } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { Terms } from "../terms/terms";

const ROUNDING_OF: Record<string, (typeof ROUNDING)[keyof typeof ROUNDING]> = {
  DOWN: ROUNDING.down,
  NEAREST: ROUNDING.halfUp,
  UP: ROUNDING.up,
};

/**
 * Shares under the Warrants Cantor receives for sales of `sharesSold` shares: 10%
 * (CEO_WARRANT_PCT) of the shares sold, rounded to a whole share by CEO_WARRANT_ROUNDING
 * (not in the seeds; DOWN by default, which keeps within NASD's "Warrants in excess of 10%
 * of the shares ... sold"; NEAREST rounds half up; UP).
 * Seed 003, Plan of Distribution ("warrants to purchase shares of common stock in an
 * amount equal to 10% of the number of shares sold by Cantor"); the Other Agreement gives
 * "warrants with the same terms and provisions".
 * @param sharesSold - shares Cantor sold, a whole number ≥ 0
 * @returns a whole number of warrant shares
 * @throws TermsError `invalid` for a negative or fractional share count
 * @example cantorWarrantShares(new Decimal(40_005)).toString() //=> "4000" (4,000.5 rounded down)
 */
export function cantorWarrantShares(sharesSold: Decimal, terms = Terms.defaults): Decimal {
  check(sharesSold.isInteger() && !sharesSold.isNegative(), "invalid", () =>
    messages.notWhole("shares sold", sharesSold.toString()),
  );
  const exact = sharesSold.times(terms.decimal("CEO_WARRANT_PCT"));
  return exact.toDecimalPlaces(0, ROUNDING_OF[terms.choice("CEO_WARRANT_ROUNDING")]);
}

/**
 * Exercise price of Cantor's Warrants: 130% (CEO_WARRANT_PRICE_PCT) of the volume-weighted
 * average sales price of the shares Cantor sold (see volumeWeightedAverage). Unrounded.
 * Seed 003, Plan of Distribution ("an exercise price equal to 130% of the volume weighted
 * average sales price of the shares of common stock sold by Cantor").
 * @param vwap - the volume-weighted average sales price, USD per share, > 0
 * @throws TermsError `invalid` when the average is not above zero
 * @example cantorWarrantExercisePrice(new Decimal("4.16")).toString() //=> "5.408"
 */
export function cantorWarrantExercisePrice(vwap: Decimal, terms = Terms.defaults): Decimal {
  check(vwap.isPositive() && !vwap.isZero(), "invalid", () =>
    messages.notPositive("average sales price", vwap.toString()),
  );
  return vwap.times(terms.decimal("CEO_WARRANT_PRICE_PCT"));
}
