import { SERIES_HEADINGS } from "../engine/debentures/conversionPriceSeries";
import { AUDIT_HEADINGS } from "../engine/debentures/conversionAudit";
import { DELAY_SCHEDULE_HEADINGS, DMV_SCHEDULE_HEADINGS } from "../engine/registration/delayPaymentSchedule";
import { DATE_FORMAT, MONEY_FORMAT, PRICE_FORMAT, TEXT_FORMAT } from "../workbook/excelValues";
import { TermSheet } from "../termsheet/termSheet";
import { DealModel, PriceSource } from "./dealModel";
import { ModelLayout, anyBlank, awaitingInputs, neot, unlessBlank } from "./modelLayout";
import { PRICE_TABLE_SOURCE } from "./priceSource";
import { ValuationInputs, cantorValue, debentureScenarios, valuationInputs } from "./scenarios";

/**
 * The seed 001 figures function and the term that marks the deal, in one place: the
 * catalog may rename them (FEB2000 → a SPA* id), and a rename is made here only.
 */
const SPA_FIGURE_FUNCTION = "SPAPURCHASE";
const SPA_MARKER_TERM = "FEB2000_PRICE_PER_SHARE";

/** Rows of the Cantor placements table. */
export const PLACEMENT_ROWS = 12;

// Seed 003 records what happened after seed 000 (prospectus supplement of November 1, 2001).
const SEED_003 = "seed 003 (prospectus supplement of November 1, 2001)";

/**
 * Plans the model sheet of a deal from its term sheet: an inputs block, a results block
 * of live NEOT.* formulas over the deal's names and the prices, the schedules behind them
 * as spills, recorded figures beside contractual ones, a chart of bids against the
 * Conversion Price, and the scenarios and value blocks (scenarios.ts) with their charts.
 * Blocks are chosen by the deal's terms (a term sheet with the CONV_ terms gets the
 * debenture blocks), so an imported deal gets the blocks of its clauses.
 * @param sheet - a validated term sheet (a preset's, or one imported)
 * @param prices - where the closing bids are: {@link PRICE_TABLE_SOURCE} or {@link rangePriceSource}
 * @returns the plan; the deal's terms sheet and the price source must exist when written
 * @throws never for a validated term sheet
 * @example planDealModel(presetTermSheet(DEB_T1), PRICE_TABLE_SOURCE).sheet //=> "DEB_T1_MODEL"
 */
export function planDealModel(sheet: TermSheet, prices: PriceSource = PRICE_TABLE_SOURCE): DealModel {
  const m = new ModelLayout(sheet.deal.id, sheet.deal.title, sheet.deal.source, prices);
  const has = (term: string) => sheet.terms.some((t) => t.name === term);
  const P = [m.priceDates, m.priceBids];

  m.section("Inputs", ["Input", "Value", "Unit", "Blank means / source"]);
  const asOf = m.input("AS_OF", "As-of date", "date", "Blank: figures that need it stay blank");
  // The market inputs of the value blocks, written once, where the first of them needs them.
  let inputs: ValuationInputs | undefined;
  const valuation = () => (inputs ??= valuationInputs(m, asOf));
  if (has("CONV_INITIAL_PCT")) debentures(m, has, asOf, P, valuation);
  if (has("SVD_SHARES_PER_PURCHASER")) secondVestingShares(m, asOf, P);
  if (has("CALL_CAP_PRICE")) callableWarrants(m, P);
  if (has("RESTRICT_END_DATE")) exerciseRestrictions(m);
  if (has(SPA_MARKER_TERM)) februaryPurchase(m);
  if (has("CEO_MAX_PROCEEDS")) cantor(m, asOf, "CEOFEE", valuation);
  if (has("CEO_OTHER_MAX")) cantor(m, asOf, "CEOOTHERFEE", valuation);
  if (has("NASDAQ_MIN_BID")) minimumBid(m, asOf, P);
  return m.build();
}

type Has = (term: string) => boolean;
type Valuation = () => ValuationInputs;

