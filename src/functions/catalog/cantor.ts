/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: Cantor Controlled Equity Offering (seed 003).
 * Adapters only: read the arguments (excelArgs), call one engine function, return a
 * number or a CustomFunctions.Error (toExcelError). Ids after @customfunction are frozen:
 * they are stored in users' workbooks; the JSDoc is Excel's Insert Function help.
 */
import { Decimal } from "../../engine/decimal";
import { volumeWeightedAverage } from "../../engine/series/vwap";
import { cantorWarrantExercisePrice, cantorWarrantShares } from "../../engine/cantor/cantorWarrants";
import { ceoCommission, salesAgreementTiers } from "../../engine/cantor/ceoCommission";
import { isWithinNasdCap, nasdCapHeadroom } from "../../engine/cantor/nasdCap";
import { otherAgreementCommission } from "../../engine/cantor/otherAgreementCommission";
import { readDecimal, readOptionalDecimal, readSales, readTerms } from "../excelArgs";
import { excelCall, toExcelNumber } from "../toExcelError";

/**
 * Cantor's commission on one placement under the Sales Agreement (Nov 1, 2001 prospectus supplement): 4% of cumulative gross sales up to $10 million, 3.5% to $20 million, 3% to $25 million. Rounded to the cent.
 * @customfunction CEOFEE
 * @helpurl https://localhost:3000/help.html#CEOFEE
 * @param proceeds Gross sales of this placement, in USD.
 * @param [prior_proceeds] Gross sales already made under the Sales Agreement, in USD. Blank: 0.
 * @param [terms] Optional two-column range of term names and values (CEO_TIER1_MAX, CEO_TIER1_RATE, CEO_TIER2_MAX, CEO_TIER2_RATE, CEO_TIER3_RATE, CEO_MAX_PROCEEDS). Blank: the agreement's bands.
 * @returns The commission in USD.
 */
export function ceoFee(proceeds: any, prior_proceeds?: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelNumber(
      ceoCommission(
        readDecimal(proceeds, "proceeds"),
        readOptionalDecimal(prior_proceeds, "prior_proceeds", new Decimal(0)),
        salesAgreementTiers(readTerms(terms)),
      ),
    ),
  );
}

/**
 * Volume-weighted average price of sales: the sum of price × volume ÷ the sum of volumes, unrounded. Cantor's Warrants are priced at 130% of it (Nov 1, 2001 prospectus supplement, Plan of Distribution).
 * @customfunction VWAP
 * @helpurl https://localhost:3000/help.html#VWAP
 * @remarks Volume-weighted average price of sales: the sum of price × volume divided by the sum of volumes, unrounded. Cantor's Warrants are priced at 130% of the volume-weighted average sales price of the shares it sold (Nov 1, 2001 prospectus supplement, Plan of Distribution).
 * @param prices Sale prices in USD per share: one column or one row; rows where both price and volume are blank are ignored.
 * @param volumes Shares sold at each price, same size as prices.
 * @returns The average price in USD per share.
 */
export function vwap(prices: any[][], volumes: any[][]): number {
  return excelCall(() => toExcelNumber(volumeWeightedAverage(readSales(prices, volumes)).price));
}

/**
 * Shares under the Warrants Cantor receives: 10% of the shares it sold, rounded down to a whole share (Nov 1, 2001 prospectus supplement, Plan of Distribution; the same for the Other Agreement).
 * @customfunction CEOWARRANTS
 * @helpurl https://localhost:3000/help.html#CEOWARRANTS
 * @param shares_sold Shares Cantor sold (a whole number), e.g. =SUM of the volumes.
 * @param [terms] Optional two-column range of term names and values (CEO_WARRANT_PCT, CEO_WARRANT_ROUNDING: DOWN, NEAREST or UP). Blank: the agreement's terms.
 * @returns A whole number of warrant shares.
 */
