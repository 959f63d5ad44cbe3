import { Decimal, roundMoney } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { Terms } from "../terms/terms";

/** A commission band: `rate` applies to cumulative gross sales up to `upTo` dollars. */
export interface CommissionTier {
  readonly upTo: Decimal;
  readonly rate: Decimal;
}

/**
 * Cantor's commission bands under the Sales Agreement, from the terms: CEO_TIER1_RATE
 * up to CEO_TIER1_MAX, CEO_TIER2_RATE up to CEO_TIER2_MAX, CEO_TIER3_RATE up to
 * CEO_MAX_PROCEEDS. The seed's: 4.00% on the first $10 million of gross proceeds, 3.50%
 * on the next $10 million and 3.00% on the next $5 million ($25 million in all).
 * Seed 003, cover page and Plan of Distribution.
 * (Terms.fromPairs has already checked that the bands' ends are in order: termRules.ts.)
 * @example salesAgreementTiers()[2].upTo.toString() //=> "25000000"
 */
export function salesAgreementTiers(terms = Terms.defaults): CommissionTier[] {
  const ends = ["CEO_TIER1_MAX", "CEO_TIER2_MAX", "CEO_MAX_PROCEEDS"];
  const rates = ["CEO_TIER1_RATE", "CEO_TIER2_RATE", "CEO_TIER3_RATE"];
  return ends.map((end, i) => ({ upTo: terms.decimal(end), rate: terms.decimal(rates[i]) }));
}

/** The seed's Sales Agreement bands ({@link salesAgreementTiers} of the default terms). */
export const SALES_AGREEMENT_TIERS: readonly CommissionTier[] = salesAgreementTiers();

/**
 * Cantor's commission on one placement of `proceeds` gross sales, after `priorProceeds`
 * were already sold under the same agreement: each tier's rate on the part of the
 * cumulative sales that falls in it. Rounded to the cent (half away from zero).
 * Seed 003, Plan of Distribution: "4.00% on the first $10 million gross proceeds, 3.50%
 * on the next $10 million ... and 3.00% on the next $5 million".
 * @param proceeds - gross sales of this placement, USD, ≥ 0
 * @param priorProceeds - gross sales already made, USD, ≥ 0
 * @throws TermsError `invalid` for negative amounts; `range` when cumulative sales pass
 *   the last tier ($25 million)
 * @example ceoCommission(new Decimal(25_000_000)).toString() //=> "900000" (the prospectus' table)
 */
export function ceoCommission(
  proceeds: Decimal,
  priorProceeds = new Decimal(0),
  tiers: readonly CommissionTier[] = SALES_AGREEMENT_TIERS,
): Decimal {
  check(!proceeds.isNegative(), "invalid", () => messages.negative("proceeds", proceeds.toString()));
  check(!priorProceeds.isNegative(), "invalid", () => messages.negative("prior proceeds", priorProceeds.toString()));
  const end = priorProceeds.plus(proceeds);
  const cap = tiers[tiers.length - 1].upTo;
  check(end.lte(cap), "range", () =>
    messages.aboveCap("cumulative gross sales", end.toFixed(), `the agreement's ${cap.toFixed()}`),
  );
  let fee = new Decimal(0);
  let bandStart = new Decimal(0);
  for (const { upTo, rate } of tiers) {
    const overlap = Decimal.min(end, upTo).minus(Decimal.max(priorProceeds, bandStart));
    if (overlap.isPositive()) fee = fee.plus(overlap.times(rate));
    bandStart = upTo;
  }
  return roundMoney(fee);
}
