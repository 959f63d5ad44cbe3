/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: New Debentures (seed 000, Exhibit A).
 * Adapters only: read the arguments (excelArgs), call one engine function, return a
 * number or a CustomFunctions.Error (toExcelError). Ids after @customfunction are frozen:
 * they are stored in users' workbooks; the JSDoc is Excel's Insert Function help.
 */
import { AUDIT_HEADINGS, conversionPriceAudit } from "../../engine/terms/conversionAudit";
import { conversionPriceAsNumber, initialConversionPriceAsNumber } from "../../engine/terms/conversionPrice";
import { maturityDate, secondClosingDate } from "../../engine/terms/debentureDates";
import { conversionShares, floorCash, floorShares } from "../../engine/terms/debentureSettlement";
import { accruedInterest } from "../../engine/terms/interest";
import { redemptionAmount } from "../../engine/terms/redemption";
import { excelSerialFromDay } from "../../engine/time/civilDate";
import { readDate, readDecimal, readPriceSeries, readTerms } from "../excelArgs";
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
    conversionPriceAsNumber(
      readPriceSeries(dates, prices),
      readDate(issue_date, "issue_date"),
      readDate(conversion_date, "conversion_date"),
      readTerms(terms),
    ),
  );
}

/**
 * Initial Conversion Price of the New Debentures (April 17, 2001 letter, Exhibit A): 120% of the average closing bid of the 5 trading days before the issue date. Unrounded.
 * @customfunction INITCONVPRICE
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param issue_date Date the debentures were issued (not in the 5-day window).
 * @param [terms] Optional two-column range of term names and values (CONV_INITIAL_PCT, CONV_INITIAL_WINDOW). Blank: the agreement's terms.
 * @returns The Initial Conversion Price in USD per share.
 */
export function initConvPrice(dates: any[][], prices: any[][], issue_date: any, terms?: any[][]): number {
  return excelCall(() =>
    initialConversionPriceAsNumber(readPriceSeries(dates, prices), readDate(issue_date, "issue_date"), readTerms(terms)),
  );
}

/**
 * Shares issuable on converting a principal amount of New Debentures at a Conversion Price (April 17, 2001 letter, Exhibit A): principal ÷ price. Fractions by SHARE_ROUNDING: DOWN (default; cash in lieu of the fraction), UP or NONE. Interest is not converted.
 * @customfunction CONVSHARES
 * @param principal Principal amount converted, in USD (e.g. 5000000).
 * @param conversion_price Conversion Price in force, in USD per share (e.g. =NEOT.CONVPRICE(...)).
 * @param [terms] Optional two-column range of term names and values (SHARE_ROUNDING). Blank: whole shares, rounded down.
 * @returns A number of shares.
 */
export function convShares(principal: any, conversion_price: any, terms?: any[][]): number {
  return excelCall(() =>
    toExcelNumber(
      conversionShares(
        readDecimal(principal, "principal"),
        readDecimal(conversion_price, "conversion_price"),
        readTerms(terms),
      ),
    ),
  );
}

/**
 * Shares issued when the Company settles a conversion at the Floor Price (April 17, 2001 letter, Exhibit A, Floor Price): principal ÷ Floor Price, rounded by SHARE_ROUNDING (default down). If the Floor Price is not above the Conversion Price the floor does not apply: principal ÷ Conversion Price.
 * @customfunction FLOORSHARES
 * @param principal Principal amount converted, in USD.
 * @param conversion_price Conversion Price in force, in USD per share.
 * @param floor_price The agreed Floor Price, in USD per share.
 * @param [terms] Optional two-column range of term names and values (SHARE_ROUNDING). Blank: whole shares, rounded down.
 * @returns A number of shares.
 */
export function floorSharesFn(principal: any, conversion_price: any, floor_price: any, terms?: any[][]): number {
  return excelCall(() =>
    toExcelNumber(
      floorShares(
        readDecimal(principal, "principal"),
        readDecimal(conversion_price, "conversion_price"),
        readDecimal(floor_price, "floor_price"),
        readTerms(terms),
      ),
    ),
  );
}

/**
 * Cash balance of a Floor Price settlement (April 17, 2001 letter, Exhibit A, Floor Price): (principal ÷ Conversion Price − principal ÷ Floor Price, both unrounded) × the average closing bid of the 5 trading days before the conversion date. Rounded to the cent. 0 when the Floor Price is not above the Conversion Price. Cash in lieu of a fractional floor share is not included.
 * @customfunction FLOORCASH
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param principal Principal amount converted, in USD.
 * @param conversion_price Conversion Price in force, in USD per share.
 * @param floor_price The agreed Floor Price, in USD per share.
 * @param conversion_date Date of conversion (not in the 5-day window).
 * @param [terms] Optional two-column range of term names and values (FLOOR_CASH_WINDOW). Blank: the agreement's terms.
 * @returns Cash in USD.
 */
export function floorCashFn(
  dates: any[][],
  prices: any[][],
  principal: any,
  conversion_price: any,
  floor_price: any,
  conversion_date: any,
  terms?: any[][],
): number {
  return excelCall(() =>
    toExcelNumber(
      floorCash(
        readPriceSeries(dates, prices),
        readDecimal(principal, "principal"),
        readDecimal(conversion_price, "conversion_price"),
        readDecimal(floor_price, "floor_price"),
        readDate(conversion_date, "conversion_date"),
        readTerms(terms),
      ),
    ),
  );
}

