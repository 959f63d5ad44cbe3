/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: Registration Delay Payments and registration deadlines (seed 000, Exhibit A and §5).
 * Adapters only: read the arguments (excelArgs), call one engine function, return a
 * number or a CustomFunctions.Error (toExcelError). Ids after @customfunction are frozen:
 * they are stored in users' workbooks; the JSDoc is Excel's Insert Function help.
 */
import {
  registrationEffectivenessDeadline,
  registrationFilingDeadline,
  secCommentReplyDeadline,
  secondVestingEffectivenessDeadline,
  secondVestingFilingDeadline,
} from "../../engine/registration/registrationDeadlines";
import {
  DelayPeriod,
  deemedMarketValueDelayPayments,
  registrationDelayPayments,
} from "../../engine/registration/registrationDelay";
import { readDate, readDecimal, readOptionalDate, readPriceSeries, readTerms, toExcelDate } from "../excelArgs";
import { excelCall, toExcelNumber } from "../toExcelError";

/** The event, cure and as-of dates shared by DELAYPMT, DELAYPMTDMV and their schedules. */
export function readDelayPeriod(event_date: unknown, cure_date: unknown, as_of_date: unknown): DelayPeriod {
  return {
    eventDate: readDate(event_date, "event_date"),
    cureDate: readOptionalDate(cure_date, "cure_date"),
    asOfDate: readOptionalDate(as_of_date, "as_of_date"),
  };
}

/**
 * Total Registration Delay Payments (April 17, 2001 letter, Exhibit A and §5): 2% of the basis on the Event Date and on each monthly anniversary of it before the cure date and on or before the as-of date. Rounded to the cent.
 * @customfunction DELAYPMT
 * @helpurl https://localhost:3000/help.html#DELAYPMT
 * @param basis Aggregate purchase price of the tranche, in USD (e.g. 10000000).
 * @param event_date Date the registration Event occurred. Any Excel date.
 * @param [cure_date] Date the Event was cured; payments due on or after it are not owed. Blank: not cured. Any Excel date.
 * @param [as_of_date] Count payments due on or before this date. Blank: up to the cure date. Give at least one of cure_date and as_of_date. Any Excel date.
 * @param [terms] Optional two-column range of term names and values (DELAY_PCT, DELAY_PRORATE). Blank: the agreement's terms.
 * @returns Total payments in USD.
 */
export function delayPmt(basis: any, event_date: any, cure_date?: any, as_of_date?: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelNumber(
      registrationDelayPayments(
        readDecimal(basis, "basis"),
        readDelayPeriod(event_date, cure_date, as_of_date),
        readTerms(terms),
      ),
    ),
  );
}

/**
 * Registration Delay Payments on the Second Vesting Date Shares (April 17, 2001 letter §5): each 2% of shares × the greater of the bid on the Event Date and the bid the trading day before payment, on the Event Date and monthly.
 * @customfunction DELAYPMTDMV
 * @helpurl https://localhost:3000/help.html#DELAYPMTDMV
 * @remarks Total Registration Delay Payments on the Second Vesting Date Shares (April 17, 2001 letter §5): each payment is 2% of shares × the greater of the closing bid on the Event Date and the closing bid on the trading day before the payment. Payments fall on the Event Date and its monthly anniversaries. Rounded to the cent.
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param shares Second Vesting Date Shares of the holder (450000 for each purchaser).
 * @param event_date Date the registration Event occurred (if Nasdaq was closed, the last trading day before it gives the bid). Dates 1990 to 2100.
 * @param [cure_date] Date the Event was cured. Blank: not cured. Dates 1990 to 2100.
 * @param [as_of_date] Count payments due on or before this date. Blank: up to the cure date. Give at least one of cure_date and as_of_date. Dates 1990 to 2100.
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
  return excelCall(terms, () =>
    toExcelNumber(
      deemedMarketValueDelayPayments(
        readPriceSeries(dates, prices),
        readDecimal(shares, "shares"),
        readDelayPeriod(event_date, cure_date, as_of_date),
        readTerms(terms),
      ),
    ),
  );
}

/**
 * Last day to file the Registration Statement for a tranche (April 17, 2001 letter, Exhibit A: within 30 days after the closing): closing + 30 calendar days; REG_DEADLINE_ROLL NEXT_TRADING_DAY moves a weekend or holiday.
 * @customfunction REGFILINGDUE
 * @helpurl https://localhost:3000/help.html#REGFILINGDUE
 * @remarks Last day to file the Registration Statement for a tranche (April 17, 2001 letter, Exhibit A: "within 30 days after the applicable closing date"): the closing date + 30 days. Calendar days; a deadline on a weekend or holiday stays there unless REG_DEADLINE_ROLL is NEXT_TRADING_DAY (then the next Nasdaq trading day).
 * @param closing_date Date of the Initial or Second Closing. Any Excel date; 1990 to 2100 with REG_DEADLINE_ROLL.
 * @param [terms] Optional two-column range of term names and values (REG_FILING_DAYS, REG_DEADLINE_ROLL). Blank: 30 days, no adjustment.
 * @returns A date serial (format the cell as a date).
 */
