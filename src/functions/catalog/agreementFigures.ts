/* eslint-disable @typescript-eslint/no-explicit-any */
/*
 * NEOT.* custom functions: Figures the agreements state and what seed 003 records (seed 000 §1, §4, Exhibit A; seed 003).
 * Adapters only: read the arguments (excelArgs), call one engine function, return a
 * number or a CustomFunctions.Error (toExcelError). Ids after @customfunction are frozen:
 * they are stored in users' workbooks; the JSDoc is Excel's Insert Function help.
 */
import { Decimal } from "../../engine/decimal";
import { callableWarrantSharesLeft, svdSharesAdded } from "../../engine/warrants/agreementShares";
import {
  ceoSettlementDate,
  ceoWarrantExpiry,
  ceoWarrantUnlockDate,
  lockupEnd,
  lockupStart,
} from "../../engine/cantor/cantorDates";
import { closingWarrantTotal } from "../../engine/warrants/closingWarrants";
import { commonPurchaseDeadline, commonPurchaseShares } from "../../engine/letter/commonPurchase";
import { reimbursedExpenses } from "../../engine/letter/expenseCaps";
import { earliestAfterNotice, latestNoticeDate, noticeKind } from "../../engine/letter/noticePeriods";
import {
  isBlank,
  readCell,
  readDate,
  readDecimal,
  readOptionalDecimal,
  readTerms,
  readText,
  toExcelDate,
} from "../excelArgs";
import { excelCall, toExcelNumber } from "../toExcelError";

/**
 * The value of any term (seed default, or the override in terms): an agreement constant or a recorded event (RECORDED_ names, from seed 003). Dates come back as date serials, percentages as fractions.
 * @customfunction TERM
 * @helpurl https://localhost:3000/help.html#TERM
 * @param name A term name from the README's list, e.g. LETTER_TOTAL_PRICE, LEGAL_FEE_CAP or RECORDED_COMMIT_PAYMENT.
 * @param [terms] Optional two-column range of term names and values. Blank: the agreement's terms.
 * @returns A number, date serial, TRUE/FALSE or text.
 */
export function term(name: any, terms?: any[][]): number | boolean | string {
  return excelCall(terms, () => {
    const { definition, value } = readTerms(terms).lookup(readText(name, "name"));
    if (definition.kind === "date") return toExcelDate(value as number);
    return value instanceof Decimal ? toExcelNumber(value) : (value as boolean | string);
  });
}

/**
 * Shares of common stock bought under §1(a) of the April 17, 2001 letter: $6.0 million ÷ $5.10 = 1,176,470.59, rounded by SHARE_ROUNDING (default down: 1,176,470).
 * @customfunction COMMONSHARES
 * @helpurl https://localhost:3000/help.html#COMMONSHARES
 * @param [terms] Optional two-column range of term names and values (COMMON_PURCHASE_AMOUNT, COMMON_PURCHASE_PRICE, SHARE_ROUNDING). Blank: the agreement's terms.
 * @returns A number of shares.
 */
export function commonShares(terms?: any[][]): number {
  return excelCall(terms, () => toExcelNumber(commonPurchaseShares(readTerms(terms))));
}

/**
 * Last day of the §1(a) common stock purchase (April 17, 2001 letter: "within two business days after the date of this letter"): April 19, 2001 on New York banking days.
 * @customfunction COMMONPURCHASEDUE
 * @helpurl https://localhost:3000/help.html#COMMONPURCHASEDUE
 * @param [terms] Optional two-column range of term names and values (LETTER_DATE, COMMON_PURCHASE_DAYS, BUSINESS_DAY_CALENDAR). Blank: the agreement's terms.
 * @returns A date serial (format the cell as a date).
 */
export function commonPurchaseDue(terms?: any[][]): number {
  return excelCall(terms, () => toExcelDate(commonPurchaseDeadline(readTerms(terms))));
}

/**
 * Latest date to give the 20-Trading-Day notice for a Floor Price settlement or an Optional Redemption on a date (April 17, 2001 letter, Exhibit A): WORKDAY on Nasdaq, 20 trading days back. Dates 1990 to 2100.
 * @customfunction NOTICEBY
 * @helpurl https://localhost:3000/help.html#NOTICEBY
 * @param notice FLOOR (Floor Price settlement) or REDEMPTION (Optional Redemption).
 * @param date Date of the settlement or redemption (1990 to 2100).
 * @param [terms] Optional two-column range of term names and values (FLOOR_NOTICE_DAYS, REDEMPTION_NOTICE_DAYS). Blank: 20 trading days.
 * @returns A date serial (format the cell as a date).
 */