/**
 * Interest accrued on New Debentures at 5% (April 17, 2001 letter, Exhibit A), paid at conversion or maturity: principal × 5% × days ÷ 360 by default (INTEREST_DAY_COUNT: ACT/360, 30/360 as Excel DAYS360, or ACT/365). The from date counts, the to date does not. Rounded to the cent.
 * @customfunction ACCRUEDINT
 * @param principal Outstanding principal, in USD.
 * @param from_date Issue date, or the last date interest was paid.
 * @param to_date Conversion, redemption or maturity date; on or after from_date.
 * @param [terms] Optional two-column range of term names and values (INTEREST_RATE, INTEREST_DAY_COUNT). Blank: 5%, actual/360.
 * @returns Interest in USD.
 */
export function accruedInt(principal: any, from_date: any, to_date: any, terms?: any[][]): number {
  return excelCall(() =>
    toExcelNumber(
      accruedInterest(
        readDecimal(principal, "principal"),
        readDate(from_date, "from_date"),
        readDate(to_date, "to_date"),
        readTerms(terms),
      ),
    ),
  );
}

/**
 * Optional Redemption amount of New Debentures (April 17, 2001 letter, Exhibit A): 106% of principal plus interest accrued from from_date to the redemption date (as ACCRUEDINT), rounded to the cent once.
 * @customfunction REDEMPTION
 * @param principal Principal redeemed, in USD.
 * @param from_date Issue date, or the last date interest was paid.
 * @param redemption_date Date the redemption is paid; on or after from_date.
 * @param [terms] Optional two-column range of term names and values (REDEMPTION_PCT, INTEREST_RATE, INTEREST_DAY_COUNT). Blank: the agreement's terms.
 * @returns The redemption amount in USD.
 */
export function redemption(principal: any, from_date: any, redemption_date: any, terms?: any[][]): number {
  return excelCall(() =>
    toExcelNumber(
      redemptionAmount(
        readDecimal(principal, "principal"),
        readDate(from_date, "from_date"),
        readDate(redemption_date, "redemption_date"),
        readTerms(terms),
      ),
    ),
  );
}

/**
 * Maturity Date of New Debentures (April 17, 2001 letter, Exhibit A): the fifth anniversary of issuance, like EDATE(issue_date, 60): an issue on February 29 matures on February 28.
 * @customfunction MATURITY
 * @param issue_date Date the debentures were issued.
 * @param [terms] Optional two-column range of term names and values (MATURITY_YEARS). Blank: 5 years.
 * @returns A date serial (format the cell as a date).
 */
export function maturity(issue_date: any, terms?: any[][]): number {
  return excelCall(() => excelSerialFromDay(maturityDate(readDate(issue_date, "issue_date"), readTerms(terms))));
}

/**
 * Second Closing date (April 17, 2001 letter, Exhibit A, Proceeds): six months after the Initial Closing, like EDATE(initial_closing_date, 6): August 31 gives February 28 (29 in a leap year).
 * @customfunction SECONDCLOSING
 * @param initial_closing_date Date of the Initial Closing.
 * @param [terms] Optional two-column range of term names and values (SECOND_CLOSING_MONTHS). Blank: 6 months.
 * @returns A date serial (format the cell as a date).
 */
export function secondClosing(initial_closing_date: any, terms?: any[][]): number {
  return excelCall(() =>
    excelSerialFromDay(secondClosingDate(readDate(initial_closing_date, "initial_closing_date"), readTerms(terms))),
  );
}

/**
 * How CONVPRICE was reached, as a table that spills (April 17, 2001 letter, Exhibit A): a header row; the 5 trading days before the issue date with their closing bids; from 90 days after issuance, the 30 trading days before the conversion date with TRUE on exactly the 10 lowest bids averaged (ties: the earlier date); then the initial average, Initial Conversion Price, average of the 10 lowest, Subsequent Conversion Price and the Conversion Price in force.
 * @customfunction CONVPRICEAUDIT
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param issue_date Date the debentures were issued.
 * @param conversion_date Date of conversion; on or after the issue date.
 * @param [terms] Optional two-column range of term names and values (the CONV_ terms). Blank: the agreement's terms.
 * @returns A 4-column table: item, date serial (format as a date), USD per share, TRUE when averaged (or a note).
 */
export function convPriceAudit(
  dates: any[][],
  prices: any[][],
  issue_date: any,
  conversion_date: any,
  terms?: any[][],
): any[][] {
  return excelCall(() => {
    const rows = conversionPriceAudit(
      readPriceSeries(dates, prices),
      readDate(issue_date, "issue_date"),
      readDate(conversion_date, "conversion_date"),
      readTerms(terms),
    );
    const table: (number | string | boolean)[][] = [[...AUDIT_HEADINGS]];
    for (const row of rows) {
      table.push([
        row.item,
        row.date === undefined ? "" : excelSerialFromDay(row.date),
        row.value === undefined ? "" : toExcelNumber(row.value),
        row.averaged ?? row.note ?? "",
      ]);
    }
    return table;
  });
}
