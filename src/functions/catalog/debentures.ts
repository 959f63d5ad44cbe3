/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: New Debentures (seed 000, Exhibit A).
 * Adapters only: read the arguments (excelArgs), call one engine function, return a
 * number or a CustomFunctions.Error (toExcelError). Ids after @customfunction are frozen:
 * they are stored in users' workbooks; the JSDoc is Excel's Insert Function help.
 */
import { conversionPrice } from "../../engine/terms/conversionPrice";
import { readDate, readPriceSeries, readTerms } from "../excelArgs";
import { excelCall, toExcelNumber } from "../toExcelError";

/**
 * Conversion Price of the New Debentures (April 17, 2001 letter, Exhibit A): 120% of the average closing bid of the 5 trading days before the issue date; from 90 days after issuance, the lesser of that and 101% of the average of the 10 lowest closing bids of the 30 trading days before the conversion date. Unrounded.
 * @customfunction CONVPRICE
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param issue_date Date the debentures were issued (not in the 5-day window).
 * @param conversion_date Date of conversion (not in the 30-day window); on or after the issue date.
 * @param [terms] Optional two-column range of term names and values overriding the agreement (e.g. CONV_RESET_PCT). Blank: the agreement's terms.
 * @returns The Conversion Price in USD per share.
 */
export function convPrice(dates: any[][], prices: any[][], issue_date: any, conversion_date: any, terms?: any[][]): number {
  return excelCall(() =>
    toExcelNumber(
      conversionPrice(
        readPriceSeries(dates, prices),
        readDate(issue_date, "issue_date"),
        readDate(conversion_date, "conversion_date"),
        readTerms(terms),
      ),
    ),
  );
}
