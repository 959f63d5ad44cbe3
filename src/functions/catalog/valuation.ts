/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: valuation and scenarios, what the financings cost and how far they dilute when the price moves (seed 000, Exhibit A; seed 003).
 * Seed 003: risk factors and Plan of Distribution. Adapters only: read the arguments (excelArgs), call one engine function,
 * return a number, a table or a CustomFunctions.Error (toExcelError). Ids after
 * @customfunction are frozen: they are stored in users' workbooks; the JSDoc is Excel's
 * Insert Function help.
 */
import { TermsError, check } from "../../engine/errors";
import { messages } from "../../engine/messages";
import {
  OptionInputs,
  blackScholesCall,
  blackScholesGreeks,
  blackScholesPut,
  yearsToExpiry,
} from "../../engine/valuation/blackScholes";
import { closingBidOnOrBefore } from "../../engine/series/closingBid";
import { DILUTION_HEADINGS, dilutionGrid } from "../../engine/valuation/dilutionGrid";
import { DEFAULT_VOLATILITY_DAYS, historicalVolatility } from "../../engine/valuation/historicalVolatility";
import { pricePath } from "../../engine/valuation/pricePath";
import { warrantValue } from "../../engine/valuation/warrantValue";
import { CellVector } from "../cellVector";
import {
  isBlank,
  readCell,
  readDate,
  readDecimal,
  readNumber,
  readPriceSeries,
  readTerms,
  toExcelDate,
} from "../excelArgs";
import { excelCall, toExcelNumber } from "../toExcelError";

type Table = (number | string | boolean)[][];

/** An optional number: blank (or 0, an empty cell on desktop) is `fallback`. */
function readOptionalNumber(value: unknown, what: string, fallback: number): number {
  const v = readCell(value, what);
  return isBlank(v) || v === 0 ? fallback : readNumber(v, what);
}

/** The option arguments shared by BSCALL, BSPUT, BSGREEKS and WARRANTVALUE. */
function readOption(
  spot: unknown,
  strike: unknown,
  valuationDate: unknown,
  expiryDate: unknown,
  volatility: unknown,
  rate: unknown,
  dividendYield: unknown,
): OptionInputs {
  const s = readNumber(spot, "spot");
  const k = readNumber(strike, "strike");
  const years = yearsToExpiry(readDate(valuationDate, "valuation_date"), readDate(expiryDate, "expiry_date"));
  return {
    spot: s,
    strike: k,
    years,
    volatility: readNumber(volatility, "volatility"),
    rate: readNumber(rate, "rate"),
    dividendYield: readOptionalNumber(dividendYield, "dividend_yield", 0),
  };
}

/** The price levels of a one-row or one-column range; empty cells (blank or 0) skipped. */
function readPriceLevels(value: unknown): number[] {
  const cells = CellVector.of(value, "price_levels");
  const levels: number[] = [];
  for (let i = 0; i < cells.used; i++) {
    const v = cells.cellAt(i);
    if (isBlank(v) || v === 0) continue;
    check(typeof v === "number" && v > 0 && v < Infinity, "invalid", () => messages.badPriceLevel(i + 1, v));
    levels.push(v);
  }
  if (levels.length === 0) throw new TermsError("invalid", messages.noPriceLevels());
  return levels;
}

/**
 * Per Share Market Value on a date (April 17, 2001 letter, Exhibit A): the Nasdaq closing bid on the date, or on the last trading day before it when Nasdaq was closed. Unrounded.
 * @customfunction CLOSINGBID
 * @helpurl https://localhost:3000/help.html#CLOSINGBID
 * @remarks Per Share Market Value on a date (April 17, 2001 letter, Exhibit A: the closing bid on the Nasdaq National Market): the closing bid on the date, or on the last trading day before it when Nasdaq was closed that day. Unrounded. The spot price a valuation (BSCALL, WARRANTVALUE) or a scenario starts from. A missing bid on that trading day is #N/A naming the date.
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param date The date; a day Nasdaq was closed means the trading day before it. Dates 1990 to 2100.
 * @param [terms] Optional two-column range of term names and values (DATE_SYSTEM). Blank: the 1900 date system.
 * @returns The closing bid in USD per share.
 */
