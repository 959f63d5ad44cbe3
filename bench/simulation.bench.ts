/**
 * `npm run bench` (second part): what NEOT.CONVSIM costs in the BUILT bundle (dist/functions.js
 * loaded in a vm, the way Excel loads it), side by side in one run with a plain step-by-step
 * Float64Array simulation of the same model (issue 16, Speed):
 *   1. a call of 10,000 paths over 252 and 1,260 trading days (target ≤ 100 ms a call);
 *   2. against the plain simulation, which steps every path through every trading day
 *      (targets: no slower at 252 steps, ≥ 4× faster at 1,260);
 *   3. the bids kept per path (the needed days only, not the steps);
 *   4. a recalculation with unchanged arguments (no new simulation).
 * Each timed CONVSIM call has its own MC_SEED, so none is answered from the cache but the
 * last part's. Both simulations' means are printed with their standard errors: the same model
 * must give the same answer within a few standard errors. A missed target is printed, not fatal.
 */
import { loadBundle } from "../test/bundle/loadBundle";
import { PriceSeries } from "../src/engine/series/priceSeries";
import { initialConversionPriceAsNumber } from "../src/engine/debentures/conversionPrice";
import { dayFromExcelSerial, dayFromParts, excelSerialFromDay } from "../src/engine/time/civilDate";
import { addTradingDays, isTradingDay } from "../src/engine/time/nasdaqCalendar";
import { Xoshiro128StarStar } from "../src/engine/valuation/random";
import { median, mulberry32, table, timeRounds, verdict } from "./measure";

const PATHS = 10_000;
const HORIZONS = [252, 1_260];
const ROUNDS = 7;
const TARGET_MS = 100;

// The deal: $5,000,000 converted, 21,862,772 shares outstanding, σ = 80%, r = 5%, the
// agreement's terms (seed 000, Exhibit A: 120% of 5 days, 101% of the 10 lowest of 30).
const PRINCIPAL = 5_000_000;
const OUTSTANDING = 21_862_772;
const VOLATILITY = 0.8;
const RATE = 0.05;
const RESET_WINDOW = 30;
const RESET_LOWEST = 10;
const RESET_PCT = 1.01;

type Fn = (...args: unknown[]) => unknown;

/** Closing bids on every trading day of 2000 through 2001-06-01, a random walk from $5. */
function history(): { dates: number[][]; prices: number[][] } {
  const random = mulberry32(20010601);
  const dates: number[][] = [];
  const prices: number[][] = [];
  let bid = 5;
  for (let day = dayFromParts(2000, 1, 3); day <= dayFromParts(2001, 6, 1); day++) {
    if (!isTradingDay(day)) continue;
    bid = Math.max(0.5, bid * (1 + (random() - 0.5) * 0.08));
    dates.push([excelSerialFromDay(day)]);
    prices.push([Math.round(bid * 10_000) / 10_000]);
  }
  return { dates, prices };
}

interface Mean {
  readonly mean: number;
  readonly se: number;
}

/**
 * The plain simulation: every path of a pair stepped through every trading day of the
 * horizon in a Float64Array of the whole path (S' = S·exp((r − σ²/2)/252 + σ/√252 · Z),
 * Math.exp), then the reset window read from the path: 101% of the 10 lowest of the 30
 * bids before the conversion day, the lesser of that and the initial price, whole shares
 * down. Returns the mean Conversion Price and its standard error over the pair means.
 */
function plainSimulation(spot: number, initialPrice: number, steps: number, seed: number): Mean {
  const random = Xoshiro128StarStar.fromSeed(seed);
  const drift = (RATE - (VOLATILITY * VOLATILITY) / 2) / 252;
  const spread = VOLATILITY / Math.sqrt(252);
  const up = new Float64Array(steps + 1);
  const down = new Float64Array(steps + 1);
  const window = new Float64Array(RESET_WINDOW);
  const prices = new Float64Array(PATHS);
  const shares = new Float64Array(PATHS);
  const resetPrice = (path: Float64Array) => {
    // The 30 bids before the conversion day: path[steps − 30 … steps − 1].
    for (let i = 0; i < RESET_WINDOW; i++) window[i] = path[steps - RESET_WINDOW + i];
    window.sort();
    let sum = 0;
    for (let i = 0; i < RESET_LOWEST; i++) sum += window[i];
    return Math.min(initialPrice, (RESET_PCT * sum) / RESET_LOWEST);
  };
  for (let pair = 0; pair < PATHS / 2; pair++) {
    up[0] = spot;
    down[0] = spot;
    for (let t = 1; t <= steps; t++) {
      const z = random.nextNormal();
      up[t] = up[t - 1] * Math.exp(drift + spread * z);
      down[t] = down[t - 1] * Math.exp(drift - spread * z);
    }
    prices[2 * pair] = resetPrice(up);
    prices[2 * pair + 1] = resetPrice(down);
    shares[2 * pair] = Math.floor(PRINCIPAL / prices[2 * pair]);
    shares[2 * pair + 1] = Math.floor(PRINCIPAL / prices[2 * pair + 1]);
  }
  const pairMeans = new Float64Array(PATHS / 2);
  for (let j = 0; j < pairMeans.length; j++) pairMeans[j] = (prices[2 * j] + prices[2 * j + 1]) / 2;
  const mean = pairMeans.reduce((a, b) => a + b, 0) / pairMeans.length;
  const variance = pairMeans.reduce((a, b) => a + (b - mean) ** 2, 0) / (pairMeans.length - 1);
  prices.sort(); // the percentiles' sort, as CONVSIM sorts
  shares.sort();
  return { mean, se: Math.sqrt(variance / pairMeans.length) };
}

