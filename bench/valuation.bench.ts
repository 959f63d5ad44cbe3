/**
 * `npm run bench` (second part): what a cell of NEOT.BSCALL or NEOT.WARRANTVALUE costs in
 * the BUILT bundle (dist/functions.js loaded in a vm, the way Excel loads it), side by side
 * in one process with two baselines computing the same values from the same arguments:
 *   - plain float: the formula in doubles with no argument checks, its N(·) by the same
 *     erfc-free textbook route a Black-Scholes sheet takes (Abramowitz & Stegun 26.2.17,
 *     |error| < 7.5e-8), and for the warrant a fixed-point iteration of Hull's equation;
 *   - formulajs: the spreadsheet's own formula, =S*EXP(-q*T)*NORM.S.DIST(d1,TRUE) − …,
 *     with @formulajs/formulajs, and the warrant by the same fixed point (what Goal Seek or
 *     an iterative-calculation sheet does).
 * Target: each bundled call ≤ 5 µs. A missed target is printed, not fatal; values that
 * disagree beyond the baselines' accuracy fail the run.
 */
import * as formulajs from "@formulajs/formulajs";
import { loadBundle } from "../test/bundle/loadBundle";
import { median, mulberry32, table, timeRounds } from "./measure";

const CALLS = 10_000;
const ROUNDS = 15;
const TARGET_US = 5;
/**
 * How far the baselines may differ: the plain-float N(·) is good to 7.5e-8, so its value to
 * 7.5e-8 × (S + K) (and a little more through the warrant's S + M·W/N); formulajs's
 * NORM.S.DIST to about 1e-14, so it agrees to 1e-9 USD.
 */
const PLAIN_TOLERANCE = 2e-7;
const FORMULAJS_TOLERANCE = 1e-9;
const FIXED_POINT_TOLERANCE = 1e-12;

type Fn = (...args: unknown[]) => unknown;

/** One cell's arguments: the New Warrants' and Cantor's kinds of option, on assorted dates. */
interface Case {
  readonly spot: number;
  readonly strike: number;
  readonly valuation: number;
  readonly expiry: number;
  readonly volatility: number;
  readonly rate: number;
  readonly dividendYield: number;
  readonly warrants: number;
  readonly outstanding: number;
}

function cases(): Case[] {
  const random = mulberry32(20011101);
  const list: Case[] = [];
  for (let i = 0; i < CALLS; i++) {
    const spot = 1 + random() * 9;
    const valuation = 36998 + Math.floor(random() * 700); // 2001-04-17 and the two years after
    list.push({
      spot,
      strike: spot * (i % 2 === 0 ? 1.25 : 1.3) * (0.7 + random() * 0.6), // 125% (New Warrants), 130% (Cantor)
      valuation,
      expiry: valuation + 30 + Math.floor(random() * 1800), // up to five years
      volatility: 0.3 + random() * 1.2,
      rate: 0.01 + random() * 0.06,
      dividendYield: i % 4 === 0 ? 0.01 : 0,
      warrants: Math.floor(random() * 4_000_000),
      outstanding: 21_862_772,
    });
  }
  return list;
}

// ---------------------------------------------------------------------------------------
// Baselines

/** Abramowitz & Stegun 26.2.17: the normal distribution a hand-written sheet uses. */
function textbookCdf(x: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(x));
  const poly = t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  const upper = 0.3989422804014327 * Math.exp(-x * x * 0.5) * poly;
  return x >= 0 ? 1 - upper : upper;
}

function plainCall(s: number, k: number, t: number, v: number, r: number, q: number): number {
  if (t === 0) return Math.max(s - k, 0);
  const spread = v * Math.sqrt(t);
  const d1 = (Math.log(s / k) + (r - q + (v * v) / 2) * t) / spread;
  return s * Math.exp(-q * t) * textbookCdf(d1) - k * Math.exp(-r * t) * textbookCdf(d1 - spread);
}

function formulajsCall(s: number, k: number, t: number, v: number, r: number, q: number): number {
  const f = formulajs as unknown as Record<string, (...a: unknown[]) => number> & { NORM: { S: { DIST: Fn } } };
  const spread = v * (f.SQRT(t) as number);
  const d1 = (f.LN(s / k) + (r - q + (v * v) / 2) * t) / spread;
  const nd1 = f.NORM.S.DIST(d1, true) as number;
  const nd2 = f.NORM.S.DIST(d1 - spread, true) as number;
  return s * f.EXP(-q * t) * nd1 - k * f.EXP(-r * t) * nd2;
}

