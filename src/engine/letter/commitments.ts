import { Decimal } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { Day, addMonthsClamped, isoDate } from "../time/civilDate";
import { Terms } from "../terms/terms";

/** When each tranche was issued; undefined means not (yet) issued. */
export interface Closings {
  readonly initialClosing?: Day;
  readonly secondClosing?: Day;
}

/**
 * The two §1(c) deadlines: the first tranche is in time when issued on or before
 * LETTER_DATE + COMMIT_FIRST_DAYS (2001-05-17); the second when issued on or before
 * EDATE(LETTER_DATE, COMMIT_SECOND_MONTHS) (2001-11-17).
 * Seed 000 §1(c) ("within 30 days after the date of this letter"; "within seven months
 * after the date of this letter agreement").
 * @returns the last in-time day of each tranche, inclusive
 * @throws never
 * @example isoDate(commitmentDeadlines().second) //=> "2001-11-17"
 */
export function commitmentDeadlines(terms = Terms.defaults): { first: Day; second: Day } {
  const letter = terms.day("LETTER_DATE");
  return {
    first: letter + terms.whole("COMMIT_FIRST_DAYS"),
    second: addMonthsClamped(letter, terms.whole("COMMIT_SECOND_MONTHS")),
  };
}

/**
 * The commitment payment owed to each purchaser as of `asOfDate`:
 * - COMMIT_FIRST_AMOUNT ($500,000) once the first deadline has passed (asOfDate after
 *   it) and the first tranche was not issued on or before it;
 * - otherwise COMMIT_SECOND_AMOUNT ($400,000) once the second deadline has passed and the
 *   second tranche was not issued on or before it;
 * - otherwise 0. At most one of the two is owed.
 * A deadline day itself is still in time, so nothing is owed for it until the next day.
 * The §1(c) exception (purchasers failing to negotiate in good faith or to perform) is a
 * question of fact and is not modelled.
 * Seed 000 §1(c).
 * @param closings - the Initial and Second Closing dates; undefined = not issued
 * @param asOfDate - the date the question is asked
 * @throws TermsError `invalid` when a second closing is given without an initial one, is
 *   before it, or the initial closing is before the letter date
 * @returns USD per purchaser: 0, COMMIT_FIRST_AMOUNT or COMMIT_SECOND_AMOUNT
 * @example commitmentPayment({}, dayFromParts(2001, 5, 18)).toString() //=> "500000"
 */
export function commitmentPayment(closings: Closings, asOfDate: Day, terms = Terms.defaults): Decimal {
  const { initialClosing, secondClosing } = closings;
  const letter = terms.day("LETTER_DATE");
  check(secondClosing === undefined || initialClosing !== undefined, "invalid", () =>
    messages.secondClosingWithoutInitial(isoDate(secondClosing!)),
  );
  check(initialClosing === undefined || initialClosing >= letter, "invalid", () =>
    messages.dateBefore("initial closing date", isoDate(initialClosing!), "letter date", isoDate(letter)),
  );
  check(secondClosing === undefined || secondClosing >= initialClosing!, "invalid", () =>
    messages.dateBefore(
      "second closing date",
      isoDate(secondClosing!),
      "initial closing date",
      isoDate(initialClosing!),
    ),
  );
  const { first, second } = commitmentDeadlines(terms);
  const firstInTime = initialClosing !== undefined && initialClosing <= first;
  if (!firstInTime) return asOfDate > first ? terms.decimal("COMMIT_FIRST_AMOUNT") : new Decimal(0);
  const secondInTime = secondClosing !== undefined && secondClosing <= second;
  if (!secondInTime && asOfDate > second) return terms.decimal("COMMIT_SECOND_AMOUNT");
  return new Decimal(0);
}

/**
 * The commitment payments owed to all purchasers: {@link commitmentPayment} ×
 * COMMIT_PURCHASERS (2: Montrose and Strong River).
 * Seed 000 §1(c) ("pay each Purchaser").
 * @returns USD for all purchasers
 * @throws like commitmentPayment
 * @example commitmentPaymentTotal({}, dayFromParts(2001, 5, 18)).toString() //=> "1000000"
 */
export function commitmentPaymentTotal(closings: Closings, asOfDate: Day, terms = Terms.defaults): Decimal {
  return commitmentPayment(closings, asOfDate, terms).times(terms.whole("COMMIT_PURCHASERS"));
}