function main(): void {
  const { functions } = loadBundle();
  const convsim = functions.get("CONVSIM") as Fn;
  const { dates, prices } = history();
  const valuation = dates[dates.length - 1][0];
  const valuationDay = dayFromExcelSerial(valuation, "valuation");
  const issue = excelSerialFromDay(dayFromParts(2001, 5, 1));
  const series = PriceSeries.fromColumns(
    dates.map(([d]) => dayFromExcelSerial(d, "date")),
    prices.map(([p]) => p),
  );
  const spot = prices[prices.length - 1][0];
  const initialPrice = initialConversionPriceAsNumber(series, dayFromParts(2001, 5, 1));
  console.log(
    `\nNEOT conversion simulation benchmark: node ${process.version}; ${PATHS.toLocaleString("en-US")} paths, ` +
      `valuation ${new Date(Date.UTC(1899, 11, 30) + valuation * 86_400_000).toISOString().slice(0, 10)}, median of ${ROUNDS}\n`,
  );
  const rows: string[][] = [];
  const verdicts: string[] = [];
  let seed = 1;
  for (const steps of HORIZONS) {
    const conversion = excelSerialFromDay(addTradingDays(valuationDay, steps));
    const call = (s: number) => {
      const value = convsim(dates, prices, issue, valuation, conversion, PRINCIPAL, OUTSTANDING, VOLATILITY, RATE, [
        ["MC_SEED", s],
      ]);
      if (!Array.isArray(value)) throw new Error(`CONVSIM returned ${JSON.stringify(value)}`);
      return value as (number | string)[][];
    };
    const sample = call(seed++);
    const plain = plainSimulation(spot, initialPrice, steps, 1);
    const [bundleMs, plainMs] = timeRounds(
      [() => void call(seed++), () => void plainSimulation(spot, initialPrice, steps, seed++)],
      1,
      ROUNDS,
    ).map(median);
    const cp = { mean: sample[1][1] as number, se: sample[1][2] as number };
    const gap = Math.abs(cp.mean - plain.mean) / Math.hypot(cp.se, plain.se);
    if (gap > 5) throw new Error(`${steps} steps: CONVSIM ${cp.mean} ± ${cp.se}, plain ${plain.mean} ± ${plain.se}`);
    rows.push([
      `${steps.toLocaleString("en-US")} trading days`,
      bundleMs.toFixed(1),
      plainMs.toFixed(1),
      (plainMs / bundleMs).toFixed(2),
      `${cp.mean.toFixed(4)} ± ${cp.se.toFixed(4)}`,
      `${plain.mean.toFixed(4)} ± ${plain.se.toFixed(4)}`,
    ]);
    verdicts.push(
      `${steps} days: CONVSIM ${bundleMs.toFixed(1)} ms a call  (target ≤ ${TARGET_MS} ms)  ${bundleMs <= TARGET_MS ? "PASS" : "MISS"}`,
    );
    const needed = steps === 252 ? 1 : 4;
    verdicts.push(
      verdict(
        `${steps} days: plain step-by-step / CONVSIM`,
        plainMs / bundleMs,
        steps === 252 ? "≥ 1× (no slower)" : "≥ 4×",
        plainMs / bundleMs >= needed,
      ),
    );
  }
  table(["horizon", "CONVSIM ms", "plain ms", "plain / CONVSIM", "CONVSIM mean CP ± SE", "plain mean CP ± SE"], rows);

  // Memory: the bids a path keeps. CONVSIM: the reset window (30) and the conversion day;
  // the plain simulation: every step.
  console.log(
    `\nbids kept per path: CONVSIM ${RESET_WINDOW + 1} at every horizon (the window and the conversion day); ` +
      `plain ${HORIZONS.map((h) => (h + 1).toLocaleString("en-US")).join(" and ")}`,
  );

  // A recalculation: the same arguments in fresh arrays, as Excel passes them.
  const conversion = excelSerialFromDay(addTradingDays(valuationDay, 1_260));
  const args = () => [
    dates.map((r) => r.slice()),
    prices.map((r) => r.slice()),
    issue,
    valuation,
    conversion,
    PRINCIPAL,
    OUTSTANDING,
    VOLATILITY,
    RATE,
    null,
  ];
  const first = args();
  let started = performance.now();
  convsim(...first);
  const firstMs = performance.now() - started;
  const again = Array.from({ length: 9 }, () => {
    const a = args();
    started = performance.now();
    convsim(...a);
    return performance.now() - started;
  });
  const againMs = median(again);
  console.log(
    `recalculation with unchanged arguments: first call ${firstMs.toFixed(1)} ms, again ${(againMs * 1000).toFixed(0)} µs (median of 9)`,
  );
  verdicts.push(
    verdict(
      "recalculation: first call / same arguments again",
      firstMs / againMs,
      "≥ 20× (no new simulation)",
      firstMs / againMs >= 20,
    ),
  );

  console.log("\nSummary");
  for (const line of verdicts) console.log(line);
}

main();
