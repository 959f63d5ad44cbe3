/**
 * The dilution table of a fairness opinion or a proxy statement: what converting the New
 * Debentures issues, and how far it dilutes, if the bid stays at each of a few levels.
 *
 * Every contract figure comes from the engine's own clauses, never a copy: the Conversion
 * Price from `conversionPriceWorking` on closing bids held through every window, the shares
 * from `conversionShares` (SHARE_ROUNDING), the Floor Price settlement from `floorShares`
 * and `floorCash` on a 5-day window held at the level, the 20% test from
 * `reachesApprovalThreshold`.
 *
 * The Subsequent Conversion Price is a percentage of an average of bids, so with every bid
 * held at L it is exactly L × its value with every bid held at $1.00 (a double's Decimal has
 * at most 17 digits: the sum of the window, its average and the percentage stay exact in the
 * engine's 40). The grid asks the engine for that value once per call and scales it, which a
 * test checks against the engine on bids held at each level.
 */
import { Decimal } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";
import { PriceSeries } from "../series/priceSeries";
import { conversionPriceWorking } from "../debentures/conversionPrice";
import { conversionShares, floorCash, floorShares } from "../debentures/debentureSettlement";
import { reachesApprovalThreshold } from "../nasdaq/stockholderApproval";
import { Terms } from "../terms/terms";
import { Day, dayFromParts } from "../time/civilDate";
import { countTradingDays, tradingDaysBefore } from "../time/nasdaqCalendar";

/** The columns of the table; the last two only with a Floor Price. */
export const DILUTION_HEADINGS = [
  "Price level",
  "Conversion Price",
  "Shares issued",
  "Shares ÷ outstanding",
  "Shares ÷ (outstanding + shares)",
  "Reaches approval threshold",
  "Floor Price shares",
  "Floor cash",
] as const;

/** One price level's row. */
export interface DilutionRow {
  /** The closing bid assumed, USD per share. */
  readonly level: Decimal;
  /** The Conversion Price in force with the bid at the level through the reset window. */
  readonly conversionPrice: Decimal;
  /** Shares issued on converting the principal (SHARE_ROUNDING). */
  readonly shares: Decimal;
  /** shares ÷ outstanding, a fraction (a double: a figure to show, not a contract term). */
  readonly ofOutstanding: number;
  /** shares ÷ (outstanding + shares), a fraction (a double). */
  readonly ofEnlarged: number;
  /** Whether shares ≥ NASDAQ_APPROVAL_PCT × outstanding. */
  readonly reachesApproval: boolean;
  /** With a Floor Price: the shares of a Floor Price settlement, and its cash balance in USD. */
  readonly floor?: { readonly shares: Decimal; readonly cash: Decimal };
}

/**
 * A conversion date for the held bid: any date works (the bid is the same every day), so
 * one late in the Nasdaq calendar leaves room for every window the terms can ask for.
 */
const CONVERSION_DATE: Day = dayFromParts(2100, 6, 1);

/**
 * The dilution table: for each price level, the Conversion Price in force if the closing bid
 * stays at that level through the reset window — the lesser of the initial price and
 * CONV_RESET_PCT × the level, as `conversionPriceWorking` gives it on bids held at the level
 * (so the 10-lowest-of-30 rule and every CONV_ term apply as in NEOT.CONVPRICE) — the shares
 * issued on converting `principal` at it, their share of the stock before and after the
 * issue, whether they reach NASDAQ_APPROVAL_PCT of the outstanding stock and, with a Floor
 * Price, the Floor Price settlement with the 5-day average bid at the level.
 * Seed 000, Exhibit A (Initial and Subsequent Conversion Price, Floor Price); seed 003, risk
 * factors (the shares issuable "increase as the price of our common stock decreases"; the
 * 20% rule).
 * @param principal - principal converted, USD, ≥ 0
 * @param initialPrice - the Initial Conversion Price, USD per share, > 0
 * @param outstanding - shares outstanding before the issue, a whole number > 0
 * @param levels - closing bids to assume, USD per share, each > 0, in the order given
 * @param floorPrice - the agreed Floor Price, USD per share, > 0; undefined for none
 * @returns one row per level
 * @throws TermsError `invalid` for a negative principal, prices or levels not above zero,
 *   or shares outstanding that are not a whole number above zero
 * @example dilutionGrid(D(10_000_000), D(6), D(20_000_000), [2.5])[0].shares.toString() //=> "3960396" (10,000,000 ÷ 2.525)
 */
