import { TermDefinition, term } from "../termDefinition";

/** Valuation and scenario functions: choices the agreements leave open (DOMAIN.md, Valuation). */
export const VALUATION_SCENARIO_TERMS: readonly TermDefinition[] = [
  term(
    "PRICE_PATH_ROUND_CENTS",
    "flag",
    false,
    "not in the seeds: a stress scenario's bids are the banker's assumption; Nasdaq has quoted in cents since decimalization (April 9, 2001), so TRUE writes them as a quote would be",
    "NEOT.PRICEPATH rounds each scenario bid to the cent (half away from zero) when TRUE; FALSE keeps them unrounded",
  ),
];
