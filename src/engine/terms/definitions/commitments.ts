import { TermDefinition, term } from "../termDefinition";

const SECTION = "seed 000 §1(c)";

/** Commitment payments (seed 000 §1(c)); the letter date is shared with Exhibit B. */
export const COMMITMENT_TERMS: readonly TermDefinition[] = [
  term(
    "LETTER_DATE",
    "date",
    "2001-04-17",
    "seed 000, date of the letter agreement",
    "Date of the letter agreement: start of the commitment deadlines and of the right of first refusal period",
  ),
  term(
    "COMMIT_FIRST_DAYS",
    "calendarDays",
    30,
    `${SECTION} ("within 30 days after the date of this letter")`,
    "Calendar days after the letter date by which the first tranche must be issued (the last day counts as in time)",
  ),
  term(
    "COMMIT_FIRST_AMOUNT",
    "money",
    500000,
    `${SECTION} ("pay each Purchaser $500,000")`,
    "Payment to each purchaser when the first tranche is not issued in time",
  ),
  term(
    "COMMIT_SECOND_MONTHS",
    "count",
    7,
    `${SECTION} ("within seven months after the date of this letter agreement")`,
    "Months after the letter date (Excel EDATE) by which the second tranche must be issued (the last day counts as in time)",
  ),
  term(
    "COMMIT_SECOND_AMOUNT",
    "money",
    400000,
    `${SECTION} ("pay each Purchaser $400,000")`,
    "Payment to each purchaser when the first tranche was issued in time but the second is not",
  ),
  term(
    "COMMIT_PURCHASERS",
    "count",
    2,
    "seed 000 §1 (the Purchasers: Montrose and Strong River)",
    "Number of purchasers paid, for the total",
  ),
];