/** Seed 000, Exhibit A: New Debentures and New Warrants; registration; §1(c) commitments. */
function debentures(m: ModelLayout, has: Has, asOf: string, P: string[], valuation: Valuation): void {
  const T = m.terms;
  const secondTranche = has("COMMIT_SECOND_MONTHS");
  const issue = m.input(
    "ISSUE_DATE",
    secondTranche ? "Second Closing date (issue date)" : "Initial Closing date (issue date)",
    "date",
    "Blank: not issued yet",
  );
  const initialClosing = secondTranche
    ? m.input("INITIAL_CLOSING_DATE", "Initial Closing date", "date", "Blank: not issued")
    : issue;
  const secondClosing = secondTranche
    ? issue
    : m.input("SECOND_CLOSING_DATE", "Second Closing date", "date", "Blank: not issued");
  const principal = m.input(
    "PRINCIPAL",
    "Principal issued",
    "usd",
    "seed 000, Exhibit A",
    `=${m.term("TRANCHE_PRINCIPAL")}`,
  );
  const convDate = m.input("CONVERSION_DATE", "Conversion date", "date", "Blank: no conversion");
  const converted = m.input("CONVERTED_PRINCIPAL", "Principal converted", "usd", "Blank: none", `=${principal}`);
  const floor = m.input(
    "FLOOR_PRICE",
    "Floor Price",
    "price",
    "seed 000, Exhibit A, Floor Price; the agreements give no figure",
  );
  const event = m.input("EVENT_DATE", "Registration Event date", "date", "Blank: no Event");
  const cure = m.input("CURE_DATE", "Registration Event cured on", "date", "Blank: not cured");

  m.section("Results");
  const A = "seed 000, Exhibit A";
  const initialPrice = m.result(
    "INITIAL_CONV_PRICE",
    "Initial Conversion Price",
    "price",
    `${A}, Initial Conversion Price`,
    unlessBlank([issue], neot("INITCONVPRICE", ...P, issue, T)),
  );
  const price = m.result(
    "CONV_PRICE",
    "Conversion Price on the conversion date",
    "price",
    `${A}, Subsequent Conversion Price`,
    unlessBlank([issue, convDate], neot("CONVPRICE", ...P, issue, convDate, T)),
  );
  m.result(
    "CONV_SHARES",
    "Shares on conversion",
    "shares",
    `${A}, Conversion`,
    unlessBlank([converted, price], neot("CONVSHARES", converted, price, T)),
  );
  m.result(
    "FLOOR_SHARES",
    "Shares on a Floor Price settlement",
    "shares",
    `${A}, Floor Price`,
    unlessBlank([converted, price, floor], neot("FLOORSHARES", converted, price, floor, T)),
  );
  m.result(
    "FLOOR_CASH",
    "Cash on a Floor Price settlement",
    "usd",
    `${A}, Floor Price`,
    unlessBlank([converted, price, floor], neot("FLOORCASH", ...P, converted, price, floor, convDate, T)),
  );
  m.result(
    "ACCRUED_INTEREST",
    "Interest accrued to the as-of date",
    "usd",
    `${A}, Interest`,
    unlessBlank([principal, issue, asOf], neot("ACCRUEDINT", principal, issue, asOf, T)),
  );
  m.result(
    "REDEMPTION",
    "Optional Redemption amount at the as-of date",
    "usd",
    `${A}, Optional Redemption`,
    unlessBlank([principal, issue, asOf], neot("REDEMPTION", principal, issue, asOf, T)),
  );
  m.result("MATURITY", "Maturity Date", "date", `${A}, Maturity`, unlessBlank([issue], neot("MATURITY", issue, T)));
  if (!secondTranche)
    m.result(
      "SECOND_CLOSING_DUE",
      "Second Closing (six months after the Initial)",
      "date",
      `${A}, Proceeds`,
      unlessBlank([issue], neot("SECONDCLOSING", issue, T)),
    );
  const warrantShares = m.result(
    "WARRANT_SHARES",
    "New Warrant shares",
    "shares",
    `${A}, New Warrants`,
    unlessBlank([principal, issue], neot("WARRANTSHARES", ...P, principal, issue, T)),
  );
  const warrantPrice = m.result(
    "WARRANT_PRICE",
    "New Warrant exercise price",
    "price",
    `${A}, New Warrants`,
    unlessBlank([issue], neot("WARRANTPRICE", ...P, issue, T)),
  );
  const warrantExpiry = m.result(
    "WARRANT_EXPIRY",
    "New Warrant expiry",
    "date",
    `${A}, New Warrants`,
    unlessBlank([issue], neot("WARRANTEXPIRY", issue, T)),
  );
  m.result(
    "REG_FILING_DUE",
    "Registration Statement filing deadline",
    "date",
    `${A}, Registration Requirements`,
    unlessBlank([issue], neot("REGFILINGDUE", issue, T)),
  );
  m.result(
    "REG_EFFECTIVE_DUE",
    "Registration effectiveness deadline",
    "date",
    `${A}, Registration Requirements`,
    unlessBlank([issue], neot("REGEFFECTIVEDUE", issue, T)),
  );
  const delayArgs = [principal, event, cure, asOf, T];
  const delay = m.result(
    "DELAY_PAYMENTS",
    "Registration Delay Payments accrued",
    "usd",
    `${A}, Registration Requirements`,
    `=IF(OR(${principal}="",${event}="",AND(${cure}="",${asOf}="")),"",${neot("DELAYPMT", ...delayArgs)})`,
  );
  const commitArgs = [initialClosing, secondClosing, asOf, T];
  const commitment = m.result(
    "COMMITMENT_PAYMENTS",
    "Commitment payments owed (all purchasers)",
    "usd",
    "seed 000 §1(c)",
    unlessBlank([asOf], neot("COMMITPMTTOTAL", ...commitArgs)),
  );

  if (!secondTranche) {
    m.section("Recorded beside contractual", ["Item", "Contractual", "Recorded", "Source"]);
    m.recorded(
      "FIRST_TRANCHE",
      "First $10 million tranche",
      "text",
      `=IF(${issue}="","not issued","issued")`,
      "declined in May 2001; $5.95 million of common stock and warrants sold instead",
      SEED_003,
    );
    m.recorded(
      "COMMITMENT_PAID",
      "Commitment payment (all purchasers)",
      "usd",
      `=${commitment}`,
      405000,
      `${SEED_003}: the penalty was reduced to $405,000 and paid`,
    );
  }

  // Each schedule waits for its inputs: a short note in its anchor, not the function's error.
  const issueLabel = secondTranche ? "Second Closing date" : "Initial Closing date";
  const delayBlank = `OR(${principal}="",${event}="",AND(${cure}="",${asOf}=""))`;
  m.spill(
    "Conversion Price audit (conversion date)",
    AUDIT_HEADINGS,
    [TEXT_FORMAT, DATE_FORMAT, PRICE_FORMAT, "General"],
    awaitingInputs(
      anyBlank([issue, convDate]),
      `Fill in the ${issueLabel} and the Conversion date`,
      neot("CONVPRICEAUDIT", ...P, issue, convDate, T),
    ),
  );
  const series = m.spill(
    "Conversion Price by trading day",
    SERIES_HEADINGS,
    [DATE_FORMAT, PRICE_FORMAT, PRICE_FORMAT, "General"],
    awaitingInputs(
      anyBlank([issue, asOf]),
      `Fill in the ${issueLabel} and the As-of date`,
      neot("CONVPRICESERIES", ...P, issue, asOf, T),
    ),
  );
  m.spill(
    "Registration Delay Payments",
    DELAY_SCHEDULE_HEADINGS,
    [DATE_FORMAT, MONEY_FORMAT, MONEY_FORMAT, MONEY_FORMAT],
    awaitingInputs(
      delayBlank,
      "Fill in the Registration Event date and its cure date (or the As-of date)",
      neot("DELAYSCHEDULE", ...delayArgs),
    ),
  );
  m.chart(series, {
    name: `${m.dealId}_CONVPRICE_CHART`,
    title: `${m.dealId}: closing bid and Conversion Price`,
    xAxisTitle: "Trading day",
    yAxisTitle: "USD per share",
    xColumn: 0,
    series: [
      { label: "Closing bid", column: 1 },
      { label: "Conversion Price", column: 2 },
    ],
    levels: [
      { label: "Floor Price", name: floor },
      ...(has("NASDAQ_MIN_BID") ? [{ label: "Nasdaq minimum bid", name: m.term("NASDAQ_MIN_BID") }] : []),
    ],
  });

  debentureScenarios(m, valuation(), {
    asOf,
    issue,
    principal,
    converted,
    convDate,
    floor,
    initialPrice,
    warrantShares,
    warrantPrice,
    warrantExpiry,
    fees: [commitment, delay],
    issueLabel,
    approvalLevel: has("NASDAQ_APPROVAL_PCT") ? m.term("NASDAQ_APPROVAL_PCT") : undefined,
  });
}