/** Hull's W = N/(N+M) × c(S + M·W/N) by plain fixed-point iteration from W = c(S). */
function fixedPoint(c: Case, call: typeof plainCall): number {
  const t = (c.expiry - c.valuation) / 365;
  const share = c.outstanding / (c.outstanding + c.warrants);
  const ratio = c.warrants / c.outstanding;
  let w = call(c.spot, c.strike, t, c.volatility, c.rate, c.dividendYield);
  for (let i = 0; i < 1000; i++) {
    const next = share * call(c.spot + ratio * w, c.strike, t, c.volatility, c.rate, c.dividendYield);
    if (Math.abs(next - w) <= FIXED_POINT_TOLERANCE * next) return next;
    w = next;
  }
  return w;
}

// ---------------------------------------------------------------------------------------
// The bundle's cells

function bundleFunction(id: string): Fn {
  const fn = loadBundle().functions.get(id);
  if (!fn) throw new Error(`${id} is not associated in dist/functions.js`);
  return fn;
}

function numberOf(id: string, value: unknown): number {
  if (typeof value !== "number") throw new Error(`${id} returned ${JSON.stringify(value)}`);
  return value;
}

/** The three implementations of one function, each a recalculation of every case. */
interface Contenders {
  readonly id: string;
  readonly bundle: (c: Case) => number;
  readonly plain: (c: Case) => number;
  readonly formulajs: (c: Case) => number;
}

const years = (c: Case) => (c.expiry - c.valuation) / 365;

function contenders(): Contenders[] {
  const bsCall = bundleFunction("BSCALL");
  const warrant = bundleFunction("WARRANTVALUE");
  return [
    {
      id: "BSCALL",
      bundle: (c) =>
        numberOf(
          "BSCALL",
          bsCall(c.spot, c.strike, c.valuation, c.expiry, c.volatility, c.rate, c.dividendYield, null),
        ),
      plain: (c) => plainCall(c.spot, c.strike, years(c), c.volatility, c.rate, c.dividendYield),
      formulajs: (c) => formulajsCall(c.spot, c.strike, years(c), c.volatility, c.rate, c.dividendYield),
    },
    {
      id: "WARRANTVALUE",
      bundle: (c) =>
        numberOf(
          "WARRANTVALUE",
          warrant(
            c.spot,
            c.strike,
            c.valuation,
            c.expiry,
            c.volatility,
            c.rate,
            c.warrants,
            c.outstanding,
            c.dividendYield,
            null,
          ),
        ),
      plain: (c) => fixedPoint(c, plainCall),
      formulajs: (c) => fixedPoint(c, formulajsCall),
    },
  ];
}

function recalc(fn: (c: Case) => number, list: readonly Case[]): () => void {
  return () => {
    let sink = 0;
    for (let i = 0; i < list.length; i++) sink += fn(list[i]);
    if (!Number.isFinite(sink)) throw new Error("a value was not finite");
  };
}

function main(): void {
  const list = cases();
  console.log(
    `Valuation: ${CALLS.toLocaleString("en-US")} cells of each function, median of ${ROUNDS} recalculations\n`,
  );
  const rows: string[][] = [];
  const verdicts: string[] = [];
  for (const c of contenders()) {
    let worstPlain = 0;
    let worstFormulajs = 0;
    for (const k of list) {
      const b = c.bundle(k);
      const p = c.plain(k);
      const f = c.formulajs(k);
      worstPlain = Math.max(worstPlain, Math.abs(b - p));
      worstFormulajs = Math.max(worstFormulajs, Math.abs(b - f));
      const scale = k.spot * (1 + k.warrants / k.outstanding) + k.strike;
      if (!(Math.abs(b - p) <= PLAIN_TOLERANCE * scale && Math.abs(b - f) <= FORMULAJS_TOLERANCE)) {
        throw new Error(
          `${c.id} values differ for ${JSON.stringify(k)}: bundle ${b}, plain float ${p}, formulajs ${f}`,
        );
      }
    }
    const [bundle, plain, withFormulajs] = timeRounds(
      [recalc(c.bundle, list), recalc(c.plain, list), recalc(c.formulajs, list)],
      3,
      ROUNDS,
    ).map(median);
    const perCall = (ms: number) => ((ms * 1000) / CALLS).toFixed(2);
    rows.push([
      c.id,
      perCall(bundle),
      perCall(plain),
      perCall(withFormulajs),
      (bundle / plain).toFixed(2),
      worstPlain.toExponential(1),
      worstFormulajs.toExponential(1),
    ]);
    const us = (bundle * 1000) / CALLS;
    verdicts.push(
      `${c.id}: ${us.toFixed(2)} µs a call (target ≤ ${TARGET_US} µs)  ${us <= TARGET_US ? "PASS" : "MISS"};` +
        ` ${(bundle / plain).toFixed(2)}× plain float (reported); formulajs ${(withFormulajs / bundle).toFixed(2)}× the bundle's cost`,
    );
  }
  table(
    ["function", "bundle µs", "plain float µs", "formulajs µs", "bundle/plain", "|Δ| plain USD", "|Δ| formulajs USD"],
    rows,
  );
  console.log();
  for (const v of verdicts) console.log(v);
}

main();
