import { TermDefinition, term } from "../termDefinition";

const SPA = "seed 001 (Securities Purchase Agreement of Feb 25, 2000)";

/** February 25, 2000 Securities Purchase Agreement (seed 001; seed 004). */
export const FEBRUARY_PURCHASE_TERMS: readonly TermDefinition[] = [
  term(
    "FEB2000_PRICE_PER_SHARE",
    "price",
    15.375,
    `${SPA}, recitals ("a purchase price of $15.375 per Share"); seed 004, Item 5`,
    "Purchase price per Share",
  ),
  term(
    "FEB2000_EXERCISE_PRICE",
    "price",
    21,
    `${SPA}, recitals ("an exercise price of $21.00 per Share"); seed 004, Item 5`,
    "Exercise price of the Warrants per share",
  ),
  term(
    "FEB2000_WARRANT_YEARS",
    "count",
    5,
    `${SPA}, recitals ("during the five years following their date of issue")`,
    "Years after issue during which the Warrants may be exercised",
  ),
  term(
    "FEB2000_TOTAL_SHARES",
    "count",
    520_324,
    `${SPA}, recitals ("an aggregate of 520,324 shares"); seed 004`,
    "Shares sold in all; must equal the sum of the purchasers' shares",
  ),
  term(
    "FEB2000_TOTAL_WARRANT_SHARES",
    "count",
    104_000,
    `${SPA}, recitals ("an aggregate of 104,000 additional Shares"); seed 004`,
    "Shares underlying the Warrants in all; must equal the sum of the purchasers' warrant shares",
  ),
  term(
    "FEB2000_TOTAL_PURCHASE_PRICE",
    "money",
    8_000_000,
    `seed 004, Item 5 ("aggregate consideration of $8,000,000")`,
    "Purchase price in all; must equal the sum of the purchasers' purchase prices",
  ),
  term(
    "FEB2000_MONTROSE_SHARES",
    "count",
    260_162,
    `${SPA}, signature page of Montrose Investments Ltd.`,
    "Number of Shares Purchased by Montrose Investments Ltd.",
  ),
  term(
    "FEB2000_MONTROSE_PURCHASE_PRICE",
    "money",
    4_000_000,
    `${SPA}, signature page of Montrose Investments Ltd.`,
    "Purchase Price paid by Montrose Investments Ltd.",
  ),
  term(
    "FEB2000_MONTROSE_WARRANT_SHARES",
    "count",
    52_000,
    `${SPA}, signature page of Montrose Investments Ltd.`,
    "Number of Shares underlying the Warrant of Montrose Investments Ltd.",
  ),
  term(
    "FEB2000_STRONG_RIVER_SHARES",
    "count",
    260_162,
    `${SPA}, signature page of Strong River Investments, Inc.`,
    "Number of Shares Purchased by Strong River Investments, Inc.",
  ),
  term(
    "FEB2000_STRONG_RIVER_PURCHASE_PRICE",
    "money",
    4_000_000,
    `${SPA}, signature page of Strong River Investments, Inc.`,
    "Purchase Price paid by Strong River Investments, Inc.",
  ),
  term(
    "FEB2000_STRONG_RIVER_WARRANT_SHARES",
    "count",
    52_000,
    `${SPA}, signature page of Strong River Investments, Inc.`,
    "Number of Shares underlying the Warrant of Strong River Investments, Inc.",
  ),
  term(
    "FEB2000_LEGAL_FEE",
    "money",
    5_000,
    `${SPA} §4.1 (Fees and Expenses)`,
    "Purchasers' legal fees the Company reimburses at the Closing, retained out of the purchase price",
  ),
  term(
    "FEB2000_FAX_GAP",
    "choice",
    "NEXT_BUSINESS_DAY",
    `not in the seeds: ${SPA} §4.2 covers a fax sent before 8:00 p.m. on a Business Day (i) and one sent after 8:00 p.m. ` +
      "and before 11:59 p.m. (ii), but not one sent before 8:00 p.m. on a day that is not a Business Day, at 8:00 p.m. " +
      "exactly, or from 11:59 p.m. to midnight. NEXT_BUSINESS_DAY applies (ii)'s rule: the clause's scheme never makes a " +
      'fax effective on a day that is not a Business Day; RECEIPT reads such a fax as sent "other than by the methods ' +
      'set forth in (i)-(iii)", effective upon actual receipt (iv), the day it is sent; ERROR refuses to answer',
    "How a fax §4.2 does not cover becomes effective",
    ["NEXT_BUSINESS_DAY", "RECEIPT", "ERROR"],
  ),
];
