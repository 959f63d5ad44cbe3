import { TermsError, check } from "../errors";
import { messages } from "../messages";
import { Day, isoDate } from "../time/civilDate";
import { DateTime, clockTime, secondOfDay } from "../time/excelDateTime";
import { businessDayCalendar } from "../time/businessDayCalendar";
import { Terms } from "../terms/terms";

/**
 * How a notice was sent, as seed 001 §4.2 distinguishes them:
 * - FAX: by facsimile to the number §4.2 gives ((i) or (ii), by the time of transmission)
 * - COURIER: by nationally recognized overnight courier service (iii)
 * - OTHER: any other way (iv), effective upon actual receipt
 */
export const NOTICE_METHODS = ["FAX", "COURIER", "OTHER"] as const;
export type NoticeMethod = (typeof NOTICE_METHODS)[number];

/** §4.2(i): a fax "prior to 8:00 p.m. (New York City time) on a Business Day". */
const FAX_CUTOFF = secondOfDay(20, 0);
/** §4.2(ii): a fax "later than 8:00 p.m. ... and earlier than 11:59 p.m. ... on such date". */
const FAX_LATE_END = secondOfDay(23, 59);

/**
 * Reads a notice method code, any case.
 * @throws TermsError `invalid` naming the value when it is not FAX, COURIER or OTHER
 * @example noticeMethod("fax") //=> "FAX"
 */
export function noticeMethod(code: string): NoticeMethod {
  const upper = code.trim().toUpperCase();
  const method = NOTICE_METHODS.find((m) => m === upper);
  check(method !== undefined, "invalid", () => messages.unknownCode("method", code, NOTICE_METHODS));
  return method;
}

/**
 * The day a notice under the February 25, 2000 Securities Purchase Agreement is deemed
 * given and effective. Seed 001 §4.2 (Notices):
 * - FAX sent before 8:00 p.m. New York time on a Business Day: that day (i);
 * - FAX sent later than 8:00 p.m. and earlier than 11:59 p.m. on any day: the Business Day
 *   after the day of transmission (ii) — a Friday-night fax is effective on Monday;
 * - COURIER: the Business Day following the date of mailing (iii) (the time is ignored);
 * - OTHER: the day of actual receipt (iv) (`sent` is then the moment of receipt).
 * A fax neither (i) nor (ii) covers — before 8:00 p.m. on a day that is not a Business
 * Day, at 8:00:00 p.m. exactly, or from 11:59 p.m. to midnight — follows FEB2000_FAX_GAP
 * (not in the seeds): NEXT_BUSINESS_DAY (default) makes it effective on the next Business
 * Day, as the clause's scheme never makes a fax effective on a day that is not a Business
 * Day (a Friday 9 p.m. fax and a Saturday 10 a.m. fax both take effect on Monday);
 * RECEIPT treats it as sent "other than by the methods set forth in (i)-(iii)", effective
 * on receipt, the day sent; ERROR refuses.
 * Business Day is capitalized but not defined in seed 001; it is counted on the
 * BUSINESS_DAY_CALENDAR (default: New York banking days, see businessDayCalendar.ts).
 * @param sent - New York wall-clock moment of transmission, mailing or receipt
 * @param method - how the notice was sent
 * @returns the effective day
 * @throws TermsError `invalid` for an uncovered fax when FEB2000_FAX_GAP is ERROR;
 *   `range` outside the calendar (1990–2100)
 * @example isoDate(noticeEffectiveDate({ day: dayFromParts(2000, 2, 25), second: 21 * 3600 }, "FAX"))
 * //=> "2000-02-28" (Friday 9:00 p.m. → Monday)
 */
export function noticeEffectiveDate(sent: DateTime, method: NoticeMethod, terms = Terms.defaults): Day {
  const { day, second } = sent;
  const calendar = businessDayCalendar(terms);
  switch (method) {
    case "COURIER":
      return calendar.addDays(day, 1);
    case "OTHER":
      return day;
    case "FAX": {
      if (second < FAX_CUTOFF && calendar.isOpen(day)) return day;
      if (second > FAX_CUTOFF && second < FAX_LATE_END) return calendar.addDays(day, 1);
      const gap = terms.choice("FEB2000_FAX_GAP");
      if (gap === "NEXT_BUSINESS_DAY") return calendar.addDays(day, 1);
      if (gap === "RECEIPT") return day;
      throw new TermsError("invalid", messages.faxNotCovered(isoDate(day), clockTime(second)));
    }
  }
}
