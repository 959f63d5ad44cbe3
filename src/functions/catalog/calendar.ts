/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: Nasdaq trading-day and New York business-day calendar functions (Excel WORKDAY/NETWORKDAYS semantics).
 * Adapters only: read the arguments (excelArgs), call one engine function, return a
 * number or a CustomFunctions.Error (toExcelError). Ids after @customfunction are frozen:
 * they are stored in users' workbooks; the JSDoc is Excel's Insert Function help.
 */
import { addTradingDays, countTradingDays, isTradingDay } from "../../engine/time/nasdaqCalendar";
import { businessDayCalendar } from "../../engine/time/businessDayCalendar";
import { readDate, readNumber, readTerms, toExcelDate } from "../excelArgs";
import { excelCall } from "../toExcelError";

/**
 * TRUE when the Nasdaq stock market was (or will be) open on the date: a weekday that is not an exchange holiday or special closure (such as 2001-09-11 to 2001-09-14).
 * @customfunction ISTRADEDAY
 * @helpurl https://localhost:3000/help.html#ISTRADEDAY
 * @param date A date (1990 to 2100).
 * @param [terms] Optional two-column range of term names and values (DATE_SYSTEM). Blank: the 1900 date system.
 * @returns TRUE on a Nasdaq trading day, FALSE otherwise.
 */
export function isTradeDay(date: any, terms?: any[][]): boolean {
  return excelCall(terms, () => isTradingDay(readDate(date, "date")));
}

/**
 * The date a number of Nasdaq trading days after (or before) a start date, like WORKDAY on the Nasdaq calendar: the start date is not counted; 0 returns the start date.
 * @customfunction TRADEDAY
 * @helpurl https://localhost:3000/help.html#TRADEDAY
 * @param start_date The date to count from (not counted itself). Dates 1990 to 2100.
 * @param days Trading days to move: positive counts forward, negative back; fractions are truncated.
 * @param [terms] Optional two-column range of term names and values (DATE_SYSTEM). Blank: the 1900 date system.
 * @returns A date serial (format the cell as a date).
 */
export function tradeDay(start_date: any, days: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelDate(addTradingDays(readDate(start_date, "start_date"), Math.trunc(readNumber(days, "days")))),
  );
}

/**
 * The number of Nasdaq trading days from a start date to an end date, both included, like NETWORKDAYS on the Nasdaq calendar; negative when the end date is before the start date.
 * @customfunction TRADEDAYS
 * @helpurl https://localhost:3000/help.html#TRADEDAYS
 * @param start_date First date of the span (counted if Nasdaq is open). Dates 1990 to 2100.
 * @param end_date Last date of the span (counted if Nasdaq is open). Dates 1990 to 2100.
 * @param [terms] Optional two-column range of term names and values (DATE_SYSTEM). Blank: the 1900 date system.
 * @returns A whole number of trading days.
 */
export function tradeDays(start_date: any, end_date: any, terms?: any[][]): number {
  return excelCall(terms, () => countTradingDays(readDate(start_date, "start_date"), readDate(end_date, "end_date")));
}

/**
 * TRUE on a business day: by default a weekday on which New York banks are open (Federal Reserve holidays closed, Good Friday open). Seed 000 §1(a), §2(c)(ii); seed 001 §4.2. Dates 1990 to 2100.
 * @customfunction ISBUSINESSDAY
 * @helpurl https://localhost:3000/help.html#ISBUSINESSDAY
 * @param date A date (1990 to 2100).
 * @param [terms] Optional two-column range of term names and values (BUSINESS_DAY_CALENDAR: NY_BANKING or NASDAQ). Blank: New York banking days.
 * @returns TRUE on a business day, FALSE otherwise.
 */
export function isBusinessDay(date: any, terms?: any[][]): boolean {
  return excelCall(terms, () => businessDayCalendar(readTerms(terms)).isOpen(readDate(date, "date")));
}

/**
 * The date a number of business days after (or before) a start date, like WORKDAY on the New York banking calendar: the start is not counted; 0 returns it. Seed 000 §1(a), §2(c)(ii); seed 001 §4.2. Dates 1990 to 2100.
 * @customfunction BUSINESSDAY
 * @helpurl https://localhost:3000/help.html#BUSINESSDAY
 * @param start_date The date to count from (not counted itself), 1990 to 2100.
 * @param days Business days to move: positive counts forward, negative back; fractions are truncated.
 * @param [terms] Optional two-column range of term names and values (BUSINESS_DAY_CALENDAR: NY_BANKING or NASDAQ). Blank: New York banking days.
 * @returns A date serial (format the cell as a date).
 */
export function businessDay(start_date: any, days: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelDate(
      businessDayCalendar(readTerms(terms)).addDays(
        readDate(start_date, "start_date"),
        Math.trunc(readNumber(days, "days")),
      ),
    ),
  );
}
