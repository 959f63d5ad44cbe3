/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: Class B (Callable) Warrants (seed 000 §2–3; seed 003).
 * Adapters only: read the arguments (excelArgs), call one engine function, return a
 * number or a CustomFunctions.Error (toExcelError). Ids after @customfunction are frozen:
 * they are stored in users' workbooks; the JSDoc is Excel's Insert Function help.
 */
import { callExercisePrice } from "../../engine/warrants/callPrice";
import { readDate, readPriceSeries, readTerms } from "../excelArgs";
import { excelCall, toExcelNumber } from "../toExcelError";

/**
 * Exercise price of a Class B (Callable) Warrant after a Call Notice (April 17, 2001 letter §3(b)): the lesser of $33.75 and 95% (5-day average bid below $5.00) or 97% of the closing bid on the trading day after delivery. Unrounded.
 * @customfunction CALLPRICE
 * @helpurl https://localhost:3000/help.html#CALLPRICE
 * @remarks Exercise price of a Class B (Callable) Warrant after a Call Notice (April 17, 2001 letter §3(b)): the lesser of $33.75 and 95% (if the 5-trading-day average closing bid before delivery is below $5.00) or 97% of the closing bid on the first trading day after delivery. Unrounded.
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param delivery_date Date the Call Notice was delivered. Dates 1990 to 2100.
 * @param [terms] Optional two-column range of term names and values (e.g. CALL_CAP_PRICE). Blank: the agreement's terms.
 * @returns The exercise price in USD per share.
 */
export function callPrice(dates: any[][], prices: any[][], delivery_date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelNumber(
      callExercisePrice(readPriceSeries(dates, prices), readDate(delivery_date, "delivery_date"), readTerms(terms)),
    ),
  );
}
