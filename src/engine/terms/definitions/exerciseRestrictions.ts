import { TermDefinition } from "../termDefinition";

/** Warrant exercise restrictions (seed 000 §2). */
export const EXERCISE_RESTRICTION_TERMS: readonly TermDefinition[] = [];