export function ceoWarrants(shares_sold: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelNumber(cantorWarrantShares(readDecimal(shares_sold, "shares_sold"), readTerms(terms))),
  );
}

/**
 * Exercise price of Cantor's Warrants: 130% of the volume-weighted average sales price of the shares Cantor sold, unrounded (Nov 1, 2001 prospectus supplement, Plan of Distribution).
 * @customfunction CEOWARRANTPRICE
 * @helpurl https://localhost:3000/help.html#CEOWARRANTPRICE
 * @param vwap The volume-weighted average sales price in USD per share, e.g. =NEOT.VWAP(prices, volumes).
 * @param [terms] Optional two-column range of term names and values (CEO_WARRANT_PRICE_PCT). Blank: the agreement's terms.
 * @returns The exercise price in USD per share.
 */
export function ceoWarrantPrice(vwap: any, terms?: any[][]): number {
  return excelCall(terms, () => toExcelNumber(cantorWarrantExercisePrice(readDecimal(vwap, "vwap"), readTerms(terms))));
}

/**
 * Cantor's commission on one sale under the Other Agreement: a flat 4% of gross proceeds, on cumulative sales of up to $8.4 million (Nov 1, 2001 prospectus supplement, Plan of Distribution). Rounded to the cent.
 * @customfunction CEOOTHERFEE
 * @helpurl https://localhost:3000/help.html#CEOOTHERFEE
 * @param proceeds Gross proceeds of this sale, in USD.
 * @param [prior_proceeds] Gross proceeds of earlier sales under the Other Agreement, in USD. Blank: 0.
 * @param [terms] Optional two-column range of term names and values (CEO_OTHER_RATE, CEO_OTHER_MAX). Blank: the agreement's terms.
 * @returns The commission in USD.
 */
export function ceoOtherFee(proceeds: any, prior_proceeds?: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelNumber(
      otherAgreementCommission(
        readDecimal(proceeds, "proceeds"),
        readOptionalDecimal(prior_proceeds, "prior_proceeds", new Decimal(0)),
        readTerms(terms),
      ),
    ),
  );
}

/**
 * TRUE when underwriting compensation is within the NASD's 8% cap: compensation at most 8% of gross proceeds (Nov 1, 2001 prospectus supplement, Plan of Distribution). Add up what the NASD counts as compensation yourself.
 * @customfunction NASDCAP
 * @helpurl https://localhost:3000/help.html#NASDCAP
 * @param compensation Total underwriting compensation, in USD.
 * @param gross_proceeds Gross proceeds of the offering, in USD.
 * @param [terms] Optional two-column range of term names and values (NASD_CAP_PCT). Blank: the agreement's terms.
 * @returns TRUE when within the cap (exactly 8% is within), FALSE when over.
 */
export function nasdCap(compensation: any, gross_proceeds: any, terms?: any[][]): boolean {
  return excelCall(terms, () =>
    isWithinNasdCap(
      readDecimal(compensation, "compensation"),
      readDecimal(gross_proceeds, "gross_proceeds"),
      readTerms(terms),
    ),
  );
}

/**
 * How much more compensation the NASD's 8% cap allows: 8% of gross proceeds minus the compensation, rounded to the cent; negative when over the cap (Nov 1, 2001 prospectus supplement, Plan of Distribution).
 * @customfunction NASDHEADROOM
 * @helpurl https://localhost:3000/help.html#NASDHEADROOM
 * @param compensation Total underwriting compensation, in USD.
 * @param gross_proceeds Gross proceeds of the offering, in USD.
 * @param [terms] Optional two-column range of term names and values (NASD_CAP_PCT). Blank: the agreement's terms.
 * @returns The headroom in USD (negative: the excess).
 */
export function nasdHeadroom(compensation: any, gross_proceeds: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelNumber(
      nasdCapHeadroom(
        readDecimal(compensation, "compensation"),
        readDecimal(gross_proceeds, "gross_proceeds"),
        readTerms(terms),
      ),
    ),
  );
}
