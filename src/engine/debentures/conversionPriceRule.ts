import { Decimal } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { Day, isoDate } from "../time/civilDate";
import { tradingDaysBefore } from "../time/nasdaqCalendar";
import { Terms } from "../terms/terms";

/**
 * The Conversion Price rule of the New Debentures for one (issue date, conversion date),
 * as data: which trading days' closing bids it reads and what it does with them. The one
 * description that the exact Decimal calculation (conversionPrice.ts) and the simulation's
 * double-precision evaluation on each path (valuation/conversionSimulation.ts) both follow,
 * so the two cannot drift apart. Seed 000, Exhibit A, Initial Conversion Price /
 * Subsequent Conversion Price.
 */
export interface ConversionPriceRule {
  /** The CONV_INITIAL_WINDOW (5) trading days strictly before the issue date, oldest first. */
  readonly initialDays: readonly Day[];
  /** CONV_INITIAL_PCT (120%) × their average is the Initial Conversion Price. */
  readonly initialPct: Decimal;
  /** From issue date + CONV_RESET_DELAY_DAYS (90) on: the Subsequent Conversion Price leg. */
  readonly reset?: {
    /** The CONV_RESET_WINDOW (30) trading days strictly before the conversion date, oldest first. */
    readonly days: readonly Day[];
    /** CONV_RESET_LOWEST (10): how many of the lowest bids are averaged (ties: the earlier day). */
    readonly lowest: number;
    /** CONV_RESET_PCT (101%) × that average is the Subsequent Conversion Price. */
    readonly pct: Decimal;
  };
  // The Conversion Price is the initial price, or the lesser of the two when `reset` applies.
}

/**
 * The rule in force on `conversionDate` for debentures issued on `issueDate`.
 * Seed 000, Exhibit A.
 * @throws TermsError `invalid` when the conversion date is before the issue date; `range`
 *   when a window leaves the Nasdaq calendar
 * @example conversionPriceRule(dayFromParts(2001, 5, 1), dayFromParts(2001, 9, 4)).reset?.days.length //=> 30
 */
export function conversionPriceRule(issueDate: Day, conversionDate: Day, terms = Terms.defaults): ConversionPriceRule {
  check(conversionDate >= issueDate, "invalid", () =>
    messages.dateBefore("conversion date", isoDate(conversionDate), "issue date", isoDate(issueDate)),
  );
  const initialDays = tradingDaysBefore(issueDate, terms.whole("CONV_INITIAL_WINDOW"));
  const initialPct = terms.decimal("CONV_INITIAL_PCT");
  if (!resetApplies(issueDate, conversionDate, terms)) return { initialDays, initialPct };
  return {
    initialDays,
    initialPct,
    reset: {
      days: tradingDaysBefore(conversionDate, terms.whole("CONV_RESET_WINDOW")),
      lowest: terms.whole("CONV_RESET_LOWEST"),
      pct: terms.decimal("CONV_RESET_PCT"),
    },
  };
}

/**
 * Whether the Subsequent Conversion Price leg applies on `conversionDate`: on or after
 * issue date + CONV_RESET_DELAY_DAYS (90) calendar days ("Beginning 90 days after issuance").
 * Seed 000, Exhibit A, Initial Conversion Price.
 * @example resetApplies(dayFromParts(2001, 5, 1), dayFromParts(2001, 7, 30)) //=> true
 */
export function resetApplies(issueDate: Day, conversionDate: Day, terms = Terms.defaults): boolean {
  return conversionDate >= issueDate + terms.whole("CONV_RESET_DELAY_DAYS");
}
