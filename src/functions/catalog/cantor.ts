/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: Cantor Controlled Equity Offering (seed 003).
 * Adapters only: read the arguments (excelArgs), call one engine function, return a
 * number or a CustomFunctions.Error (toExcelError). Ids after @customfunction are frozen:
 * they are stored in users' workbooks; the JSDoc is Excel's Insert Function help.
 */
import { Decimal } from "../../engine/decimal";
import { ceoCommission } from "../../engine/terms/ceoCommission";
import { readDecimal, readOptionalDecimal } from "../excelArgs";
import { excelCall, toExcelNumber } from "../toExcelError";

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
