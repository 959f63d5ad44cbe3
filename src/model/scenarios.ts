import { DILUTION_HEADINGS } from "../engine/valuation/dilutionGrid";
import { SIMULATION_HEADINGS } from "../engine/valuation/conversionSimulation";
import { MONEY_FORMAT, PERCENT_FORMAT, PRICE_FORMAT, TEXT_FORMAT, WHOLE_FORMAT } from "../workbook/excelValues";
import { ModelLayout, anyBlank, awaitingInputs, neot, unlessBlank } from "./modelLayout";

/*
 * The model's Scenarios and value blocks (issue 16, item 8), planned like the other blocks:
 * named inputs, live NEOT.* formulas built from names, spills that wait for their inputs.
 * Seed 003's risk factors: the shares issuable on conversion "increase as the price of our
 * common stock decreases", and Nasdaq's 20% rule turns on that number; the warrant coverage
 * (New Warrants 20% at 125%, Cantor's 10% at 130% of VWAP, five years each) has a value.
 */

/** The price levels of the dilution table, as fractions of the as-of bid (25% to 150%). */
export const LEVEL_FRACTIONS = [0.25, 0.5, 0.75, 1, 1.25, 1.5] as const;

/**
 * Shares outstanding the model starts from: seed 003, risk factors, "21,862,772 shares of our
 * common stock outstanding as of October 2, 2001". An input: the banker enters the count at
 * the as-of date.
 */
export const SEED_003_OUTSTANDING = 21_862_772;

/** The rows of CONVSIM's table below its headings: four estimates and at most four probabilities. */
const SIMULATION_ROWS = 8;

/** The history HISTVOL reads by default in the model: 60 daily changes (its own default). */
const VOLATILITY_DAYS = "60";

/** What the valuation formulas share: the market inputs, and the as-of bid they start from. */
export interface ValuationInputs {
  readonly volatility: string;
  readonly rate: string;
  readonly outstanding: string;
  readonly lastBid: string;
}

/**
 * The valuation inputs of a deal's model, in a section of their own: volatility (a live
 * HISTVOL of the closing bids to the as-of date unless the banker types one), the risk-free
 * rate, the shares outstanding, and the closing bid on the as-of date.
 * @param asOf - the model's as-of date name
 */
export function valuationInputs(m: ModelLayout, asOf: string): ValuationInputs {
  const T = m.terms;
  const P = m.priceNames;
  m.section("Scenarios and value: market inputs", ["Input", "Value", "Unit", "Blank means / source"]);
  const volatility = m.input(
    "VOLATILITY",
    "Volatility of the closing bid (a year)",
    "percent",
    "Default: NEOT.HISTVOL, 60 daily changes to the As-of date; type a figure to override",
    unlessBlank([asOf], neot("HISTVOL", ...P, asOf, VOLATILITY_DAYS, T)),
  );
  const rate = m.input(
    "RATE",
    "Risk-free rate (continuously compounded)",
    "percent",
    "Blank: the value figures stay blank (e.g. the Treasury yield for the horizon)",
  );
  const outstanding = m.input(
    "OUTSTANDING",
    "Shares outstanding",
    "shares",
    "seed 003, risk factors: 21,862,772 on October 2, 2001; enter the count at the As-of date",
    SEED_003_OUTSTANDING,
  );
  const lastBid = m.result(
    "LAST_BID",
    "Closing bid on the As-of date",
    "price",
    "seed 000, Exhibit A, Per Share Market Value",
    unlessBlank([asOf], neot("CLOSINGBID", ...P, asOf, T)),
  );
  return { volatility, rate, outstanding, lastBid };
}

/** The debenture figures the scenarios build on: names of the model's inputs and results. */
export interface DebentureNames {
  readonly asOf: string;
  readonly issue: string;
  readonly principal: string;
  readonly converted: string;
  readonly convDate: string;
  readonly floor: string;
  readonly initialPrice: string;
  readonly warrantShares: string;
  readonly warrantPrice: string;
  readonly warrantExpiry: string;
  readonly fees: readonly string[];
  readonly issueLabel: string;
  readonly approvalLevel?: string;
}

/** `x`, or 0 while x is blank: for fees a blank input leaves uncounted. */
const orZero = (name: string) => `IF(${name}="",0,${name})`;

