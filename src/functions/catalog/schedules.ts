/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: the schedules behind the totals (seed 000, Exhibit A and §5),
 * as tables that spill: the Conversion Price day by day and the Registration Delay
 * Payments one by one. Adapters only: read the arguments (excelArgs), call one engine
 * function, return a table or a CustomFunctions.Error (toExcelError). Ids after
 * @customfunction are frozen: they are stored in users' workbooks; the JSDoc is Excel's
 * Insert Function help.
 */
import { Decimal } from "../../engine/decimal";
import { SERIES_HEADINGS, conversionPriceSeriesAsNumbers } from "../../engine/debentures/conversionPriceSeries";
import {
  DELAY_SCHEDULE_HEADINGS,
  DMV_SCHEDULE_HEADINGS,
  DelayScheduleRow,
  deemedMarketValueDelaySchedule,
  registrationDelaySchedule,
} from "../../engine/registration/delayPaymentSchedule";
import { readDate, readDecimal, readOptionalDate, readPriceSeries, readTerms, toExcelDate } from "../excelArgs";
import { readDelayPeriod } from "./registration";
import { excelCall, toExcelNumber } from "../toExcelError";

type Table = (number | string | boolean)[][];

/** A payment schedule with its heading row; no payment due is the heading row alone. */
function scheduleTable(headings: readonly string[], rows: readonly DelayScheduleRow[]): Table {
  const table: Table = [[...headings]];
  // Rows share their basis and their full payment (the same Decimal): each converted once.
  const basis = convertedOnce();
  const amount = convertedOnce();
  for (const row of rows) {
    table.push([toExcelDate(row.date), basis(row.basis), amount(row.amount), toExcelNumber(row.runningTotal)]);
  }
  return table;
}

/** toExcelNumber that converts a value again only when it is another Decimal than the last. */
function convertedOnce(): (value: Decimal) => number {
  let last: Decimal | undefined;
  let number = 0;
  return (value) => {
    if (value !== last) {
      last = value;
      number = toExcelNumber(value);
    }
    return number;
  };
}

/**
 * Conversion Price of the New Debentures on each Nasdaq trading day from the issue date, as a spilled table (April 17, 2001 letter, Exhibit A): date, closing bid, Conversion Price that day (as CONVPRICE), TRUE where the 90-day reset lowered it.
 * @customfunction CONVPRICESERIES
 * @helpurl https://localhost:3000/help.html#CONVPRICESERIES
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param issue_date Date the debentures were issued: the first row when Nasdaq was open that day. Dates 1990 to 2100.
 * @param [end_date] Last date shown. Blank: the last date with a closing bid. Dates 1990 to 2100.
 * @param [terms] Optional two-column range of term names and values (the CONV_ terms). Blank: the agreement's terms.
 * @returns A 4-column table with a heading row: date serial (format as a date), closing bid (blank if missing), Conversion Price in USD per share, TRUE when the reset applied.
 */
export function convPriceSeries(
  dates: any[][],
  prices: any[][],
  issue_date: any,
  end_date?: any,
  terms?: any[][],
): any[][] {
  return excelCall(terms, () => {
    const rows = conversionPriceSeriesAsNumbers(
      readPriceSeries(dates, prices),
      readDate(issue_date, "issue_date"),
      readOptionalDate(end_date, "end_date"),
      readTerms(terms),
    );
    const table: Table = [[...SERIES_HEADINGS]];
    for (const row of rows) {
      table.push([toExcelDate(row.date), row.bid === undefined ? "" : row.bid, row.price, row.resetApplied]);
    }
    return table;
  });
}

/**
 * Registration Delay Payments that DELAYPMT totals, one row per payment, as a spilled table (April 17, 2001 letter, Exhibit A): payment date, basis, payment (2% of basis, unrounded), running total to the cent; the last equals DELAYPMT.
 * @customfunction DELAYSCHEDULE
 * @helpurl https://localhost:3000/help.html#DELAYSCHEDULE
 * @remarks Registration Delay Payments that DELAYPMT totals, one row per payment, as a spilled table (April 17, 2001 letter, Exhibit A): payment date, basis, payment (2% of basis, unrounded), running total to the cent; the last equals DELAYPMT.
 * Lists at most 600 payments (50 years of monthly payments); a longer schedule is #VALUE! with a message (its total is still the total function's).
 * @param basis Aggregate purchase price of the tranche, in USD (e.g. 10000000).
 * @param event_date Date the registration Event occurred. Any Excel date.
 * @param [cure_date] Date the Event was cured; payments due on or after it are not owed. Blank: not cured. Any Excel date.
 * @param [as_of_date] Show payments due on or before this date. Blank: up to the cure date. Give at least one of cure_date and as_of_date. Any Excel date.
 * @param [terms] Optional two-column range of term names and values (DELAY_PCT, DELAY_PRORATE). Blank: the agreement's terms.
 * @returns A 4-column table with a heading row: payment date serial, basis in USD, payment in USD, running total in USD.
 */
export function delaySchedule(
  basis: any,
  event_date: any,
  cure_date?: any,
  as_of_date?: any,
  terms?: any[][],
): any[][] {
  return excelCall(terms, () =>
    scheduleTable(
      DELAY_SCHEDULE_HEADINGS,
      registrationDelaySchedule(
        readDecimal(basis, "basis"),
        readDelayPeriod(event_date, cure_date, as_of_date),
        readTerms(terms),
      ),
    ),
  );
}

/**
 * Registration Delay Payments on the Second Vesting Date Shares that DELAYPMTDMV totals, one row per payment, as a spilled table (April 17, 2001 letter §5): date, bid used, payment (unrounded), running total to the cent; the last equals DELAYPMTDMV.
 * @customfunction DELAYSCHEDULEDMV
 * @helpurl https://localhost:3000/help.html#DELAYSCHEDULEDMV
 * @remarks Registration Delay Payments on the Second Vesting Date Shares that DELAYPMTDMV totals, one row per payment, as a spilled table (April 17, 2001 letter §5): date, bid used, payment (unrounded), running total to the cent; the last equals DELAYPMTDMV.
 * Lists at most 600 payments (50 years of monthly payments); a longer schedule is #VALUE! with a message (its total is still the total function's).
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param shares Second Vesting Date Shares of the holder (450000 for each purchaser).
 * @param event_date Date the registration Event occurred (if Nasdaq was closed, the last trading day before it gives the bid). Dates 1990 to 2100.
 * @param [cure_date] Date the Event was cured. Blank: not cured. Dates 1990 to 2100.
 * @param [as_of_date] Show payments due on or before this date. Blank: up to the cure date. Give at least one of cure_date and as_of_date. Dates 1990 to 2100.
 * @param [terms] Optional two-column range of term names and values (DELAY_PCT, DELAY_PRORATE). Blank: the agreement's terms.
 * @returns A 4-column table with a heading row: payment date serial, bid used in USD per share, payment in USD, running total in USD.
 */
export function delayScheduleDmv(
  dates: any[][],
  prices: any[][],
  shares: any,
  event_date: any,
  cure_date?: any,
  as_of_date?: any,
  terms?: any[][],
): any[][] {
  return excelCall(terms, () =>
    scheduleTable(
      DMV_SCHEDULE_HEADINGS,
      deemedMarketValueDelaySchedule(
        readPriceSeries(dates, prices),
        readDecimal(shares, "shares"),
        readDelayPeriod(event_date, cure_date, as_of_date),
        readTerms(terms),
      ),
    ),
  );
}
