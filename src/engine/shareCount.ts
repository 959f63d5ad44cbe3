import { Decimal } from "./decimal";
import { check } from "./errors";
import { messages } from "./messages";
import { Terms } from "./terms/terms";

/**
 * Shares for `amount` dollars at `price` dollars a share, rounded by the SHARE_ROUNDING
 * term: DOWN (the default: whole shares, the fraction paid in cash in lieu), UP (the next
 * whole share) or NONE (the exact fraction). One rounding, as the last step. Whole-share
 * results are exact: the quotient's floor or ceiling is checked by multiplying back, so a
 * count that is a hair below a whole number is never rounded to it.
 * Seed 000, Exhibit A (conversion and warrant share counts); the seeds are silent on
 * fractions, DOMAIN.md: same-era forms pay cash in lieu or round up.
 * @param amount - US dollars, ≥ 0 (principal converted, or warrant coverage in dollars)
 * @param price - US dollars per share, > 0
 * @returns a whole number of shares (DOWN, UP), or the unrounded quotient (NONE)
 * @throws TermsError `invalid` for a negative amount or a price that is not above zero
 * @example shareCount(new Decimal(5_000_000), new Decimal(6)).toString() //=> "833333"
 */
export function shareCount(amount: Decimal, price: Decimal, terms = Terms.defaults): Decimal {
  check(!amount.isNegative(), "invalid", () => messages.negative("amount", amount.toString()));
  check(price.isPositive() && !price.isZero(), "invalid", () => messages.notPositive("price", price.toString()));
  const mode = terms.choice("SHARE_ROUNDING");
  const quotient = amount.dividedBy(price);
  if (mode === "NONE") return quotient;
  // Floor of the exact quotient: correct the rounded quotient by multiplying back.
  let floor = quotient.floor();
  if (floor.times(price).gt(amount)) floor = floor.minus(1);
  else if (floor.plus(1).times(price).lte(amount)) floor = floor.plus(1);
  if (mode === "DOWN") return floor;
  return floor.times(price).eq(amount) ? floor : floor.plus(1);
}