/** Seed 000 §4 and §5: the Second Vesting Date Shares and their delay payments. */
function secondVestingShares(m: ModelLayout, asOf: string, P: string[]): void {
  const T = m.terms;
  const form10k = m.input("FORM_10K_DATE", "Form 10-K for 2000 filed on", "date", "Blank: not filed");
  const shares = m.input(
    "SVD_SHARES",
    "Second Vesting Date Shares of the holder",
    "shares",
    "seed 000 §4",
    `=${m.term("SVD_SHARES_PER_PURCHASER")}`,
  );
  const event = m.input("EVENT_DATE", "Registration Event date", "date", "Blank: no Event");
  const cure = m.input("CURE_DATE", "Registration Event cured on", "date", "Blank: not cured");
  m.section("Results");
  m.result(
    "SVD_FILING_DUE",
    "Filing Date",
    "date",
    "seed 000 §5",
    unlessBlank([form10k], neot("SVDFILINGDUE", form10k, T)),
  );
  m.result("SVD_EFFECTIVE_DUE", "Effectiveness Date", "date", "seed 000 §5", `=${neot("SVDEFFECTIVEDUE", T)}`);
  const args = [...P, shares, event, cure, asOf, T];
  const blank = `OR(${shares}="",${event}="",AND(${cure}="",${asOf}=""))`;
  m.result(
    "DELAY_PAYMENTS",
    "Registration Delay Payments accrued (one holder)",
    "usd",
    "seed 000 §5, Deemed Market Value",
    `=IF(${blank},"",${neot("DELAYPMTDMV", ...args)})`,
  );
  m.spill(
    "Registration Delay Payments (Deemed Market Value)",
    DMV_SCHEDULE_HEADINGS,
    [DATE_FORMAT, PRICE_FORMAT, MONEY_FORMAT, MONEY_FORMAT],
    awaitingInputs(
      blank,
      "Fill in the Registration Event date and its cure date (or the As-of date)",
      neot("DELAYSCHEDULEDMV", ...args),
    ),
  );
}

