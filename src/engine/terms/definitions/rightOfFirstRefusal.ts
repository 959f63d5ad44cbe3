import { TermDefinition, term } from "../termDefinition";

const EXHIBIT_B = "seed 000, Exhibit B";

/** Right of first refusal (seed 000, Exhibit B); the letter date is LETTER_DATE (commitments). */
export const RIGHT_OF_FIRST_REFUSAL_TERMS: readonly TermDefinition[] = [
  term(
    "ROFR_REPLY_DAYS",
    "tradingDays",
    5,
    `${EXHIBIT_B} ("by 5:30 p.m. (New York City time) on the fifth Trading Day after its receipt")`,
    "Trading days after receipt of a Subsequent Placement Notice by which a purchaser must reply (receipt day not counted)",
  ),
  term(
    "ROFR_RENOTICE_DAYS",
    "tradingDays",
    30,
    `${EXHIBIT_B} ("within 30 Trading Days after the date of the initial Subsequent Placement Notice")`,
    "Trading days after the initial notice within which the placement must be consummated, or a second notice is due",
  ),
  term(
    "ROFR_PERIOD_MONTHS",
    "count",
    12,
    `${EXHIBIT_B} ("for a period of one year after the date of this letter agreement")`,
    "Months after LETTER_DATE (Excel EDATE) on which the right of first refusal period ends (that day included)",
  ),
];
