/**
 * The shape of one term a `[terms]` range (or a term sheet) may set: its seed default,
 * unit and the clause it comes from, and the value it takes once read. The registry of all
 * terms is termRegistry.ts; reading values is terms.ts, the rules between them termRules.ts
 * (both import TermValue from here, neither from the other).
 */
import type { Decimal } from "../decimal";
import type { Day } from "../time/civilDate";

/** A validated term value: Decimal for numeric kinds, boolean for flags, text for choices,
 *  a Day (number) for dates. */
export type TermValue = Decimal | boolean | string | Day;

/** How a term's value is read and checked. */
export type TermKind =
  | "fraction" // a percentage as a fraction: 120% is 1.2 (what an Excel cell formatted as % holds)
  | "price" // US dollars per share, > 0
  | "money" // US dollars, ≥ 0
  | "tradingDays" // whole number of Nasdaq trading days, ≥ 1
  | "calendarDays" // whole number of calendar days, ≥ 0
  | "count" // whole number, ≥ 1
  | "date" // a date: an Excel date serial in a cell, "YYYY-MM-DD" in a term sheet
  | "flag" // TRUE/FALSE
  | "choice"; // one of `choices`

export interface TermDefinition {
  readonly name: string;
  readonly kind: TermKind;
  /** The seed's value: a number for numeric kinds, a boolean for flags, text for choices,
   *  "YYYY-MM-DD" for dates. */
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
  date: "date",
  flag: "TRUE/FALSE",
  choice: "choice",
};

export function term(
  name: string,
  kind: TermKind,
  defaultValue: number | boolean | string,
  clause: string,
  description: string,
  choices?: readonly string[],
): TermDefinition {
  return { name, kind, default: defaultValue, unit: UNITS[kind], clause, description, choices };
}