export function closingBid(dates: any[][], prices: any[][], date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelNumber(closingBidOnOrBefore(readPriceSeries(dates, prices), readDate(date, "date"))),
  );
}

/**
 * Annualized historical volatility of the Nasdaq closing bid: sample standard deviation (n−1) of the daily log changes over consecutive trading days ending on end_date, × √252. A fraction (0.8 = 80%).
 * @customfunction HISTVOL
 * @helpurl https://localhost:3000/help.html#HISTVOL
 * @remarks Annualized historical volatility of the Nasdaq closing bid (the Per Share Market Value of the April 17, 2001 letter, Exhibit A): the sample standard deviation (n − 1) of the `days` daily log changes ln(bid ÷ previous bid) over consecutive Nasdaq trading days ending with the bid on end_date (days + 1 bids), × √252. A fraction (0.8 = 80%). A missing bid in the window is #N/A naming the date; a series growing by a constant step gives 0.
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param end_date Date of the last bid used; a day Nasdaq was closed means the trading day before it. Dates 1990 to 2100.
 * @param [days] Number of daily changes, a whole number of 2 or more. Blank or 0: 60.
 * @param [terms] Optional two-column range of term names and values (DATE_SYSTEM). Blank: the 1900 date system.
 * @returns The volatility a year, as a fraction (format as %).
 */
export function histVol(dates: any[][], prices: any[][], end_date: any, days?: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    historicalVolatility(
      readPriceSeries(dates, prices),
      readDate(end_date, "end_date"),
      readOptionalNumber(days, "days", DEFAULT_VOLATILITY_DAYS),
    ),
  );
}

/**
 * Black-Scholes-Merton value of a European call, per share. T = calendar days ÷ 365; rate and dividend yield continuously compounded. At expiry: max(spot − strike, 0). Used for the New Warrants and Cantor's warrants.
 * @customfunction BSCALL
 * @helpurl https://localhost:3000/help.html#BSCALL
 * @remarks Black-Scholes-Merton value of a European call per share: S·e^(−qT)·N(d1) − K·e^(−rT)·N(d2), with T = (expiry − valuation) calendar days ÷ 365 and the rate r and dividend yield q continuously compounded. An expiry on the valuation date gives max(spot − strike, 0). The agreements do not value their warrants (New Warrants: April 17, 2001 letter, Exhibit A; Cantor's: Nov 1, 2001 prospectus supplement); this is the standard model.
 * @param spot Stock price (e.g. the closing bid), in USD per share; greater than 0.
 * @param strike Exercise price, in USD per share; greater than 0.
 * @param valuation_date Date of the valuation. Any Excel date.
 * @param expiry_date Expiry date; on or after the valuation date. Any Excel date.
 * @param volatility Annualized volatility as a fraction (0.8 = 80%): above 0, at most 10 (e.g. =NEOT.HISTVOL(...)).
 * @param rate Risk-free rate a year, continuously compounded, as a fraction from -0.05 to 1 (5% = 0.05).
 * @param [dividend_yield] Dividend yield a year, continuously compounded, a fraction from 0 to 1. Blank: 0.
 * @param [terms] Optional two-column range of term names and values (DATE_SYSTEM). Blank: the 1900 date system.
 * @returns The call's value in USD per share.
 */
export function bsCall(
  spot: any,
  strike: any,
  valuation_date: any,
  expiry_date: any,
  volatility: any,
  rate: any,
  dividend_yield?: any,
  terms?: any[][],
): number {
  return excelCall(terms, () =>
    blackScholesCall(readOption(spot, strike, valuation_date, expiry_date, volatility, rate, dividend_yield)),
  );
}

