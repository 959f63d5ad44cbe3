/**
 * Every term a `[terms]` range (or a term sheet) may set, with its seed default, unit and
 * the clause it comes from. Names are frozen once shipped: they live in users' workbooks.
 * Names are valid Excel names that cannot be read as cell references (each has an
 * underscore), and are matched without regard to case.
 */

/** How a term's value is read and checked. */
export type TermKind =
  | "fraction" // a percentage as a fraction: 120% is 1.2 (what an Excel cell formatted as % holds)
  | "price" // US dollars per share, > 0
  | "money" // US dollars, ≥ 0
  | "tradingDays" // whole number of Nasdaq trading days, ≥ 1
  | "calendarDays" // whole number of calendar days, ≥ 0
  | "count" // whole number, ≥ 1
  | "flag" // TRUE/FALSE
  | "choice"; // one of `choices`

export interface TermDefinition {
  readonly name: string;
  readonly kind: TermKind;
  /** The seed's value; a number for numeric kinds, a boolean for flags, text for choices. */
  readonly default: number | boolean | string;
  readonly unit: string;
  /** Where the value comes from: a seed clause, or "not in the seeds" with the reason. */
  readonly clause: string;
  readonly description: string;
  readonly choices?: readonly string[];
}

const UNITS: Record<TermKind, string> = {
  fraction: "%",
  price: "USD per share",
  money: "USD",
  tradingDays: "trading days",
  calendarDays: "calendar days",
  count: "count",
  flag: "TRUE/FALSE",
  choice: "choice",
};

function term(
  name: string,
  kind: TermKind,
  defaultValue: number | boolean | string,
  clause: string,
  description: string,
  choices?: readonly string[],
): TermDefinition {
  return { name, kind, default: defaultValue, unit: UNITS[kind], clause, description, choices };
}

const EXHIBIT_A = "seed 000, Exhibit A";

export const TERM_DEFINITIONS: readonly TermDefinition[] = [
  // New Debentures: conversion price
  term("CONV_INITIAL_PCT", "fraction", 1.2, `${EXHIBIT_A}, Initial Conversion Price`,
    "Initial Conversion Price as a share of the average closing bid before issuance (120%)"),
  term("CONV_INITIAL_WINDOW", "tradingDays", 5, `${EXHIBIT_A}, Initial Conversion Price`,
    "Trading days before the issue date averaged for the Initial Conversion Price"),
  term("CONV_RESET_DELAY_DAYS", "calendarDays", 90, `${EXHIBIT_A}, Initial Conversion Price ("Beginning 90 days after issuance")`,
    "Calendar days after issuance from which the Subsequent Conversion Price applies"),
  term("CONV_RESET_PCT", "fraction", 1.01, `${EXHIBIT_A}, Subsequent Conversion Price`,
    "Subsequent Conversion Price as a share of the average of the lowest bids (101%)"),
  term("CONV_RESET_WINDOW", "tradingDays", 30, `${EXHIBIT_A}, Subsequent Conversion Price`,
    "Trading days before the conversion date searched for the lowest bids"),
  term("CONV_RESET_LOWEST", "count", 10, `${EXHIBIT_A}, Subsequent Conversion Price`,
    "How many of the lowest bids in the window are averaged"),
  // Class B (Callable) Warrants: exercise price after a Call Notice
  term("CALL_CAP_PRICE", "price", 33.75, "seed 000 §3(b) (Callable Warrant §3(c) as amended)",
    "Cap on the exercise price after a Call Notice"),
  term("CALL_THRESHOLD_PRICE", "price", 5, "seed 000 §3(b)",
    "Average closing bid below which the lower percentage applies"),
  term("CALL_THRESHOLD_WINDOW", "tradingDays", 5, "seed 000 §3(b)",
    "Trading days before the Delivery Date averaged for the threshold test"),
  term("CALL_PCT_BELOW", "fraction", 0.95, "seed 000 §3(b)",
    "Share of the next day's closing bid when the average is below the threshold (95%)"),
  term("CALL_PCT_OTHERWISE", "fraction", 0.97, "seed 003, risk factors (Class B Warrants: 97%)",
    "Share of the next day's closing bid otherwise (97%)"),
  // Registration Delay Payments
  term("DELAY_PCT", "fraction", 0.02, `${EXHIBIT_A}, Registration Requirements; seed 000 §5`,
    "Each monthly Registration Delay Payment as a share of the basis (2%)"),
  term("DELAY_PRORATE", "flag", false,
    "not in the seeds (\"payable monthly following specified Events\"); some same-era forms prorate",
    "TRUE: the payment for the month in which the Event is cured is prorated by days"),
];

const BY_NAME = new Map(TERM_DEFINITIONS.map((t) => [t.name, t]));

/** The definition of a term by name (any case), or undefined. */
export function findTerm(name: string): TermDefinition | undefined {
  return BY_NAME.get(name.trim().toUpperCase());
}
