import { Decimal } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { Terms } from "../terms/terms";

/**
 * Shares a holder's Class B (Callable) Warrant still covers after `exercised` shares:
 * CALL_WARRANT_SHARES (2,000,000) − exercised. With exercised 0 it is the contractual
 * figure; with the recorded 586,400 ÷ 2 = 293,200 per holder it is seed 003's 1,706,800.
 * Seed 000 §2; seed 003.
 * @throws TermsError `invalid` for a negative count, a fraction, or more than the warrant covers
 * @example callableWarrantSharesLeft(new Decimal(293_200)).toString() //=> "1706800"
 */
export function callableWarrantSharesLeft(exercised: Decimal, terms = Terms.defaults): Decimal {
  const total = terms.decimal("CALL_WARRANT_SHARES");
  check(exercised.isInteger() && !exercised.isNegative(), "invalid", () =>
    messages.notWhole("exercised shares", exercised.toString()),
  );
  check(exercised.lte(total), "invalid", () =>
    messages.aboveCap("exercised shares", exercised.toFixed(), `CALL_WARRANT_SHARES ${total.toFixed()}`),
  );
  return total.minus(exercised);
}

/**
 * Second Vesting Date Shares §4 adds for each Purchaser: SVD_SHARES_PER_PURCHASER (450,000)
 * − SVD_SHARES_EXERCISED (420,487) = 29,513. Seed 000 §4.
 * @example svdSharesAdded().toString() //=> "29513"
 */
export function svdSharesAdded(terms = Terms.defaults): Decimal {
  return terms.decimal("SVD_SHARES_PER_PURCHASER").minus(terms.decimal("SVD_SHARES_EXERCISED"));
}
