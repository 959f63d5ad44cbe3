/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: New Debentures (seed 000, Exhibit A).
 * Adapters only: read the arguments (excelArgs), call one engine function, return a
 * number or a CustomFunctions.Error (toExcelError). Ids after @customfunction are frozen:
 * they are stored in users' workbooks; the JSDoc is Excel's Insert Function help.
 */
import { AUDIT_HEADINGS, conversionPriceAudit } from "../../engine/debentures/conversionAudit";
import { conversionPriceAsNumber, initialConversionPriceAsNumber } from "../../engine/debentures/conversionPrice";
import { maturityDate, secondClosingDate } from "../../engine/debentures/debentureDates";
import { conversionShares, floorCash, floorShares } from "../../engine/debentures/debentureSettlement";
import { accruedInterest } from "../../engine/debentures/interest";
import { redemptionAmount } from "../../engine/debentures/redemption";
import { readDate, readDecimal, readPriceSeries, readTerms, toExcelDate } from "../excelArgs";
import { excelCall, toExcelNumber } from "../toExcelError";

/**
 * Conversion Price of the New Debentures (April 17, 2001 letter, Exhibit A): 120% of the 5-day average closing bid before issue; from 90 days after issue, the lesser of that and 101% of the average of the 10 lowest of 30 bids before conversion.
 * @customfunction CONVPRICE
 * @helpurl https://localhost:3000/help.html#CONVPRICE
 * @remarks Conversion Price of the New Debentures (April 17, 2001 letter, Exhibit A): 120% of the average closing bid of the 5 trading days before the issue date; from 90 days after issuance, the lesser of that and 101% of the average of the 10 lowest closing bids of the 30 trading days before the conversion date. Unrounded.
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param issue_date Date the debentures were issued (not in the 5-day window). Dates 1990 to 2100.
 * @param conversion_date Date of conversion (not in the 30-day window); on or after the issue date. Dates 1990 to 2100.
 * @param [terms] Optional two-column range of term names and values overriding the agreement (e.g. CONV_RESET_PCT). Blank: the agreement's terms.
 * @returns The Conversion Price in USD per share.
 */
