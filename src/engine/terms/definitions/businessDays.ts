import { TermDefinition, term } from "../termDefinition";

/** Which calendar counts "business days" (seed 000 §1(a), §2(c)(ii); seed 001 §4.2; seed 003). */
export const BUSINESS_DAY_TERMS: readonly TermDefinition[] = [
  term(
    "BUSINESS_DAY_CALENDAR",
    "choice",
    "NY_BANKING",
    'not in the seeds: "business day" (seed 000 §1(a), §2(c)(ii)) and "Business Day" (seed 001 §4.2) are undefined in the excerpts; agreements of this kind mean a weekday on which banks in New York City are open',
    "Calendar of business days: NY_BANKING (weekdays less the Federal Reserve holidays) or NASDAQ (Nasdaq trading days)",
    ["NY_BANKING", "NASDAQ"],
  ),
];
