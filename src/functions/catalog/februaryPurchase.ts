/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: February 25, 2000 Securities Purchase Agreement (seed 001; seed 004).
 * Adapters only: read the arguments (excelArgs), call one engine function, return a
 * number or a CustomFunctions.Error (toExcelError). Ids after @customfunction are frozen:
 * they are stored in users' workbooks; the JSDoc is Excel's Insert Function help.
 */
import {
  februaryPurchaseFigure,
  februaryPurchaseSchedule,
  februaryWarrantExpiry,
  purchaserKey,
} from "../../engine/purchase/februaryPurchase";
import { noticeEffectiveDate, noticeMethod } from "../../engine/purchase/noticeEffective";
import { isBlank, readCell, readDate, readDateTime, readTerms, readText, toExcelDate } from "../excelArgs";
import { excelCall, toExcelNumber } from "../toExcelError";

/**
 * One figure of the February 25, 2000 purchase of common stock and warrants by Montrose Investments and Strong River Investments (Securities Purchase Agreement, recitals and signature pages), for one purchaser or for both.
 * @customfunction SPAPURCHASE
 * @helpurl https://localhost:3000/help.html#SPAPURCHASE
 * @param field SHARES, PRICE ($15.375), PURCHASE_PRICE, SHARES_AT_PRICE, WARRANT_SHARES, EXERCISE_PRICE ($21.00), EXERCISE_PROCEEDS, WARRANT_YEARS, LEGAL_FEE (§4.1) or NET_PROCEEDS (purchase price − legal fee); the last two for both purchasers only.
 * @param [purchaser] 1 or "Montrose", 2 or "Strong River". Blank: both purchasers together.
 * @param [terms] Optional two-column range of term names and values (e.g. FEB2000_PRICE_PER_SHARE). Blank: the agreement's terms.
 * @returns The figure: shares, USD per share, or USD.
 */
export function spaPurchase(field: any, purchaser?: any, terms?: any[][]): number {
  return excelCall(terms, () => {
    const who = readCell(purchaser, "purchaser");
    return toExcelNumber(
      februaryPurchaseFigure(
        readText(field, "field"),
        isBlank(who) || who === 0 ? undefined : purchaserKey(who),
        readTerms(terms),
      ),
    );
  });
}

/**
 * The schedule of the February 25, 2000 purchase as a table: a header row, one row per purchaser and a Total row (Securities Purchase Agreement, signature pages; totals checked against the recitals and the Form 8-K).
 * @customfunction SPATABLE
 * @helpurl https://localhost:3000/help.html#SPATABLE
 * @param [terms] Optional two-column range of term names and values (e.g. FEB2000_MONTROSE_SHARES). Blank: the agreement's terms.
 * @returns A table with columns Purchaser, Shares, Price per share, Purchase price, Shares × price, Warrant shares, Exercise price, Exercise proceeds (USD).
 */
export function spaTable(terms?: any[][]): any[][] {
  return excelCall(terms, () => [
    [
      "Purchaser",
      "Shares",
      "Price per share",
      "Purchase price",
      "Shares × price",
      "Warrant shares",
      "Exercise price",
      "Exercise proceeds",
    ],
    ...februaryPurchaseSchedule(readTerms(terms)).map((r) => [
      r.purchaser,
      ...[
        r.shares,
        r.price,
        r.purchasePrice,
        r.sharesAtPrice,
        r.warrantShares,
        r.exercisePrice,
        r.exerciseProceeds,
      ].map(toExcelNumber),
    ]),
  ]);
}

/**
 * Date a notice under the February 25, 2000 Securities Purchase Agreement takes effect (§4.2): a fax before 8 p.m. on a Business Day, that day; other faxes, the next Business Day; courier, the Business Day after mailing; other, on receipt.
 * @customfunction SPANOTICE
 * @helpurl https://localhost:3000/help.html#SPANOTICE
 * @remarks The date a notice under the February 25, 2000 Securities Purchase Agreement becomes effective (§4.2): a fax before 8:00 p.m. New York time on a Business Day, that day; a fax after 8:00 p.m. and before 11:59 p.m., the next Business Day; overnight courier, the Business Day after mailing; other delivery, the day of actual receipt. Business Days are New York banking days by default (BUSINESS_DAY_CALENDAR = NASDAQ for Nasdaq trading days).
 * @param sent Date and time (New York time) the fax was sent, the courier package mailed, or the notice received: e.g. =DATE(2000,2,25)+TIME(21,0,0). Dates 1990 to 2100.
 * @param method FAX, COURIER or OTHER.
 * @param [terms] Optional two-column range of term names and values (FEB2000_FAX_GAP: how a fax the clause does not cover is treated). Blank: the agreement's terms.
 * @returns The effective date (format the cell as a date).
 */
export function spaNotice(sent: any, method: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelDate(
      noticeEffectiveDate(readDateTime(sent, "sent"), noticeMethod(readText(method, "method")), readTerms(terms)),
    ),
  );
}

/**
 * Last day the February 2000 Warrants are exercisable (Securities Purchase Agreement, recitals: "during the five years following their date of issue"): EDATE(issue_date, 60). Dates up to 9999-12-31.
 * @customfunction SPAWARRANTEXPIRY
 * @helpurl https://localhost:3000/help.html#SPAWARRANTEXPIRY
 * @param issue_date Date the Warrants were issued (the Closing). Any Excel date.
 * @param [terms] Optional two-column range of term names and values (FEB2000_WARRANT_YEARS). Blank: 5 years.
 * @returns A date serial (format the cell as a date).
 */
export function spaWarrantExpiry(issue_date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelDate(februaryWarrantExpiry(readDate(issue_date, "issue_date"), readTerms(terms))),
  );
}
