import { CLOSING_WARRANTS } from "../engine/warrants/closingWarrants";
import { findTerm } from "../engine/terms/termRegistry";
import { Checked } from "../workbook/problem";
import { TERM_SHEET_FORMAT, TERM_SHEET_VERSION, TermSheet, validateTermSheet } from "./termSheet";

/**
 * The deals of the agreements as presets. A preset lists the term names of its deal, in
 * the order of its terms sheet, and only the values that differ from the registry's seed
 * default; each term's unit and source clause come from the registry
 * (src/engine/terms/definitions/), so a new term shows up in a deal by adding its name
 * here. Schedules that are not terms (Exhibits C and D, the February 2000 purchasers) are
 * tables. The example files assets/term-sheets/<ID>.json are these presets, written by
 * serializeTermSheet (a test keeps them identical).
 */
export interface DealPreset {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly terms: readonly string[];
  /** Values that differ from the registry default, by term name. */
  readonly values?: Readonly<Record<string, number | boolean | string>>;
  readonly tables?: readonly PresetTable[];
}

export interface PresetTable {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly columns: readonly { readonly name: string; readonly kind: string }[];
  readonly rows: readonly (readonly (string | number)[])[];
}

const CONVERSION = [
  "CONV_INITIAL_PCT",
  "CONV_INITIAL_WINDOW",
  "CONV_RESET_DELAY_DAYS",
  "CONV_RESET_PCT",
  "CONV_RESET_WINDOW",
  "CONV_RESET_LOWEST",
  "FLOOR_NOTICE_DAYS",
  "FLOOR_CASH_WINDOW",
  "SHARE_ROUNDING",
];
const DEBENTURE = ["INTEREST_RATE", "INTEREST_DAY_COUNT", "MATURITY_YEARS", "REDEMPTION_PCT", "REDEMPTION_NOTICE_DAYS"];
const NEW_WARRANTS = ["WARRANT_COVERAGE", "WARRANT_PRICE_PCT", "WARRANT_PRICE_WINDOW", "WARRANT_YEARS"];
const REGISTRATION = [
  "REG_FILING_DAYS",
  "REG_EFFECTIVE_DAYS",
  "SEC_REPLY_DAYS",
  "REG_DEADLINE_ROLL",
  "DELAY_PCT",
  "DELAY_PRORATE",
];
const LISTING = ["NASDAQ_APPROVAL_PCT", "NASDAQ_MIN_BID"];
const RESTRICTIONS = [
  "RESTRICT_END_DATE",
  "RESTRICT_NOTICE_DAYS",
  "RESTRICT_EVENT_TRADING_DAYS",
  "BUSINESS_DAY_CALENDAR",
];
const CEO_WARRANTS = [
  "CEO_WARRANT_PCT",
  "CEO_WARRANT_ROUNDING",
  "CEO_WARRANT_PRICE_PCT",
  "CEO_WARRANT_YEARS",
  "CEO_WARRANT_LOCK_YEARS",
  "NASD_CAP_PCT",
  "CEO_EXPENSE_CAP",
  "CEO_RETAINER_ALLOCATION",
  "CEO_SETTLEMENT_DAYS",
  "CEO_LOCKUP_TRADING_DAYS",
];

const MONTROSE = "Montrose Investments Ltd.";
const STRONG_RIVER = "Strong River Investments, Inc.";

