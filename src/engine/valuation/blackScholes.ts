/**
 * Black-Scholes-Merton values of European options on the common stock, with the greeks.
 *
 * Doubles, not Decimals: this is a numerical method, and its arithmetic is the double's
 * (exp, log and the normal distribution). The agreements are silent on valuation; the
 * conventions are the desk's (DOMAIN.md, Valuation): time in calendar days / 365, the rate
 * and the dividend yield continuously compounded, vega per 1 point of volatility, theta
 * per calendar day, rho per 1 point of rate.
 */
import { check } from "../errors";
import { messages } from "../messages";
import { Day, isoDate } from "../time/civilDate";
import { normalCdf, normalPdf } from "./normalDistribution";

/** Looked up once: a global lookup per call is measurable in Excel's runtimes. */
const { exp, log, sqrt } = Math;

/** What a Black-Scholes-Merton value depends on; every figure a double. */
export interface OptionInputs {
  /** The stock price, USD per share, > 0. */
  readonly spot: number;
  /** The exercise price, USD per share, > 0. */
  readonly strike: number;
  /** Time to expiry in years (calendar days / 365), ≥ 0. */
  readonly years: number;
  /** Annualized volatility of the stock, a fraction (0.6 = 60%), in (0, 10]. */
  readonly volatility: number;
  /** Risk-free rate, continuously compounded, a fraction, in [−0.05, 1]. */
  readonly rate: number;
  /** Dividend yield, continuously compounded, a fraction, in [0, 1]. */
  readonly dividendYield: number;
}

/** The most volatility accepted: 1,000% a year (a typo, not a stock, beyond it). */
export const MAX_VOLATILITY = 10;
/** The rates accepted: −5% to 100% a year. */
export const MIN_RATE = -0.05;
export const MAX_RATE = 1;
/** Calendar days in the year fraction T = days / 365. */
export const DAYS_PER_YEAR = 365;

/**
 * Time to expiry in years: calendar days from the valuation date to the expiry date, / 365.
 * Not in the seeds: the desk's convention (DOMAIN.md, Valuation).
 * @param valuationDate - the date the option is valued
 * @param expiryDate - the expiry date, on or after the valuation date
 * @throws TermsError `invalid` when the expiry date is before the valuation date
 * @example yearsToExpiry(dayFromParts(2001, 4, 17), dayFromParts(2006, 4, 17)) //=> 5.003 (1,826 days / 365)
 */
export function yearsToExpiry(valuationDate: Day, expiryDate: Day): number {
  check(expiryDate >= valuationDate, "invalid", () =>
    messages.dateBefore("expiry date", isoDate(expiryDate), "valuation date", isoDate(valuationDate)),
  );
  return (expiryDate - valuationDate) / DAYS_PER_YEAR;
}

/**
 * Checks the inputs of a valuation, naming the first bad one the way the Excel argument is
 * named (spot, strike, volatility, rate, dividend_yield).
 * @throws TermsError `invalid` for a spot or strike not above zero, a volatility outside
 *   (0, 10], a rate outside [−5%, 100%], a dividend yield outside [0%, 100%], a negative
 *   or non-finite time
 * @example checkOptionInputs({ spot: 5, strike: 6.25, years: 5, volatility: 0, rate: 0.05, dividendYield: 0 }) // throws: volatility must be greater than 0 …
 */
export function checkOptionInputs(inputs: OptionInputs): void {
  const { spot, strike, years, volatility, rate, dividendYield } = inputs;
  check(spot > 0 && spot < Infinity, "invalid", () => messages.notPositive("spot", String(spot)));
  check(strike > 0 && strike < Infinity, "invalid", () => messages.notPositive("strike", String(strike)));
  check(years >= 0 && years < Infinity, "invalid", () => messages.negative("time to expiry", String(years)));
  check(volatility > 0 && volatility <= MAX_VOLATILITY, "invalid", () =>
    messages.volatilityOutOfRange("volatility", String(volatility)),
  );
  check(rate >= MIN_RATE && rate <= MAX_RATE, "invalid", () => messages.rateOutOfRange("rate", String(rate)));
  check(dividendYield >= 0 && dividendYield <= 1, "invalid", () =>
    messages.yieldOutOfRange("dividend_yield", String(dividendYield)),
  );
}

/** A call's value and delta, unchecked: the inner loop of the dilution solve. */
export interface CallValue {
  readonly value: number;
  readonly delta: number;
}

/**
 * The Black-Scholes-Merton call's value and delta for inputs already checked by
 * {@link checkOptionInputs}, at stock price `spot` (the dilution solve moves it; the other
 * inputs stay). At expiry (years = 0) the value is max(spot − strike, 0) and the delta 1
 * above the strike, 0 at or below it. Unchecked: the inner loop of the dilution solve (warrantValue.ts).
 * Not in the seeds: the standard model (DOMAIN.md, Valuation).
 * @param inputs - checked inputs; their `spot` is not used
 * @param spot - the stock price to value at, USD per share, > 0
 * @throws never
 * @example callValueAt({ spot: 42, strike: 40, years: 0, volatility: 0.2, rate: 0.1, dividendYield: 0 }, 43) //=> { value: 3, delta: 1 }
 */
export function callValueAt(inputs: OptionInputs, spot: number): CallValue {
  const { strike, years, volatility, rate, dividendYield } = inputs;
  if (years === 0)
    return {
      value: spot > strike ? spot - strike : 0,
      delta: spot > strike ? 1 : 0,
    };
  const carry = exp(-dividendYield * years);
  const discount = exp(-rate * years);
  const spread = volatility * sqrt(years);
  const d1 = (log(spot / strike) + (rate - dividendYield) * years) / spread + spread / 2;
  const delta = carry * normalCdf(d1);
  const value = spot * delta - strike * discount * normalCdf(d1 - spread);
  // Rounding can leave a far out-of-the-money value a hair below 0; a call is never worth less.
  return { value: value > 0 ? value : 0, delta };
}

