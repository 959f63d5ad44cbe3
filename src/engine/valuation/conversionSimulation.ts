import { Decimal } from "../decimal";
import { TermsError, check } from "../errors";
import { messages } from "../messages";
import { PriceSeries } from "../series/priceSeries";
import { lowestPositions } from "../series/windows";
import { initialConversionPriceAsNumber } from "../debentures/conversionPrice";
import { ConversionPriceRule, conversionPriceRule } from "../debentures/conversionPriceRule";
import { Terms } from "../terms/terms";
import { Day, isoDate } from "../time/civilDate";
import { countTradingDays, tradingDayOnOrBefore } from "../time/nasdaqCalendar";
import { GbmPathGenerator, TRADING_DAYS_PER_YEAR } from "./gbmPath";
import { exp } from "./portableMath";
import { Xoshiro128StarStar } from "./random";

/**
 * A Monte Carlo of the New Debentures' Conversion Price on a conversion date, and of what
 * follows from it: shares issued, dilution, as-converted value, and the probabilities of the
 * Nasdaq approval threshold, of the reset, of the Floor Price and of the $1.00 minimum bid.
 * Valuation code: doubles are the method's arithmetic; the contract figures come from the
 * engine's own rules (conversionPriceRule, initialConversionPriceAsNumber, lowestPositions,
 * and the terms SHARE_ROUNDING, NASDAQ_APPROVAL_PCT, NASDAQ_MIN_BID).
 *
 * The model (README, "The conversion simulation"): the closing bid follows risk-neutral GBM
 * (gbmPath.ts) from the bid of the last trading day on or before the valuation date, one step
 * of 1/252 year per Nasdaq trading day after it. Window days on or before the valuation date
 * come from the history; later ones are simulated. Paths come in antithetic pairs (path 2j
 * uses the normals Z, path 2j + 1 uses −Z); each standard error is the sample standard
 * deviation (n − 1) of the pair means ÷ √pairs; percentiles are PERCENTILE.INC's.
 */

// Looked up once: a vm realm (and some runtimes) reach globals such as Math through a slow path.
const { ceil, floor, sqrt } = Math;
const { MAX_VALUE } = Number;

/** What the simulation is run on. */
export interface ConversionSimulationInputs {
  /** Closing bids (Per Share Market Value): the history up to the valuation date. */
  readonly series: PriceSeries;
  readonly issueDate: Day;
  readonly valuationDate: Day;
  readonly conversionDate: Day;
  /** Principal converted, USD, > 0. */
  readonly principal: Decimal;
  /** Shares outstanding before the issue, a whole number > 0. */
  readonly outstanding: Decimal;
  /** Annual volatility σ (0.8 is 80%), above 0 and at most 10. */
  readonly volatility: number;
  /** Continuously compounded annual risk-free rate, −5% to 100%. */
  readonly rate: number;
}

/** Mean, its standard error, and the 5th, 50th and 95th percentiles of a simulated quantity. */
export interface Estimate {
  readonly mean: number;
  readonly standardError: number;
  readonly p5: number;
  readonly p50: number;
  readonly p95: number;
}

/** A simulated probability and its standard error. */
export interface ProbabilityEstimate {
  readonly probability: number;
  readonly standardError: number;
}

/** The summary of a simulation: one estimate per row of NEOT.CONVSIM. */
export interface ConversionSimulationSummary {
  readonly conversionPrice: Estimate;
  readonly shares: Estimate;
  /** Shares issued ÷ shares outstanding. */
  readonly sharesOfOutstanding: Estimate;
  /** Shares × the bid on the conversion date, discounted by exp(−r n/252). */
  readonly asConvertedValue: Estimate;
  /** Shares issued ≥ NASDAQ_APPROVAL_PCT × outstanding. */
  readonly approvalThreshold: ProbabilityEstimate;
  /** The Subsequent Conversion Price below the Initial (0 before the reset applies). */
  readonly resetBelowInitial: ProbabilityEstimate;
  /** The Conversion Price below FLOOR_PRICE; absent when no Floor Price is given. */
  readonly belowFloor?: ProbabilityEstimate;
  /** The bid on the conversion date below NASDAQ_MIN_BID ($1.00). */
  readonly bidBelowMinimum: ProbabilityEstimate;
  /** Paths simulated, and trading days from the valuation date to the conversion date. */
  readonly paths: number;
  readonly horizon: number;
}

