import { Decimal, roundMoney } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { closingBidOnOrBefore } from "../series/closingBid";
import { PriceSeries } from "../series/priceSeries";
import { Day, addMonthsClamped, isoDate, partsFromDay } from "../time/civilDate";
import { addTradingDays } from "../time/nasdaqCalendar";
import { Terms } from "../terms/terms";

/** When a Registration Delay Event starts and stops counting. */
export interface DelayPeriod {
  readonly eventDate: Day;
  /** First day the Event is cured; undefined while it is not cured. */
  readonly cureDate?: Day;
  /** Count payments due on or before this day; undefined means up to the cure. */
  readonly asOfDate?: Day;
}

/** One payment of the schedule: its date and the share of a full payment owed. */
export interface DelayPayment {
  readonly date: Day;
  /** 1, or less than 1 for the cure month when DELAY_PRORATE is TRUE. */
  readonly fraction: Decimal;
}

/**
 * The Registration Delay Payment schedule: a payment on the Event Date and on each
 * monthly anniversary of it (Excel EDATE from the Event Date: clamped to the month's
 * last day, never carried forward) that falls strictly before the cure date and on or
 * before the as-of date.
 * Seed 000, Exhibit A, Registration Requirements ("payable monthly following specified
 * Events") and §5. The seeds are silent on proration: with DELAY_PRORATE TRUE, the
 * payment whose month the cure falls in is owed for the days up to the cure only.
 * @throws TermsError `invalid` when neither cure nor as-of date is given, or the cure
 *   date is before the event date
 * @example delaySchedule({ eventDate: dayFromParts(2001, 6, 1), cureDate: dayFromParts(2001, 7, 15) })
 * //=> payments on 2001-06-01 and 2001-07-01
 */
export function delaySchedule(period: DelayPeriod, terms = Terms.defaults): Iterable<DelayPayment> {
  const { eventDate, cureDate } = period;
  check(cureDate !== undefined || period.asOfDate !== undefined, "invalid", messages.cureOrAsOfRequired);
  check(cureDate === undefined || cureDate >= eventDate, "invalid", () =>
    messages.cureBeforeEvent(isoDate(cureDate!), isoDate(eventDate)),
  );
  return payments(period, terms.flag("DELAY_PRORATE"));
}

/** A full payment; Decimals are immutable, so every full payment shares it. */
export const FULL = new Decimal(1);

// A generator, so a schedule running to a far as-of date (9999-12-31 is a common "no
// end") is walked once by its caller, which may stop at the first missing bid.
function* payments({ eventDate, cureDate, asOfDate }: DelayPeriod, prorate: boolean): Generator<DelayPayment> {
  const count = paymentCount(eventDate, cureDate, asOfDate);
  for (let k = 0; k < count; k++) yield payment(eventDate, k, cureDate, prorate);
}

/** Payment `k` (0 = the Event Date) of a schedule that holds it. */
function payment(eventDate: Day, k: number, cureDate: Day | undefined, prorate: boolean): DelayPayment {
  const date = addMonthsClamped(eventDate, k);
  if (!prorate || cureDate === undefined) return { date, fraction: FULL };
  const next = addMonthsClamped(eventDate, k + 1);
  return { date, fraction: cureDate < next ? new Decimal(cureDate - date).dividedBy(next - date) : FULL };
}

/**
 * How many payments the schedule holds: the k ≥ 0 with EDATE(event, k) before the cure
 * and on or before the as-of date. Arithmetic, not a walk: the month count between the
 * event and the last allowed day, less one when that month's payment falls after it.
 * (EDATE is increasing in k, so the payments allowed are exactly k = 0 … count − 1.)
 */
export function paymentCount(eventDate: Day, cureDate: Day | undefined, asOfDate: Day | undefined): number {
  const last = Math.min(cureDate === undefined ? Infinity : cureDate - 1, asOfDate === undefined ? Infinity : asOfDate);
  if (last < eventDate) return 0;
  const from = partsFromDay(eventDate);
  const to = partsFromDay(last);
  const months = (to.year - from.year) * 12 + (to.month - from.month);
  return addMonthsClamped(eventDate, months) > last ? months : months + 1;
}

