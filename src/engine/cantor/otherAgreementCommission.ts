import { Decimal, roundMoney } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { Terms } from "../terms/terms";

/**
 * Cantor's commission on one sale of `proceeds` gross proceeds under the Other Agreement,
 * after `priorProceeds` were already sold under it: a flat 4% (CEO_OTHER_RATE) of the
 * gross proceeds, rounded to the cent (half away from zero). Cumulative sales may not pass
 * $8.4 million (CEO_OTHER_MAX).
 * Seed 003, Plan of Distribution ("another agreement with Cantor ... (the "Other
 * Agreement") for up to $8.4 million worth of our common stock ... Cantor is to receive
 * compensation of 4% of the gross proceeds of such sales").
 * @param proceeds - gross proceeds of this sale, USD, ≥ 0
 * @param priorProceeds - gross proceeds of earlier sales under the Other Agreement, USD, ≥ 0
 * @throws TermsError `invalid` for negative amounts; `range` when cumulative sales pass the cap
 * @example otherAgreementCommission(new Decimal(1_000_000)).toString() //=> "40000"
 */
export function otherAgreementCommission(
  proceeds: Decimal,
  priorProceeds = new Decimal(0),
  terms = Terms.defaults,
): Decimal {
  check(!proceeds.isNegative(), "invalid", () => messages.negative("proceeds", proceeds.toString()));
  check(!priorProceeds.isNegative(), "invalid", () => messages.negative("prior proceeds", priorProceeds.toString()));
  const end = priorProceeds.plus(proceeds);
  const cap = terms.decimal("CEO_OTHER_MAX");
  check(end.lte(cap), "range", () =>
    messages.aboveCap("cumulative gross sales", end.toFixed(), `the Other Agreement's ${cap.toFixed()}`),
  );
  return roundMoney(proceeds.times(terms.decimal("CEO_OTHER_RATE")));
}
