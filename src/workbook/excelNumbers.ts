/**
 * What a cell can show exactly: Excel keeps 15 significant digits of a number ("Excel
 * specifications and limits": number precision, 15 digits), so a term sheet's amount with
 * more, or beyond 10^15, would not be what the agreement says once written. Money is kept
 * to the cent (same-era forms round "to the nearest cent"), so an amount with a fraction of a
 * cent, or more than 15 digits with its cents, is refused too. Prices and fractions keep
 * their places (prices are unrounded: 1/32 of a dollar is 0.03125; a cell holding =1/3 reads
 * back with 16 digits), so only their size is bounded.
 */
import { Decimal } from "../engine/decimal";

/** The largest amount a term sheet may hold: 10^15 (Excel's 15 digits, whole). */
export const LARGEST_AMOUNT = new Decimal("1e15");

/** Excel's number precision, in significant digits. */
export const EXCEL_DIGITS = 15;

/**
 * Why a number of this kind cannot be written exactly to a cell, or undefined when it can.
 * @param kind - "money" is kept to the cent within 15 digits; any other kind only within 10^15
 * @param value - the value as read (a number or a Decimal)
 * @returns the reason, for a message naming the value
 * @throws never
 * @example exactCellProblem("money", 0.001) //=> "0.001 is a fraction of a cent (money is kept to the cent)"
 */
export function exactCellProblem(kind: string, value: number | Decimal): string | undefined {
  const d = value instanceof Decimal ? value : new Decimal(value);
  if (d.abs().gt(LARGEST_AMOUNT))
    return `${text(d)} is more than 1,000,000,000,000,000 (10^15): a cell keeps 15 significant digits, so it would not be exact`;
  if (kind === "money" && !d.times(100).isInteger())
    return `${text(d)} is a fraction of a cent (money is kept to the cent)`;
  if (kind === "money" && d.sd(false) > EXCEL_DIGITS)
    return `${text(d)} has ${d.sd(false)} significant digits; a cell keeps ${EXCEL_DIGITS}`;
  return undefined;
}

function text(d: Decimal): string {
  return d.abs().gte("1e21") || (d.abs().lt("1e-6") && !d.isZero()) ? d.toExponential() : d.toFixed();
}
