/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * The NEOT.* custom functions. Each is a thin adapter: it reads Excel's arguments
 * (excelArgs), calls one engine function, and returns a number or a
 * CustomFunctions.Error with a message (toExcelError). No term is computed here.
 *
 * The JSDoc below is what Excel shows in Insert Function; the ids after
 * @customfunction are frozen: they are stored in users' workbooks.
 */
import { Decimal } from "../engine/decimal";
import { callExercisePrice } from "../engine/terms/callPrice";
import { ceoCommission } from "../engine/terms/ceoCommission";
import { conversionPrice } from "../engine/terms/conversionPrice";
import { deemedMarketValueDelayPayments, registrationDelayPayments } from "../engine/terms/registrationDelay";
import { excelSerialFromDay } from "../engine/time/civilDate";
import { addTradingDays, countTradingDays, isTradingDay } from "../engine/time/nasdaqCalendar";
import {
  readDate,
  readDecimal,
  readNumber,
  readOptionalDate,
  readOptionalDecimal,
  readPriceSeries,
  readTerms,
} from "./excelArgs";
import { excelCall, toExcelNumber } from "./toExcelError";

/**
 * TRUE when the Nasdaq stock market was (or will be) open on the date: a weekday that is not an exchange holiday or special closure (such as 2001-09-11 to 2001-09-14).
 * @customfunction ISTRADEDAY
 * @param date A date (1990 to 2100).
 * @returns TRUE on a Nasdaq trading day, FALSE otherwise.
 */
export function isTradeDay(date: any): boolean {
  return excelCall(() => isTradingDay(readDate(date, "date")));
}

/**
 * The date a number of Nasdaq trading days after (or before) a start date, like WORKDAY on the Nasdaq calendar: the start date is not counted; 0 returns the start date.
 * @customfunction TRADEDAY
 * @param start_date The date to count from (not counted itself).
 * @param days Trading days to move: positive counts forward, negative back; fractions are truncated.
 * @returns A date serial (format the cell as a date).
 */
export function tradeDay(start_date: any, days: any): number {
  return excelCall(() =>
    excelSerialFromDay(addTradingDays(readDate(start_date, "start_date"), Math.trunc(readNumber(days, "days")))),
  );
}

/**
 * The number of Nasdaq trading days from a start date to an end date, both included, like NETWORKDAYS on the Nasdaq calendar; negative when the end date is before the start date.
 * @customfunction TRADEDAYS
 * @param start_date First date of the span (counted if Nasdaq is open).
 * @param end_date Last date of the span (counted if Nasdaq is open).
 * @returns A whole number of trading days.
 */
export function tradeDays(start_date: any, end_date: any): number {
  return excelCall(() => countTradingDays(readDate(start_date, "start_date"), readDate(end_date, "end_date")));
}

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

/**
 * Exercise price of a Class B (Callable) Warrant after a Call Notice (April 17, 2001 letter §3(b)): the lesser of $33.75 and 95% (if the 5-trading-day average closing bid before delivery is below $5.00) or 97% of the closing bid on the first trading day after delivery. Unrounded.
 * @customfunction CALLPRICE
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param delivery_date Date the Call Notice was delivered.
 * @param [terms] Optional two-column range of term names and values (e.g. CALL_CAP_PRICE). Blank: the agreement's terms.
 * @returns The exercise price in USD per share.
 */
export function callPrice(dates: any[][], prices: any[][], delivery_date: any, terms?: any[][]): number {
  return excelCall(() =>
    toExcelNumber(
      callExercisePrice(readPriceSeries(dates, prices), readDate(delivery_date, "delivery_date"), readTerms(terms)),
    ),
  );
}

/**
 * Cantor's commission on one placement under the Controlled Equity Offering Sales Agreement (Nov 1, 2001 prospectus supplement): 4% of cumulative gross sales up to $10 million, 3.5% from $10 to $20 million, 3% from $20 to $25 million. Rounded to the cent.
 * @customfunction CEOFEE
 * @param proceeds Gross sales of this placement, in USD.
 * @param [prior_proceeds] Gross sales already made under the Sales Agreement, in USD. Blank: 0.
 * @returns The commission in USD.
 */
export function ceoFee(proceeds: any, prior_proceeds?: any): number {
  return excelCall(() =>
    toExcelNumber(
      ceoCommission(
        readDecimal(proceeds, "proceeds"),
        readOptionalDecimal(prior_proceeds, "prior_proceeds", new Decimal(0)),
      ),
    ),
  );
}

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
