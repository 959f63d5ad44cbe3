import { TermDefinition } from "../termDefinition";

/** New Warrants (seed 000, Exhibit A). */
export const NEW_WARRANT_TERMS: readonly TermDefinition[] = [];