export function convPrice(
  dates: any[][],
  prices: any[][],
  issue_date: any,
  conversion_date: any,
  terms?: any[][],
): number {
  return excelCall(terms, () =>
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
 * @helpurl https://localhost:3000/help.html#INITCONVPRICE
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param issue_date Date the debentures were issued (not in the 5-day window). Dates 1990 to 2100.
 * @param [terms] Optional two-column range of term names and values (CONV_INITIAL_PCT, CONV_INITIAL_WINDOW). Blank: the agreement's terms.
 * @returns The Initial Conversion Price in USD per share.
 */
export function initConvPrice(dates: any[][], prices: any[][], issue_date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    initialConversionPriceAsNumber(
      readPriceSeries(dates, prices),
      readDate(issue_date, "issue_date"),
      readTerms(terms),
    ),
  );
}

/**
 * Shares issuable on converting a principal amount of New Debentures (April 17, 2001 letter, Exhibit A): principal ÷ Conversion Price, fractions by SHARE_ROUNDING (default down: cash in lieu). Interest is not converted.
 * @customfunction CONVSHARES
 * @helpurl https://localhost:3000/help.html#CONVSHARES
 * @remarks Shares issuable on converting a principal amount of New Debentures at a Conversion Price (April 17, 2001 letter, Exhibit A): principal ÷ price. Fractions by SHARE_ROUNDING: DOWN (default; cash in lieu of the fraction), UP or NONE. Interest is not converted.
 * @param principal Principal amount converted, in USD (e.g. 5000000).
 * @param conversion_price Conversion Price in force, in USD per share (e.g. =NEOT.CONVPRICE(...)).
 * @param [terms] Optional two-column range of term names and values (SHARE_ROUNDING). Blank: whole shares, rounded down.
 * @returns A number of shares.
 */
export function convShares(principal: any, conversion_price: any, terms?: any[][]): number {
  return excelCall(terms, () =>
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
 * Shares issued when a conversion is settled at the Floor Price (April 17, 2001 letter, Exhibit A): principal ÷ Floor Price, rounded by SHARE_ROUNDING (default down); principal ÷ Conversion Price when the floor is not above it.
 * @customfunction FLOORSHARES
 * @helpurl https://localhost:3000/help.html#FLOORSHARES
 * @remarks Shares issued when the Company settles a conversion at the Floor Price (April 17, 2001 letter, Exhibit A, Floor Price): principal ÷ Floor Price, rounded by SHARE_ROUNDING (default down). If the Floor Price is not above the Conversion Price the floor does not apply: principal ÷ Conversion Price.
 * @param principal Principal amount converted, in USD.
 * @param conversion_price Conversion Price in force, in USD per share.
 * @param floor_price The agreed Floor Price, in USD per share.
 * @param [terms] Optional two-column range of term names and values (SHARE_ROUNDING). Blank: whole shares, rounded down.
 * @returns A number of shares.
 */
export function floorSharesFn(principal: any, conversion_price: any, floor_price: any, terms?: any[][]): number {
  return excelCall(terms, () =>
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
 * Cash balance of a Floor Price settlement (April 17, 2001 letter, Exhibit A): (principal ÷ Conversion Price − principal ÷ Floor Price) × the 5-day average closing bid before conversion, to the cent; 0 when the floor is not above.
 * @customfunction FLOORCASH
 * @helpurl https://localhost:3000/help.html#FLOORCASH
 * @remarks Cash balance of a Floor Price settlement (April 17, 2001 letter, Exhibit A, Floor Price): (principal ÷ Conversion Price − principal ÷ Floor Price, both unrounded) × the average closing bid of the 5 trading days before the conversion date. Rounded to the cent. 0 when the Floor Price is not above the Conversion Price. Cash in lieu of a fractional floor share is not included.
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param principal Principal amount converted, in USD.
 * @param conversion_price Conversion Price in force, in USD per share.
 * @param floor_price The agreed Floor Price, in USD per share.
 * @param conversion_date Date of conversion (not in the 5-day window). Dates 1990 to 2100.
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
  return excelCall(terms, () =>
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
 * Interest accrued on New Debentures at 5% (April 17, 2001 letter, Exhibit A), paid at conversion or maturity: principal × 5% × days ÷ 360 by default (INTEREST_DAY_COUNT). From date counted, to date not. To the cent.
 * @customfunction ACCRUEDINT
 * @helpurl https://localhost:3000/help.html#ACCRUEDINT
 * @remarks Interest accrued on New Debentures at 5% (April 17, 2001 letter, Exhibit A), paid at conversion or maturity: principal × 5% × days ÷ 360 by default (INTEREST_DAY_COUNT: ACT/360; 30/360, SIFMA's 30/360 US, which counts Feb 28 to Feb 28 as 0 days; DAYS360_EXCEL, exactly Excel's DAYS360, which counts it as −2; or ACT/365). The from date counts, the to date does not. Rounded to the cent.
 * @param principal Outstanding principal, in USD.
 * @param from_date Issue date, or the last date interest was paid. Any Excel date.
 * @param to_date Conversion, redemption or maturity date; on or after from_date. Any Excel date.
 * @param [terms] Optional two-column range of term names and values (INTEREST_RATE, INTEREST_DAY_COUNT). Blank: 5%, actual/360.
 * @returns Interest in USD.
 */
export function accruedInt(principal: any, from_date: any, to_date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
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
 * @helpurl https://localhost:3000/help.html#REDEMPTION
 * @param principal Principal redeemed, in USD.
 * @param from_date Issue date, or the last date interest was paid. Any Excel date.
 * @param redemption_date Date the redemption is paid; on or after from_date. Any Excel date.
 * @remarks Optional Redemption amount of New Debentures (April 17, 2001 letter, Exhibit A): 106% of principal plus interest accrued from from_date to the redemption date, as ACCRUEDINT (INTEREST_DAY_COUNT: ACT/360 by default; 30/360 is SIFMA's 30/360 US; DAYS360_EXCEL is exactly Excel's DAYS360; ACT/365), rounded to the cent once.
 * @param [terms] Optional two-column range of term names and values (REDEMPTION_PCT, INTEREST_RATE, INTEREST_DAY_COUNT). Blank: the agreement's terms.
 * @returns The redemption amount in USD.
 */
export function redemption(principal: any, from_date: any, redemption_date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
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
 * @helpurl https://localhost:3000/help.html#MATURITY
 * @param issue_date Date the debentures were issued. Any Excel date.
 * @param [terms] Optional two-column range of term names and values (MATURITY_YEARS). Blank: 5 years.
 * @returns A date serial (format the cell as a date).
 */
export function maturity(issue_date: any, terms?: any[][]): number {
  return excelCall(terms, () => toExcelDate(maturityDate(readDate(issue_date, "issue_date"), readTerms(terms))));
}

/**
 * Second Closing date (April 17, 2001 letter, Exhibit A, Proceeds): six months after the Initial Closing, like EDATE(initial_closing_date, 6): August 31 gives February 28 (29 in a leap year).
 * @customfunction SECONDCLOSING
 * @helpurl https://localhost:3000/help.html#SECONDCLOSING
 * @param initial_closing_date Date of the Initial Closing. Any Excel date.
 * @param [terms] Optional two-column range of term names and values (SECOND_CLOSING_MONTHS). Blank: 6 months.
 * @returns A date serial (format the cell as a date).
 */
export function secondClosing(initial_closing_date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelDate(secondClosingDate(readDate(initial_closing_date, "initial_closing_date"), readTerms(terms))),
  );
}

/**
 * How CONVPRICE was reached, as a spilled table (April 17, 2001 letter, Exhibit A): the 5-day and 30-day windows with their bids, TRUE on the 10 lowest averaged, then each average and price and the Conversion Price in force.
 * @customfunction CONVPRICEAUDIT
 * @helpurl https://localhost:3000/help.html#CONVPRICEAUDIT
 * @remarks How CONVPRICE was reached, as a table that spills (April 17, 2001 letter, Exhibit A): a header row; the 5 trading days before the issue date with their closing bids; from 90 days after issuance, the 30 trading days before the conversion date with TRUE on exactly the 10 lowest bids averaged (ties: the earlier date); then the initial average, Initial Conversion Price, average of the 10 lowest, Subsequent Conversion Price and the Conversion Price in force.
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param issue_date Date the debentures were issued. Dates 1990 to 2100.
 * @param conversion_date Date of conversion; on or after the issue date. Dates 1990 to 2100.
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
  return excelCall(terms, () => {
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
        row.date === undefined ? "" : toExcelDate(row.date),
        row.value === undefined ? "" : toExcelNumber(row.value),
        row.averaged ?? row.note ?? "",
      ]);
    }
    return table;
  });
}
