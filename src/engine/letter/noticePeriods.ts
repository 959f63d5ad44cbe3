import { check } from "../errors";
import { messages } from "../messages";
import { Day } from "../time/civilDate";
import { addTradingDays } from "../time/nasdaqCalendar";
import { Terms } from "../terms/terms";

/**
 * The advance notices of Exhibit A, each with its term:
 * - FLOOR: before the Company settles conversions at the Floor Price (FLOOR_NOTICE_DAYS)
 * - REDEMPTION: before an Optional Redemption (REDEMPTION_NOTICE_DAYS)
 */
export const NOTICE_KINDS = ["FLOOR", "REDEMPTION"] as const;
export type NoticeKind = (typeof NOTICE_KINDS)[number];

const TERM_OF: Record<NoticeKind, string> = { FLOOR: "FLOOR_NOTICE_DAYS", REDEMPTION: "REDEMPTION_NOTICE_DAYS" };

/**
 * Reads a notice kind, any case.
 * @throws TermsError `invalid` naming the value
 */
export function noticeKind(code: string): NoticeKind {
  const upper = code.trim().toUpperCase();
  const kind = NOTICE_KINDS.find((k) => k === upper);
  check(kind !== undefined, "invalid", () => messages.unknownCode("notice", code, NOTICE_KINDS));
  return kind;
}

/**
 * The first day a notice given on `noticeDate` allows: the 20th Nasdaq trading day after
 * it (WORKDAY semantics: the notice day is not counted). Not in the seeds beyond "at least
 * 20 Trading Days advance notice" (Floor Price) and "Upon 20 Trading Days notice"
 * (Optional Redemption): the notice day is not one of the 20.
 * Seed 000, Exhibit A, Floor Price and Optional Redemption.
 * @throws TermsError `range` outside the Nasdaq calendar
 * @example isoDate(earliestAfterNotice("REDEMPTION", dayFromParts(2001, 9, 4))) //=> "2001-10-08"
 */
export function earliestAfterNotice(kind: NoticeKind, noticeDate: Day, terms = Terms.defaults): Day {
  return addTradingDays(noticeDate, terms.whole(TERM_OF[kind]));
}

/**
 * The last day a notice may be given for a settlement or redemption on `date`: 20 Nasdaq
 * trading days before it (WORKDAY(date, −20)), the reverse of {@link earliestAfterNotice}.
 * Seed 000, Exhibit A, Floor Price and Optional Redemption.
 * @throws TermsError `range` outside the Nasdaq calendar
 * @example isoDate(latestNoticeDate("REDEMPTION", dayFromParts(2001, 10, 8))) //=> "2001-09-04"
 */
export function latestNoticeDate(kind: NoticeKind, date: Day, terms = Terms.defaults): Day {
  return addTradingDays(date, -terms.whole(TERM_OF[kind]));
}