/**
 * Black-Scholes-Merton value of a European call, per share:
 * c = S·e^(−qT)·N(d1) − K·e^(−rT)·N(d2), d1 = (ln(S/K) + (r − q + σ²/2)T)/(σ√T), d2 = d1 − σ√T.
 * At expiry (T = 0), max(S − K, 0).
 * Not in the seeds: the standard model (DOMAIN.md, Valuation) for the New Warrants (seed 000,
 * Exhibit A) and Cantor's warrants (seed 003, Plan of Distribution).
 * @param inputs - spot and strike in USD per share; T in years; σ, r, q as fractions
 * @returns USD per share, ≥ 0
 * @throws TermsError `invalid` as {@link checkOptionInputs}
 * @example blackScholesCall({ spot: 42, strike: 40, years: 0.5, volatility: 0.2, rate: 0.1, dividendYield: 0 }) //=> 4.759422392871532 (Hull's 4.76)
 */
export function blackScholesCall(inputs: OptionInputs): number {
  checkOptionInputs(inputs);
  return callValueAt(inputs, inputs.spot).value;
}

/**
 * Black-Scholes-Merton value of a European put, per share:
 * p = K·e^(−rT)·N(−d2) − S·e^(−qT)·N(−d1); at expiry, max(K − S, 0). With the call it keeps
 * put-call parity, c − p = S·e^(−qT) − K·e^(−rT).
 * Not in the seeds: the standard model (DOMAIN.md, Valuation).
 * @returns USD per share, ≥ 0
 * @throws TermsError `invalid` as {@link checkOptionInputs}
 * @example blackScholesPut({ spot: 42, strike: 40, years: 0.5, volatility: 0.2, rate: 0.1, dividendYield: 0 }) //=> 0.8085993729000922 (Hull's 0.81)
 */
export function blackScholesPut(inputs: OptionInputs): number {
  checkOptionInputs(inputs);
  const { spot, strike, years, volatility, rate, dividendYield } = inputs;
  if (years === 0) return strike > spot ? strike - spot : 0;
  const spread = volatility * sqrt(years);
  const d1 = (log(spot / strike) + (rate - dividendYield) * years) / spread + spread / 2;
  const value =
    strike * exp(-rate * years) * normalCdf(spread - d1) - spot * exp(-dividendYield * years) * normalCdf(-d1);
  return value > 0 ? value : 0;
}

/** A call's value and greeks in the desk's units. */
export interface Greeks {
  /** USD per share. */
  readonly value: number;
  /** ∂c/∂S: shares of stock per option. */
  readonly delta: number;
  /** ∂²c/∂S²: delta per USD of stock price. */
  readonly gamma: number;
  /** ∂c/∂σ ÷ 100: USD per share for 1 percentage point of volatility. */
  readonly vega: number;
  /** ∂c/∂t ÷ 365: USD per share for one calendar day passing (usually negative). */
  readonly theta: number;
  /** ∂c/∂r ÷ 100: USD per share for 1 percentage point of rate. */
  readonly rho: number;
}

/**
 * A European call's Black-Scholes-Merton value and greeks (closed forms, per share):
 * delta e^(−qT)N(d1); gamma e^(−qT)n(d1)/(Sσ√T); vega S·e^(−qT)n(d1)√T ÷ 100;
 * theta (−S·e^(−qT)n(d1)σ/(2√T) − rK·e^(−rT)N(d2) + qS·e^(−qT)N(d1)) ÷ 365;
 * rho K·T·e^(−rT)N(d2) ÷ 100. At expiry (T = 0) the value is max(S − K, 0), the delta 1
 * above the strike and 0 at or below it, the other greeks 0.
 * Not in the seeds: the desk's units (DOMAIN.md, Valuation; Bloomberg OV's).
 * @returns the value and greeks, see {@link Greeks} for the units
 * @throws TermsError `invalid` as {@link checkOptionInputs}
 * @example blackScholesGreeks({ spot: 42, strike: 40, years: 0.5, volatility: 0.2, rate: 0.1, dividendYield: 0 }).delta //=> 0.7791312909426691 (Hull's 0.779)
 */
export function blackScholesGreeks(inputs: OptionInputs): Greeks {
  checkOptionInputs(inputs);
  const { spot, strike, years, volatility, rate, dividendYield } = inputs;
  if (years === 0) {
    const itm = spot > strike;
    return {
      value: itm ? spot - strike : 0,
      delta: itm ? 1 : 0,
      gamma: 0,
      vega: 0,
      theta: 0,
      rho: 0,
    };
  }
  const root = sqrt(years);
  const spread = volatility * root;
  const carry = exp(-dividendYield * years);
  const discount = exp(-rate * years);
  const d1 = (log(spot / strike) + (rate - dividendYield) * years) / spread + spread / 2;
  const d2 = d1 - spread;
  const nd1 = normalCdf(d1);
  const nd2 = normalCdf(d2);
  const density = normalPdf(d1);
  const value = spot * carry * nd1 - strike * discount * nd2;
  const thetaPerYear =
    (-spot * carry * density * volatility) / (2 * root) -
    rate * strike * discount * nd2 +
    dividendYield * spot * carry * nd1;
  return {
    value: value > 0 ? value : 0,
    delta: carry * nd1,
    gamma: (carry * density) / (spot * spread),
    vega: (spot * carry * density * root) / 100,
    theta: thetaPerYear / DAYS_PER_YEAR,
    rho: (strike * years * discount * nd2) / 100,
  };
}
