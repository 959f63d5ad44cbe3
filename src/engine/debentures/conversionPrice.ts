import { Decimal, average } from "../decimal";
import { PriceSeries } from "../series/priceSeries";
import { BidWindow, lowestBidDays, lowestPositions, pctOfAverageAsNumber } from "../series/windows";
import { Day } from "../time/civilDate";
import { tradingDaysBefore } from "../time/nasdaqCalendar";
import { ConversionPriceRule, conversionPriceRule, resetApplies } from "./conversionPriceRule";
import { Terms } from "../terms/terms";

/** How a conversion price was reached, for the audit view and for tests. */
export interface ConversionPriceWorking {
  /** The issue-date window and its average. */
  readonly initialWindow: BidWindow;
  readonly initialAverage: Decimal;
  /** 120% × initialAverage. */
  readonly initialPrice: Decimal;
  /** The conversion-date window, when the Subsequent Conversion Price applies. */
  readonly reset?: {
    readonly window: BidWindow;
    /** Positions in `window` of the lowest bids averaged, lowest first. */
    readonly lowest: readonly number[];
    readonly lowestAverage: Decimal;
    /** 101% × lowestAverage. */
    readonly price: Decimal;
  };
  /** The Conversion Price in force on the conversion date. */
  readonly price: Decimal;
}

/**
 * Initial Conversion Price of the New Debentures: 120% of the average closing bid of
 * the 5 trading days strictly before the issue date. Unrounded.
 * Seed 000, Exhibit A, Initial Conversion Price.
 * @param series - closing bids (Per Share Market Value)
 * @param issueDate - the date of issuance (excluded from the window)
 * @throws TermsError `missing` for a window day with no closing bid
 * @example initialConversionPrice(series, dayFromParts(2001, 4, 17)) // bids 5,5,5,5,5 => 6
 */
export function initialConversionPrice(series: PriceSeries, issueDate: Day, terms = Terms.defaults): Decimal {
  return initialWorking(series, conversionPriceRule(issueDate, issueDate, terms)).initialPrice;
}

function initialWorking(series: PriceSeries, rule: ConversionPriceRule) {
  const initialWindow = bidWindow(series, rule.initialDays);
  const initialAverage = average(initialWindow.bids);
  return { initialWindow, initialAverage, initialPrice: initialAverage.times(rule.initialPct) };
}

/** The closing bids of `days` (the days of a window of the rule). @throws TermsError `missing` */
function bidWindow(series: PriceSeries, days: readonly Day[]): BidWindow {
  const bids = series.bidsOn(days);
  return { days, bids, numbers: bids.map((_, i) => series.numberOn(days[i])) };
}

/**
 * Conversion Price of the New Debentures on `conversionDate`, with its working.
 * Before issue date + 90 calendar days it is the Initial Conversion Price; on or after,
 * the lesser of that and 101% × the average of the 10 lowest closing bids of the 30
 * trading days strictly before the conversion date. Unrounded.
 * Seed 000, Exhibit A, Initial Conversion Price / Subsequent Conversion Price.
 * @throws TermsError `invalid` when the conversion date is before the issue date;
 *   `missing` for a window day with no closing bid
 * @example conversionPriceWorking(series, issue, issue + 120).price // the lesser price
 */
export function conversionPriceWorking(
  series: PriceSeries,
  issueDate: Day,
  conversionDate: Day,
  terms = Terms.defaults,
): ConversionPriceWorking {
  const rule = conversionPriceRule(issueDate, conversionDate, terms);
  const initial = initialWorking(series, rule);
  if (!rule.reset) {
    return { ...initial, price: initial.initialPrice };
  }
  const window = bidWindow(series, rule.reset.days);
  const lowest = lowestPositions(window.numbers, rule.reset.lowest);
  const lowestAverage = average(lowest.map((i) => window.bids[i]));
  const price = lowestAverage.times(rule.reset.pct);
  return {
    ...initial,
    reset: { window, lowest, lowestAverage, price },
    price: Decimal.min(initial.initialPrice, price),
  };
}

/**
 * The Conversion Price on `conversionDate` (see {@link conversionPriceWorking}).
 * Seed 000, Exhibit A.
 */
export function conversionPrice(
  series: PriceSeries,
  issueDate: Day,
  conversionDate: Day,
  terms = Terms.defaults,
): Decimal {
  return conversionPriceWorking(series, issueDate, conversionDate, terms).price;
}

/**
 * {@link initialConversionPrice} as the number a cell shows: the same double as its
 * `toNumber()`, computed without Decimals when the bids and terms fit safe integers
 * (see `pctOfAverageAsNumber`), with Decimals otherwise. Seed 000, Exhibit A.
 * @throws like {@link initialConversionPrice}
 */
export function initialConversionPriceAsNumber(series: PriceSeries, issueDate: Day, terms = Terms.defaults): number {
  const fast = initialAsNumber(series, issueDate, terms);
  return fast !== undefined ? fast : initialConversionPrice(series, issueDate, terms).toNumber();
}

/**
 * {@link conversionPrice} as the number a cell shows: the same double as its `toNumber()`,
 * computed without Decimals when the bids and terms fit safe integers, with Decimals
 * otherwise. (The lesser of two correctly rounded doubles is the correctly rounded lesser
 * price.) Seed 000, Exhibit A.
 * @throws like {@link conversionPrice}
 */
export function conversionPriceAsNumber(
  series: PriceSeries,
  issueDate: Day,
  conversionDate: Day,
  terms = Terms.defaults,
): number {
  const initial = conversionDate >= issueDate ? initialAsNumber(series, issueDate, terms) : undefined;
  let fast = initial;
  if (initial !== undefined && resetApplies(issueDate, conversionDate, terms)) {
    const reset = subsequentPriceAsNumber(series, conversionDate, terms);
    fast = reset === undefined ? undefined : reset < initial ? reset : initial;
  }
  return fast !== undefined ? fast : conversionPrice(series, issueDate, conversionDate, terms).toNumber();
}

/**
 * The Subsequent Conversion Price on `conversionDate` (101% × the average of the 10 lowest
 * of the 30 bids before it) as the correctly rounded double of the exact price, or
 * undefined when the window's bids or the terms do not fit safe integers (or a bid is
 * missing): the caller then takes the Decimal path, which also names a missing day.
 * Seed 000, Exhibit A, Subsequent Conversion Price.
 */
export function subsequentPriceAsNumber(series: PriceSeries, conversionDate: Day, terms: Terms): number | undefined {
  const window = tradingDaysBefore(conversionDate, terms.whole("CONV_RESET_WINDOW"));
  const lowest = lowestBidDays(series, window, terms.whole("CONV_RESET_LOWEST"));
  return lowest && pctOfAverageAsNumber(series, lowest, terms.decimal("CONV_RESET_PCT"));
}

function initialAsNumber(series: PriceSeries, issueDate: Day, terms: Terms): number | undefined {
  const window = tradingDaysBefore(issueDate, terms.whole("CONV_INITIAL_WINDOW"));
  return pctOfAverageAsNumber(series, window, terms.decimal("CONV_INITIAL_PCT"));
}