/**
 * Total Registration Delay Payments: 2% × `basis` for each payment of
 * {@link delaySchedule}, rounded to the cent at the end.
 * Seed 000, Exhibit A, Registration Requirements ("2% of the aggregate purchase price
 * for each tranche ... payable monthly").
 * @param basis - the aggregate purchase price of the tranche, USD, ≥ 0
 * @example registrationDelayPayments(new Decimal(10_000_000), { eventDate, asOfDate }) // 3 payments => 600000
 */
export function registrationDelayPayments(basis: Decimal, period: DelayPeriod, terms = Terms.defaults): Decimal {
  check(!basis.isNegative(), "invalid", () => messages.negative("basis", basis.toString()));
  delaySchedule(period, terms); // checks the period
  // Every payment is a full one but the last, which alone may fall in the cure month:
  // the total is counted, never walked (an as-of date of 9999-12-31 is 95,000 months away).
  const { eventDate, cureDate, asOfDate } = period;
  const count = paymentCount(eventDate, cureDate, asOfDate);
  const last = count > 0 ? payment(eventDate, count - 1, cureDate, terms.flag("DELAY_PRORATE")).fraction : FULL;
  const payments = count > 0 ? new Decimal(count - 1).plus(last) : new Decimal(0);
  return roundMoney(basis.times(terms.decimal("DELAY_PCT")).times(payments));
}

/**
 * Total Registration Delay Payments on the Second Vesting Date Shares: each payment is
 * 2% × `shares` × the greater of the closing bid on the Event Date (the last trading day
 * on or before it, if Nasdaq was closed) and the closing bid on the trading day before
 * the payment's date. Rounded to the cent at the end.
 * Seed 000 §5 ("Deemed Market Value ... the greater of (a) the Per Share Market Value
 * ... on the applicable Event Date or (b) the Per Share Market Value on the Trading Date
 * prior to the date of payment").
 * @param shares - Second Vesting Date Shares of the holder (450,000 each in seed 000 §4)
 * @throws TermsError `missing` for a needed day with no closing bid
 */
export function deemedMarketValueDelayPayments(
  series: PriceSeries,
  shares: Decimal,
  period: DelayPeriod,
  terms = Terms.defaults,
): Decimal {
  let total = new Decimal(0);
  for (const { amount } of deemedMarketValuePayments(series, shares, period, terms)) total = total.plus(amount);
  return roundMoney(total);
}

/** One payment on the Second Vesting Date Shares: the bid used and the amount, unrounded. */
export interface DeemedMarketValuePayment extends DelayPayment {
  /** The Deemed Market Value: the greater of the Event Date bid and the prior trading day's bid. */
  readonly bid: Decimal;
  /** 2% × shares × bid × fraction, unrounded. */
  readonly amount: Decimal;
}

/**
 * The payments summed by {@link deemedMarketValueDelayPayments}, one by one (Seed 000 §5,
 * Deemed Market Value). A generator: it reads a bid only when a payment is due.
 * @throws TermsError `invalid` for shares that are not a whole number ≥ 0; like
 *   {@link delaySchedule}; `missing` for a needed day with no closing bid
 */
export function* deemedMarketValuePayments(
  series: PriceSeries,
  shares: Decimal,
  period: DelayPeriod,
  terms = Terms.defaults,
): Generator<DeemedMarketValuePayment> {
  check(shares.isInteger() && !shares.isNegative(), "invalid", () => messages.notWhole("shares", shares.toString()));
  const perShare = shares.times(terms.decimal("DELAY_PCT"));
  let eventBid: Decimal | undefined; // read only when a payment is due
  for (const payment of delaySchedule(period, terms)) {
    eventBid ??= closingBidOnOrBefore(series, period.eventDate);
    const bid = Decimal.max(eventBid, series.bidOn(addTradingDays(payment.date, -1)));
    yield { ...payment, bid, amount: perShare.times(bid).times(payment.fraction) };
  }
}