/**
 * The New Debentures' scenarios and value: the dilution table at price levels from 25% to
 * 150% of the as-of bid (DILUTIONGRID), the Monte Carlo of the Conversion Price (CONVSIM),
 * the New Warrants' value (WARRANTVALUE × the warrant shares), and the cost: what the
 * purchasers receive above principal (as-converted value above the principal converted,
 * warrants, commitment and delay payments) as a share of the principal. Two charts: shares
 * issued and dilution against the price level.
 * Seed 000, Exhibit A (Conversion Price, New Warrants); seed 003, risk factors.
 */
export function debentureScenarios(m: ModelLayout, v: ValuationInputs, d: DebentureNames): void {
  const T = m.terms;
  const A = "seed 000, Exhibit A";
  m.section("Scenarios: dilution by price level", []);
  m.note("Each level is a closing bid held through the reset window; edit the fractions to change the levels.");
  m.table(
    [
      {
        key: "LEVEL_FRACTIONS",
        heading: "Share of the As-of bid",
        unit: "percent",
        role: "input",
        cell: (i) => LEVEL_FRACTIONS[i],
      },
      {
        key: "PRICE_LEVELS",
        heading: "Price level",
        unit: "price",
        role: "result",
        cell: (i, at) => unlessBlank([v.lastBid, at("LEVEL_FRACTIONS", i)], `${v.lastBid}*${at("LEVEL_FRACTIONS", i)}`),
      },
    ],
    LEVEL_FRACTIONS.length,
  );
  const levels = `${m.sheet}.PRICE_LEVELS`;
  const grid = m.spill(
    "Dilution by price level (NEOT.DILUTIONGRID)",
    DILUTION_HEADINGS,
    [PRICE_FORMAT, PRICE_FORMAT, WHOLE_FORMAT, PERCENT_FORMAT, PERCENT_FORMAT, "General", WHOLE_FORMAT, MONEY_FORMAT],
    awaitingInputs(
      anyBlank([d.initialPrice, d.converted, v.outstanding, v.lastBid]),
      `Fill in the ${d.issueLabel}, the As-of date and the shares outstanding`,
      neot("DILUTIONGRID", d.converted, d.initialPrice, v.outstanding, levels, d.floor, T),
    ),
    LEVEL_FRACTIONS.length,
  );
  // The simulation starts from the As-of bid: it waits for a Conversion date after it (an
  // earlier conversion is history, computed in the Results).
  const simArgs = [...m.priceNames, d.issue, d.asOf, d.convDate, d.converted, v.outstanding, v.volatility, v.rate, T];
  const simInputs = [d.issue, d.asOf, d.convDate, d.converted, v.outstanding, v.volatility, v.rate];
  const simWaits = `OR(${anyBlank(simInputs)},${d.convDate}<=${d.asOf})`;
  const simulation = neot("CONVSIM", ...simArgs);
  m.spill(
    "Conversion simulation (NEOT.CONVSIM)",
    SIMULATION_HEADINGS,
    [TEXT_FORMAT, "General", "General", "General", "General", "General"],
    awaitingInputs(
      simWaits,
      `Fill in the ${d.issueLabel}, the As-of date, a Conversion date after it and the rate`,
      simulation,
    ),
    SIMULATION_ROWS,
  );

  m.section("Value and cost to the Company");
  m.note(
    "The simulation converts on the Conversion date: it ignores the holders' choice of when to convert, the Company's 106% redemption and borrow cost.",
  );
  const warrantInputs = [
    d.warrantPrice,
    d.warrantExpiry,
    d.warrantShares,
    v.lastBid,
    v.volatility,
    v.rate,
    v.outstanding,
  ];
  const each = m.result(
    "NEW_WARRANT_VALUE_EACH",
    "New Warrant value, each (dilution-adjusted)",
    "price",
    `${A}, New Warrants; Black-Scholes-Merton with Hull's dilution adjustment`,
    unlessBlank(
      warrantInputs,
      neot(
        "WARRANTVALUE",
        v.lastBid,
        d.warrantPrice,
        d.asOf,
        d.warrantExpiry,
        v.volatility,
        v.rate,
        d.warrantShares,
        v.outstanding,
        "0",
        T,
      ),
    ),
  );
  const warrants = m.result(
    "NEW_WARRANT_VALUE",
    "New Warrants' value",
    "usd",
    `${A}, New Warrants: the value each × the warrant shares`,
    unlessBlank([each], `${each}*${d.warrantShares}`),
  );
  // Row 5, column 2 of CONVSIM's table: the mean as-converted value (the same arguments as the
  // spill, so Excel answers it from the function's cache without a second simulation).
  const asConverted = m.result(
    "AS_CONVERTED_VALUE",
    "As-converted value on the Conversion date (mean, discounted)",
    "usd",
    `${A}, Conversion; NEOT.CONVSIM`,
    `=IF(${simWaits},"",INDEX(${simulation},5,2))`,
  );
  const gain = m.result(
    "CONVERSION_GAIN",
    "As-converted value above the principal converted",
    "usd",
    `${A}, Conversion`,
    unlessBlank([asConverted], `${asConverted}-${d.converted}`),
  );
  const fees = m.result(
    "FEES",
    "Fees and payments owed to the purchasers (blank ones count 0)",
    "usd",
    "seed 000 §1(c) commitment payments; Exhibit A, Registration Delay Payments",
    `=${d.fees.map(orZero).join("+")}`,
  );
  const given = m.result(
    "VALUE_GIVEN",
    "Value given to the purchasers",
    "usd",
    "conversion gain + New Warrants + fees",
    unlessBlank([gain, warrants], `${gain}+${warrants}+${fees}`),
  );
  m.result(
    "COST_OF_PROCEEDS",
    "Value given as a share of the principal",
    "percent",
    `${A}, Proceeds`,
    unlessBlank([given, d.principal], `${given}/${d.principal}`),
  );

  m.chart(grid, {
    name: `${m.dealId}_SHARES_CHART`,
    title: `${m.dealId}: shares issued on conversion by price level`,
    xAxisTitle: "Closing bid held through the reset window (USD per share)",
    yAxisTitle: "Shares",
    xColumn: 0,
    series: [{ label: DILUTION_HEADINGS[2], column: 2 }],
    levels: [],
  });
  m.chart(grid, {
    name: `${m.dealId}_DILUTION_CHART`,
    title: `${m.dealId}: dilution by price level`,
    xAxisTitle: "Closing bid held through the reset window (USD per share)",
    yAxisTitle: "Fraction of the shares outstanding",
    xColumn: 0,
    series: [{ label: DILUTION_HEADINGS[3], column: 3 }],
    levels: d.approvalLevel
      ? [{ label: "Nasdaq approval threshold", name: d.approvalLevel, format: PERCENT_FORMAT }]
      : [],
  });
}

