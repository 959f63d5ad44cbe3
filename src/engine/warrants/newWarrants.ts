import { Decimal } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { PriceSeries } from "../series/priceSeries";
import { averageBidBefore } from "../series/windows";
import { Day, addMonthsClamped } from "../time/civilDate";
import { initialConversionPrice } from "../debentures/conversionPrice";
import { shareCount } from "../shareCount";
import { Terms } from "../terms/terms";

/**
 * Shares covered by the New Warrants issued with `principal` of New Debentures:
 * WARRANT_COVERAGE (20%) × principal ÷ Initial Conversion Price, rounded once by
 * SHARE_ROUNDING (default DOWN). The shares "initially issuable" are not rounded first.
 * Seed 000, Exhibit A, New Warrants ("20% of the number of shares initially issuable upon
 * conversion of the New Debentures").
 * @param principal - principal of the New Debentures issued at the closing, USD, ≥ 0
 * @param issueDate - the closing (issue) date; its 5 prior trading days set the price
 * @throws TermsError `invalid` for a negative principal; `missing` for a window day with
 *   no closing bid
 * @returns a number of shares (whole unless SHARE_ROUNDING is NONE)
 * @example newWarrantShares(series, new Decimal(5_000_000), dayFromParts(2001, 4, 17)).toString()
 * //=> "166666" (20% × 5,000,000 ÷ 6.00 = 166,666.67, rounded down)
 */
export function newWarrantShares(
  series: PriceSeries,
  principal: Decimal,
  issueDate: Day,
  terms = Terms.defaults,
): Decimal {
  check(!principal.isNegative(), "invalid", () => messages.negative("principal", principal.toString()));
  const price = initialConversionPrice(series, issueDate, terms);
  return shareCount(principal.times(terms.decimal("WARRANT_COVERAGE")), price, terms);
}

/**
 * Exercise price of the New Warrants: WARRANT_PRICE_PCT (125%) of the average closing bid
 * of the WARRANT_PRICE_WINDOW (5) trading days strictly before the issue date. Unrounded.
 * Seed 000, Exhibit A, New Warrants.
 * @throws TermsError `missing` for a window day with no closing bid
 * @param issueDate - the issue date (excluded from the window)
 * @returns the exercise price, USD per share
 * @example newWarrantExercisePrice(series, dayFromParts(2001, 4, 17)).toString() //=> "6.25" (average 5.00)
 */
export function newWarrantExercisePrice(series: PriceSeries, issueDate: Day, terms = Terms.defaults): Decimal {
  const avg = averageBidBefore(series, issueDate, terms.whole("WARRANT_PRICE_WINDOW"));
  return avg.times(terms.decimal("WARRANT_PRICE_PCT"));
}

/**
 * End of the New Warrants' exercise period: the WARRANT_YEARS (5th) anniversary of
 * issuance, by Excel EDATE (February 29 → February 28). The seeds do not say whether the
 * anniversary itself is included; this is that anniversary.
 * Seed 000, Exhibit A, New Warrants ("exercisable for five years following issuance").
 * @param issueDate - the issue date
 * @returns the fifth anniversary
 * @throws never
 * @example isoDate(newWarrantExpiry(dayFromParts(2001, 5, 15))) //=> "2006-05-15"
 */
export function newWarrantExpiry(issueDate: Day, terms = Terms.defaults): Day {
  return addMonthsClamped(issueDate, 12 * terms.whole("WARRANT_YEARS"));
}
