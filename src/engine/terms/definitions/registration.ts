import { TermDefinition, term } from "../termDefinition";

/** Registration Delay Payments (seed 000, Exhibit A, Registration Requirements; §5). */
export const REGISTRATION_TERMS: readonly TermDefinition[] = [
  term(
    "DELAY_PCT",
    "fraction",
    0.02,
    "seed 000, Exhibit A, Registration Requirements; seed 000 §5",
    "Each monthly Registration Delay Payment as a share of the basis (2%)",
  ),
  term(
    "DELAY_PRORATE",
    "flag",
    false,
    'not in the seeds ("payable monthly following specified Events"); some same-era forms prorate',
    "TRUE: the payment for the month in which the Event is cured is prorated by days",
  ),
  term(
    "REG_FILING_DAYS",
    "calendarDays",
    30,
    'seed 000, Exhibit A, Registration Requirements ("within 30 days after the applicable closing date")',
    "Calendar days after a closing by which the Registration Statement must be filed (the last day counts as in time)",
  ),
  term(
    "REG_EFFECTIVE_DAYS",
    "calendarDays",
    90,
    'seed 000, Exhibit A, Registration Requirements ("to become effective within 90 days after the applicable closing date")',
    "Calendar days after a closing by which the Registration Statement should be effective",
  ),
  term(
    "SEC_REPLY_DAYS",
    "calendarDays",
    10,
    'seed 000, Exhibit A, Registration Requirements ("within ten calendar days of receipt")',
    "Calendar days after receipt of SEC comments by which the Company must respond",
  ),
  term(
    "SVD_FILING_DAYS",
    "calendarDays",
    7,
    'seed 000 §5 ("seven days after the Company files its Annual Report on Form 10-K")',
    "Calendar days after the 10-K filing that are the Filing Date for the Second Vesting Date Shares",
  ),
  term(
    "SVD_EFFECTIVE_DATE",
    "date",
    "2001-06-01",
    'seed 000 §5 ("the Effectiveness Date ... will be June 1, 2001")',
    "Effectiveness Date for the Second Vesting Date Shares registration",
  ),
  term(
    "REG_DEADLINE_ROLL",
    "choice",
    "NONE",
    "not in the seeds (they count calendar days and say nothing of weekends or holidays)",
    "NONE: a deadline on a weekend or holiday stays there; NEXT_TRADING_DAY: it moves to the next Nasdaq trading day",
    ["NONE", "NEXT_TRADING_DAY"],
  ),
];
