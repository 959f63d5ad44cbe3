import { TermDefinition, term } from "../termDefinition";

const LETTER = "seed 000 §1";

/** The April 17, 2001 letter's own figures: §1 (the purchase) and §4 (Second Vesting Date Shares). */
export const APRIL_LETTER_TERMS: readonly TermDefinition[] = [
  term(
    "LETTER_TOTAL_PRICE",
    "money",
    24_000_000,
    `${LETTER} ("for a total purchase price of $24 million")`,
    "Total purchase price of the securities the Purchasers agree to buy: $6.0 million of common stock and the $10 and $8 million tranches",
  ),
  term(
    "COMMON_PURCHASE_AMOUNT",
    "money",
    6_000_000,
    `${LETTER}(a) ("an aggregate of $6.0 million of the Company's common stock")`,
    "Aggregate purchase price of the common stock bought under §1(a), in USD",
  ),
  term(
    "COMMON_PURCHASE_PRICE",
    "price",
    5.1,
    `${LETTER}(a) ("at a purchase price of $5.10 per share")`,
    "Purchase price per share of the common stock bought under §1(a)",
  ),
  term(
    "COMMON_PURCHASE_DAYS",
    "count",
    2,
    `${LETTER}(a) ("Within two business days after the date of this letter")`,
    "Business days (BUSINESS_DAY_CALENDAR) after the letter by which the §1(a) purchase is made",
  ),
  term(
    "SECOND_TRANCHE_PRINCIPAL",
    "money",
    8_000_000,
    `${LETTER}(b) ("the second having an aggregate purchase price of $8 million"); seed 000, Exhibit A`,
    "Aggregate purchase price of the second tranche of New Debentures, in USD",
  ),
  term(
    "SVD_SHARES_EXERCISED",
    "count",
    420_487,
    'seed 000 §4 ("to purchase 420,487 shares of Common Stock (840,974 share in the aggregate"))',
    "Second Vesting Date Shares each Purchaser exercised for on or around March 16, 2001, before §4 increased them",
  ),
];