export function regFilingDue(closing_date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelDate(registrationFilingDeadline(readDate(closing_date, "closing_date"), readTerms(terms))),
  );
}

/**
 * Best-efforts date for the Registration Statement to be effective (April 17, 2001 letter, Exhibit A: within 90 days after the closing): closing + 90 calendar days; REG_DEADLINE_ROLL can move a weekend or holiday.
 * @customfunction REGEFFECTIVEDUE
 * @helpurl https://localhost:3000/help.html#REGEFFECTIVEDUE
 * @remarks Last day for the Registration Statement to become effective, a best-efforts target (April 17, 2001 letter, Exhibit A: "within 90 days after the applicable closing date"): the closing date + 90 days. Calendar days; a deadline on a weekend or holiday stays there unless REG_DEADLINE_ROLL is NEXT_TRADING_DAY (then the next Nasdaq trading day).
 * @param closing_date Date of the Initial or Second Closing. Any Excel date; 1990 to 2100 with REG_DEADLINE_ROLL.
 * @param [terms] Optional two-column range of term names and values (REG_EFFECTIVE_DAYS, REG_DEADLINE_ROLL). Blank: 90 days, no adjustment.
 * @returns A date serial (format the cell as a date).
 */
export function regEffectiveDue(closing_date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelDate(registrationEffectivenessDeadline(readDate(closing_date, "closing_date"), readTerms(terms))),
  );
}

/**
 * Last day to respond to SEC comments (April 17, 2001 letter, Exhibit A: within ten calendar days of receipt): receipt + 10 days; REG_DEADLINE_ROLL NEXT_TRADING_DAY moves a weekend or holiday to the next trading day.
 * @customfunction SECREPLYDUE
 * @helpurl https://localhost:3000/help.html#SECREPLYDUE
 * @remarks Last day to respond to SEC comments (April 17, 2001 letter, Exhibit A: "within ten calendar days of receipt"): the receipt date + 10 days. Calendar days; a deadline on a weekend or holiday stays there unless REG_DEADLINE_ROLL is NEXT_TRADING_DAY (then the next Nasdaq trading day).
 * @param receipt_date Date the SEC comments were received. Any Excel date; 1990 to 2100 with REG_DEADLINE_ROLL.
 * @param [terms] Optional two-column range of term names and values (SEC_REPLY_DAYS, REG_DEADLINE_ROLL). Blank: 10 days, no adjustment.
 * @returns A date serial (format the cell as a date).
 */
export function secReplyDue(receipt_date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelDate(secCommentReplyDeadline(readDate(receipt_date, "receipt_date"), readTerms(terms))),
  );
}

/**
 * Filing Date of the registration of the Second Vesting Date Shares (April 17, 2001 letter §5): seven days after the Form 10-K for 2000 is filed; REG_DEADLINE_ROLL NEXT_TRADING_DAY moves a weekend or holiday.
 * @customfunction SVDFILINGDUE
 * @helpurl https://localhost:3000/help.html#SVDFILINGDUE
 * @remarks Filing Date of the registration of the Second Vesting Date Shares (April 17, 2001 letter §5): seven days after the Company files its Form 10-K for 2000. Calendar days; a deadline on a weekend or holiday stays there unless REG_DEADLINE_ROLL is NEXT_TRADING_DAY (then the next Nasdaq trading day).
 * @param form_10k_date Date the Annual Report on Form 10-K for the year ended December 31, 2000 was filed. Any Excel date; 1990 to 2100 with REG_DEADLINE_ROLL.
 * @param [terms] Optional two-column range of term names and values (SVD_FILING_DAYS, REG_DEADLINE_ROLL). Blank: 7 days, no adjustment.
 * @returns A date serial (format the cell as a date).
 */
export function svdFilingDue(form_10k_date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelDate(secondVestingFilingDeadline(readDate(form_10k_date, "form_10k_date"), readTerms(terms))),
  );
}

/**
 * Effectiveness Date of the registration of the Second Vesting Date Shares (April 17, 2001 letter §5): June 1, 2001, or the SVD_EFFECTIVE_DATE term. REG_DEADLINE_ROLL NEXT_TRADING_DAY moves it off a weekend or holiday.
 * @customfunction SVDEFFECTIVEDUE
 * @helpurl https://localhost:3000/help.html#SVDEFFECTIVEDUE
 * @param [terms] Optional two-column range of term names and values (SVD_EFFECTIVE_DATE, REG_DEADLINE_ROLL). Blank: June 1, 2001.
 * @returns A date serial (format the cell as a date).
 */
export function svdEffectiveDue(terms?: any[][]): number {
  return excelCall(terms, () => toExcelDate(secondVestingEffectivenessDeadline(readTerms(terms))));
}