/**
 * Black-Scholes-Merton value of a European put, per share, with the conventions of BSCALL (T = calendar days ÷ 365, continuous compounding). At expiry: max(strike − spot, 0).
 * @customfunction BSPUT
 * @helpurl https://localhost:3000/help.html#BSPUT
 * @remarks Black-Scholes-Merton value of a European put per share: K·e^(−rT)·N(−d2) − S·e^(−qT)·N(−d1), with the conventions of NEOT.BSCALL (T = calendar days ÷ 365; rate and dividend yield continuously compounded); BSCALL − BSPUT = S·e^(−qT) − K·e^(−rT) (put-call parity). An expiry on the valuation date gives max(strike − spot, 0).
 * @param spot Stock price (e.g. the closing bid), in USD per share; greater than 0.
 * @param strike Exercise price, in USD per share; greater than 0.
 * @param valuation_date Date of the valuation. Any Excel date.
 * @param expiry_date Expiry date; on or after the valuation date. Any Excel date.
 * @param volatility Annualized volatility as a fraction (0.8 = 80%): above 0, at most 10 (e.g. =NEOT.HISTVOL(...)).
 * @param rate Risk-free rate a year, continuously compounded, as a fraction from -0.05 to 1 (5% = 0.05).
 * @param [dividend_yield] Dividend yield a year, continuously compounded, a fraction from 0 to 1. Blank: 0.
 * @param [terms] Optional two-column range of term names and values (DATE_SYSTEM). Blank: the 1900 date system.
 * @returns The put's value in USD per share.
 */
export function bsPut(
  spot: any,
  strike: any,
  valuation_date: any,
  expiry_date: any,
  volatility: any,
  rate: any,
  dividend_yield?: any,
  terms?: any[][],
): number {
  return excelCall(terms, () =>
    blackScholesPut(readOption(spot, strike, valuation_date, expiry_date, volatility, rate, dividend_yield)),
  );
}

/**
 * A European call's Black-Scholes-Merton value and greeks as labelled rows that spill: value, delta, gamma, vega per 1 point of volatility, theta per calendar day, rho per 1 point of rate. Arguments as BSCALL.
 * @customfunction BSGREEKS
 * @helpurl https://localhost:3000/help.html#BSGREEKS
 * @remarks A European call's Black-Scholes-Merton value and greeks, per share, as six labelled rows that spill (label, number): value (as NEOT.BSCALL), delta (∂c/∂S), gamma (∂²c/∂S²), vega per 1 percentage point of volatility (∂c/∂σ ÷ 100), theta per calendar day passing (∂c/∂t ÷ 365, usually negative) and rho per 1 percentage point of rate (∂c/∂r ÷ 100). At expiry: delta 1 in the money, else 0; the others 0.
 * @param spot Stock price (e.g. the closing bid), in USD per share; greater than 0.
 * @param strike Exercise price, in USD per share; greater than 0.
 * @param valuation_date Date of the valuation. Any Excel date.
 * @param expiry_date Expiry date; on or after the valuation date. Any Excel date.
 * @param volatility Annualized volatility as a fraction (0.8 = 80%): above 0, at most 10 (e.g. =NEOT.HISTVOL(...)).
 * @param rate Risk-free rate a year, continuously compounded, as a fraction from -0.05 to 1 (5% = 0.05).
 * @param [dividend_yield] Dividend yield a year, continuously compounded, a fraction from 0 to 1. Blank: 0.
 * @param [terms] Optional two-column range of term names and values (DATE_SYSTEM). Blank: the 1900 date system.
 * @returns A 2-column table of six rows: the label and the value (USD per share; delta in shares; gamma per USD).
 */
export function bsGreeks(
  spot: any,
  strike: any,
  valuation_date: any,
  expiry_date: any,
  volatility: any,
  rate: any,
  dividend_yield?: any,
  terms?: any[][],
): any[][] {
  return excelCall(terms, () => {
    const g = blackScholesGreeks(
      readOption(spot, strike, valuation_date, expiry_date, volatility, rate, dividend_yield),
    );
    const table: Table = [
      ["Value", g.value],
      ["Delta", g.delta],
      ["Gamma", g.gamma],
      ["Vega (per 1 vol point)", g.vega],
      ["Theta (per calendar day)", g.theta],
      ["Rho (per 1 rate point)", g.rho],
    ];
    return table;
  });
}

