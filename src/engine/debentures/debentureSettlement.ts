import { Decimal, roundMoney } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { PriceSeries } from "../series/priceSeries";
import { averageBidBefore } from "../series/windows";
import { Day } from "../time/civilDate";
import { shareCount } from "../shareCount";
import { Terms } from "../terms/terms";

function checkPrincipal(principal: Decimal): void {
  check(!principal.isNegative(), "invalid", () => messages.negative("principal", principal.toString()));
}

function checkPrice(what: string, price: Decimal): void {
  check(price.gt(0), "invalid", () => messages.notPositive(what, price.toString()));
}

/**
 * Shares issuable on converting `principal` of New Debentures at `conversionPrice`:
 * principal ÷ price, rounded by SHARE_ROUNDING (default DOWN: whole shares, cash in lieu
 * of the fraction). Interest is not converted here (it is paid separately).
 * Seed 000, Exhibit A, New Debentures / Initial Conversion Price.
 * @param principal - principal amount converted, USD, ≥ 0
 * @param conversionPrice - the Conversion Price in force, USD per share, > 0
 * @throws TermsError `invalid` for a negative principal or a price not above zero
 * @returns a number of shares (whole unless SHARE_ROUNDING is NONE)
 * @example conversionShares(new Decimal(5_000_000), new Decimal(6)).toString() //=> "833333"
 */
export function conversionShares(principal: Decimal, conversionPrice: Decimal, terms = Terms.defaults): Decimal {
  checkPrincipal(principal);
  checkPrice("conversion price", conversionPrice);
  return shareCount(principal, conversionPrice, terms);
}

/**
 * Shares issued when the Company settles a conversion at the Floor Price: principal ÷
 * Floor Price, rounded by SHARE_ROUNDING. When the Floor Price is not above the
 * Conversion Price the floor does not apply and this is principal ÷ Conversion Price.
 * Seed 000, Exhibit A, Floor Price ("issuing shares as if the Conversion Price equaled
 * the Floor Price").
 * @param principal - principal amount converted, USD, ≥ 0
 * @param conversionPrice - the Conversion Price in force, USD per share, > 0
 * @param floorPrice - the agreed Floor Price, USD per share, > 0
 * @throws TermsError `invalid` for a negative principal or a price not above zero
 * @returns a number of shares (whole unless SHARE_ROUNDING is NONE)
 * @example floorShares(new Decimal(5_000_000), new Decimal(4), new Decimal(5)).toString() //=> "1000000"
 */
export function floorShares(
  principal: Decimal,
  conversionPrice: Decimal,
  floorPrice: Decimal,
  terms = Terms.defaults,
): Decimal {
  checkPrincipal(principal);
  checkPrice("conversion price", conversionPrice);
  checkPrice("floor price", floorPrice);
  return shareCount(principal, Decimal.max(conversionPrice, floorPrice), terms);
}

/**
 * Cash the Company pays with a Floor Price settlement: the shortfall in shares
 * (principal ÷ Conversion Price − principal ÷ Floor Price, both unrounded) times the
 * average closing bid of the FLOOR_CASH_WINDOW (5) trading days strictly before the
 * conversion date. Rounded to the cent. Zero (and no prices needed) when the Floor Price
 * is not above the Conversion Price. Cash in lieu of a fractional floor share, if any, is
 * not part of this balance.
 * Seed 000, Exhibit A, Floor Price ("paying the balance in cash based on the average Per
 * Share Market Value over the five Trading Days preceding the conversion date").
 * @param series - closing bids (Per Share Market Value)
 * @param principal - principal amount converted, USD, ≥ 0
 * @param conversionPrice - the Conversion Price in force, USD per share, > 0
 * @param floorPrice - the agreed Floor Price, USD per share, > 0
 * @param conversionDate - the conversion date (excluded from the window)
 * @returns USD, rounded to the cent
 * @throws TermsError `invalid` for a negative principal or a price not above zero;
 *   `missing` for a window day with no closing bid
 * @example floorCash(series, new Decimal(5_000_000), new Decimal(4), new Decimal(5), conversionDate).toString()
 * //=> "1050000" (shortfall 1,250,000 − 1,000,000 = 250,000 shares × average 4.20)
 */
export function floorCash(
  series: PriceSeries,
  principal: Decimal,
  conversionPrice: Decimal,
  floorPrice: Decimal,
  conversionDate: Day,
  terms = Terms.defaults,
): Decimal {
  checkPrincipal(principal);
  checkPrice("conversion price", conversionPrice);
  checkPrice("floor price", floorPrice);
  if (floorPrice.lte(conversionPrice)) return new Decimal(0);
  const shortfall = principal.dividedBy(conversionPrice).minus(principal.dividedBy(floorPrice));
  const marketValue = averageBidBefore(series, conversionDate, terms.whole("FLOOR_CASH_WINDOW"));
  return roundMoney(shortfall.times(marketValue));
}
