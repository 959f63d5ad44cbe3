import { Decimal } from "../decimal";
import { PriceSeries } from "../series/priceSeries";
import { Day, isoDate } from "../time/civilDate";
import { conversionPriceWorking } from "./conversionPrice";
import { Terms } from "../terms/terms";

/**
 * One row of the conversion price audit. Window rows have a date, a closing bid and
 * whether the bid was averaged; summary rows have a value, or a note when the value does
 * not apply.
 */
export interface AuditRow {
  readonly item: string;
  readonly date?: Day;
  readonly value?: Decimal;
  /** Window rows: whether this bid is one of those averaged. */
  readonly averaged?: boolean;
  /** Summary rows whose value does not apply: why. */
  readonly note?: string;
}

/** Column headings of the audit, in order: item, date, value, averaged-or-note. */
export const AUDIT_HEADINGS = ["Item", "Date", "USD per share", "Averaged"] as const;

function percent(fraction: Decimal): string {
  return `${fraction.times(100).toFixed()}%`;
}

/**
 * The working of the Conversion Price on `conversionDate`, row by row, from
 * conversionPriceWorking (nothing is recomputed):
 * 1. the initial window: each of the CONV_INITIAL_WINDOW (5) trading days strictly before
 *    the issue date, its closing bid, averaged = true;
 * 2. from issue date + CONV_RESET_DELAY_DAYS (90) on, the reset window: each of the
 *    CONV_RESET_WINDOW (30) trading days strictly before the conversion date, its bid, and
 *    averaged = true for exactly the CONV_RESET_LOWEST (10) lowest averaged (ties: the
 *    earlier date);
 * 3. summary rows: initial average, Initial Conversion Price, average of the lowest,
 *    Subsequent Conversion Price (the last two with a note instead of a value before the
 *    reset applies), and the Conversion Price in force.
 * Seed 000, Exhibit A, Initial Conversion Price / Subsequent Conversion Price.
 * @throws like conversionPriceWorking
 * @returns window rows oldest first, then the five summary rows
 * @example conversionPriceAudit(series, issue, issue + 120).length //=> 40 (5 initial + 30 reset + 5 summary)
 */
export function conversionPriceAudit(
  series: PriceSeries,
  issueDate: Day,
  conversionDate: Day,
  terms = Terms.defaults,
): AuditRow[] {
  const working = conversionPriceWorking(series, issueDate, conversionDate, terms);
  const rows: AuditRow[] = [];
  const { days, bids } = working.initialWindow;
  days.forEach((date, i) => rows.push({ item: "Initial window bid", date, value: bids[i], averaged: true }));
  const { reset } = working;
  if (reset) {
    const averaged = new Set(reset.lowest);
    reset.window.days.forEach((date, i) =>
      rows.push({ item: "Reset window bid", date, value: reset.window.bids[i], averaged: averaged.has(i) }),
    );
  }
  const lowest = terms.whole("CONV_RESET_LOWEST");
  const resetFrom = isoDate(issueDate + terms.whole("CONV_RESET_DELAY_DAYS"));
  const notYet = `applies from ${resetFrom}`;
  rows.push(
    { item: "Initial average", value: working.initialAverage },
    { item: `Initial Conversion Price (${percent(terms.decimal("CONV_INITIAL_PCT"))})`, value: working.initialPrice },
    reset
      ? { item: `Average of ${lowest} lowest`, value: reset.lowestAverage }
      : { item: `Average of ${lowest} lowest`, note: notYet },
    reset
      ? { item: `Subsequent Conversion Price (${percent(terms.decimal("CONV_RESET_PCT"))})`, value: reset.price }
      : { item: `Subsequent Conversion Price (${percent(terms.decimal("CONV_RESET_PCT"))})`, note: notYet },
    { item: "Conversion Price", value: working.price },
  );
  return rows;
}
