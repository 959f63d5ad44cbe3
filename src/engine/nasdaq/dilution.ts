import { Decimal } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";

function checkShares(outstanding: Decimal, newShares: Decimal): void {
  check(outstanding.isInteger() && outstanding.gt(0), "invalid", () =>
    outstanding.isInteger()
      ? messages.notPositive("outstanding shares", outstanding.toString())
      : messages.notWhole("outstanding shares", outstanding.toString()),
  );
  check(newShares.isInteger() && !newShares.isNegative(), "invalid", () =>
    newShares.isInteger()
      ? messages.negative("new shares", newShares.toString())
      : messages.notWhole("new shares", newShares.toString()),
  );
}

/**
 * The fall in the price per share when `newShares` are issued "without any increase in
 * our market capitalization": new / (outstanding + new), a fraction, unrounded.
 * Seed 003, risk factors ("If all 8,593,877 shares were issued without any increase in our
 * market capitalization, the market price per share of our common stock may be reduced by
 * approximately 28%", on 21,862,772 shares outstanding).
 * @param outstanding - shares outstanding before the issue, a whole number > 0
 * @param newShares - shares issued, a whole number ≥ 0
 * @throws TermsError `invalid` for share counts that are negative, fractional, or zero outstanding
 * @example dilutionReduction(new Decimal(21_862_772), new Decimal(8_593_877)).toFixed(2) //=> "0.28"
 */
export function dilutionReduction(outstanding: Decimal, newShares: Decimal): Decimal {
  checkShares(outstanding, newShares);
  return newShares.dividedBy(outstanding.plus(newShares));
}

/**
 * The price per share after issuing `newShares` with the market capitalization unchanged:
 * price × outstanding / (outstanding + new), unrounded.
 * Seed 003, risk factors (see {@link dilutionReduction}).
 * @param price - the price per share before the issue, USD, > 0
 * @throws TermsError `invalid` for a price not above zero, or share counts as {@link dilutionReduction}
 * @example dilutedPrice(new Decimal(10), new Decimal(300), new Decimal(100)).toString() //=> "7.5"
 */
export function dilutedPrice(price: Decimal, outstanding: Decimal, newShares: Decimal): Decimal {
  check(price.gt(0), "invalid", () => messages.notPositive("price", price.toString()));
  checkShares(outstanding, newShares);
  return price.times(outstanding).dividedBy(outstanding.plus(newShares));
}
