import { Day } from "../time/civilDate";
import { addTradingDays, isTradingDay } from "../time/nasdaqCalendar";
import { Terms } from "../terms/terms";

/**
 * A deadline moved by the REG_DEADLINE_ROLL term: NONE (the default; the seeds count
 * calendar days and are silent on weekends and holidays) keeps it; NEXT_TRADING_DAY
 * moves a deadline that falls on a day Nasdaq is closed to the next trading day.
 */
function rolled(deadline: Day, terms: Terms): Day {
  if (terms.choice("REG_DEADLINE_ROLL") === "NONE" || isTradingDay(deadline)) return deadline;
  return addTradingDays(deadline, 1);
}

/**
 * Last day to file the Registration Statement for a tranche: REG_FILING_DAYS (30)
 * calendar days after the closing date (the closing day not counted; the last day is in
 * time), then REG_DEADLINE_ROLL.
 * Seed 000, Exhibit A, Registration Requirements ("within 30 days after the applicable
 * closing date").
 * @param closingDate - the Initial or Second Closing date (not counted)
 * @returns the last day to file, inclusive
 * @throws TermsError `range` when rolling leaves the Nasdaq calendar (1990–2100)
 * @example isoDate(registrationFilingDeadline(dayFromParts(2001, 5, 15))) //=> "2001-06-14"
 */
export function registrationFilingDeadline(closingDate: Day, terms = Terms.defaults): Day {
  return rolled(closingDate + terms.whole("REG_FILING_DAYS"), terms);
}

/**
 * Last day for the Registration Statement to become effective (a best-efforts target):
 * REG_EFFECTIVE_DAYS (90) calendar days after the closing date, then REG_DEADLINE_ROLL.
 * Seed 000, Exhibit A, Registration Requirements ("to become effective within 90 days
 * after the applicable closing date").
 * @param closingDate - the Initial or Second Closing date (not counted)
 * @returns the last day for effectiveness, inclusive
 * @throws TermsError `range` when rolling leaves the Nasdaq calendar (1990–2100)
 * @example isoDate(registrationEffectivenessDeadline(dayFromParts(2001, 5, 15))) //=> "2001-08-13"
 */
export function registrationEffectivenessDeadline(closingDate: Day, terms = Terms.defaults): Day {
  return rolled(closingDate + terms.whole("REG_EFFECTIVE_DAYS"), terms);
}

/**
 * Last day to respond to SEC comments: SEC_REPLY_DAYS (10) calendar days after receipt,
 * then REG_DEADLINE_ROLL.
 * Seed 000, Exhibit A, Registration Requirements ("within ten calendar days of receipt").
 * @param receiptDate - the day SEC comments were received (not counted)
 * @returns the last day to respond, inclusive
 * @throws TermsError `range` when rolling leaves the Nasdaq calendar (1990–2100)
 * @example isoDate(secCommentReplyDeadline(dayFromParts(2001, 8, 22))) //=> "2001-09-01"
 */
export function secCommentReplyDeadline(receiptDate: Day, terms = Terms.defaults): Day {
  return rolled(receiptDate + terms.whole("SEC_REPLY_DAYS"), terms);
}

/**
 * Filing Date of the registration of the Second Vesting Date Shares: SVD_FILING_DAYS (7)
 * calendar days after the Company files its 2000 Form 10-K, then REG_DEADLINE_ROLL.
 * Seed 000 §5.
 * @param form10kDate - the day the 2000 Form 10-K was filed (not counted)
 * @returns the Filing Date, inclusive
 * @throws TermsError `range` when rolling leaves the Nasdaq calendar (1990–2100)
 * @example isoDate(secondVestingFilingDeadline(dayFromParts(2001, 4, 2))) //=> "2001-04-09"
 */
export function secondVestingFilingDeadline(form10kDate: Day, terms = Terms.defaults): Day {
  return rolled(form10kDate + terms.whole("SVD_FILING_DAYS"), terms);
}

/**
 * Effectiveness Date of the registration of the Second Vesting Date Shares: the date
 * term SVD_EFFECTIVE_DATE (June 1, 2001), then REG_DEADLINE_ROLL.
 * Seed 000 §5.
 * @returns the Effectiveness Date, inclusive
 * @throws TermsError `range` when rolling leaves the Nasdaq calendar (1990–2100)
 * @example isoDate(secondVestingEffectivenessDeadline()) //=> "2001-06-01"
 */
export function secondVestingEffectivenessDeadline(terms = Terms.defaults): Day {
  return rolled(terms.day("SVD_EFFECTIVE_DATE"), terms);
}
