import { Decimal } from "../decimal";
import { Day, addMonthsClamped } from "../time/civilDate";
import { addTradingDays } from "../time/nasdaqCalendar";
import { Terms } from "../terms/terms";

/** The reply time of Exhibit B, 5:30 p.m. New York City time, as a fraction of a day (17.5 / 24). */
export const ROFR_REPLY_TIME_OF_DAY: Decimal = new Decimal(17.5).dividedBy(24);

/**
 * Date of the purchasers' reply deadline on a Subsequent Placement Notice: the
 * ROFR_REPLY_DAYS (5th) trading day after receipt (receipt day not counted; WORKDAY
 * semantics, so a notice received on a closed day counts from the next trading day). The
 * deadline is 5:30 p.m. New York City time on that date ({@link ROFR_REPLY_TIME_OF_DAY}).
 * Seed 000, Exhibit B ("by 5:30 p.m. (New York City time) on the fifth Trading Day after
 * its receipt of the Subsequent Placement Notice").
 * @param receiptDate - the day the Subsequent Placement Notice was received (not counted)
 * @returns the date of the 5:30 p.m. deadline
 * @throws TermsError `range` outside the Nasdaq calendar (1990–2100)
 * @example isoDate(rofrReplyDeadline(dayFromParts(2001, 9, 10))) //=> "2001-09-21"
 */
export function rofrReplyDeadline(receiptDate: Day, terms = Terms.defaults): Day {
  return addTradingDays(receiptDate, terms.whole("ROFR_REPLY_DAYS"));
}

/**
 * Last day to consummate a Subsequent Placement without a second notice: the
 * ROFR_RENOTICE_DAYS (30th) trading day after the initial Subsequent Placement Notice. If
 * the placement is not consummated on the notice's terms by then, the Company must give a
 * second notice and the right of first refusal applies again.
 * Seed 000, Exhibit B ("within 30 Trading Days after the date of the initial Subsequent
 * Placement Notice").
 * @param initialNoticeDate - the date of the initial Subsequent Placement Notice (not counted)
 * @returns the last trading day to consummate, inclusive
 * @throws TermsError `range` outside the Nasdaq calendar (1990–2100)
 * @example isoDate(rofrRenoticeDate(dayFromParts(2001, 4, 17))) //=> "2001-05-30"
 */
export function rofrRenoticeDate(initialNoticeDate: Day, terms = Terms.defaults): Day {
  return addTradingDays(initialNoticeDate, terms.whole("ROFR_RENOTICE_DAYS"));
}

/**
 * Last day of the right of first refusal period: EDATE(LETTER_DATE, ROFR_PERIOD_MONTHS),
 * 2002-04-17 for the April 17, 2001 letter. This day is the last day of the period,
 * included: the restriction lasts through the end of it and no longer applies the next
 * day. The seeds say only "one year after"; counting to the same-numbered day, included,
 * is the usual reading (not in the seeds).
 * Seed 000, Exhibit B ("for a period of one year after the date of this letter agreement").
 * @returns the last day of the period, inclusive
 * @throws never
 * @example isoDate(rofrPeriodEnd()) //=> "2002-04-17"
 */
export function rofrPeriodEnd(terms = Terms.defaults): Day {
  return addMonthsClamped(terms.day("LETTER_DATE"), terms.whole("ROFR_PERIOD_MONTHS"));
}
