import { Day, addMonthsClamped } from "../time/civilDate";
import { addTradingDays } from "../time/nasdaqCalendar";
import { businessDayCalendar } from "../time/businessDayCalendar";
import { Terms } from "../terms/terms";

/**
 * Settlement of a sale under the Sales Agreement: the CEO_SETTLEMENT_DAYS (third) business
 * day after the sale (WORKDAY semantics on the BUSINESS_DAY_CALENDAR).
 * Seed 003, Plan of Distribution ("on the third business day following the date of such sale").
 * @example isoDate(ceoSettlementDate(dayFromParts(2001, 11, 8))) //=> "2001-11-14" (Veterans Day Monday 11-12 skipped)
 */
export function ceoSettlementDate(saleDate: Day, terms = Terms.defaults): Day {
  return businessDayCalendar(terms).addDays(saleDate, terms.whole("CEO_SETTLEMENT_DAYS"));
}

/**
 * First day of the Company's lock-up around a placement: the fifth Nasdaq trading day
 * preceding the day the Company and Cantor agree its terms (WORKDAY(date, −5)).
 * Seed 003, Plan of Distribution.
 * @example isoDate(lockupStart(dayFromParts(2001, 11, 12))) //=> "2001-11-05"
 */
export function lockupStart(termsDate: Day, terms = Terms.defaults): Day {
  return addTradingDays(termsDate, -terms.whole("CEO_LOCKUP_TRADING_DAYS"));
}

/**
 * Last day of the lock-up: the fifth Nasdaq trading day after the settlement of the
 * placement's final sale (WORKDAY(date, 5)). Seed 003, Plan of Distribution.
 * @example isoDate(lockupEnd(dayFromParts(2001, 11, 14))) //=> "2001-11-21"
 */
export function lockupEnd(finalSettlement: Day, terms = Terms.defaults): Day {
  return addTradingDays(finalSettlement, terms.whole("CEO_LOCKUP_TRADING_DAYS"));
}

/**
 * End of the exercise period of Cantor's Warrants: CEO_WARRANT_YEARS (five) after issuance,
 * by Excel EDATE. Seed 003, Plan of Distribution ("exercisable for five years").
 * @example isoDate(ceoWarrantExpiry(dayFromParts(2001, 11, 14))) //=> "2006-11-14"
 */
export function ceoWarrantExpiry(issueDate: Day, terms = Terms.defaults): Day {
  return addMonthsClamped(issueDate, 12 * terms.whole("CEO_WARRANT_YEARS"));
}

/**
 * First day Cantor's Warrants may be exercised cashless or transferred: CEO_WARRANT_LOCK_YEARS
 * (one) after issuance, by Excel EDATE. Seed 003, Plan of Distribution ("a cashless exercise
 * provision commencing one year after issuance and are not transferable for a period of one
 * year following their issuance").
 * @example isoDate(ceoWarrantUnlockDate(dayFromParts(2001, 11, 14))) //=> "2002-11-14"
 */
export function ceoWarrantUnlockDate(issueDate: Day, terms = Terms.defaults): Day {
  return addMonthsClamped(issueDate, 12 * terms.whole("CEO_WARRANT_LOCK_YEARS"));
}
