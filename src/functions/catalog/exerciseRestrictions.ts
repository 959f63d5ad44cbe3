/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: warrant exercise restrictions (seed 000 §2).
 * Adapters only: read the arguments (excelArgs), call one engine function, return a
 * number or a CustomFunctions.Error (toExcelError). Ids after @customfunction are frozen:
 * they are stored in users' workbooks; the JSDoc is Excel's Insert Function help.
 */
import { firstExerciseDate } from "../../engine/warrants/exerciseRestrictions";
import { readOptionalDate, readTerms, toExcelDate } from "../excelArgs";
import { excelCall } from "../toExcelError";

/**
 * First date a Closing Warrant, or a Callable Warrant under its §3(b)(i), may be exercised (April 17, 2001 letter §2): the earliest of Dec 31, 2002, 65 days after the Holder's notice and one business day before a §8(b)/(d) event.
 * @customfunction FIRSTEXERCISE
 * @helpurl https://localhost:3000/help.html#FIRSTEXERCISE
 * @remarks First date a Closing Warrant, or a Callable Warrant under its Section 3(b)(i), may be exercised (April 17, 2001 letter §2): the earliest of December 31, 2002, 65 days after the Holder's waiver notice, and one business day (a New York banking day by default; BUSINESS_DAY_CALENDAR = NASDAQ for trading days) before a Section 8(b)/8(d) event. A Callable Warrant may always be exercised in response to a Call Notice (§2(b)), whatever this date.
 * @param [notice_date] Date of the Holder's notice requesting a waiver (§2(c)(i)). Blank: no notice. Any Excel date.
 * @param [event_date] Date of a triggering event under Section 8(b) or 8(d) of the Callable Warrant (§2(c)(ii)). Blank: no event. Dates 1990 to 2100.
 * @param [terms] Optional two-column range of term names and values (RESTRICT_END_DATE, RESTRICT_NOTICE_DAYS, RESTRICT_EVENT_TRADING_DAYS). Blank: the agreement's terms.
 * @returns A date serial (format the cell as a date).
 */
export function firstExercise(notice_date?: any, event_date?: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelDate(
      firstExerciseDate(
        {
          noticeDate: readOptionalDate(notice_date, "notice_date"),
          eventDate: readOptionalDate(event_date, "event_date"),
        },
        readTerms(terms),
      ),
    ),
  );
}
