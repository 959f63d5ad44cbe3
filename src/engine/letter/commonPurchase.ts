import { Decimal } from "../decimal";
import { Day } from "../time/civilDate";
import { businessDayCalendar } from "../time/businessDayCalendar";
import { shareCount } from "../shareCount";
import { Terms } from "../terms/terms";

/**
 * Shares of common stock bought under §1(a): COMMON_PURCHASE_AMOUNT ÷ COMMON_PURCHASE_PRICE
 * ($6.0 million at $5.10), rounded by SHARE_ROUNDING (default down).
 * Seed 000 §1(a).
 * @example commonPurchaseShares().toString() //=> "1176470" (6,000,000 ÷ 5.10 = 1,176,470.59)
 */
export function commonPurchaseShares(terms = Terms.defaults): Decimal {
  return shareCount(terms.decimal("COMMON_PURCHASE_AMOUNT"), terms.decimal("COMMON_PURCHASE_PRICE"), terms);
}

/**
 * Last day of the §1(a) purchase: COMMON_PURCHASE_DAYS (two) business days after the
 * LETTER_DATE, WORKDAY semantics on the BUSINESS_DAY_CALENDAR.
 * Seed 000 §1(a) ("Within two business days after the date of this letter").
 * @throws TermsError `range` outside the calendar (1990–2100)
 * @example isoDate(commonPurchaseDeadline()) //=> "2001-04-19" (Tuesday 04-17 + 2)
 */
export function commonPurchaseDeadline(terms = Terms.defaults): Day {
  return businessDayCalendar(terms).addDays(terms.day("LETTER_DATE"), terms.whole("COMMON_PURCHASE_DAYS"));
}