/** Where a bid of a window comes from: a simulated day (its index) or the history (its bid). */
interface Slots {
  /** Per window day: the index among the simulated days, or −1 for a day from the history. */
  readonly simulated: Int32Array;
  /** Per window day: the historical bid (unused where simulated). */
  readonly known: Float64Array;
  /** The window's bids on the path being measured (reused from path to path). */
  readonly window: number[];
}

/** Everything decided before the first path: validated inputs, needed days, constants. */
export interface ConversionSimulationPlan {
  readonly rule: ConversionPriceRule;
  /** The last trading day on or before the valuation date: the spot's day. */
  readonly valuationDay: Day;
  /** The last trading day on or before the conversion date: the day of "the bid on the conversion date". */
  readonly conversionDay: Day;
  /** Trading days after the valuation date through the conversion date. */
  readonly horizon: number;
  /** The days simulated, oldest first, and each one's trading days after the valuation day. */
  readonly simulatedDays: readonly Day[];
  readonly generator: GbmPathGenerator;
  /** The Initial Conversion Price when its whole window is history (exact, as CONVPRICE). */
  readonly knownInitialPrice?: number;
  readonly initialSlots: Slots;
  readonly initialPct: number;
  readonly resetSlots?: Slots;
  readonly resetLowest: number;
  readonly resetPct: number;
  /** Index of the conversion day among the simulated days. */
  readonly conversionSlot: number;
  readonly principal: number;
  readonly outstanding: number;
  readonly shareRounding: string;
  /** NASDAQ_APPROVAL_PCT × outstanding. */
  readonly approvalShares: number;
  readonly minimumBid: number;
  /** FLOOR_PRICE, or undefined when it is 0 (none). */
  readonly floorPrice?: number;
  /** exp(−r · horizon / 252). */
  readonly discount: number;
  readonly paths: number;
  readonly seed: number;
}

/** The bounds of the arguments (issue 16, "Bad input"). */
const MAX_VOLATILITY = 10;
const MIN_RATE = -0.05;
const MAX_RATE = 1;
const MIN_PATHS = 1_000;
const MAX_PATHS = 1_000_000;

/**
 * Validates the inputs and plans the simulation: which days are simulated, which come from
 * the history, and the constants of every path. Seed 000, Exhibit A (the rule's windows).
 * @throws TermsError `invalid` for a volatility, rate, principal, outstanding, MC_PATHS or
 *   MC_SEED out of bounds, or dates out of order; `missing` naming a day on or before the
 *   valuation date that a window (or the spot) needs and the history lacks; `range` for
 *   dates beyond the Nasdaq calendar
 * @example planConversionSimulation(inputs, Terms.defaults).simulatedDays.length // 31: the reset window and the conversion day
 */
