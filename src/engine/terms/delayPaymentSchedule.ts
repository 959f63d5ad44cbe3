import { Decimal, roundMoney } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { PriceSeries } from "../series/priceSeries";
import { Day } from "../time/civilDate";
import { DelayPeriod, deemedMarketValuePayments, delaySchedule } from "./registrationDelay";
import { Terms } from "./terms";

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
 * @throws TermsError `invalid` for a negative basis; like {@link delaySchedule}
 * @example registrationDelaySchedule(new Decimal(10_000_000), { eventDate, asOfDate }).map((r) => r.runningTotal.toString()) //=> ["200000", "400000", "600000"]
 */
export function registrationDelaySchedule(basis: Decimal, period: DelayPeriod, terms = Terms.defaults): DelayScheduleRow[] {
  check(!basis.isNegative(), "invalid", () => messages.negative("basis", basis.toString()));
  const full = basis.times(terms.decimal("DELAY_PCT"));
  const rows: DelayScheduleRow[] = [];
  let paid = new Decimal(0); // in full payments, as registrationDelayPayments sums them
  for (const { date, fraction } of delaySchedule(period, terms)) {
    paid = paid.plus(fraction);
    rows.push({ date, basis, amount: full.times(fraction), runningTotal: roundMoney(full.times(paid)) });
  }
  return rows;
}

/**
 * The Registration Delay Payments on the Second Vesting Date Shares behind
 * {@link deemedMarketValueDelayPayments}, one row per payment: the Deemed Market Value
 * used, the payment and the running total rounded to the cent (the last row's is the
 * total). Seed 000 §5.
 * @throws like {@link deemedMarketValuePayments}
 */
export function deemedMarketValueDelaySchedule(
  series: PriceSeries,
  shares: Decimal,
  period: DelayPeriod,
  terms = Terms.defaults,
): DelayScheduleRow[] {
  const rows: DelayScheduleRow[] = [];
  let total = new Decimal(0);
  for (const { date, bid, amount } of deemedMarketValuePayments(series, shares, period, terms)) {
    total = total.plus(amount);
    rows.push({ date, basis: bid, amount, runningTotal: roundMoney(total) });
  }
  return rows;
}
