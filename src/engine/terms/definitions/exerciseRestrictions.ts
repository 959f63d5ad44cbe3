import { TermDefinition, term } from "../termDefinition";

/** Warrant exercise restrictions (seed 000 §2). */
export const EXERCISE_RESTRICTION_TERMS: readonly TermDefinition[] = [
  term(
    "RESTRICT_END_DATE",
    "date",
    "2002-12-31",
    'seed 000 §2(a), §2(b) ("until December 31, 2002")',
    "First date a Closing Warrant or Callable Warrant may be exercised when no notice or event ends the restriction sooner",
  ),
  term(
    "RESTRICT_NOTICE_DAYS",
    "calendarDays",
    65,
    'seed 000 §2(c)(i) ("65 days after notice from the Holder")',
    "Calendar days after the Holder's waiver notice at which the restriction ends",
  ),
  term(
    "RESTRICT_EVENT_TRADING_DAYS",
    "tradingDays",
    1,
    'seed 000 §2(c)(ii) ("one business day prior to the occurrence"); counted on the BUSINESS_DAY_CALENDAR',
    "Business days before a triggering event at which the restriction ends (the name is kept from when they were counted on the Nasdaq calendar)",
  ),
];
