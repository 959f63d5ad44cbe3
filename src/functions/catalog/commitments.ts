/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: commitment payments (seed 000 §1(c)).
 * Adapters only: read the arguments (excelArgs), call one engine function, return a
 * number or a CustomFunctions.Error (toExcelError). Ids after @customfunction are frozen:
 * they are stored in users' workbooks; the JSDoc is Excel's Insert Function help.
 */
import { Closings, commitmentPayment, commitmentPaymentTotal } from "../../engine/letter/commitments";
import { readDate, readOptionalDate, readTerms } from "../excelArgs";
import { excelCall, toExcelNumber } from "../toExcelError";

function readClosings(initial: unknown, second: unknown): Closings {
  return {
    initialClosing: readOptionalDate(initial, "initial_closing_date"),
    secondClosing: readOptionalDate(second, "second_closing_date"),
  };
}

/**
 * Commitment payment owed to EACH purchaser as of a date (April 17, 2001 letter §1(c)): $500,000 after May 17, 2001 without the first tranche; else $400,000 after November 17, 2001 without the second; else 0.
 * @customfunction COMMITPMT
 * @helpurl https://localhost:3000/help.html#COMMITPMT
 * @remarks Commitment payment owed to EACH purchaser as of a date (April 17, 2001 letter §1(c)): $500,000 once May 17, 2001 (letter + 30 days) has passed without the first tranche; otherwise $400,000 once November 17, 2001 (letter + 7 months) has passed without the second tranche; otherwise 0. A closing on the deadline day is in time. Not modelled: the exception when the purchasers fail to negotiate in good faith or to perform.
 * @param initial_closing_date Date the first tranche was issued at the Initial Closing. Blank: not issued. Any Excel date.
 * @param second_closing_date Date the second tranche was issued at the Second Closing. Blank: not issued. Any Excel date.
 * @param as_of_date The date the question is asked: a payment is owed only after its deadline day has passed. Any Excel date.
 * @param [terms] Optional two-column range of term names and values (LETTER_DATE, COMMIT_FIRST_DAYS, COMMIT_FIRST_AMOUNT, COMMIT_SECOND_MONTHS, COMMIT_SECOND_AMOUNT). Blank: the agreement's terms.
 * @returns The payment per purchaser in USD.
 */
export function commitPmt(
  initial_closing_date: any,
  second_closing_date: any,
  as_of_date: any,
  terms?: any[][],
): number {
  return excelCall(terms, () =>
    toExcelNumber(
      commitmentPayment(
        readClosings(initial_closing_date, second_closing_date),
        readDate(as_of_date, "as_of_date"),
        readTerms(terms),
      ),
    ),
  );
}

/**
 * Commitment payments owed to ALL purchasers as of a date (April 17, 2001 letter §1(c)): COMMITPMT × the number of purchasers (2: Montrose and Strong River; term COMMIT_PURCHASERS).
 * @customfunction COMMITPMTTOTAL
 * @helpurl https://localhost:3000/help.html#COMMITPMTTOTAL
 * @param initial_closing_date Date the first tranche was issued at the Initial Closing. Blank: not issued. Any Excel date.
 * @param second_closing_date Date the second tranche was issued at the Second Closing. Blank: not issued. Any Excel date.
 * @param as_of_date The date the question is asked: a payment is owed only after its deadline day has passed. Any Excel date.
 * @param [terms] Optional two-column range of term names and values (COMMIT_PURCHASERS and the COMMITPMT terms). Blank: the agreement's terms.
 * @returns The payments to all purchasers in USD.
 */
export function commitPmtTotal(
  initial_closing_date: any,
  second_closing_date: any,
  as_of_date: any,
  terms?: any[][],
): number {
  return excelCall(terms, () =>
    toExcelNumber(
      commitmentPaymentTotal(
        readClosings(initial_closing_date, second_closing_date),
        readDate(as_of_date, "as_of_date"),
        readTerms(terms),
      ),
    ),
  );
}