export function dilutionGrid(
  principal: Decimal,
  initialPrice: Decimal,
  outstanding: Decimal,
  levels: readonly number[],
  floorPrice?: Decimal,
  terms = Terms.defaults,
): DilutionRow[] {
  check(!principal.isNegative(), "invalid", () => messages.negative("principal", principal.toString()));
  check(initialPrice.gt(0), "invalid", () => messages.notPositive("initial_conversion_price", initialPrice.toString()));
  check(outstanding.isInteger(), "invalid", () => messages.notWhole("outstanding", outstanding.toString()));
  check(outstanding.gt(0), "invalid", () => messages.notPositive("outstanding", outstanding.toString()));
  if (floorPrice !== undefined) {
    check(floorPrice.gt(0), "invalid", () => messages.notPositive("floor_price", floorPrice.toString()));
  }
  levels.forEach((level, i) =>
    check(level > 0 && level < Infinity, "invalid", () => messages.badPriceLevel(i + 1, level)),
  );
  const resetPerDollar = subsequentPriceOfHeldBid(1, terms);
  const floorDays =
    floorPrice === undefined ? [] : tradingDaysBefore(CONVERSION_DATE, terms.whole("FLOOR_CASH_WINDOW"));
  const n = outstanding.toNumber();
  return levels.map((level) => {
    const bid = new Decimal(level);
    const conversionPrice = Decimal.min(initialPrice, resetPerDollar.times(bid));
    const shares = conversionShares(principal, conversionPrice, terms);
    const issued = shares.toNumber();
    const row: DilutionRow = {
      level: bid,
      conversionPrice,
      shares,
      ofOutstanding: issued / n,
      ofEnlarged: issued / (n + issued),
      reachesApproval: reachesApprovalThreshold(shares, outstanding, terms),
    };
    if (floorPrice === undefined) return row;
    const held = PriceSeries.fromColumns(
      floorDays,
      floorDays.map(() => level),
    );
    return {
      ...row,
      floor: {
        shares: floorShares(principal, conversionPrice, floorPrice, terms),
        cash: floorCash(held, principal, conversionPrice, floorPrice, CONVERSION_DATE, terms),
      },
    };
  });
}

/**
 * The Subsequent Conversion Price when every closing bid is `level`: the engine's
 * `conversionPriceWorking` on bids held at the level through both windows.
 * Seed 000, Exhibit A, Subsequent Conversion Price.
 * @param level - the bid held, USD per share, > 0
 * @throws TermsError `range` when the terms' windows do not fit the Nasdaq calendar
 * @example subsequentPriceOfHeldBid(2.5).toString() //=> "2.525" (101% × 2.50)
 */
export function subsequentPriceOfHeldBid(level: number, terms = Terms.defaults): Decimal {
  if (level === 1) {
    // Asked once per grid: kept per Terms (immutable), as a column of grids shares its terms.
    let perDollar = perDollarByTerms.get(terms);
    if (perDollar === undefined) perDollarByTerms.set(terms, (perDollar = heldWorking(1, terms)));
    return perDollar;
  }
  return heldWorking(level, terms);
}

/** The Subsequent Conversion Price of bids held at $1.00, by the terms it was worked with. */
const perDollarByTerms = new WeakMap<Terms, Decimal>();

function heldWorking(level: number, terms: Terms): Decimal {
  const issueDate = CONVERSION_DATE - terms.whole("CONV_RESET_DELAY_DAYS");
  const days = heldBidDays(issueDate, terms);
  const held = PriceSeries.fromColumns(
    days,
    days.map(() => level),
  );
  return conversionPriceWorking(held, issueDate, CONVERSION_DATE, terms).reset!.price;
}

/** Every trading day from the first any window reads through the day before conversion. */
function heldBidDays(issueDate: Day, terms: Terms): Day[] {
  const longest = Math.max(terms.whole("CONV_RESET_WINDOW"), terms.whole("FLOOR_CASH_WINDOW"));
  const firstInitial = tradingDaysBefore(issueDate, terms.whole("CONV_INITIAL_WINDOW"))[0];
  const firstReset = tradingDaysBefore(CONVERSION_DATE, longest)[0];
  const start = firstInitial < firstReset ? firstInitial : firstReset;
  return tradingDaysBefore(CONVERSION_DATE, countTradingDays(start, CONVERSION_DATE - 1));
}
