import { Decimal, roundMoney } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { Day, isoDate, partsFromDay } from "../time/civilDate";
import { Terms } from "../terms/terms";

/**
 * Excel's DAYS360 with the US (NASD) method, exactly: a start on the last day of a month
 * (February included) counts as the 30th; an end on the 31st counts as the 30th when the
 * start is the 30th or 31st, and as the 1st of the next month otherwise. An end on the last
 * day of February stays as it is, so DAYS360 from Feb 28 to Feb 28 is −2: the
 * INTEREST_DAY_COUNT `DAYS360_EXCEL`, for reconciling with a sheet that uses DAYS360.
 * @param start - first date
 * @param end - last date (may be before start: the count is then negative)
 * @returns a whole number of 30/360 days
 * @throws never
 * @example days360(dayFromParts(2001, 4, 17), dayFromParts(2001, 7, 17)) //=> 90
 * @example days360(dayFromParts(2001, 2, 28), dayFromParts(2001, 2, 28)) //=> -2
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
 * SIFMA's 30/360 US day count (the bond basis of US corporate bonds), the `30/360` of the
 * INTEREST_DAY_COUNT term. With D1 and D2 the days of the month of `start` and `end`, in
 * this order: when both dates are the last day of February, D2 becomes 30; when `start` is
 * the last day of February, D1 becomes 30; when D2 is 31 and D1 is 30 or 31, D2 becomes 30;
 * when D1 is 31, it becomes 30. Then 360 × years + 30 × months + (D2 − D1). Unlike Excel's
 * DAYS360 ({@link days360}), a period from the last day of February to the last day of
 * February is whole months, never negative.
 * Source: SIFMA, Standard Securities Calculation Methods, 30/360 (US); the seeds are silent
 * on the day count (INTEREST_DAY_COUNT).
 * @param start - first date
 * @param end - last date (may be before start: the count is then negative)
 * @returns a whole number of 30/360 days
 * @throws never
 * @example days30360US(dayFromParts(2001, 2, 28), dayFromParts(2001, 2, 28)) //=> 0
 * @example days30360US(dayFromParts(2001, 2, 28), dayFromParts(2002, 2, 28)) //=> 360
 */
export function days30360US(start: Day, end: Day): number {
  const s = partsFromDay(start);
  const e = partsFromDay(end);
  const startLastOfFebruary = s.month === 2 && partsFromDay(start + 1).day === 1;
  const endLastOfFebruary = e.month === 2 && partsFromDay(end + 1).day === 1;
  let d1 = s.day;
  let d2 = e.day;
  if (startLastOfFebruary && endLastOfFebruary) d2 = 30;
  if (startLastOfFebruary) d1 = 30;
  if (d2 === 31 && d1 >= 30) d2 = 30;
  if (d1 === 31) d1 = 30;
  return (e.year - s.year) * 360 + (e.month - s.month) * 30 + (d2 - d1);
}

/**
 * Year fraction from `start` to `end` under the INTEREST_DAY_COUNT term: ACT/360 (the
 * default: actual days ÷ 360), 30/360 (SIFMA 30/360 US, {@link days30360US} ÷ 360),
 * DAYS360_EXCEL (Excel's DAYS360, {@link days360} ÷ 360) or ACT/365 (actual ÷ 365).
 * Unrounded.
 * @returns the fraction of a year, unrounded
 * @throws never
 * @example yearFraction(dayFromParts(2001, 4, 17), dayFromParts(2001, 7, 17)).times(360).toDecimalPlaces(20).toString() //=> "91"
 */
export function yearFraction(start: Day, end: Day, terms = Terms.defaults): Decimal {
  const basis = terms.choice("INTEREST_DAY_COUNT");
  if (basis === "30/360") return new Decimal(days30360US(start, end)).dividedBy(360);
  if (basis === "DAYS360_EXCEL") return new Decimal(days360(start, end)).dividedBy(360);
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
