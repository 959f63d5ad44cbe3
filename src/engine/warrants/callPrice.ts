import { Decimal } from "../decimal";
import { PriceSeries } from "../series/priceSeries";
import { averageBidBefore } from "../series/windows";
import { Day } from "../time/civilDate";
import { addTradingDays } from "../time/nasdaqCalendar";
import { Terms } from "../terms/terms";

/**
 * Exercise price of a Class B (Callable) Warrant exercised after a Call Notice delivered
 * on `deliveryDate`: the lesser of $33.75 and p × the closing bid on the first trading
 * day after the Delivery Date, where p = 95% when the average closing bid of the 5
 * trading days strictly before the Delivery Date is below $5.00, and 97% otherwise.
 * Unrounded (a price).
 * Seed 000 §3(b) (amending Callable Warrant §3(c)); seed 003, risk factors ("97% (or 95%
 * if the market price ... is less than $5.00)").
 * @throws TermsError `missing` for a needed day with no closing bid
 * @example callExercisePrice(series, dayFromParts(2001, 5, 1)) // avg 4.80 < 5, next bid 4.00 => 3.8
 */
export function callExercisePrice(series: PriceSeries, deliveryDate: Day, terms = Terms.defaults): Decimal {
  const recent = averageBidBefore(series, deliveryDate, terms.whole("CALL_THRESHOLD_WINDOW"));
  const share = recent.lt(terms.decimal("CALL_THRESHOLD_PRICE"))
    ? terms.decimal("CALL_PCT_BELOW")
    : terms.decimal("CALL_PCT_OTHERWISE");
  const nextBid = series.bidOn(addTradingDays(deliveryDate, 1));
  return Decimal.min(terms.decimal("CALL_CAP_PRICE"), share.times(nextBid));
}