/** Seed 000 §2 and §3: Class B (Callable) Warrants; seed 003 records the exercises. */
function callableWarrants(m: ModelLayout, P: string[]): void {
  const notice = m.input("CALL_NOTICE_DATE", "Call Notice delivered on", "date", "Blank: no Call Notice");
  m.section("Results");
  m.result(
    "CALL_PRICE",
    "Exercise price after the Call Notice",
    "price",
    "seed 000 §3(b)",
    unlessBlank([notice], neot("CALLPRICE", ...P, notice, m.terms)),
  );
  m.section("Recorded beside contractual", ["Item", "Contractual", "Recorded", "Source"]);
  m.recorded(
    "CALL_SHARES",
    "Shares under each Class B Warrant",
    "shares",
    `=${m.term("CALL_WARRANT_SHARES")}`,
    1706800,
    `${SEED_003}: left per holder after exercises by June 21, 2001`,
  );
  m.recorded(
    "CALL_EXERCISED",
    "Class B Warrant shares exercised",
    "shares",
    "",
    586400,
    `${SEED_003}: exercised by June 21, 2001`,
  );
}

/** Seed 000 §2: when a Closing or Callable Warrant may first be exercised. */
function exerciseRestrictions(m: ModelLayout): void {
  m.section("Exercise restrictions", ["Input", "Value", "Unit", "Blank means / source"]);
  const notice = m.input("WAIVER_NOTICE_DATE", "Holder's waiver notice given on", "date", "Blank: no notice");
  const event = m.input("EVENT_8B_DATE", "Section 8(b)/8(d) event on", "date", "Blank: no event");
  m.result(
    "FIRST_EXERCISE",
    "First exercise date",
    "date",
    "seed 000 §2(c)",
    `=${neot("FIRSTEXERCISE", notice, event, m.terms)}`,
  );
}