export function planConversionSimulation(
  inputs: ConversionSimulationInputs,
  terms = Terms.defaults,
): ConversionSimulationPlan {
  const { series, issueDate, valuationDate, conversionDate, principal, outstanding, volatility, rate } = inputs;
  check(volatility > 0 && volatility <= MAX_VOLATILITY, "invalid", () =>
    messages.outsideBounds("volatility", String(volatility), "above 0 and at most 10 (1,000%)"),
  );
  check(rate >= MIN_RATE && rate <= MAX_RATE, "invalid", () =>
    messages.outsideBounds("rate", String(rate), "from -5% to 100% (-0.05 to 1)"),
  );
  check(principal.gt(0), "invalid", () => messages.notPositive("principal", principal.toString()));
  check(outstanding.isInteger(), "invalid", () => messages.notWhole("outstanding shares", outstanding.toString()));
  check(outstanding.gt(0), "invalid", () => messages.notPositive("outstanding shares", outstanding.toString()));
  const paths = terms.whole("MC_PATHS");
  check(paths >= MIN_PATHS && paths <= MAX_PATHS, "invalid", () =>
    messages.outsideBounds("MC_PATHS", String(paths), "from 1,000 to 1,000,000"),
  );
  check(paths % 2 === 0, "invalid", () => messages.oddPaths(paths));
  const seed = terms.whole("MC_SEED");
  check(seed <= Number.MAX_SAFE_INTEGER, "invalid", () => messages.badSeed(seed));
  check(conversionDate > valuationDate, "invalid", () =>
    messages.notAfter("conversion date", isoDate(conversionDate), "valuation date", isoDate(valuationDate)),
  );
  const rule = conversionPriceRule(issueDate, conversionDate, terms);
  const valuationDay = tradingDayOnOrBefore(valuationDate);
  const conversionDay = tradingDayOnOrBefore(conversionDate);
  const horizon = countTradingDays(valuationDay, conversionDay) - 1;
  check(horizon >= 1, "invalid", () => messages.nothingToSimulate(isoDate(valuationDate), isoDate(conversionDate)));
  const spot = series.bidOn(valuationDay).toNumber();

  // The simulated days: every needed day after the valuation day, once, oldest first.
  const needed = rule.initialDays.concat(rule.reset ? rule.reset.days : [], [conversionDay]);
  const simulatedDays = needed.filter((d, i) => d > valuationDay && needed.indexOf(d) === i).sort((a, b) => a - b);
  const offsets = simulatedDays.map((d) => countTradingDays(valuationDay, d) - 1);
  const slots = (days: readonly Day[]): Slots => {
    const simulated = new Int32Array(days.length);
    const known = new Float64Array(days.length);
    for (let i = 0; i < days.length; i++) {
      simulated[i] = days[i] > valuationDay ? simulatedDays.indexOf(days[i]) : -1;
      if (simulated[i] < 0) known[i] = series.bidOn(days[i]).toNumber(); // names a missing day
    }
    return { simulated, known, window: new Array<number>(days.length) };
  };
  const initialSlots = slots(rule.initialDays);
  const initialInHistory = rule.initialDays[rule.initialDays.length - 1] <= valuationDay;
  const floorPrice = terms.decimal("FLOOR_PRICE");
  return {
    rule,
    valuationDay,
    conversionDay,
    horizon,
    simulatedDays,
    generator: new GbmPathGenerator(
      { spot, rate, dividendYield: terms.decimal("DIVIDEND_YIELD").toNumber(), volatility },
      offsets,
    ),
    knownInitialPrice: initialInHistory ? initialConversionPriceAsNumber(series, issueDate, terms) : undefined,
    initialSlots,
    initialPct: rule.initialPct.toNumber(),
    resetSlots: rule.reset && slots(rule.reset.days),
    resetLowest: rule.reset ? rule.reset.lowest : 0,
    resetPct: rule.reset ? rule.reset.pct.toNumber() : 0,
    conversionSlot: simulatedDays.indexOf(conversionDay),
    principal: principal.toNumber(),
    outstanding: outstanding.toNumber(),
    shareRounding: terms.choice("SHARE_ROUNDING"),
    approvalShares: outstanding.times(terms.decimal("NASDAQ_APPROVAL_PCT")).toNumber(),
    minimumBid: terms.decimal("NASDAQ_MIN_BID").toNumber(),
    floorPrice: floorPrice.isZero() ? undefined : floorPrice.toNumber(),
    discount: exp((-rate * horizon) / TRADING_DAYS_PER_YEAR),
    paths,
    seed,
  };
}

/** What is measured on one path. */
export interface PathOutcome {
  /** The Initial Conversion Price on the path. */
  initialPrice: number;
  /** The Subsequent Conversion Price on the path (NaN before the reset applies). */
  resetPrice: number;
  /** The Conversion Price in force: the initial price, or the lesser of the two. */
  conversionPrice: number;
  /** Shares issued for the principal, rounded by SHARE_ROUNDING. */
  shares: number;
  /** The bid on the conversion date. */
  conversionBid: number;
}

/**
 * Measures one path: the Conversion Price by the rule (conversionPriceRule) on the window
 * bids, history and simulated, then the shares by SHARE_ROUNDING. On a path written as a
 * price series it gives the Conversion Price of NEOT.CONVPRICE (to the last bits of a double).
 * Seed 000, Exhibit A, Initial / Subsequent Conversion Price and Conversion.
 * @param bids - the path's bid on each of `plan.simulatedDays`
 * @param out - filled in (reused from path to path: no allocation per path but the rule's
 *   lowest positions)
 * @example measurePath(plan, bids, outcome); outcome.conversionPrice // the lesser price on this path
 */
export function measurePath(plan: ConversionSimulationPlan, bids: Float64Array, out: PathOutcome): PathOutcome {
  const initialPrice =
    plan.knownInitialPrice !== undefined
      ? plan.knownInitialPrice
      : (sumOf(plan.initialSlots, bids) / plan.initialSlots.known.length) * plan.initialPct;
  let price = initialPrice;
  let resetPrice = NaN;
  if (plan.resetSlots) {
    const window = plan.resetSlots.window;
    sumOf(plan.resetSlots, bids);
    // The same selection as the Decimal rule: the k lowest, ties to the earlier day.
    const lowest = lowestPositions(window, plan.resetLowest);
    let sum = 0;
    for (let i = 0; i < lowest.length; i++) sum += window[lowest[i]];
    resetPrice = (sum / plan.resetLowest) * plan.resetPct;
    if (resetPrice < price) price = resetPrice;
  }
  out.initialPrice = initialPrice;
  out.resetPrice = resetPrice;
  out.conversionPrice = price;
  out.shares = roundShares(plan.principal / price, plan.shareRounding);
  out.conversionBid = bids[plan.conversionSlot];
  return out;
}

