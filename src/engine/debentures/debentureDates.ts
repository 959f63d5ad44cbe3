import { Day, addMonthsClamped } from "../time/civilDate";
import { Terms } from "../terms/terms";

/**
 * Maturity Date of New Debentures: the MATURITY_YEARS (5th) anniversary of issuance, by
 * Excel EDATE (a February 29 issue matures on February 28).
 * Seed 000, Exhibit A, New Debentures ("maturing on the fifty [fifth] anniversary of
 * issuance").
 * @param issueDate - the date of issuance
 * @returns the Maturity Date
 * @throws never
 * @example isoDate(maturityDate(dayFromParts(2000, 2, 29))) //=> "2005-02-28"
 */
export function maturityDate(issueDate: Day, terms = Terms.defaults): Day {
  return addMonthsClamped(issueDate, 12 * terms.whole("MATURITY_YEARS"));
}

/**
 * Second Closing date: SECOND_CLOSING_MONTHS (6) months after the Initial Closing, by
 * Excel EDATE (August 31 → February 28/29).
 * Seed 000, Exhibit A, Proceeds ("six months after the Initial Closing (the 'Second
 * Closing')").
 * @param initialClosing - the date of the Initial Closing
 * @returns the Second Closing date
 * @throws never
 * @example isoDate(secondClosingDate(dayFromParts(2001, 8, 31))) //=> "2002-02-28"
 */
export function secondClosingDate(initialClosing: Day, terms = Terms.defaults): Day {
  return addMonthsClamped(initialClosing, terms.whole("SECOND_CLOSING_MONTHS"));
}
