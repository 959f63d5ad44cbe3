/**
 * Stress scenarios of the closing bid: a price history continued by a move the banker
 * assumes, in the shape the Conversion Price and the schedules read.
 */
import { Decimal, roundMoney } from "../decimal";
import { TermsError, check } from "../errors";
import { messages } from "../messages";
import { PriceSeries } from "../series/priceSeries";
import { Terms } from "../terms/terms";
import { Day, isoDate } from "../time/civilDate";
import { addTradingDays, countTradingDays } from "../time/nasdaqCalendar";

/** Looked up once: a global lookup per call is measurable in Excel's runtimes. */
const { pow } = Math;

/**
 * Most trading days a scenario adds after from_date: about 10 years, twice the New
 * Debentures' five-year term, so a call stays a few milliseconds (as the delay schedules'
 * 600 payments do).
 */
export const MAX_SCENARIO_DAYS = 2_520;

/** One day of a scenario: a Nasdaq trading day and its closing bid, USD per share. */
export interface PathDay {
  readonly date: Day;
  readonly bid: number;
}

/**
 * A stress scenario of the closing bid: the history's bids up to `fromDate` (days with a
 * bid, oldest first, as given), then each Nasdaq trading day after `fromDate` through
 * `toDate`, the bid moving geometrically from the last bid on or before `fromDate` to
 * last × (1 + change): day i of the n is last × (1 + change)^(i/n), exactly
 * last × (1 + change) on the n-th. History after `fromDate` is replaced. The scenario's
 * bids are doubles (a scenario is an assumption, not a contract figure), unrounded unless
 * PRICE_PATH_ROUND_CENTS rounds them to the cent (half away from zero).
 * Not in the seeds: a scenario of the Per Share Market Value (seed 000, Exhibit A), for the
 * question seed 003's risk factors raise (the shares issuable "increase as the price of our
 * common stock decreases").
 * @param series - closing bids
 * @param fromDate - the last day of history kept
 * @param toDate - the last day of the scenario, on or after `fromDate`
 * @param change - the move from the last bid to the bid of `toDate`, a fraction > −1 (−0.5 = −50%)
 * @returns the days, oldest first
 * @throws TermsError `invalid` for a `toDate` before `fromDate` or a change of −100% or
 *   less; `missing` when no day on or before `fromDate` has a bid; `range` for a date
 *   outside the Nasdaq calendar, more than MAX_SCENARIO_DAYS (2,520) trading days after
 *   `fromDate`, or a rounded bid of $0.00
 * @example pricePath(series, dayFromParts(2001, 4, 17), dayFromParts(2001, 4, 19), -0.19).slice(-2).map(d => d.bid) // last 5 => [4.5, 4.05]
 */
export function pricePath(
  series: PriceSeries,
  fromDate: Day,
  toDate: Day,
  change: number,
  terms = Terms.defaults,
): PathDay[] {
  check(toDate >= fromDate, "invalid", () =>
    messages.dateBefore("to date", isoDate(toDate), "from date", isoDate(fromDate)),
  );
  check(change > -1 && change < Infinity, "invalid", () => messages.changeOutOfRange(String(change)));
  const steps = toDate > fromDate ? countTradingDays(fromDate + 1, toDate) : 0;
  check(steps <= MAX_SCENARIO_DAYS, "range", () => messages.scenarioTooLong(steps, MAX_SCENARIO_DAYS));
  const path: PathDay[] = [];
  const first = series.firstBidDay();
  const lastHistory = series.lastBidDay();
  if (first !== undefined && lastHistory !== undefined) {
    const end = lastHistory < fromDate ? lastHistory : fromDate;
    for (let d = first; d <= end; d++) {
      const bid = series.numberOn(d);
      if (bid > 0) path.push({ date: d, bid });
    }
  }
  if (path.length === 0) throw new TermsError("missing", messages.noTradingDayOnOrBefore(isoDate(fromDate)));
  const last = path[path.length - 1].bid;
  const growth = 1 + change;
  const cents = terms.flag("PRICE_PATH_ROUND_CENTS");
  for (let i = 1; i <= steps; i++) {
    const date = addTradingDays(fromDate, i);
    // i = steps: growth^1 is growth itself, so the last bid is last × (1 + change) exactly.
    let bid = last * pow(growth, i / steps);
    if (cents) {
      bid = roundMoney(new Decimal(bid)).toNumber();
      check(bid > 0, "range", () => messages.pathBidRoundsToZero(isoDate(date)));
    }
    path.push({ date, bid });
  }
  return path;
}
