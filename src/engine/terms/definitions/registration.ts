import { TermDefinition, term } from "../termDefinition";

/** Registration Delay Payments (seed 000, Exhibit A, Registration Requirements; §5). */
export const REGISTRATION_TERMS: readonly TermDefinition[] = [
  term("DELAY_PCT", "fraction", 0.02, "seed 000, Exhibit A, Registration Requirements; seed 000 §5",
    "Each monthly Registration Delay Payment as a share of the basis (2%)"),
  term("DELAY_PRORATE", "flag", false,
    "not in the seeds (\"payable monthly following specified Events\"); some same-era forms prorate",
    "TRUE: the payment for the month in which the Event is cured is prorated by days"),
];
