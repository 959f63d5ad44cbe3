/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: the conversion simulation, a Monte Carlo of the Conversion Price (seed 000, Exhibit A).
 * Adapters only: read the arguments (excelArgs), call one engine function, return a
 * spilled table or a CustomFunctions.Error (toExcelError). Ids after @customfunction are
 * frozen: they are stored in users' workbooks; the JSDoc is Excel's Insert Function help.
 */
import { TERM_DEFINITIONS } from "../../engine/terms/termRegistry";
import { Terms } from "../../engine/terms/terms";
import {
  ConversionSimulationSummary,
  SIMULATION_HEADINGS,
  simulateConversion,
  simulationRows,
} from "../../engine/valuation/conversionSimulation";
import { readDate, readDecimal, readNumber, readPriceSeries, readTerms } from "../excelArgs";
import { cachedSimulation } from "../simulationCache";
import { excelCall } from "../toExcelError";

/**
 * Monte Carlo of the New Debentures' Conversion Price on conversion_date (risk-neutral GBM of the closing bid, 1/252 a trading day): mean, error, P5/P50/P95 of price, shares, dilution and value, and key probabilities.
 * @customfunction CONVSIM
 * @helpurl https://localhost:3000/help.html#CONVSIM
 * @remarks Monte Carlo of the Conversion Price (April 17, 2001 letter, Exhibit A) on conversion_date. The closing bid follows risk-neutral geometric Brownian motion from the bid on or before valuation_date, one step of 1/252 year per Nasdaq trading day; window days up to valuation_date come from the history. Rows: Conversion Price, shares issued, shares ÷ outstanding, as-converted value (discounted), each with mean, standard error, P5, P50, P95; then the probabilities of the 20% approval threshold, of the reset below the initial price, of a price below FLOOR_PRICE (when given) and of a bid below $1.00. Antithetic pairs; terms MC_PATHS, MC_SEED, DIVIDEND_YIELD, FLOOR_PRICE. Ignores redemption and the holders' choice of conversion date.
 * @param dates Dates of the closing bids: one column or one row, any order; blank rows are ignored.
 * @param prices Nasdaq closing bids in USD per share, same size as dates; a blank or 0 is a missing bid.
 * @param issue_date Date the debentures were (or will be) issued; after valuation_date, its 5-day window is simulated. Dates 1990 to 2100.
 * @param valuation_date Date of the last known bid: days after it are simulated. Dates 1990 to 2100.
 * @param conversion_date Date of conversion; after valuation_date and on or after issue_date. Dates 1990 to 2100.
 * @param principal Principal amount converted, in USD (e.g. 5000000).
 * @param outstanding Shares of common stock outstanding before the conversion (e.g. 21862772).
 * @param volatility Annual volatility of the closing bid as a decimal (0.8 is 80%); above 0, at most 10.
 * @param rate Continuously compounded annual risk-free rate as a decimal (0.05 is 5%); -5% to 100%.
 * @param [terms] Optional two-column range of term names and values (MC_PATHS, MC_SEED, DIVIDEND_YIELD, FLOOR_PRICE, the CONV_ terms, SHARE_ROUNDING). Blank: 10,000 paths, seed 1.
 * @returns A 6-column table with a header row: item, mean, standard error, P5, P50, P95 (probabilities: probability and standard error).
 */
export function convSim(
  dates: any[][],
  prices: any[][],
  issue_date: any,
  valuation_date: any,
  conversion_date: any,
  principal: any,
  outstanding: any,
  volatility: any,
  rate: any,
  terms?: any[][],
): any[][] {
  return excelCall(terms, () => {
    const series = readPriceSeries(dates, prices);
    const issueDate = readDate(issue_date, "issue_date");
    const valuationDate = readDate(valuation_date, "valuation_date");
    const conversionDate = readDate(conversion_date, "conversion_date");
    const principalAmount = readDecimal(principal, "principal");
    const outstandingShares = readDecimal(outstanding, "outstanding");
    const sigma = readNumber(volatility, "volatility") || 0;
    const r = readNumber(rate, "rate") || 0; // -0 is 0
    const readTermsBlock = readTerms(terms);
    const key = [
      series,
      issueDate,
      valuationDate,
      conversionDate,
      principalAmount.toString(),
      outstandingShares.toString(),
      sigma,
      r,
      termsKey(readTermsBlock),
    ];
    const summary = cachedSimulation<ConversionSimulationSummary>(key, () =>
      simulateConversion(
        {
          series,
          issueDate,
          valuationDate,
          conversionDate,
          principal: principalAmount,
          outstanding: outstandingShares,
          volatility: sigma,
          rate: r,
        },
        readTermsBlock,
      ),
    );
    const table: (string | number)[][] = [SIMULATION_HEADINGS.slice()];
    const rows = simulationRows(summary);
    for (let i = 0; i < rows.length; i++) table.push(rows[i]);
    return table;
  });
}

/** Every term's value, as text: two blocks with the same values give the same key. */
function termsKey(terms: Terms): string {
  if (terms === Terms.defaults) return "";
  let key = "";
  for (let i = 0; i < TERM_DEFINITIONS.length; i++) key += `${String(terms.lookup(TERM_DEFINITIONS[i].name).value)}|`;
  return key;
}