/** Seed 001: the February 25, 2000 purchase, figures for both purchasers together. */
function februaryPurchase(m: ModelLayout): void {
  m.section("Results");
  const figure = (key: string, field: string, label: string, unit: "shares" | "usd" | "price") =>
    m.result(
      key,
      label,
      unit,
      "seed 001, recitals and signature pages",
      `=${neot(SPA_FIGURE_FUNCTION, `"${field}"`, '""', m.terms)}`,
    );
  figure("SHARES", "SHARES", "Shares purchased", "shares");
  figure("PRICE", "PRICE", "Price per share", "price");
  figure("PURCHASE_PRICE", "PURCHASE_PRICE", "Purchase price", "usd");
  figure("WARRANT_SHARES", "WARRANT_SHARES", "Warrant shares", "shares");
  figure("EXERCISE_PRICE", "EXERCISE_PRICE", "Warrant exercise price", "price");
  figure("EXERCISE_PROCEEDS", "EXERCISE_PROCEEDS", "Proceeds if every warrant is exercised", "usd");
}

/**
 * Seed 003, Plan of Distribution: a placements table (date, shares, price) with each
 * row's proceeds, cumulative sales, commission, cumulative warrant shares and settlement
 * date (the third business day after the sale, NEOT.CEOSETTLE), then VWAP, warrant price and NASD headroom.
 */
