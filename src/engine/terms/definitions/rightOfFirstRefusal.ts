import { TermDefinition } from "../termDefinition";

/** Right of first refusal (seed 000, Exhibit B). */
export const RIGHT_OF_FIRST_REFUSAL_TERMS: readonly TermDefinition[] = [];
