import { Decimal, roundMoney } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { Terms } from "../terms/terms";

/**
 * How much more compensation NASD rules allow: 8% (NASD_CAP_PCT) of the gross proceeds
 * minus the compensation, rounded to the cent; negative when the compensation is over the
 * cap. What counts as compensation "as determined by the Corporate Finance Department of
 * the NASD" (commissions, expense reimbursements, the value of the Warrants, …) is for the
 * caller to add up.
 * Seed 003, Plan of Distribution ("Cantor and any NASD member participating in the
 * distribution may not receive compensation greater than 8%").
 * @param compensation - underwriting compensation, USD, ≥ 0
 * @param grossProceeds - gross proceeds of the offering, USD, ≥ 0
 * @throws TermsError `invalid` for negative amounts
 * @example nasdCapHeadroom(new Decimal(1_022_500), new Decimal(25_000_000)).toString() //=> "977500"
 */
export function nasdCapHeadroom(compensation: Decimal, grossProceeds: Decimal, terms = Terms.defaults): Decimal {
  check(!compensation.isNegative(), "invalid", () => messages.negative("compensation", compensation.toString()));
  check(!grossProceeds.isNegative(), "invalid", () => messages.negative("gross proceeds", grossProceeds.toString()));
  return roundMoney(grossProceeds.times(terms.decimal("NASD_CAP_PCT")).minus(compensation));
}

/**
 * Whether `compensation` is within NASD's 8% cap: compensation ≤ 8% × gross proceeds
 * ("not ... greater than 8%": exactly 8% is within). Compared exactly, before any rounding.
 * Seed 003, Plan of Distribution.
 * @throws TermsError `invalid` for negative amounts
 * @example isWithinNasdCap(new Decimal(2_000_000), new Decimal(25_000_000)) //=> true
 */
export function isWithinNasdCap(compensation: Decimal, grossProceeds: Decimal, terms = Terms.defaults): boolean {
  check(!compensation.isNegative(), "invalid", () => messages.negative("compensation", compensation.toString()));
  check(!grossProceeds.isNegative(), "invalid", () => messages.negative("gross proceeds", grossProceeds.toString()));
  return compensation.lte(grossProceeds.times(terms.decimal("NASD_CAP_PCT")));
}
