import { TermDefinition, term } from "../termDefinition";

const MD_A = "seed 003 (prospectus supplement of Nov 1, 2001), Management's discussion: liquidity";

/**
 * What actually happened after the agreements, as seed 003 records it. Each name starts
 * with RECORDED_ so that a recorded figure is never mistaken for (or mixed with) the
 * contractual term beside it: COMMIT_FIRST_AMOUNT is what §1(c) provided, RECORDED_COMMIT_PAYMENT
 * what was paid.
 */
export const RECORDED_EVENT_TERMS: readonly TermDefinition[] = [
  term(
    "RECORDED_COMMON_PROCEEDS",
    "money",
    5_950_000,
    `${MD_A} ("In May 2001 we declined to sell the first $10 million block ... and instead agreed to sell common stock and warrants to the investors for proceeds of $5.95 million")`,
    "Recorded, May 2001: proceeds of the common stock and warrants sold instead of the first tranche, in USD",
  ),
  term(
    "RECORDED_COMMIT_PAYMENT",
    "money",
    405_000,
    `${MD_A} ("to reduce the penalty payment to $405,000, which has been paid"); contractual: seed 000 §1(c), COMMIT_FIRST_AMOUNT per Purchaser`,
    "Recorded, May 2001: the §1(c) payment as reduced and paid (both Purchasers), in USD",
  ),
  term(
    "RECORDED_APPROVAL_DATE",
    "date",
    "2001-06-11",
    'seed 003, risk factors ("we obtained stockholder approval of this transaction at our Annual Meeting of Stockholders held on June 11, 2001"; "no debentures have been issued")',
    "Recorded: date of the stockholder approval of the April 17, 2001 agreement (no debentures issued by Nov 1, 2001)",
  ),
  term(
    "RECORDED_CALL_EXERCISED",
    "count",
    586_400,
    `${MD_A} ("As of June 21, 2001, Class B Warrants have been exercised for 586,400 shares and gross proceeds of approximately $5.1 million")`,
    "Recorded, as of June 21, 2001: shares for which Class B Warrants had been exercised (both holders)",
  ),
  term(
    "RECORDED_CALL_REMAINING",
    "count",
    1_706_800,
    'seed 003, risk factors ("Montrose Investments Ltd. and Strong River Investments, Inc. each hold Class B Warrants to purchase 1,706,800 shares")',
    "Recorded, Nov 1, 2001: shares each holder's Class B Warrant still covers (2,000,000 − 586,400 ÷ 2)",
  ),
];
