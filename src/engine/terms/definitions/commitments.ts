import { TermDefinition } from "../termDefinition";

/** Commitment payments (seed 000 §1(c)). */
export const COMMITMENT_TERMS: readonly TermDefinition[] = [];
