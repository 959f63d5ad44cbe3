import { Decimal, roundMoney } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { Day, isoDate, partsFromDay } from "../time/civilDate";
import { Terms } from "../terms/terms";

/**
 * Excel's DAYS360 with the US (NASD) method, which is the 30/360 of this engine: a start
 * on the last day of a month (February included) counts as the 30th; an end on the 31st
 * counts as the 30th when the start is the 30th or 31st, and as the 1st of the next month
 * otherwise.
 * @param start - first date
 * @param end - last date (may be before start: the count is then negative)
 * @returns a whole number of 30/360 days
 * @throws never
 * @example days360(dayFromParts(2001, 4, 17), dayFromParts(2001, 7, 17)) //=> 90
 */
export function days360(start: Day, end: Day): number {
  const s = partsFromDay(start);
  const e = partsFromDay(end);
  const lastOfMonth = partsFromDay(start + 1).day === 1;
  let sd = s.day;
  if (lastOfMonth) sd = 30;
  let ed = e.day;
  let em = e.month;
  const ey = e.year;
  if (ed === 31) {
    if (sd < 30) {
      ed = 1;
      em += 1;
    } else ed = 30;
  }
  return (ey - s.year) * 360 + (em - s.month) * 30 + (ed - sd);
}

/**
 * Year fraction from `start` to `end` under the INTEREST_DAY_COUNT term: ACT/360 (the
 * default: actual days ÷ 360), 30/360 ({@link days360} ÷ 360) or ACT/365 (actual ÷ 365).
 * Unrounded.
 * @returns the fraction of a year, unrounded
 * @throws never
 * @example yearFraction(dayFromParts(2001, 4, 17), dayFromParts(2001, 7, 17)).times(360).toDecimalPlaces(20).toString() //=> "91"
 */
export function yearFraction(start: Day, end: Day, terms = Terms.defaults): Decimal {
  const basis = terms.choice("INTEREST_DAY_COUNT");
  if (basis === "30/360") return new Decimal(days360(start, end)).dividedBy(360);
  return new Decimal(end - start).dividedBy(basis === "ACT/365" ? 365 : 360);
}

/**
 * Interest accrued on `principal` of New Debentures from `fromDate` (the issue date, or
 * the last date interest was paid) to `toDate` (the conversion, redemption or maturity
 * date): principal × INTEREST_RATE (5%) × year fraction, rounded to the cent. The first
 * day counts, the last does not (ACT: toDate − fromDate days). Interest is paid at
 * conversion or maturity, not on a coupon schedule (the April 2000 debentures Exhibit A
 * follows).
 * Seed 000, Exhibit A, New Debentures ("5% convertible debentures"); day count not in the
 * seeds (INTEREST_DAY_COUNT, default ACT/360).
 * @param principal - outstanding principal, USD, ≥ 0
 * @throws TermsError `invalid` for a negative principal or a toDate before fromDate
 * @param fromDate - start of the accrual (counted)
 * @param toDate - end of the accrual (not counted), on or after fromDate
 * @returns interest in USD, rounded to the cent
 * @example accruedInterest(new Decimal(5_000_000), dayFromParts(2001, 4, 17), dayFromParts(2001, 7, 17)).toString()
 * //=> "63194.44" (5,000,000 × 5% × 91 / 360)
 */
export function accruedInterest(principal: Decimal, fromDate: Day, toDate: Day, terms = Terms.defaults): Decimal {
  return roundMoney(unroundedInterest(principal, fromDate, toDate, terms));
}

/** {@link accruedInterest} before rounding, for totals that round once at the end. */
export function unroundedInterest(principal: Decimal, fromDate: Day, toDate: Day, terms = Terms.defaults): Decimal {
  check(!principal.isNegative(), "invalid", () => messages.negative("principal", principal.toString()));
  check(toDate >= fromDate, "invalid", () =>
    messages.dateBefore("to date", isoDate(toDate), "from date", isoDate(fromDate)),
  );
  return principal.times(terms.decimal("INTEREST_RATE")).times(yearFraction(fromDate, toDate, terms));
}
