import { TermDefinition } from "../termDefinition";

/** Dilution and Nasdaq listing rules (seed 003, risk factors). */
export const NASDAQ_RULE_TERMS: readonly TermDefinition[] = [];
