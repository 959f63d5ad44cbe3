import { Decimal, roundMoney } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { PriceSeries } from "../series/priceSeries";
import { Day } from "../time/civilDate";
import { DelayPeriod, FULL, deemedMarketValuePayments, delaySchedule, paymentCount } from "./registrationDelay";
import { Terms } from "../terms/terms";

/** One row of a Registration Delay Payment schedule. */
export interface DelayScheduleRow {
  readonly date: Day;
  /** The tranche's aggregate purchase price (DELAYSCHEDULE) or the Deemed Market Value bid (DELAYSCHEDULEDMV). */
  readonly basis: Decimal;
  /** This payment, unrounded (a prorated cure-month payment is a fraction of a full one). */
  readonly amount: Decimal;
  /** The payments to this one included, rounded to the cent: the total as of this date. */
  readonly runningTotal: Decimal;
}

/**
 * The most payments a schedule lists: 50 years of monthly payments. A longer one (an
 * as-of date such as 9999-12-31 is 95,000 months away) is no schedule a banker reads, and
 * spilling it would freeze Excel; its total is NEOT.DELAYPMT's, counted without a walk.
 * Not a term of the agreements: a limit of these two display functions.
 */
export const MAX_SCHEDULE_PAYMENTS = 600;

/** @throws TermsError `invalid` when the period holds more than {@link MAX_SCHEDULE_PAYMENTS} payments */
function checkScheduleLength({ eventDate, cureDate, asOfDate }: DelayPeriod): void {
  const count = paymentCount(eventDate, cureDate, asOfDate);
  check(count <= MAX_SCHEDULE_PAYMENTS, "invalid", () => messages.scheduleTooLong(count, MAX_SCHEDULE_PAYMENTS));
}

/** Column headings of DELAYSCHEDULE, in order. */
export const DELAY_SCHEDULE_HEADINGS = ["Payment date", "Basis", "Payment", "Running total"] as const;
/** Column headings of DELAYSCHEDULEDMV, in order. */
export const DMV_SCHEDULE_HEADINGS = ["Payment date", "Deemed Market Value", "Payment", "Running total"] as const;

/**
 * The Registration Delay Payments behind {@link registrationDelayPayments}, one row per
 * payment of {@link delaySchedule}: 2% × `basis` × the payment's fraction. The running
 * total is rounded to the cent like the total, so the last row's running total is the
 * total (with the default as-of rule, the total as of each row's date).
 * Seed 000, Exhibit A, Registration Requirements ("2% of the aggregate purchase price
 * for each tranche ... payable monthly").
 * @param basis - the aggregate purchase price of the tranche, USD, ≥ 0
 * @returns the payments, oldest first; empty when none is due
 * @throws TermsError `invalid` for a negative basis, or more than {@link MAX_SCHEDULE_PAYMENTS} payments; like {@link delaySchedule}
 * @example registrationDelaySchedule(new Decimal(10_000_000), { eventDate, asOfDate }).map((r) => r.runningTotal.toString()) //=> ["200000", "400000", "600000"]
 */
export function registrationDelaySchedule(
  basis: Decimal,
  period: DelayPeriod,
  terms = Terms.defaults,
): DelayScheduleRow[] {
  check(!basis.isNegative(), "invalid", () => messages.negative("basis", basis.toString()));
  const payments = delaySchedule(period, terms); // checks the period before its length
  checkScheduleLength(period);
  const full = basis.times(terms.decimal("DELAY_PCT"));
  const rows: DelayScheduleRow[] = [];
  let paid = new Decimal(0); // in full payments, as registrationDelayPayments sums them
  for (const { date, fraction } of payments) {
    paid = paid.plus(fraction);
    const amount = fraction === FULL ? full : full.times(fraction); // full payments share one Decimal
    rows.push({ date, basis, amount, runningTotal: roundMoney(full.times(paid)) });
  }
  return rows;
}

/**
 * The Registration Delay Payments on the Second Vesting Date Shares behind
 * {@link deemedMarketValueDelayPayments}, one row per payment: the Deemed Market Value
 * used, the payment and the running total rounded to the cent (the last row's is the
 * total). Seed 000 §5.
 * @throws TermsError `invalid` for more than {@link MAX_SCHEDULE_PAYMENTS} payments; like {@link deemedMarketValuePayments}
 */
export function deemedMarketValueDelaySchedule(
  series: PriceSeries,
  shares: Decimal,
  period: DelayPeriod,
  terms = Terms.defaults,
): DelayScheduleRow[] {
  const payments = deemedMarketValuePayments(series, shares, period, terms);
  let next = payments.next(); // the total's own checks first, in its order
  checkScheduleLength(period);
  const rows: DelayScheduleRow[] = [];
  let total = new Decimal(0);
  for (; !next.done; next = payments.next()) {
    const { date, bid, amount } = next.value;
    total = total.plus(amount);
    rows.push({ date, basis: bid, amount, runningTotal: roundMoney(total) });
  }
  return rows;
}
