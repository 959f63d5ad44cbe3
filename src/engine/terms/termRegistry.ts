/**
 * Every term a `[terms]` range (or a term sheet) may set. Names are frozen once shipped:
 * they live in users' workbooks. Names are valid Excel names that cannot be read as cell
 * references (each has an underscore), and are matched without regard to case.
 */
import { TermDefinition } from "./termDefinition";
import { CALLABLE_WARRANT_TERMS } from "./definitions/callableWarrants";
import { DEBENTURE_TERMS } from "./definitions/debentures";
import { REGISTRATION_TERMS } from "./definitions/registration";
import { NEW_WARRANT_TERMS } from "./definitions/newWarrants";
import { COMMITMENT_TERMS } from "./definitions/commitments";
import { EXERCISE_RESTRICTION_TERMS } from "./definitions/exerciseRestrictions";
import { RIGHT_OF_FIRST_REFUSAL_TERMS } from "./definitions/rightOfFirstRefusal";
import { FEBRUARY_PURCHASE_TERMS } from "./definitions/februaryPurchase";
import { CANTOR_TERMS } from "./definitions/cantor";
import { NASDAQ_RULE_TERMS } from "./definitions/nasdaqRules";
import { DEAL_TERMS } from "./definitions/deals";
import { WORKBOOK_TERMS } from "./definitions/workbook";
import { BUSINESS_DAY_TERMS } from "./definitions/businessDays";
import { APRIL_LETTER_TERMS } from "./definitions/aprilLetter";
import { RECORDED_EVENT_TERMS } from "./definitions/recordedEvents";
import { VALUATION_TERMS } from "./definitions/valuation";
import { VALUATION_SCENARIO_TERMS } from "./definitions/valuationScenarios";

/** Every term, family by family (one file per clause family under definitions/). */
export const TERM_DEFINITIONS: readonly TermDefinition[] = [
  ...BUSINESS_DAY_TERMS,
  ...DEBENTURE_TERMS,
  ...CALLABLE_WARRANT_TERMS,
  ...REGISTRATION_TERMS,
  ...NEW_WARRANT_TERMS,
  ...COMMITMENT_TERMS,
  ...EXERCISE_RESTRICTION_TERMS,
  ...RIGHT_OF_FIRST_REFUSAL_TERMS,
  ...FEBRUARY_PURCHASE_TERMS,
  ...CANTOR_TERMS,
  ...NASDAQ_RULE_TERMS,
  ...DEAL_TERMS, // deal parameters stated in the agreements: tranche, notice periods, caps
  ...APRIL_LETTER_TERMS,
  ...VALUATION_TERMS, // the conversion simulation's parameters (NEOT.CONVSIM)
  ...RECORDED_EVENT_TERMS, // what seed 003 records happened, never mixed with the contract's terms
  ...VALUATION_SCENARIO_TERMS, // how a stress scenario's bids are written (the seeds are silent)
  ...WORKBOOK_TERMS, // the calling workbook's date system
];

const BY_NAME = new Map(TERM_DEFINITIONS.map((t) => [t.name, t]));

/** The definition of a term by name (any case), or undefined. */
export function findTerm(name: string): TermDefinition | undefined {
  return BY_NAME.get(name.trim().toUpperCase());
}
