/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: Registration Delay Payments (seed 000, Exhibit A and §5).
 * Adapters only: read the arguments (excelArgs), call one engine function, return a
 * number or a CustomFunctions.Error (toExcelError). Ids after @customfunction are frozen:
 * they are stored in users' workbooks; the JSDoc is Excel's Insert Function help.
 */
import { deemedMarketValueDelayPayments, registrationDelayPayments } from "../../engine/terms/registrationDelay";
import { readDate, readDecimal, readOptionalDate, readPriceSeries, readTerms } from "../excelArgs";
import { excelCall, toExcelNumber } from "../toExcelError";

/**
 * Total Registration Delay Payments (April 17, 2001 letter, Exhibit A and §5): 2% of the basis on the Event Date and on each monthly anniversary of it before the cure date and on or before the as-of date. Rounded to the cent.
 * @customfunction DELAYPMT
 * @param basis Aggregate purchase price of the tranche, in USD (e.g. 10000000).
 * @param event_date Date the registration Event occurred.
 * @param [cure_date] Date the Event was cured; payments due on or after it are not owed. Blank: not cured.
 * @param [as_of_date] Count payments due on or before this date. Blank: up to the cure date. Give at least one of cure_date and as_of_date.
 * @param [terms] Optional two-column range of term names and values (DELAY_PCT, DELAY_PRORATE). Blank: the agreement's terms.
 * @returns Total payments in USD.
 */
export function delayPmt(basis: any, event_date: any, cure_date?: any, as_of_date?: any, terms?: any[][]): number {
  return excelCall(() =>
    toExcelNumber(
      registrationDelayPayments(
        readDecimal(basis, "basis"),
        {
          eventDate: readDate(event_date, "event_date"),
          cureDate: readOptionalDate(cure_date, "cure_date"),
          asOfDate: readOptionalDate(as_of_date, "as_of_date"),
        },
        readTerms(terms),
      ),
    ),
  );
}

/**
 * Total Registration Delay Payments on the Second Vesting Date Shares (April 17, 2001 letter §5): each payment is 2% of shares × the greater of the closing bid on the Event Date and the closing bid on the trading day before the payment. Payments fall on the Event Date and its monthly anniversaries. Rounded to the cent.
 * @customfunction DELAYPMTDMV
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param shares Second Vesting Date Shares of the holder (450000 for each purchaser).
 * @param event_date Date the registration Event occurred (if Nasdaq was closed, the last trading day before it gives the bid).
 * @param [cure_date] Date the Event was cured. Blank: not cured.
 * @param [as_of_date] Count payments due on or before this date. Blank: up to the cure date. Give at least one of cure_date and as_of_date.
 * @param [terms] Optional two-column range of term names and values (DELAY_PCT, DELAY_PRORATE). Blank: the agreement's terms.
 * @returns Total payments in USD.
 */
export function delayPmtDmv(
  dates: any[][],
  prices: any[][],
  shares: any,
  event_date: any,
  cure_date?: any,
  as_of_date?: any,
  terms?: any[][],
): number {
  return excelCall(() =>
    toExcelNumber(
      deemedMarketValueDelayPayments(
        readPriceSeries(dates, prices),
        readDecimal(shares, "shares"),
        {
          eventDate: readDate(event_date, "event_date"),
          cureDate: readOptionalDate(cure_date, "cure_date"),
          asOfDate: readOptionalDate(as_of_date, "as_of_date"),
        },
        readTerms(terms),
      ),
    ),
  );
}