/** A window's bids on this path into `slots.window` (history or simulated), returning their sum. */
function sumOf(slots: Slots, bids: Float64Array): number {
  const { simulated, known, window } = slots;
  let sum = 0;
  for (let i = 0; i < simulated.length; i++) {
    const bid = simulated[i] < 0 ? known[i] : bids[simulated[i]];
    window[i] = bid;
    sum += bid;
  }
  return sum;
}

/**
 * SHARE_ROUNDING (shareCount.ts) on a double quotient: DOWN floors, UP rounds up, NONE
 * keeps the fraction. The same term and modes as shareCount; the simulation's quotient is
 * already a double, so the floor is taken on it.
 */
function roundShares(quotient: number, mode: string): number {
  if (mode === "DOWN") return floor(quotient);
  if (mode === "UP") return ceil(quotient);
  return quotient;
}

/**
 * Runs the simulation and summarises it. Deterministic: the same inputs and terms give the
 * same numbers on every run and in every runtime (random.ts, portableMath.ts). Memory: one
 * bid per needed day for the pair of paths being simulated, plus one number per path for
 * each quantity whose percentiles are reported.
 * Seed 000, Exhibit A (the Conversion Price rule); seed 003, risk factors (the 20% rule,
 * the $1.00 minimum bid).
 * @throws like {@link planConversionSimulation}; TermsError `range` when simulated bids
 *   underflow to 0 or overflow (a volatility far too high for the horizon)
 * @example simulateConversion(inputs, terms).conversionPrice.mean // the expected Conversion Price
 */
export function simulateConversion(
  inputs: ConversionSimulationInputs,
  terms = Terms.defaults,
): ConversionSimulationSummary {
  const plan = planConversionSimulation(inputs, terms);
  const { paths, generator } = plan;
  const random = Xoshiro128StarStar.fromSeed(plan.seed);
  const dimension = generator.dimension;
  const normals = new Float64Array(dimension);
  const up = new Float64Array(dimension);
  const down = new Float64Array(dimension);
  const prices = new Float64Array(paths);
  const shares = new Float64Array(paths);
  const values = new Float64Array(paths);
  const approval = new Uint8Array(paths);
  const reset = new Uint8Array(paths);
  const floor = new Uint8Array(paths);
  const belowMinimum = new Uint8Array(paths);
  const outcome: PathOutcome = { initialPrice: 0, resetPrice: 0, conversionPrice: 0, shares: 0, conversionBid: 0 };
  const { approvalShares, minimumBid, floorPrice, discount } = plan;
  for (let pair = 0; pair < paths / 2; pair++) {
    for (let i = 0; i < dimension; i++) normals[i] = random.nextNormal();
    generator.pair(normals, up, down);
    for (let twin = 0; twin < 2; twin++) {
      const p = 2 * pair + twin;
      measurePath(plan, twin === 0 ? up : down, outcome);
      const { conversionPrice, conversionBid } = outcome;
      if (!(conversionPrice > 0 && conversionPrice <= MAX_VALUE && conversionBid > 0 && conversionBid <= MAX_VALUE)) {
        const years = (plan.horizon / TRADING_DAYS_PER_YEAR).toFixed(2);
        throw new TermsError("range", messages.simulationOverflow(inputs.volatility, years));
      }
      prices[p] = conversionPrice;
      shares[p] = outcome.shares;
      values[p] = outcome.shares * conversionBid * discount;
      approval[p] = outcome.shares >= approvalShares ? 1 : 0;
      reset[p] = outcome.resetPrice < outcome.initialPrice ? 1 : 0;
      floor[p] = floorPrice !== undefined && conversionPrice < floorPrice ? 1 : 0;
      belowMinimum[p] = conversionBid < minimumBid ? 1 : 0;
    }
  }
  const shareEstimate = estimate(shares);
  const outstanding = plan.outstanding;
  return {
    conversionPrice: estimate(prices),
    shares: shareEstimate,
    sharesOfOutstanding: {
      mean: shareEstimate.mean / outstanding,
      standardError: shareEstimate.standardError / outstanding,
      p5: shareEstimate.p5 / outstanding,
      p50: shareEstimate.p50 / outstanding,
      p95: shareEstimate.p95 / outstanding,
    },
    asConvertedValue: estimate(values),
    approvalThreshold: probability(approval),
    resetBelowInitial: probability(reset),
    belowFloor: floorPrice !== undefined ? probability(floor) : undefined,
    bidBelowMinimum: probability(belowMinimum),
    paths,
    horizon: plan.horizon,
  };
}

