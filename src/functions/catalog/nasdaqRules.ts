/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: dilution and Nasdaq listing rules (seed 003, risk factors).
 * Adapters only: read the arguments (excelArgs), call one engine function, return a
 * number or a CustomFunctions.Error (toExcelError). Ids after @customfunction are frozen:
 * they are stored in users' workbooks; the JSDoc is Excel's Insert Function help.
 */
import { dilutedPrice, dilutionReduction } from "../../engine/nasdaq/dilution";
import { isBelowMinimumBid, tradingDaysBelowMinimumBid } from "../../engine/nasdaq/minimumBid";
import { stockholderApprovalRequired } from "../../engine/nasdaq/stockholderApproval";
import { readDate, readDecimal, readPriceSeries, readTerms } from "../excelArgs";
import { excelCall, toExcelNumber } from "../toExcelError";

/**
 * Fall in the price per share when new shares are issued with market capitalization unchanged: new ÷ (outstanding + new), unrounded (Nov 1, 2001 prospectus supplement, risk factors: 8,593,877 on 21,862,772 is about 28%).
 * @customfunction DILUTION
 * @helpurl https://localhost:3000/help.html#DILUTION
 * @remarks The fall in the price per share when new shares are issued without any increase in market capitalization: new shares / (outstanding + new shares), unrounded (Nov 1, 2001 prospectus supplement, risk factors: 8,593,877 shares on 21,862,772 give approximately 28%).
 * @param outstanding Shares outstanding before the issue (a whole number).
 * @param new_shares Shares issued (a whole number).
 * @returns The reduction as a fraction (format as %).
 */
export function dilution(outstanding: any, new_shares: any): number {
  return excelCall(() =>
    toExcelNumber(dilutionReduction(readDecimal(outstanding, "outstanding"), readDecimal(new_shares, "new_shares"))),
  );
}

/**
 * The price per share after issuing new shares with the market capitalization unchanged: price × outstanding / (outstanding + new shares), unrounded (Nov 1, 2001 prospectus supplement, risk factors).
 * @customfunction DILUTEDPRICE
 * @helpurl https://localhost:3000/help.html#DILUTEDPRICE
 * @param price Price per share before the issue, in USD.
 * @param outstanding Shares outstanding before the issue (a whole number).
 * @param new_shares Shares issued (a whole number).
 * @returns The price in USD per share.
 */
export function dilutedPriceFn(price: any, outstanding: any, new_shares: any): number {
  return excelCall(() =>
    toExcelNumber(
      dilutedPrice(
        readDecimal(price, "price"),
        readDecimal(outstanding, "outstanding"),
        readDecimal(new_shares, "new_shares"),
      ),
    ),
  );
}

/**
 * TRUE when Nasdaq requires stockholder approval of an issue: 20% or more of the outstanding stock at a price below the greater of book value and market value per share (Nov 1, 2001 prospectus supplement, risk factors).
 * @customfunction NEEDSAPPROVAL
 * @helpurl https://localhost:3000/help.html#NEEDSAPPROVAL
 * @param shares Shares to issue (a whole number).
 * @param outstanding Shares outstanding before the issue (a whole number).
 * @param issue_price Issue price in USD per share.
 * @param book_value Book value in USD per share (negative for a deficit).
 * @param market_value The then current market value in USD per share.
 * @param [terms] Optional two-column range of term names and values (NASDAQ_APPROVAL_PCT). Blank: the rule's 20%.
 * @returns TRUE when approval is required, FALSE otherwise.
 */
export function needsApproval(
  shares: any,
  outstanding: any,
  issue_price: any,
  book_value: any,
  market_value: any,
  terms?: any[][],
): boolean {
  return excelCall(terms, () =>
    stockholderApprovalRequired(
      {
        shares: readDecimal(shares, "shares"),
        outstanding: readDecimal(outstanding, "outstanding"),
        price: readDecimal(issue_price, "issue_price"),
        bookValue: readDecimal(book_value, "book_value"),
        marketValue: readDecimal(market_value, "market_value"),
      },
      readTerms(terms),
    ),
  );
}

/**
 * TRUE when the Nasdaq closing bid is below the $1.00 minimum bid price on a date (the last trading day on or before it) (Nov 1, 2001 prospectus supplement, risk factors). $1.00 exactly is not below.
 * @customfunction BELOWMINBID
 * @helpurl https://localhost:3000/help.html#BELOWMINBID
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param date The date to test. Dates 1990 to 2100.
 * @param [terms] Optional two-column range of term names and values (NASDAQ_MIN_BID). Blank: $1.00.
 * @returns TRUE when the closing bid is below the minimum.
 */
export function belowMinBid(dates: any[][], prices: any[][], date: any, terms?: any[][]): boolean {
  return excelCall(terms, () =>
    isBelowMinimumBid(readPriceSeries(dates, prices), readDate(date, "date"), readTerms(terms)),
  );
}

/**
 * Consecutive Nasdaq trading days, up to a date, the closing bid has been below the $1.00 minimum bid (Nov 1, 2001 prospectus supplement, risk factors); 0 when not below that day; #N/A when the run reaches back past your data.
 * @customfunction DAYSBELOWMINBID
 * @helpurl https://localhost:3000/help.html#DAYSBELOWMINBID
 * @remarks How many consecutive trading days, up to a date, the Nasdaq closing bid has been below the $1.00 minimum bid price; 0 when it is not below on that date (Nov 1, 2001 prospectus supplement, risk factors: "below $1.00 per share for an extended period"; no Nasdaq deficiency period is assumed). #N/A when the run reaches back past your data.
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param date Last date of the run (if Nasdaq was closed, the last trading day before it). Dates 1990 to 2100.
 * @param [terms] Optional two-column range of term names and values (NASDAQ_MIN_BID). Blank: $1.00.
 * @returns A whole number of trading days.
 */
export function daysBelowMinBid(dates: any[][], prices: any[][], date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    tradingDaysBelowMinimumBid(readPriceSeries(dates, prices), readDate(date, "date"), readTerms(terms)),
  );
}
