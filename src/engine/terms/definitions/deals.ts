import { TermDefinition, term } from "../termDefinition";

const EXHIBIT_A = "seed 000, Exhibit A";

/**
 * Deal parameters stated in the agreements that no other clause family defines: tranche
 * size, notice periods, share counts and caps. Each is read by the function of its clause
 * (NOTICEBY, LEGALFEE, CEOEXPENSES, CLASSBSHARES, SVDSHARES…) and shown by NEOT.TERM.
 */
export const DEAL_TERMS: readonly TermDefinition[] = [
  term(
    "TRANCHE_PRINCIPAL",
    "money",
    10000000,
    `${EXHIBIT_A}, New Debentures ("$10 million at the Initial Closing and $8 million at the Second Closing"); default: the Initial Closing`,
    "Original principal amount (and aggregate purchase price) of the tranche of New Debentures, in USD",
  ),
  term(
    "FLOOR_NOTICE_DAYS",
    "tradingDays",
    20,
    `${EXHIBIT_A}, Floor Price ("at least 20 Trading Days advance notice")`,
    "Trading days of notice before the Company may settle conversions at the Floor Price",
  ),
  term(
    "REDEMPTION_NOTICE_DAYS",
    "tradingDays",
    20,
    `${EXHIBIT_A}, Optional Redemption ("Upon 20 Trading Days notice")`,
    "Trading days of notice before an Optional Redemption",
  ),
  term(
    "LEGAL_FEE_CAP",
    "money",
    30000,
    `${EXHIBIT_A}, Legal Expenses ("Not to exceed $30,000, payable by the Company at the Initial Closing")`,
    "Most the Company pays toward the Purchasers' legal expenses, in USD",
  ),
  term(
    "SVD_SHARES_PER_PURCHASER",
    "count",
    450000,
    'seed 000 §4 ("450,000 shares for Montrose and 450,000 shares for Strong River")',
    "Second Vesting Date Shares of each Purchaser",
  ),
  term(
    "SVD_SHARES_TOTAL",
    "count",
    900000,
    'seed 000 §4 ("increased to an aggregate of 900,000 shares")',
    "Second Vesting Date Shares of both Purchasers together",
  ),
  term(
    "CALL_WARRANT_SHARES",
    "count",
    2000000,
    'seed 000 §2 ("to purchase up to a total of 2,000,000 shares of Common Stock (for each Warrant)")',
    "Shares each Class B (Callable) Warrant was issued for",
  ),
  term(
    "CALL_MIN_MARKET_PRICE",
    "price",
    2,
    'seed 000 §3(a) ("The reference to $5.00 in Section 3(a)(iii)(i) of each Callable Warrant is hereby amended to refer instead to $2.00"); seed 003, risk factors',
    "Price of Callable Warrant §3(a)(iii)(i) as amended: below it the Company may not be able to call the warrants",
  ),
  term(
    "CEO_EXPENSE_CAP",
    "money",
    60000,
    'seed 003, Plan of Distribution ("reimburse Cantor for its out-of-pocket expenses ... up to an aggregate of $60,000"; another $60,000 for the Other Agreement)',
    "Most the Company reimburses Cantor for expenses under one agreement, in USD",
  ),
];
