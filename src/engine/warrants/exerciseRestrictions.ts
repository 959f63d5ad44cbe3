import { Day } from "../time/civilDate";
import { businessDayCalendar } from "../time/businessDayCalendar";
import { Terms } from "../terms/terms";

/** What may end the §2 restriction early; undefined = did not happen. */
export interface RestrictionEnders {
  /** Date of the Holder's notice requesting a waiver (§2(c)(i)). */
  readonly noticeDate?: Day;
  /** Date a Section 8(b)/8(d) event of the Callable Warrant occurs (§2(c)(ii)). */
  readonly eventDate?: Day;
}

/**
 * First date a Closing Warrant, or a Callable Warrant under its Section 3(b)(i), may be
 * exercised: the earliest of RESTRICT_END_DATE (2002-12-31), the notice date +
 * RESTRICT_NOTICE_DAYS (65) calendar days, and RESTRICT_EVENT_TRADING_DAYS (1) business
 * day before the triggering event, counted on the BUSINESS_DAY_CALENDAR (default New York
 * banking days; WORKDAY semantics: the last business day strictly before the event).
 * A Callable Warrant may always be exercised in response to a Call Notice (§2(b)); this
 * date does not restrict that.
 * Seed 000 §2(a)–(c).
 * @param enders - the notice and event dates, each optional
 * @returns the first day exercise is allowed, inclusive
 * @throws TermsError `range` when the event is outside the calendar (1990–2100)
 * @example isoDate(firstExerciseDate({ eventDate: dayFromParts(2001, 9, 17) })) //=> "2001-09-14" (banks were open)
 */
export function firstExerciseDate(enders: RestrictionEnders, terms = Terms.defaults): Day {
  const candidates = [terms.day("RESTRICT_END_DATE")];
  if (enders.noticeDate !== undefined) candidates.push(enders.noticeDate + terms.whole("RESTRICT_NOTICE_DAYS"));
  if (enders.eventDate !== undefined) {
    candidates.push(businessDayCalendar(terms).addDays(enders.eventDate, -terms.whole("RESTRICT_EVENT_TRADING_DAYS")));
  }
  return Math.min(...candidates);
}
