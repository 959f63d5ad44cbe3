/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: New Warrants (seed 000, Exhibit A).
 * Adapters only: read the arguments (excelArgs), call one engine function, return a
 * number or a CustomFunctions.Error (toExcelError). Ids after @customfunction are frozen:
 * they are stored in users' workbooks; the JSDoc is Excel's Insert Function help.
 */
import { newWarrantExercisePrice, newWarrantExpiry, newWarrantShares } from "../../engine/warrants/newWarrants";
import { readDate, readDecimal, readPriceSeries, readTerms, toExcelDate } from "../excelArgs";
import { excelCall, toExcelNumber } from "../toExcelError";

/**
 * Shares covered by the New Warrants of a closing (April 17, 2001 letter, Exhibit A): 20% × principal ÷ Initial Conversion Price (120% of the 5-day average bid before issue), rounded once by SHARE_ROUNDING (default down).
 * @customfunction WARRANTSHARES
 * @helpurl https://localhost:3000/help.html#WARRANTSHARES
 * @remarks Shares covered by the New Warrants issued at a closing (April 17, 2001 letter, Exhibit A): 20% × principal ÷ Initial Conversion Price (120% of the 5-day average closing bid before the issue date), rounded once by SHARE_ROUNDING (default: down to a whole share).
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param principal Principal of the New Debentures issued at the closing, in USD (e.g. 5000000).
 * @param issue_date Date of the closing (not in the 5-day window). Dates 1990 to 2100.
 * @param [terms] Optional two-column range of term names and values (WARRANT_COVERAGE, SHARE_ROUNDING, CONV_INITIAL_PCT). Blank: the agreement's terms.
 * @returns A number of warrant shares.
 */
export function warrantShares(
  dates: any[][],
  prices: any[][],
  principal: any,
  issue_date: any,
  terms?: any[][],
): number {
  return excelCall(terms, () =>
    toExcelNumber(
      newWarrantShares(
        readPriceSeries(dates, prices),
        readDecimal(principal, "principal"),
        readDate(issue_date, "issue_date"),
        readTerms(terms),
      ),
    ),
  );
}

/**
 * Exercise price of the New Warrants (April 17, 2001 letter, Exhibit A): 125% of the average closing bid of the 5 trading days before the issue date. Unrounded.
 * @customfunction WARRANTPRICE
 * @helpurl https://localhost:3000/help.html#WARRANTPRICE
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param issue_date Date the warrants were issued (not in the 5-day window). Dates 1990 to 2100.
 * @param [terms] Optional two-column range of term names and values (WARRANT_PRICE_PCT, WARRANT_PRICE_WINDOW). Blank: the agreement's terms.
 * @returns The exercise price in USD per share.
 */
export function warrantPrice(dates: any[][], prices: any[][], issue_date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelNumber(
      newWarrantExercisePrice(readPriceSeries(dates, prices), readDate(issue_date, "issue_date"), readTerms(terms)),
    ),
  );
}

/**
 * End of the New Warrants' exercise period (April 17, 2001 letter, Exhibit A: "exercisable for five years following issuance"): EDATE(issue_date, 60). The letter does not say whether the anniversary itself is included.
 * @customfunction WARRANTEXPIRY
 * @helpurl https://localhost:3000/help.html#WARRANTEXPIRY
 * @remarks End of the New Warrants' exercise period (April 17, 2001 letter, Exhibit A: "exercisable for five years following issuance"): the fifth anniversary of issuance, like EDATE(issue_date, 60). The agreement does not say whether the anniversary itself is included.
 * @param issue_date Date the warrants were issued. Any Excel date.
 * @param [terms] Optional two-column range of term names and values (WARRANT_YEARS). Blank: 5 years.
 * @returns A date serial (format the cell as a date).
 */
export function warrantExpiry(issue_date: any, terms?: any[][]): number {
  return excelCall(terms, () => toExcelDate(newWarrantExpiry(readDate(issue_date, "issue_date"), readTerms(terms))));
}