/**
 * Value per warrant adjusted for the dilution of its exercise (Hull): W = N/(N+M) × BSCALL(S + M·W/N), N = outstanding, M = warrants, solved to a relative 1e-12. warrants = 0 gives BSCALL.
 * @customfunction WARRANTVALUE
 * @helpurl https://localhost:3000/help.html#WARRANTVALUE
 * @remarks Value per warrant adjusted for the dilution its exercise causes, by the practitioner's formula (Hull, Options, Futures, and Other Derivatives: warrants and dilution): the W that solves W = N/(N+M) × c(S + M·W/N), with N = outstanding, M = warrants and c = NEOT.BSCALL with the other inputs, solved to a relative 1e-12. warrants = 0 gives BSCALL. For the New Warrants (April 17, 2001 letter, Exhibit A) and Cantor's warrants (Nov 1, 2001 prospectus supplement).
 * @param spot Stock price (e.g. the closing bid), in USD per share; greater than 0.
 * @param strike Exercise price, in USD per share; greater than 0 (e.g. =NEOT.WARRANTPRICE(...)).
 * @param valuation_date Date of the valuation. Any Excel date.
 * @param expiry_date Expiry date; on or after the valuation date (e.g. =NEOT.WARRANTEXPIRY(...)). Any Excel date.
 * @param volatility Annualized volatility of the stock as a fraction (0.8 = 80%): above 0, at most 10.
 * @param rate Risk-free rate a year, continuously compounded, as a fraction from -0.05 to 1 (5% = 0.05).
 * @param warrants Warrants outstanding, each for one share: 0 or more, at most 1,000,000 × outstanding (e.g. =NEOT.WARRANTSHARES(...)).
 * @param outstanding Shares outstanding before exercise, greater than 0.
 * @param [dividend_yield] Dividend yield a year, continuously compounded, a fraction from 0 to 1. Blank: 0.
 * @param [terms] Optional two-column range of term names and values (DATE_SYSTEM). Blank: the 1900 date system.
 * @returns The value in USD per warrant.
 */
export function warrantValueFn(
  spot: any,
  strike: any,
  valuation_date: any,
  expiry_date: any,
  volatility: any,
  rate: any,
  warrants: any,
  outstanding: any,
  dividend_yield?: any,
  terms?: any[][],
): number {
  return excelCall(terms, () =>
    warrantValue(
      readOption(spot, strike, valuation_date, expiry_date, volatility, rate, dividend_yield),
      readNumber(warrants, "warrants"),
      readNumber(outstanding, "outstanding"),
    ),
  );
}

/**
 * Dilution table of the New Debentures (April 17, 2001 letter, Exhibit A) that spills: per price level, the Conversion Price if the bid stays there, shares issued, % of outstanding before and after, TRUE at 20%; floor columns with floor_price.
 * @customfunction DILUTIONGRID
 * @helpurl https://localhost:3000/help.html#DILUTIONGRID
 * @remarks The dilution table of a fairness opinion or a proxy statement, as a table that spills: a header row, then per price level: the level; the Conversion Price in force if the closing bid stays at the level through the reset window (the lesser of the initial price and CONV_RESET_PCT × the level: April 17, 2001 letter, Exhibit A); the shares issued (SHARE_ROUNDING); shares ÷ outstanding; shares ÷ (outstanding + shares); TRUE where the shares reach NASDAQ_APPROVAL_PCT (20%) of the outstanding stock (Nov 1, 2001 prospectus supplement, risk factors); with a floor_price, the shares of a Floor Price settlement and its cash balance with the 5-day average bid at the level (as FLOORSHARES and FLOORCASH).
 * @param principal Principal amount converted, in USD (e.g. 10000000).
 * @param initial_conversion_price Initial Conversion Price in USD per share (e.g. =NEOT.INITCONVPRICE(...)).
 * @param outstanding Shares outstanding before the issue (a whole number).
 * @param price_levels Closing bids to assume, in USD per share: one column or one row, each above 0; blank cells are skipped.
 * @param [floor_price] The agreed Floor Price in USD per share. Blank or 0: no Floor Price columns.
 * @param [terms] Optional two-column range of term names and values (CONV_RESET_PCT, SHARE_ROUNDING, NASDAQ_APPROVAL_PCT…). Blank: the agreement's terms.
 * @returns A table with a header row: level, Conversion Price (USD per share), shares, two fractions (format as %), TRUE/FALSE, and with a Floor Price its shares and cash in USD.
 */
