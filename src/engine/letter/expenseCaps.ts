import { Decimal, roundMoney } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { Terms } from "../terms/terms";

/**
 * The expense caps of the agreements, each with its term:
 * - LEGAL: the Purchasers' legal expenses (seed 000, Exhibit A, Legal Expenses: "Not to exceed $30,000")
 * - CANTOR: Cantor's out-of-pocket expenses under one agreement (seed 003, Plan of
 *   Distribution: "up to an aggregate of $60,000"; another $60,000 for the Other Agreement)
 */
const CAP_TERMS = { LEGAL: "LEGAL_FEE_CAP", CANTOR: "CEO_EXPENSE_CAP" } as const;

/**
 * The part of `expenses` the Company reimburses: the lesser of the expenses and the cap,
 * rounded to the cent.
 * @throws TermsError `invalid` for negative expenses
 * @example reimbursedExpenses("LEGAL", new Decimal(42_000)).toString() //=> "30000"
 */
export function reimbursedExpenses(cap: keyof typeof CAP_TERMS, expenses: Decimal, terms = Terms.defaults): Decimal {
  check(!expenses.isNegative(), "invalid", () => messages.negative("expenses", expenses.toString()));
  return roundMoney(Decimal.min(expenses, terms.decimal(CAP_TERMS[cap])));
}
