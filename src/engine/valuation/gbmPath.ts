import { exp } from "./portableMath";

/**
 * Risk-neutral geometric Brownian motion of the closing bid, one step per Nasdaq trading
 * day of Δt = 1/252 year: S' = S · exp((r − q − σ²/2) Δt + σ √Δt · Z). Valuation code:
 * doubles are the method's arithmetic.
 *
 * A path is only ever needed on a few days (the windows the Conversion Price reads and the
 * conversion date). Over k trading days the log change of GBM is normal with mean
 * (r − q − σ²/2) k/252 and variance σ² k/252, exactly the law of k single steps, so a path
 * jumps from one needed day to the next with one normal: the cost follows the windows,
 * not the horizon, and the memory is one bid per needed day.
 *
 * The seeds are silent on valuation: this is the standard risk-neutral model of option
 * practice (Black-Scholes-Merton), stepped per Nasdaq trading day as issue 16, item 7 states.
 */

/** Trading days per year: Δt = 1/252 per Nasdaq trading day. */
export const TRADING_DAYS_PER_YEAR = 252;

/** The process: spot and continuously compounded annual rates (decimals: 5% is 0.05). */
export interface GbmProcess {
  /** The closing bid on the valuation day, USD per share, > 0. */
  readonly spot: number;
  /** Risk-free rate r. */
  readonly rate: number;
  /** Dividend yield q. */
  readonly dividendYield: number;
  /** Volatility σ, annual. */
  readonly volatility: number;
}

/**
 * Generates the bids of a path on the needed days only, two antithetic paths at a time.
 * @example
 * const g = new GbmPathGenerator({ spot: 5, rate: 0, dividendYield: 0, volatility: 0.5 }, [252]);
 * g.pair(new Float64Array([0]), up, down); // up[0] = down[0] = 5·exp(−0.125) = 4.4125…
 */
export class GbmPathGenerator {
  /** The log drift and the log standard deviation of each jump. */
  private readonly drift: Float64Array;
  private readonly spread: Float64Array;

  /**
   * @param process - the GBM
   * @param offsets - the needed days as trading days after the valuation day (≥ 1), strictly
   *   increasing; a path's bid on day i is the bid `offsets[i]` steps after the spot
   */
  constructor(
    readonly process: GbmProcess,
    readonly offsets: readonly number[],
  ) {
    const { rate, dividendYield, volatility } = process;
    const n = offsets.length;
    this.drift = new Float64Array(n);
    this.spread = new Float64Array(n);
    const driftPerDay = (rate - dividendYield - (volatility * volatility) / 2) / TRADING_DAYS_PER_YEAR;
    for (let i = 0, previous = 0; i < n; i++) {
      const k = offsets[i] - previous;
      if (!(k >= 1)) throw new Error(`engine bug: path offsets must increase, got ${offsets.join(", ")}`);
      this.drift[i] = driftPerDay * k;
      this.spread[i] = volatility * Math.sqrt(k / TRADING_DAYS_PER_YEAR);
      previous = offsets[i];
    }
  }

  /** How many normals one pair of paths takes: one per needed day. */
  get dimension(): number {
    return this.offsets.length;
  }

  /**
   * The bids of the path driven by `normals` (into `up`) and of its antithetic twin, driven
   * by −normals (into `down`), on each needed day. Each array has {@link dimension} entries.
   */
  pair(normals: Float64Array, up: Float64Array, down: Float64Array): void {
    const { drift, spread } = this;
    const spot = this.process.spot;
    let logUp = 0;
    let logDown = 0;
    for (let i = 0; i < drift.length; i++) {
      const shock = spread[i] * normals[i];
      logUp += drift[i] + shock;
      logDown += drift[i] - shock;
      up[i] = spot * exp(logUp);
      down[i] = spot * exp(logDown);
    }
  }
}
