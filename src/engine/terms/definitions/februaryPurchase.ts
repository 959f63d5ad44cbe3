import { TermDefinition } from "../termDefinition";

/** February 25, 2000 Securities Purchase Agreement (seed 001; seed 004). */
export const FEBRUARY_PURCHASE_TERMS: readonly TermDefinition[] = [];
