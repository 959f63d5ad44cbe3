/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: right of first refusal (seed 000, Exhibit B).
 * Adapters only: read the arguments (excelArgs), call one engine function, return a
 * number or a CustomFunctions.Error (toExcelError). Ids after @customfunction are frozen:
 * they are stored in users' workbooks; the JSDoc is Excel's Insert Function help.
 */
import {
  ROFR_REPLY_TIME_OF_DAY,
  rofrPeriodEnd,
  rofrRenoticeDate,
  rofrReplyDeadline,
} from "../../engine/letter/rightOfFirstRefusal";
import { readDate, readTerms, toExcelDate } from "../excelArgs";
import { excelCall, toExcelNumber } from "../toExcelError";

/**
 * Purchasers' reply deadline on a Subsequent Placement Notice (April 17, 2001 letter, Exhibit B): the fifth Nasdaq trading day after receipt, receipt day not counted; the deadline is 5:30 p.m. New York time (ROFRREPLYDUETIME).
 * @customfunction ROFRREPLYDUE
 * @helpurl https://localhost:3000/help.html#ROFRREPLYDUE
 * @remarks Date of the purchasers' reply deadline on a Subsequent Placement Notice (April 17, 2001 letter, Exhibit B): the fifth Nasdaq trading day after receipt (receipt day not counted). The deadline is 5:30 p.m. New York City time that day; ROFRREPLYDUETIME gives the date and time.
 * @param receipt_date Date the purchaser received the Subsequent Placement Notice. Dates 1990 to 2100.
 * @param [terms] Optional two-column range of term names and values (ROFR_REPLY_DAYS). Blank: 5 trading days.
 * @returns A date serial (format the cell as a date).
 */
export function rofrReplyDue(receipt_date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelDate(rofrReplyDeadline(readDate(receipt_date, "receipt_date"), readTerms(terms))),
  );
}

/**
 * Purchasers' reply deadline as a date and time (April 17, 2001 letter, Exhibit B): 5:30 p.m. New York time on the fifth Nasdaq trading day after receipt, as date + 17.5/24, whatever the workbook's time zone.
 * @customfunction ROFRREPLYDUETIME
 * @helpurl https://localhost:3000/help.html#ROFRREPLYDUETIME
 * @remarks The purchasers' reply deadline as a date and time (April 17, 2001 letter, Exhibit B): 5:30 p.m. New York City time on the fifth Nasdaq trading day after receipt, as the date serial + 17.5/24. The time is New York wall-clock time, whatever the workbook's time zone.
 * @param receipt_date Date the purchaser received the Subsequent Placement Notice. Dates 1990 to 2100.
 * @param [terms] Optional two-column range of term names and values (ROFR_REPLY_DAYS). Blank: 5 trading days.
 * @returns A date-time serial (format the cell as e.g. yyyy-mm-dd h:mm AM/PM).
 */
export function rofrReplyDueTime(receipt_date: any, terms?: any[][]): number {
  return excelCall(
    terms,
    () =>
      toExcelDate(rofrReplyDeadline(readDate(receipt_date, "receipt_date"), readTerms(terms))) +
      toExcelNumber(ROFR_REPLY_TIME_OF_DAY),
  );
}

/**
 * Last day to close a Subsequent Placement without a second notice (April 17, 2001 letter, Exhibit B): the 30th Nasdaq trading day after the initial notice; after it, a new notice and the right of first refusal apply again.
 * @customfunction ROFRRENOTICE
 * @helpurl https://localhost:3000/help.html#ROFRRENOTICE
 * @remarks Last day to consummate a Subsequent Placement without a second notice (April 17, 2001 letter, Exhibit B): the 30th Nasdaq trading day after the initial Subsequent Placement Notice. If not consummated on the notice's terms by then, the Company must give a second notice and the right of first refusal applies again.
 * @param initial_notice_date Date of the initial Subsequent Placement Notice (not counted). Dates 1990 to 2100.
 * @param [terms] Optional two-column range of term names and values (ROFR_RENOTICE_DAYS). Blank: 30 trading days.
 * @returns A date serial (format the cell as a date).
 */
export function rofrRenotice(initial_notice_date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelDate(rofrRenoticeDate(readDate(initial_notice_date, "initial_notice_date"), readTerms(terms))),
  );
}

/**
 * Last day of the right of first refusal period (April 17, 2001 letter, Exhibit B: "a period of one year after the date of this letter agreement"): April 17, 2002, included; the right no longer applies from April 18, 2002.
 * @customfunction ROFRPERIODEND
 * @helpurl https://localhost:3000/help.html#ROFRPERIODEND
 * @param [terms] Optional two-column range of term names and values (LETTER_DATE, ROFR_PERIOD_MONTHS). Blank: the agreement's terms.
 * @returns A date serial (format the cell as a date).
 */
export function rofrPeriodEndFn(terms?: any[][]): number {
  return excelCall(terms, () => toExcelDate(rofrPeriodEnd(readTerms(terms))));
}