export function dilutionGridFn(
  principal: any,
  initial_conversion_price: any,
  outstanding: any,
  price_levels: any[][],
  floor_price?: any,
  terms?: any[][],
): any[][] {
  return excelCall(terms, () => {
    const floor = readCell(floor_price, "floor_price");
    const rows = dilutionGrid(
      readDecimal(principal, "principal"),
      readDecimal(initial_conversion_price, "initial_conversion_price"),
      readDecimal(outstanding, "outstanding"),
      readPriceLevels(price_levels),
      isBlank(floor) || floor === 0 ? undefined : readDecimal(floor, "floor_price"),
      readTerms(terms),
    );
    const withFloor = rows[0].floor !== undefined;
    const table: Table = [DILUTION_HEADINGS.slice(0, withFloor ? 8 : 6)];
    for (const row of rows) {
      const cells: (number | boolean)[] = [
        toExcelNumber(row.level),
        toExcelNumber(row.conversionPrice),
        toExcelNumber(row.shares),
        row.ofOutstanding,
        row.ofEnlarged,
        row.reachesApproval,
      ];
      if (row.floor) cells.push(toExcelNumber(row.floor.shares), toExcelNumber(row.floor.cash));
      table.push(cells);
    }
    return table;
  });
}

/**
 * A stress scenario as two spilled columns, dates and closing bids, that CONVPRICE and the schedules accept: the history to from_date, then each trading day to to_date moving geometrically to the last bid × (1 + change).
 * @customfunction PRICEPATH
 * @helpurl https://localhost:3000/help.html#PRICEPATH
 * @remarks A stress scenario of the closing bid as two spilled columns, dates and bids, with no header, that NEOT.CONVPRICE and the schedules accept (e.g. through CHOOSECOLS): the history's bids up to from_date (days with a bid, oldest first), then each Nasdaq trading day after from_date through to_date, the bid moving geometrically from the last bid on or before from_date to last × (1 + change): day i of n is last × (1 + change)^(i/n), at most 2,520 days (about 10 years). Bids unrounded unless PRICE_PATH_ROUND_CENTS is TRUE.
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param from_date Last date of the history kept; the scenario starts the next trading day. Dates 1990 to 2100.
 * @param to_date Last date of the scenario; on or after from_date, at most 2,520 trading days (about 10 years) after it. Dates 1990 to 2100.
 * @param change Move from the last bid to the bid on to_date, a fraction above -1 (-0.5 = a 50% fall; 0.2 = a 20% rise).
 * @param [terms] Optional two-column range of term names and values (PRICE_PATH_ROUND_CENTS). Blank: unrounded bids.
 * @returns A 2-column table without a header: date serials (format as dates) and closing bids in USD per share.
 */
export function pricePathFn(
  dates: any[][],
  prices: any[][],
  from_date: any,
  to_date: any,
  change: any,
  terms?: any[][],
): any[][] {
  return excelCall(terms, () => {
    const path = pricePath(
      readPriceSeries(dates, prices),
      readDate(from_date, "from_date"),
      readDate(to_date, "to_date"),
      readNumber(change, "change"),
      readTerms(terms),
    );
    const table: Table = new Array(path.length);
    for (let i = 0; i < path.length; i++) table[i] = [toExcelDate(path[i].date), path[i].bid];
    return table;
  });
}
