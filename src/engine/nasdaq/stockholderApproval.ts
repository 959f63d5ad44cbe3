import { Decimal } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { Terms } from "../terms/terms";

/** An issue of shares tested against Nasdaq's stockholder-approval rule. */
export interface ShareIssue {
  /** Shares to issue, a whole number ≥ 0. */
  readonly shares: Decimal;
  /** Shares outstanding before the issue, a whole number > 0. */
  readonly outstanding: Decimal;
  /** Issue price per share, USD, ≥ 0. */
  readonly price: Decimal;
  /** Book value per share, USD (may be negative: a deficit). */
  readonly bookValue: Decimal;
  /** The then current market value per share, USD, > 0. */
  readonly marketValue: Decimal;
}

/**
 * Whether Nasdaq requires stockholder approval of an issue: TRUE when the shares are 20%
 * (NASDAQ_APPROVAL_PCT) or more of the outstanding stock ("20% or more": exactly 20% counts)
 * and the price is less than the greater of book value and market value per share
 * ("at less than": a price equal to the greater is not below it).
 * Seed 003, risk factors ("Nasdaq rules prohibit an issuer of listed securities from
 * issuing 20% or more of its outstanding capital stock at less than the greater of book
 * value or the then current market value without obtaining prior stockholder consent").
 * @throws TermsError `invalid` for fractional or negative share counts, zero outstanding,
 *   a negative price or a market value not above zero
 * @example stockholderApprovalRequired({ shares: D(4_372_555), outstanding: D(21_862_772), price: D(4), bookValue: D(2.5), marketValue: D(4.04) }) //=> true
 */
export function stockholderApprovalRequired(issue: ShareIssue, terms = Terms.defaults): boolean {
  const { shares, outstanding, price, bookValue, marketValue } = issue;
  check(shares.isInteger() && !shares.isNegative(), "invalid", () =>
    messages.notWhole("shares to issue", shares.toString()),
  );
  check(outstanding.isInteger(), "invalid", () => messages.notWhole("outstanding shares", outstanding.toString()));
  check(outstanding.gt(0), "invalid", () => messages.notPositive("outstanding shares", outstanding.toString()));
  check(!price.isNegative(), "invalid", () => messages.negative("issue price", price.toString()));
  check(marketValue.gt(0), "invalid", () => messages.notPositive("market value", marketValue.toString()));
  return reachesApprovalThreshold(shares, outstanding, terms) && price.lt(Decimal.max(bookValue, marketValue));
}

/**
 * Whether an issue of `shares` is "20% or more" (NASDAQ_APPROVAL_PCT) of the `outstanding`
 * stock: the size test of Nasdaq's stockholder-approval rule, alone (exactly 20% counts).
 * Seed 003, risk factors ("issuing 20% or more of its outstanding capital stock").
 * @param shares - shares to issue, ≥ 0 (a fraction is compared as it is)
 * @param outstanding - shares outstanding before the issue, > 0
 * @throws never
 * @example reachesApprovalThreshold(D(4_372_555), D(21_862_772)) //=> true (4,372,555 ≥ 20% × 21,862,772 = 4,372,554.4)
 */
export function reachesApprovalThreshold(shares: Decimal, outstanding: Decimal, terms = Terms.defaults): boolean {
  return shares.gte(outstanding.times(terms.decimal("NASDAQ_APPROVAL_PCT")));
}