function cantor(m: ModelLayout, asOf: string, feeFunction: "CEOFEE" | "CEOOTHERFEE", valuation: Valuation): void {
  const T = m.terms;
  const prefix = feeFunction === "CEOFEE" ? "" : "OTHER_";
  m.section(feeFunction === "CEOFEE" ? "Placements (Sales Agreement)" : "Sales (Other Agreement)", []);
  m.note("Enter each placement's date, shares and price; the other columns follow. Seed 003, Plan of Distribution.");
  const K = (k: string) => `${prefix}${k}`;
  m.table(
    [
      { key: K("SALE_DATES"), heading: "Date", unit: "date", role: "input", cell: () => "" },
      { key: K("SALE_SHARES"), heading: "Shares", unit: "shares", role: "input", cell: () => "" },
      { key: K("SALE_PRICES"), heading: "Price", unit: "price", role: "input", cell: () => "" },
      {
        key: K("PROCEEDS"),
        heading: "Proceeds",
        unit: "usd",
        role: "result",
        cell: (i, at) =>
          unlessBlank(
            [at(K("SALE_SHARES"), i), at(K("SALE_PRICES"), i)],
            `${at(K("SALE_SHARES"), i)}*${at(K("SALE_PRICES"), i)}`,
          ),
      },
      {
        key: K("CUMULATIVE_SALES"),
        heading: "Cumulative sales",
        unit: "usd",
        role: "result",
        cell: (i, at) => unlessBlank([at(K("PROCEEDS"), i)], `SUM(${at(K("PROCEEDS"), 0)}:${at(K("PROCEEDS"), i)})`),
      },
      {
        key: K("COMMISSION"),
        heading: "Commission",
        unit: "usd",
        role: "result",
        cell: (i, at) =>
          unlessBlank(
            [at(K("PROCEEDS"), i)],
            neot(feeFunction, at(K("PROCEEDS"), i), `${at(K("CUMULATIVE_SALES"), i)}-${at(K("PROCEEDS"), i)}`, T),
          ),
      },
      {
        key: K("CUMULATIVE_WARRANTS"),
        heading: "Warrant shares to date",
        unit: "shares",
        role: "result",
        cell: (i, at) =>
          unlessBlank(
            [at(K("PROCEEDS"), i)],
            neot("CEOWARRANTS", `SUM(${at(K("SALE_SHARES"), 0)}:${at(K("SALE_SHARES"), i)})`, T),
          ),
      },
      {
        key: K("SETTLEMENT_DATES"),
        heading: "Settlement",
        unit: "date",
        role: "result",
        cell: (i, at) => unlessBlank([at(K("SALE_DATES"), i)], neot("CEOSETTLE", at(K("SALE_DATES"), i), T)),
      },
    ],
    PLACEMENT_ROWS,
  );
  const n = (k: string) => `${m.sheet}.${K(k)}`;
  m.section("Results");
  const proceeds = m.result(
    K("TOTAL_PROCEEDS"),
    "Gross proceeds",
    "usd",
    "seed 003, Plan of Distribution",
    `=SUM(${n("PROCEEDS")})`,
  );
  const shares = m.result(
    K("TOTAL_SHARES"),
    "Shares sold",
    "shares",
    "seed 003, Plan of Distribution",
    `=SUM(${n("SALE_SHARES")})`,
  );
  const commission = m.result(
    K("TOTAL_COMMISSION"),
    "Commission",
    "usd",
    "seed 003, Plan of Distribution",
    `=SUM(${n("COMMISSION")})`,
  );
  const vwap = m.result(
    K("VWAP"),
    "Volume-weighted average price",
    "price",
    "seed 003, Plan of Distribution",
    `=IF(${shares}=0,"",${neot("VWAP", n("SALE_PRICES"), n("SALE_SHARES"))})`,
  );
  const warrantShares = m.result(
    K("WARRANT_SHARES"),
    "Cantor warrant shares",
    "shares",
    "seed 003, Plan of Distribution",
    `=IF(${shares}=0,"",${neot("CEOWARRANTS", shares, T)})`,
  );
  const warrantPrice = m.result(
    K("WARRANT_PRICE"),
    "Cantor warrant exercise price",
    "price",
    "seed 003, Plan of Distribution",
    unlessBlank([vwap], neot("CEOWARRANTPRICE", vwap, T)),
  );
  m.result(
    K("NASD_HEADROOM"),
    "NASD 8% cap headroom (commission only)",
    "usd",
    "seed 003, Plan of Distribution",
    `=IF(${proceeds}=0,"",${neot("NASDHEADROOM", commission, proceeds, T)})`,
  );
  cantorValue(m, valuation(), {
    key: K,
    asOf,
    saleDates: n("SALE_DATES"),
    proceeds,
    commission,
    warrantShares,
    warrantPrice,
  });
}

/** Seed 003, risk factors: the Nasdaq $1.00 minimum bid on the as-of date. */
function minimumBid(m: ModelLayout, asOf: string, P: string[]): void {
  m.section("Nasdaq listing");
  m.result(
    "BELOW_MIN_BID",
    "Closing bid below the minimum bid",
    "flag",
    "seed 003, risk factors",
    unlessBlank([asOf], neot("BELOWMINBID", ...P, asOf, m.terms)),
  );
  m.result(
    "DAYS_BELOW_MIN_BID",
    "Trading days below the minimum bid",
    "days",
    "seed 003, risk factors",
    unlessBlank([asOf], neot("DAYSBELOWMINBID", ...P, asOf, m.terms)),
  );
}
