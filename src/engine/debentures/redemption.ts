import { Decimal, roundMoney } from "../decimal";
import { Day } from "../time/civilDate";
import { unroundedInterest } from "./interest";
import { Terms } from "../terms/terms";

/**
 * Optional Redemption amount of New Debentures: REDEMPTION_PCT (106%) of `principal` plus
 * the interest accrued from `fromDate` to `redemptionDate` (see accruedInterest), summed
 * unrounded and rounded to the cent once.
 * Seed 000, Exhibit A, Optional Redemption ("a price equal to 106% of par plus accrued and
 * unpaid interest").
 * @param principal - principal redeemed, USD, ≥ 0
 * @param fromDate - issue date, or the last date interest was paid
 * @param redemptionDate - date the redemption is paid
 * @throws TermsError `invalid` for a negative principal or a redemption date before fromDate
 * @returns USD, rounded to the cent
 * @example redemptionAmount(new Decimal(5_000_000), dayFromParts(2001, 4, 17), dayFromParts(2001, 7, 17)).toString()
 * //=> "5363194.44" (5,300,000 + 63,194.444…)
 */
export function redemptionAmount(
  principal: Decimal,
  fromDate: Day,
  redemptionDate: Day,
  terms = Terms.defaults,
): Decimal {
  const interest = unroundedInterest(principal, fromDate, redemptionDate, terms);
  return roundMoney(principal.times(terms.decimal("REDEMPTION_PCT")).plus(interest));
}