/**
 * The mean of `values` and the standard error over antithetic pairs: the sample standard
 * deviation (n − 1) of the pair means (values[2j] + values[2j+1]) / 2, ÷ √(number of pairs).
 * @example pairMeanAndError(new Float64Array([1, 3, 2, 2])) //=> { mean: 2, standardError: 0 }
 */
export function pairMeanAndError(values: ArrayLike<number>): { mean: number; standardError: number } {
  const pairs = values.length >> 1;
  // Sums of deviations from the first pair's mean: a quantity that is the same on every path
  // (a Conversion Price fixed by the history) keeps its exact value and a standard error of 0.
  const shift = (values[0] + values[1]) / 2;
  let sum = 0;
  for (let j = 0; j < pairs; j++) sum += (values[2 * j] + values[2 * j + 1]) / 2 - shift;
  const mean = shift + sum / pairs;
  let squares = 0;
  for (let j = 0; j < pairs; j++) {
    const d = (values[2 * j] + values[2 * j + 1]) / 2 - mean;
    squares += d * d;
  }
  return { mean, standardError: pairs > 1 ? sqrt(squares / (pairs - 1) / pairs) : 0 };
}

/**
 * Excel's PERCENTILE.INC of ascending `sorted`: linear interpolation at rank (n − 1) p.
 * @param p - 0 … 1
 * @example percentileInc(new Float64Array([1, 2, 3, 4]), 0.5) //=> 2.5
 */
export function percentileInc(sorted: ArrayLike<number>, p: number): number {
  const h = (sorted.length - 1) * p;
  const below = floor(h);
  const above = below + 1 < sorted.length ? below + 1 : below;
  return sorted[below] + (h - below) * (sorted[above] - sorted[below]);
}

/** Mean, standard error and percentiles; sorts `values` in place (after the pairs are read). */
function estimate(values: Float64Array): Estimate {
  const { mean, standardError } = pairMeanAndError(values);
  values.sort();
  return {
    mean,
    standardError,
    p5: percentileInc(values, 0.05),
    p50: percentileInc(values, 0.5),
    p95: percentileInc(values, 0.95),
  };
}

function probability(flags: Uint8Array): ProbabilityEstimate {
  const { mean, standardError } = pairMeanAndError(flags);
  return { probability: mean, standardError };
}

/** Column headings of NEOT.CONVSIM, in order. */
export const SIMULATION_HEADINGS = ["Item", "Mean", "Standard error", "P5", "P50", "P95"] as const;

/**
 * The rows of NEOT.CONVSIM under its headings: four estimates (mean, standard error, P5,
 * P50, P95), then the probabilities (probability, standard error, and "" for the
 * percentiles). The Floor Price row only when FLOOR_PRICE is given.
 * @example simulationRows(summary)[0][0] //=> "Conversion Price (USD per share)"
 */
export function simulationRows(summary: ConversionSimulationSummary): (string | number)[][] {
  const row = (label: string, e: Estimate) => [label, e.mean, e.standardError, e.p5, e.p50, e.p95];
  const chance = (label: string, e: ProbabilityEstimate) => [label, e.probability, e.standardError, "", "", ""];
  const rows: (string | number)[][] = [
    row("Conversion Price (USD per share)", summary.conversionPrice),
    row("Shares issued", summary.shares),
    row("Shares issued ÷ outstanding", summary.sharesOfOutstanding),
    row("As-converted value (USD, discounted)", summary.asConvertedValue),
    chance("P(shares reach the Nasdaq approval threshold)", summary.approvalThreshold),
    chance("P(reset price below the Initial Conversion Price)", summary.resetBelowInitial),
  ];
  if (summary.belowFloor) rows.push(chance("P(Conversion Price below the Floor Price)", summary.belowFloor));
  rows.push(chance("P(bid on the conversion date below the minimum bid)", summary.bidBelowMinimum));
  return rows;
}