export function noticeBy(notice: any, date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelDate(latestNoticeDate(noticeKind(readText(notice, "notice")), readDate(date, "date"), readTerms(terms))),
  );
}

/**
 * Earliest date a Floor Price settlement or an Optional Redemption may take place after its notice (April 17, 2001 letter, Exhibit A): the 20th Nasdaq trading day after the notice date, which is not counted. Dates 1990 to 2100.
 * @customfunction AFTERNOTICE
 * @helpurl https://localhost:3000/help.html#AFTERNOTICE
 * @param notice FLOOR (Floor Price settlement) or REDEMPTION (Optional Redemption).
 * @param notice_date Date the notice was given (1990 to 2100).
 * @param [terms] Optional two-column range of term names and values (FLOOR_NOTICE_DAYS, REDEMPTION_NOTICE_DAYS). Blank: 20 trading days.
 * @returns A date serial (format the cell as a date).
 */
export function afterNotice(notice: any, notice_date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelDate(
      earliestAfterNotice(
        noticeKind(readText(notice, "notice")),
        readDate(notice_date, "notice_date"),
        readTerms(terms),
      ),
    ),
  );
}

/**
 * Legal expenses the Company pays for the Purchasers (April 17, 2001 letter, Exhibit A, Legal Expenses: "Not to exceed $30,000"): the lesser of the expenses and the cap, to the cent.
 * @customfunction LEGALFEE
 * @helpurl https://localhost:3000/help.html#LEGALFEE
 * @param expenses The Purchasers' legal expenses, in USD.
 * @param [terms] Optional two-column range of term names and values (LEGAL_FEE_CAP). Blank: $30,000.
 * @returns USD.
 */
export function legalFee(expenses: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelNumber(reimbursedExpenses("LEGAL", readDecimal(expenses, "expenses"), readTerms(terms))),
  );
}

/**
 * Cantor's out-of-pocket expenses the Company reimburses under one agreement (Nov 1, 2001 prospectus supplement: up to $60,000 each for the Sales Agreement and the Other Agreement), to the cent.
 * @customfunction CEOEXPENSES
 * @helpurl https://localhost:3000/help.html#CEOEXPENSES
 * @param expenses Cantor's expenses under one agreement, in USD.
 * @param [terms] Optional two-column range of term names and values (CEO_EXPENSE_CAP). Blank: $60,000.
 * @returns USD.
 */
export function ceoExpenses(expenses: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelNumber(reimbursedExpenses("CANTOR", readDecimal(expenses, "expenses"), readTerms(terms))),
  );
}

/**
 * Settlement date of a sale under the Cantor Sales Agreement (Nov 1, 2001 prospectus supplement: "the third business day following the date of such sale"), on New York banking days. Dates 1990 to 2100.
 * @customfunction CEOSETTLE
 * @helpurl https://localhost:3000/help.html#CEOSETTLE
 * @param sale_date Date of the sale (1990 to 2100).
 * @param [terms] Optional two-column range of term names and values (CEO_SETTLEMENT_DAYS, BUSINESS_DAY_CALENDAR). Blank: 3 business days.
 * @returns A date serial (format the cell as a date).
 */
export function ceoSettle(sale_date: any, terms?: any[][]): number {
  return excelCall(terms, () => toExcelDate(ceoSettlementDate(readDate(sale_date, "sale_date"), readTerms(terms))));
}

/**
 * First day of the Company's lock-up around a Cantor placement (Nov 1, 2001 prospectus supplement): the fifth Nasdaq trading day before the day the placement's terms are agreed. Dates 1990 to 2100.
 * @customfunction LOCKUPSTART
 * @helpurl https://localhost:3000/help.html#LOCKUPSTART
 * @param terms_date Date the Company and Cantor agree the placement's terms (1990 to 2100).
 * @param [terms] Optional two-column range of term names and values (CEO_LOCKUP_TRADING_DAYS). Blank: 5 trading days.
 * @returns A date serial (format the cell as a date).
 */
export function lockupStartDate(terms_date: any, terms?: any[][]): number {
  return excelCall(terms, () => toExcelDate(lockupStart(readDate(terms_date, "terms_date"), readTerms(terms))));
}

/**
 * Last day of the Company's lock-up around a Cantor placement (Nov 1, 2001 prospectus supplement): the fifth Nasdaq trading day after the settlement of the placement's final sale. Dates 1990 to 2100.
 * @customfunction LOCKUPEND
 * @helpurl https://localhost:3000/help.html#LOCKUPEND
 * @param final_settlement_date Settlement date of the placement's final sale (1990 to 2100).
 * @param [terms] Optional two-column range of term names and values (CEO_LOCKUP_TRADING_DAYS). Blank: 5 trading days.
 * @returns A date serial (format the cell as a date).
 */
