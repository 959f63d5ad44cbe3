import { Decimal } from "../decimal";
import { TermsError } from "../errors";
import { describe, messages } from "../messages";
import type { TermValue } from "./termDefinition";

/**
 * How terms must stand to one another so that a clause still means what it says. Checked
 * once, where a `[terms]` range or a term sheet is read (Terms.fromPairs), for the rules
 * that involve an overridden term; the seed defaults satisfy every rule (a test checks).
 */

/** `lower` must not exceed `upper`, and why the clause needs it. */
const AT_MOST: readonly (readonly [lower: string, upper: string, why: string])[] = [
  // Windows ≥ counts
  ["CONV_RESET_LOWEST", "CONV_RESET_WINDOW", "the lowest bids are taken from the window (seed 000, Exhibit A)"],
  // Tiers ascending
  ["CEO_TIER1_MAX", "CEO_TIER2_MAX", "the commission bands follow one another (seed 003)"],
  ["CEO_TIER2_MAX", "CEO_MAX_PROCEEDS", "the last band ends at the agreement's maximum (seed 003)"],
  ["CALL_PCT_BELOW", "CALL_PCT_OTHERWISE", "the lower percentage applies below the threshold (seed 000 §3(b))"],
  // Parts within wholes
  ["SVD_SHARES_EXERCISED", "SVD_SHARES_PER_PURCHASER", "§4 increased the Second Vesting Date Shares (seed 000 §4)"],
  ["SVD_SHARES_PER_PURCHASER", "SVD_SHARES_TOTAL", "one Purchaser's shares are part of the total (seed 000 §4)"],
  [
    "CEO_WARRANT_LOCK_YEARS",
    "CEO_WARRANT_YEARS",
    "the one-year restriction falls within the exercise period (seed 003)",
  ],
  ["COMMON_PURCHASE_AMOUNT", "LETTER_TOTAL_PRICE", "the §1(a) purchase is part of the $24 million (seed 000 §1)"],
];

/** Caps and maxima that must be above zero (a zero cap would make the clause void). */
const POSITIVE: readonly string[] = [
  "CEO_TIER1_MAX",
  "CEO_MAX_PROCEEDS",
  "CEO_OTHER_MAX",
  "LEGAL_FEE_CAP",
  "CEO_EXPENSE_CAP",
  "LETTER_TOTAL_PRICE",
];

/** Rates and shares of a whole: at most 100%. */
const AT_MOST_WHOLE: readonly string[] = [
  "INTEREST_RATE",
  "DELAY_PCT",
  "WARRANT_COVERAGE",
  "CEO_TIER1_RATE",
  "CEO_TIER2_RATE",
  "CEO_TIER3_RATE",
  "CEO_OTHER_RATE",
  "CEO_WARRANT_PCT",
  "NASD_CAP_PCT",
  "NASDAQ_APPROVAL_PCT",
  "DIVIDEND_YIELD",
];

/** Percentages of a price: above zero and at most 1,000% (120% is 1.2; 12,000% is a typo for 120%). */
const PRICE_PERCENTAGES: readonly string[] = [
  "CONV_INITIAL_PCT",
  "CONV_RESET_PCT",
  "REDEMPTION_PCT",
  "WARRANT_PRICE_PCT",
  "CALL_PCT_BELOW",
  "CALL_PCT_OTHERWISE",
  "CEO_WARRANT_PRICE_PCT",
];

/** Every term a rule reads, for the test that the defaults keep every rule. */
export const RULED_TERMS: readonly string[] = [
  ...AT_MOST.map(([a]) => a),
  ...AT_MOST.map(([, b]) => b),
  ...POSITIVE,
  ...AT_MOST_WHOLE,
  ...PRICE_PERCENTAGES,
];

/** The fraction terms of the rules: their messages add the percentage (1.5 is 150%). */
const FRACTIONS: ReadonlySet<string> = new Set([...AT_MOST_WHOLE, ...PRICE_PERCENTAGES]);

/**
 * Checks the rules that involve at least one of `changed`.
 * @param get - a term's value (override or seed default)
 * @param changed - the overridden term names
 * @param given - the value of an overridden term as the banker gave it (a cell's number or
 *   text), for the message; undefined where only the read value is known (a term sheet)
 * @throws TermsError `invalid` naming both terms (or the one term) and their values as given
 */
export function checkTermRules(
  get: (name: string) => TermValue,
  changed: ReadonlySet<string>,
  given: (name: string) => unknown = () => undefined,
): void {
  const num = (name: string) => get(name) as Decimal;
  // A value as given: the cell's own number or text; a fraction's number with its
  // percentage, since the cell may be formatted as one (1.5 is what a cell showing 150% holds).
  const shown = (name: string): string => {
    const raw = given(name);
    const value = raw === undefined || typeof raw === "number" ? num(name) : undefined;
    if (!value) return describe(raw);
    return FRACTIONS.has(name) ? `${value.toFixed()} (${value.times(100).toFixed()}%)` : value.toFixed();
  };
  for (const [lower, upper, why] of AT_MOST) {
    if ((changed.has(lower) || changed.has(upper)) && num(lower).gt(num(upper))) {
      throw new TermsError("invalid", messages.termExceeds(lower, shown(lower), upper, shown(upper), why));
    }
  }
  for (const name of POSITIVE) {
    if (changed.has(name) && !num(name).gt(0)) {
      throw new TermsError("invalid", messages.termValueAsGiven(name, "greater than zero", shown(name)));
    }
  }
  for (const name of AT_MOST_WHOLE) {
    if (changed.has(name) && num(name).gt(1)) {
      throw new TermsError("invalid", messages.termValueAsGiven(name, "at most 100%", shown(name)));
    }
  }
  for (const name of PRICE_PERCENTAGES) {
    if (changed.has(name) && !(num(name).gt(0) && num(name).lte(10))) {
      throw new TermsError("invalid", messages.termValueAsGiven(name, "above 0% and at most 1000%", shown(name)));
    }
  }
}
