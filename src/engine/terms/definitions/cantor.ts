import { TermDefinition } from "../termDefinition";

/** Cantor Controlled Equity Offering (seed 003). */
export const CANTOR_TERMS: readonly TermDefinition[] = [];