export const DEAL_PRESETS: readonly DealPreset[] = [
  {
    id: "DEB_T1",
    title: "New Debentures and New Warrants: Initial Closing ($10 million)",
    source: "seed 000 (letter agreement of April 17, 2001), §1 and Exhibits A and B",
    terms: [
      "TRANCHE_PRINCIPAL",
      "LETTER_DATE",
      "LETTER_TOTAL_PRICE",
      "COMMON_PURCHASE_AMOUNT",
      "COMMON_PURCHASE_PRICE",
      "COMMON_PURCHASE_DAYS",
      "BUSINESS_DAY_CALENDAR",
      ...CONVERSION,
      ...DEBENTURE,
      ...NEW_WARRANTS,
      ...REGISTRATION,
      "COMMIT_FIRST_DAYS",
      "COMMIT_FIRST_AMOUNT",
      "COMMIT_PURCHASERS",
      "SECOND_CLOSING_MONTHS",
      "LEGAL_FEE_CAP",
      "ROFR_PERIOD_MONTHS",
      "ROFR_REPLY_DAYS",
      "ROFR_RENOTICE_DAYS",
      ...LISTING,
      // What happened, as seed 003 records it: dated RECORDED_ terms beside the contract's.
      "RECORDED_COMMON_PROCEEDS",
      "RECORDED_COMMIT_PAYMENT",
      "RECORDED_APPROVAL_DATE",
    ],
  },
  {
    id: "DEB_T2",
    title: "New Debentures and New Warrants: Second Closing ($8 million)",
    source: "seed 000 (letter agreement of April 17, 2001), §1 and Exhibit A",
    terms: [
      "TRANCHE_PRINCIPAL",
      "LETTER_DATE",
      "SECOND_CLOSING_MONTHS",
      ...CONVERSION,
      ...DEBENTURE,
      ...NEW_WARRANTS,
      ...REGISTRATION,
      "COMMIT_SECOND_MONTHS",
      "COMMIT_SECOND_AMOUNT",
      "COMMIT_PURCHASERS",
      ...LISTING,
    ],
    values: { TRANCHE_PRINCIPAL: 8000000 },
  },
  {
    id: "SVD_SHARES",
    title: "Second Vesting Date Shares and their Registration Delay Payments",
    source: "seed 000 (letter agreement of April 17, 2001), §4 and §5",
    terms: [
      "SVD_SHARES_EXERCISED",
      "SVD_SHARES_PER_PURCHASER",
      "SVD_SHARES_TOTAL",
      "SVD_FILING_DAYS",
      "SVD_EFFECTIVE_DATE",
      "DELAY_PCT",
      "DELAY_PRORATE",
      "REG_DEADLINE_ROLL",
    ],
  },
  {
    id: "CALL_B",
    title: "Class B (Callable) Warrants of April 6, 2000, as amended",
    source: "seed 000 (letter agreement of April 17, 2001), §2 and §3; seed 003, risk factors",
    terms: [
      "CALL_WARRANT_SHARES",
      "CALL_CAP_PRICE",
      "CALL_THRESHOLD_PRICE",
      "CALL_THRESHOLD_WINDOW",
      "CALL_PCT_BELOW",
      "CALL_PCT_OTHERWISE",
      "CALL_MIN_MARKET_PRICE",
      ...RESTRICTIONS,
      "RECORDED_CALL_EXERCISED",
      "RECORDED_CALL_REMAINING",
    ],
  },
  {
    id: "CLOSING_WTS",
    title: "Closing Warrants of HBK and Strong River",
    source: "seed 000 (letter agreement of April 17, 2001), §2 and Exhibits C and D",
    terms: [...RESTRICTIONS],
    tables: [
      {
        id: "WARRANTS",
        title: "HBK Closing Warrants (Exhibit C) and Strong River Closing Warrants (Exhibit D)",
        source:
          "seed 000, Exhibits C and D (exercise prices as adjusted; Class A and September 21, 2000 warrants are for up to the shares shown)",
        columns: [
          { name: "Exhibit", kind: "text" },
          { name: "Item", kind: "count" },
          { name: "Holder", kind: "text" },
          { name: "Warrant", kind: "text" },
          { name: "Shares", kind: "count" },
          { name: "ExercisePrice", kind: "price" },
          { name: "Dated", kind: "date" },
        ],
        rows: CLOSING_WARRANTS.map((w) => [
          w.exhibit,
          w.item,
          w.holder,
          w.warrant,
          w.shares,
          Number(w.exercisePrice),
          w.dated,
        ]),
      },
    ],
  },
  {
    id: "FEB_2000",
    title: "Securities Purchase Agreement of February 25, 2000",
    source: "seed 001 (Securities Purchase Agreement); seed 004 (Form 8-K, Item 5)",
    terms: [
      "FEB2000_PRICE_PER_SHARE",
      "FEB2000_EXERCISE_PRICE",
      "FEB2000_WARRANT_YEARS",
      "FEB2000_TOTAL_SHARES",
      "FEB2000_TOTAL_WARRANT_SHARES",
      "FEB2000_TOTAL_PURCHASE_PRICE",
      "FEB2000_MONTROSE_SHARES",
      "FEB2000_MONTROSE_PURCHASE_PRICE",
      "FEB2000_MONTROSE_WARRANT_SHARES",
      "FEB2000_STRONG_RIVER_SHARES",
      "FEB2000_STRONG_RIVER_PURCHASE_PRICE",
      "FEB2000_STRONG_RIVER_WARRANT_SHARES",
      "FEB2000_LEGAL_FEE",
      "FEB2000_FAX_GAP",
      "BUSINESS_DAY_CALENDAR",
    ],
    tables: [
      {
        id: "PURCHASERS",
        title: "Purchasers (signature pages)",
        source: "seed 001, signature pages",
        columns: [
          { name: "Purchaser", kind: "text" },
          { name: "PurchasePrice", kind: "money" },
          { name: "Shares", kind: "count" },
          { name: "WarrantShares", kind: "count" },
        ],
        rows: [
          [MONTROSE, 4000000, 260162, 52000],
          [STRONG_RIVER, 4000000, 260162, 52000],
        ],
      },
    ],
  },
  {
    id: "CANTOR_SALES",
    title: "Cantor Fitzgerald Sales Agreement of June 12, 2001 (Controlled Equity Offering)",
    source: "seed 003 (prospectus supplement of November 1, 2001), cover page and Plan of Distribution",
    terms: [
      "CEO_MAX_PROCEEDS",
      "CEO_TIER1_MAX",
      "CEO_TIER1_RATE",
      "CEO_TIER2_MAX",
      "CEO_TIER2_RATE",
      "CEO_TIER3_RATE",
      ...CEO_WARRANTS,
    ],
  },
  {
    id: "CANTOR_OTHER",
    title: "Cantor Fitzgerald Other Agreement of June 12, 2001",
    source: "seed 003 (prospectus supplement of November 1, 2001), Plan of Distribution",
    terms: ["CEO_OTHER_MAX", "CEO_OTHER_RATE", ...CEO_WARRANTS],
  },
];

/**
 * The term sheet of a preset: each listed term with the preset's value or the registry's
 * seed default, validated like any imported file.
 * @returns the term sheet, or the problems (e.g. a listed term the registry lacks)
 * @throws never
 * @example presetTermSheet(DEAL_PRESETS[0]).ok //=> true
 */
export function presetTermSheet(preset: DealPreset): Checked<TermSheet> {
  return validateTermSheet({
    format: TERM_SHEET_FORMAT,
    version: TERM_SHEET_VERSION,
    deal: { id: preset.id, title: preset.title, source: preset.source },
    terms: preset.terms.map((name) => ({ name, value: preset.values?.[name] ?? findTerm(name)?.default ?? null })),
    tables: preset.tables ?? [],
  });
}