/** The Cantor figures the value block builds on (names of the model's results and table columns). */
export interface CantorNames {
  readonly key: (k: string) => string;
  readonly asOf: string;
  readonly saleDates: string;
  readonly proceeds: string;
  readonly commission: string;
  readonly warrantShares: string;
  readonly warrantPrice: string;
}

/**
 * The value of Cantor's warrants (seed 003, Plan of Distribution: 10% of the shares sold, at
 * 130% of the VWAP, exercisable for five years) as WARRANTVALUE × the warrant shares, dated
 * from the first placement, and the offering's cost: commission plus the warrants' value as
 * a share of the gross proceeds.
 */
export function cantorValue(m: ModelLayout, v: ValuationInputs, c: CantorNames): void {
  const T = m.terms;
  const P = "seed 003, Plan of Distribution";
  m.section("Value and cost to the Company");
  const expiry = neot("CEOWARRANTEXPIRY", `MIN(${c.saleDates})`, T);
  const inputs = [c.warrantPrice, c.warrantShares, v.lastBid, v.volatility, v.rate, v.outstanding];
  const each = m.result(
    c.key("WARRANT_VALUE_EACH"),
    "Cantor warrant value, each (dilution-adjusted)",
    "price",
    `${P}; expiry five years after the first placement`,
    unlessBlank(
      inputs,
      neot(
        "WARRANTVALUE",
        v.lastBid,
        c.warrantPrice,
        c.asOf,
        expiry,
        v.volatility,
        v.rate,
        c.warrantShares,
        v.outstanding,
        "0",
        T,
      ),
    ),
  );
  const value = m.result(
    c.key("WARRANT_VALUE"),
    "Cantor warrants' value",
    "usd",
    `${P}: the value each × the warrant shares`,
    unlessBlank([each], `${each}*${c.warrantShares}`),
  );
  m.result(
    c.key("COST_OF_PROCEEDS"),
    "Commission and warrants as a share of the gross proceeds",
    "percent",
    P,
    unlessBlank([value], `(${c.commission}+${value})/${c.proceeds}`),
  );
}