export function lockupEndDate(final_settlement_date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelDate(lockupEnd(readDate(final_settlement_date, "final_settlement_date"), readTerms(terms))),
  );
}

/**
 * End of the exercise period of Cantor's Warrants (Nov 1, 2001 prospectus supplement: "exercisable for five years"): EDATE(issue_date, 60). Dates up to 9999-12-31.
 * @customfunction CEOWARRANTEXPIRY
 * @helpurl https://localhost:3000/help.html#CEOWARRANTEXPIRY
 * @param issue_date Date Cantor's Warrants were issued. Any Excel date.
 * @param [terms] Optional two-column range of term names and values (CEO_WARRANT_YEARS). Blank: 5 years.
 * @returns A date serial (format the cell as a date).
 */
export function ceoWarrantExpiryDate(issue_date: any, terms?: any[][]): number {
  return excelCall(terms, () => toExcelDate(ceoWarrantExpiry(readDate(issue_date, "issue_date"), readTerms(terms))));
}

/**
 * First day Cantor's Warrants may be exercised cashless or transferred (Nov 1, 2001 prospectus supplement: one year after issuance): EDATE(issue_date, 12). Dates up to 9999-12-31.
 * @customfunction CEOWARRANTFREE
 * @helpurl https://localhost:3000/help.html#CEOWARRANTFREE
 * @param issue_date Date Cantor's Warrants were issued. Any Excel date.
 * @param [terms] Optional two-column range of term names and values (CEO_WARRANT_LOCK_YEARS). Blank: 1 year.
 * @returns A date serial (format the cell as a date).
 */
export function ceoWarrantFree(issue_date: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelDate(ceoWarrantUnlockDate(readDate(issue_date, "issue_date"), readTerms(terms))),
  );
}

/**
 * Shares a holder's Class B (Callable) Warrant still covers (April 17, 2001 letter §2): 2,000,000 less the shares exercised. Blank: the contract's 2,000,000; 293,200 (seed 003's 586,400 ÷ 2) gives the recorded 1,706,800.
 * @customfunction CLASSBSHARES
 * @helpurl https://localhost:3000/help.html#CLASSBSHARES
 * @param [exercised_shares] Shares already exercised under this holder's warrant. Blank: 0.
 * @param [terms] Optional two-column range of term names and values (CALL_WARRANT_SHARES). Blank: 2,000,000.
 * @returns A number of shares.
 */
export function classBShares(exercised_shares?: any, terms?: any[][]): number {
  return excelCall(terms, () =>
    toExcelNumber(
      callableWarrantSharesLeft(
        readOptionalDecimal(exercised_shares, "exercised_shares", new Decimal(0)),
        readTerms(terms),
      ),
    ),
  );
}

/**
 * Second Vesting Date Shares §4 of the April 17, 2001 letter adds for each Purchaser: 450,000 − the 420,487 exercised for in March 2001 = 29,513.
 * @customfunction SVDINCREASE
 * @helpurl https://localhost:3000/help.html#SVDINCREASE
 * @param [terms] Optional two-column range of term names and values (SVD_SHARES_PER_PURCHASER, SVD_SHARES_EXERCISED). Blank: the agreement's terms.
 * @returns A number of shares.
 */
export function svdIncrease(terms?: any[][]): number {
  return excelCall(terms, () => toExcelNumber(svdSharesAdded(readTerms(terms))));
}

/**
 * A total of the Closing Warrants (April 17, 2001 letter, Exhibits C and D): SHARES, EXERCISE_PROCEEDS (Σ shares × exercise price, USD) or WARRANTS, for Exhibit C (HBK), D (Strong River) or both. First exercise: NEOT.FIRSTEXERCISE.
 * @customfunction CLOSINGWARRANTS
 * @helpurl https://localhost:3000/help.html#CLOSINGWARRANTS
 * @param field SHARES, EXERCISE_PROCEEDS or WARRANTS.
 * @param [exhibit] C (HBK Closing Warrants) or D (Strong River Closing Warrants). Blank: both.
 * @returns Shares, USD or a count.
 */
export function closingWarrants(field: any, exhibit?: any): number {
  return excelCall(() => {
    const which = readCell(exhibit, "exhibit");
    return toExcelNumber(
      closingWarrantTotal(
        readText(field, "field"),
        isBlank(which) || which === 0 ? undefined : readText(which, "exhibit"),
      ),
    );
  });
}
