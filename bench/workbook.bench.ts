/**
 * `npm run bench`: what recalculating a workbook of NEOT.* cells costs in the BUILT bundle
 * (dist/functions.js loaded in a vm, the way Excel loads it). Everything runs side by side
 * in one process and is printed as ratios, with the targets:
 *   1. 1,000 CONVPRICE cells over 1,260 rows of closing bids, against plain floating point
 *      (target ≤ 3×) and the same formula in @formulajs/formulajs (target ≥ 50× cheaper);
 *   2. the same 1,000 cells over whole columns (1,048,576 rows, empty cells null as on the
 *      web and 0 as on desktop), against a bare loop that only reads every cell of the same
 *      arrays (target ≤ 3×);
 *   3. a mixed sheet: 5,000 cells of 10 functions over different windows and dates, against
 *      the same engine calls without the range-reading layer (the series read once; reported);
 *   4. the slowest single call found by a search over each function's argument space
 *      (target: none over 5 ms), each call timed after one call with the same arguments
 *      (which reads and caches its ranges), the slowest re-timed (median of 5);
 *   5. the bundle's size and its load-and-register time;
 *   6. 1,000 CONVPRICE cells over 1,400 rows passed as fresh arrays on every call (as Excel
 *      passes them: no array is the one of the call before), against a floating-point version
 *      that reads every cell once, checking it is a number, then trusts the data and finds the
 *      windows by binary search (target ≤ 3×);
 *   7. a [terms] block of two whole columns (1,048,576 rows, two used, empty cells null and 0),
 *      valid and with an error, against a bare loop that only reads every cell of the block
 *      (target: no more than the bare loop; ≤ 1.3× is counted a pass, for run-to-run noise).
 * A missed target is printed, not fatal; a disagreement between implementations fails the
 * run. Benchmarks are not mocha tests: timings belong here, not in `npm test`.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";
import * as formulajs from "@formulajs/formulajs";
import { DIST, ErrorCode, ExcelError, loadBundle } from "../test/bundle/loadBundle";
import { Decimal } from "../src/engine/decimal";
import { PriceSeries } from "../src/engine/series/priceSeries";
import { callExercisePrice } from "../src/engine/warrants/callPrice";
import { conversionPriceAsNumber, initialConversionPriceAsNumber } from "../src/engine/debentures/conversionPrice";
import { floorCash } from "../src/engine/debentures/debentureSettlement";
import { accruedInterest } from "../src/engine/debentures/interest";
import { tradingDaysBelowMinimumBid } from "../src/engine/nasdaq/minimumBid";
import { newWarrantExercisePrice, newWarrantShares } from "../src/engine/warrants/newWarrants";
import { deemedMarketValueDelayPayments } from "../src/engine/registration/registrationDelay";
import { dayFromExcelSerial, dayFromParts, excelSerialFromDay } from "../src/engine/time/civilDate";
import { countTradingDays, isTradingDay } from "../src/engine/time/nasdaqCalendar";
import { median, mulberry32, table, timeRounds, verdict } from "./measure";

const TRADING_DAYS = 1_260;
const CALLS = 1_000;
const WHOLE_COLUMN = 1_048_576;
const MIXED_CELLS = 5_000;
const SEARCH_CALLS_PER_FUNCTION = 400;
const SLOW_CALL_MS = 5;
const LOADS = 15;
const TOLERANCE = 1e-9;

// The formula (seed 000, Exhibit A) with the agreement's terms.
const INITIAL_WINDOW = 5;
const INITIAL_PCT = 1.2;
const RESET_DELAY_DAYS = 90;
const RESET_WINDOW = 30;
const RESET_LOWEST = 10;
const RESET_PCT = 1.01;

type Column = unknown[][];
type Fn = (...args: unknown[]) => unknown;
type ConvPrice = (dates: Column, prices: Column, issueDate: number, conversionDate: number) => number;

// ---------------------------------------------------------------------------------------
// Bench data

/** `count` (1,260) consecutive Nasdaq trading days from 1997-01-02 with a random-walk closing bid. */
function benchSeries(count = TRADING_DAYS): { dates: number[][]; prices: number[][] } {
  const random = mulberry32(20010417);
  const dates: number[][] = [];
  const prices: number[][] = [];
  let bid = 10;
  for (let day = dayFromParts(1997, 1, 2); dates.length < count; day++) {
    if (!isTradingDay(day)) continue;
    bid = Math.max(0.5, bid * (1 + (random() - 0.5) * 0.08));
    dates.push([excelSerialFromDay(day)]);
    prices.push([Math.round(bid * 10_000) / 10_000]);
  }
  return { dates, prices };
}

/** A whole column (1,048,576 rows) holding `cells` first and `blank` in every other row. */
function wholeColumn(cells: readonly unknown[][], blank: null | 0): Column {
  const column: Column = new Array(WHOLE_COLUMN);
  for (let i = 0; i < WHOLE_COLUMN; i++) column[i] = i < cells.length ? [cells[i][0]] : [blank];
  return column;
}

// ---------------------------------------------------------------------------------------
// Part 1: the implementations of CONVPRICE

function bundleFunction(id: string): Fn {
  const fn = loadBundle().functions.get(id);
  if (!fn) throw new Error(`${id} is not associated in dist/functions.js`);
  return fn;
}

/** The built bundle's CONVPRICE, as Excel calls it (an omitted [terms] is null). */
function bundled(): ConvPrice {
  const fn = bundleFunction("CONVPRICE");
  return (dates, prices, issueDate, conversionDate) => {
    const value = fn(dates, prices, issueDate, conversionDate, null);
    if (typeof value !== "number") throw new Error(`CONVPRICE returned ${JSON.stringify(value)}`);
    return value;
  };
}

/**
 * The same dist/functions.js run in the bench's own context instead of a vm (information
 * only): a vm context reaches globals such as Math, Number, Array and Map through
 * interceptors, which Excel's runtime does not have, so this row shows what the vm adds.
 */
function bundledOutsideVm(code: string): ConvPrice {
  const functions = new Map<string, Fn>();
  const CustomFunctions = {
    Error: ExcelError,
    ErrorCode,
    associate: (id: string, fn: Fn) => void functions.set(id, fn),
  };
  new Function("CustomFunctions", code)(CustomFunctions);
  const fn = functions.get("CONVPRICE")!;
  return (dates, prices, issueDate, conversionDate) => fn(dates, prices, issueDate, conversionDate, null) as number;
}

/** Rows strictly before `date`: the index of the first row dated on or after it (dates ascending). */
function rowsBefore(dates: Column, date: number): number {
  let i = 0;
  while (i < dates.length && (dates[i][0] as number) < date) i++;
  return i;
}

/**
 * Plain floating point: a linear search by date in the given arrays (the series holds
 * only trading days, oldest first), averages, the ten lowest by sorting, min. No checks.
 */
const plainFloat: ConvPrice = (dates, prices, issueDate, conversionDate) => {
  const i = rowsBefore(dates, issueDate);
  let sum = 0;
  for (let k = i - INITIAL_WINDOW; k < i; k++) sum += prices[k][0] as number;
  const initial = INITIAL_PCT * (sum / INITIAL_WINDOW);
  if (conversionDate < issueDate + RESET_DELAY_DAYS) return initial;
  const j = rowsBefore(dates, conversionDate);
  const window: number[] = [];
  for (let k = j - RESET_WINDOW; k < j; k++) window.push(prices[k][0] as number);
  window.sort((a, b) => a - b);
  let lowest = 0;
  for (let k = 0; k < RESET_LOWEST; k++) lowest += window[k];
  return Math.min(initial, RESET_PCT * (lowest / RESET_LOWEST));
};

/**
 * The spreadsheet formula with formulajs:
 *   p = MATCH(issue - 1, dates, 1)            rows dated before the issue date
 *   initial = 1.2 * AVERAGE(prices rows p-4 … p)
 *   q = MATCH(conversion - 1, dates, 1)
 *   reset = 1.01 * AVERAGE(SMALL(prices rows q-29 … q, {1, …, 10}))
 *   MIN(initial, reset)
 * (a row range, OFFSET/INDEX:INDEX in Excel, is a slice of the column here.)
 */
const withFormulajs: ConvPrice = (dates, prices, issueDate, conversionDate) => {
  const p = formulajs.MATCH(issueDate - 1, dates, 1) as number;
  const initial = INITIAL_PCT * (formulajs.AVERAGE(prices.slice(p - INITIAL_WINDOW, p)) as number);
  if (conversionDate < issueDate + RESET_DELAY_DAYS) return initial;
  const q = formulajs.MATCH(conversionDate - 1, dates, 1) as number;
  const window = prices.slice(q - RESET_WINDOW, q);
  const smallest: number[] = [];
  for (let k = 1; k <= RESET_LOWEST; k++) smallest.push(formulajs.SMALL(window, k) as number);
  return formulajs.MIN(initial, RESET_PCT * (formulajs.AVERAGE(smallest) as number)) as number;
};

/** One recalculation of a column of CONVPRICE cells: every conversion date once. */
function recalc(
  fn: ConvPrice,
  dates: Column,
  prices: Column,
  issue: number,
  conversions: readonly number[],
): () => void {
  return () => {
    let sink = 0;
    for (const c of conversions) sink += fn(dates, prices, issue, c);
    if (!Number.isFinite(sink)) throw new Error("a price was not finite");
  };
}

function partOne(
  dates: number[][],
  prices: number[][],
  issue: number,
  conversions: readonly number[],
  code: string,
): number[] {
  const implementations: [string, ConvPrice][] = [
    ["bundle (dist/functions.js)", bundled()],
    ["plain float", plainFloat],
    ["formulajs", withFormulajs],
    ["(info) bundle code outside the vm", bundledOutsideVm(code)],
  ];
  let worst = 0;
  for (const c of conversions) {
    const [b, p, f, o] = implementations.map(([, fn]) => fn(dates, prices, issue, c));
    worst = Math.max(worst, Math.abs(b - p), Math.abs(b - f));
    if (!(Math.abs(b - p) <= TOLERANCE && Math.abs(b - f) <= TOLERANCE && b === o)) {
      throw new Error(
        `prices differ for conversion date ${c}: bundle ${b}, plain float ${p}, formulajs ${f}, outside vm ${o}`,
      );
    }
  }
  const samples = timeRounds(
    implementations.map(([, fn]) => recalc(fn, dates, prices, issue, conversions)),
    1,
    5,
  );
  const medians = samples.map(median);
  console.log(
    `\n1. ${CALLS} CONVPRICE cells over ${TRADING_DAYS} rows (${excelDate(dates[0][0])} to ` +
      `${excelDate(dates[dates.length - 1][0])}), issue ${excelDate(issue)}; same price from all ` +
      `(largest difference ${worst.toExponential(2)}); median of 5 rounds after a warm-up\n`,
  );
  table(
    ["implementation", `ms / ${CALLS} calls (= µs / call)`, "min", "max", "× plain"],
    implementations.map(([name], i) => [
      name,
      medians[i].toFixed(2),
      Math.min(...samples[i]).toFixed(2),
      Math.max(...samples[i]).toFixed(2),
      (medians[i] / medians[1]).toFixed(1),
    ]),
  );
  return medians;
}

// ---------------------------------------------------------------------------------------
// Part 2: whole columns

/**
 * A bare loop in the bundle's kind of context (a vm) that only reads every cell of the
 * two columns, once per CONVPRICE call: the least any function reading them can cost.
 */
function bareReadLoop(): (dates: Column, prices: Column) => number {
  return vm.runInNewContext(`(function (dates, prices) {
    var filled = 0;
    for (var i = 0; i < dates.length; i++) {
      if (dates[i][0] !== null && dates[i][0] !== 0) filled++;
      if (prices[i][0] !== null && prices[i][0] !== 0) filled++;
    }
    return filled;
  })`);
}

function partTwo(
  dates: number[][],
  prices: number[][],
  issue: number,
  conversions: readonly number[],
  expected: number[],
): number[] {
  const convPrice = bundled();
  const bare = bareReadLoop();
  const rows: string[][] = [];
  const ratios: number[] = [];
  for (const blank of [null, 0] as const) {
    const wholeDates = wholeColumn(dates, blank);
    const wholePrices = wholeColumn(prices, blank);
    // Same prices as over the used rows alone (checked on the first 50: each call reads 2M cells).
    conversions.slice(0, 50).forEach((c, i) => {
      const price = convPrice(wholeDates, wholePrices, issue, c);
      if (price !== expected[i])
        throw new Error(`whole columns give ${price} for ${c}, ${TRADING_DAYS} rows give ${expected[i]}`);
    });
    const samples = timeRounds(
      [
        recalc(convPrice, wholeDates, wholePrices, issue, conversions),
        () => {
          let sink = 0;
          for (let k = 0; k < conversions.length; k++) sink += bare(wholeDates, wholePrices);
          if (sink !== conversions.length * 2 * TRADING_DAYS) throw new Error("the bare loop miscounted");
        },
      ],
      0,
      1,
    );
    const [bundleMs, bareMs] = samples.map(median);
    ratios.push(bundleMs / bareMs);
    const style = blank === null ? "null (web)" : "0 (desktop)";
    rows.push([
      `bundle, empty cells ${style}`,
      bundleMs.toFixed(0),
      (bundleMs / CALLS).toFixed(2),
      (bundleMs / bareMs).toFixed(2),
    ]);
    rows.push([`bare read loop, empty cells ${style}`, bareMs.toFixed(0), (bareMs / CALLS).toFixed(2), "1.00"]);
  }
  console.log(
    `\n2. ${CALLS} CONVPRICE cells over whole columns (${WHOLE_COLUMN.toLocaleString("en-US")} rows, ` +
      `${TRADING_DAYS} used); same prices as part 1; one round each, interleaved\n`,
  );
  table(["implementation", `ms / ${CALLS} calls`, "ms / call", "× bare"], rows);
  return ratios;
}

// ---------------------------------------------------------------------------------------
// Part 3: a mixed sheet

interface MixedFunction {
  readonly id: string;
  /** Excel-shaped arguments of cell `k` (the same ranges for every cell, dates varying). */
  readonly args: (k: number) => unknown[];
  /** The same cell computed by the engine from the series read once: no range reading. */
  readonly engine: (k: number) => number;
}

/** The 10 functions a deal workbook uses most, each over its own windows and dates. */
function mixedSheet(dates: number[][], prices: number[][]): MixedFunction[] {
  const series = PriceSeries.fromColumns(
    dates.map(([d]) => dayFromExcelSerial(d)),
    prices.map(([p]) => p),
  );
  const serial = (row: number) => dates[row][0];
  const day = (row: number) => dayFromExcelSerial(serial(row));
  // Row numbers chosen per cell: windows start from row 40, payment schedules stay in the data.
  const row = (k: number) => 40 + ((k * 7919) % (TRADING_DAYS - 80));
  const issueRow = (k: number) => 40 + ((k * 131) % 300);
  const principal = (k: number) => 1_000_000 + 250_000 * (k % 8);
  const d = (n: number) => new Decimal(n);
  const eventRow = (k: number) => 40 + ((k * 37) % 900);
  return [
    {
      id: "CONVPRICE",
      args: (k) => [dates, prices, serial(issueRow(k)), serial(Math.max(issueRow(k), row(k))), null],
      engine: (k) => conversionPriceAsNumber(series, day(issueRow(k)), day(Math.max(issueRow(k), row(k)))),
    },
    {
      id: "INITCONVPRICE",
      args: (k) => [dates, prices, serial(row(k)), null],
      engine: (k) => initialConversionPriceAsNumber(series, day(row(k))),
    },
    {
      id: "WARRANTPRICE",
      args: (k) => [dates, prices, serial(row(k)), null],
      engine: (k) => newWarrantExercisePrice(series, day(row(k))).toNumber(),
    },
    {
      id: "WARRANTSHARES",
      args: (k) => [dates, prices, principal(k), serial(row(k)), null],
      engine: (k) => newWarrantShares(series, d(principal(k)), day(row(k))).toNumber(),
    },
    {
      id: "CALLPRICE",
      args: (k) => [dates, prices, serial(row(k)), null],
      engine: (k) => callExercisePrice(series, day(row(k))).toNumber(),
    },
    {
      id: "FLOORCASH",
      args: (k) => [dates, prices, principal(k), 4, 5, serial(row(k)), null],
      engine: (k) => floorCash(series, d(principal(k)), d(4), d(5), day(row(k))).toNumber(),
    },
    {
      id: "DELAYPMTDMV",
      args: (k) => [dates, prices, 450_000, serial(eventRow(k)), serial(eventRow(k) + 60), null, null],
      engine: (k) =>
        deemedMarketValueDelayPayments(series, d(450_000), {
          eventDate: day(eventRow(k)),
          cureDate: day(eventRow(k) + 60),
        }).toNumber(),
    },
    {
      id: "DAYSBELOWMINBID",
      args: (k) => [dates, prices, serial(row(k)), null],
      engine: (k) => tradingDaysBelowMinimumBid(series, day(row(k))),
    },
    {
      id: "ACCRUEDINT",
      args: (k) => [principal(k), serial(issueRow(k)), serial(Math.max(issueRow(k), row(k)) + 40), null],
      engine: (k) =>
        accruedInterest(d(principal(k)), day(issueRow(k)), day(Math.max(issueRow(k), row(k)) + 40)).toNumber(),
    },
    {
      id: "TRADEDAYS",
      args: (k) => [serial(issueRow(k)), serial(row(k))],
      engine: (k) => countTradingDays(day(issueRow(k)), day(row(k))),
    },
  ];
}

function partThree(dates: number[][], prices: number[][]): number {
  const sheet = mixedSheet(dates, prices);
  const perFunction = MIXED_CELLS / sheet.length;
  const cells = sheet.flatMap((f) => {
    const fn = bundleFunction(f.id);
    return Array.from({ length: perFunction }, (_, k) => ({ f, fn, args: f.args(k), k }));
  });
  for (const { f, fn, args, k } of cells) {
    const value = fn(...args);
    if (value !== f.engine(k))
      throw new Error(`${f.id} cell ${k}: bundle ${JSON.stringify(value)}, engine ${f.engine(k)}`);
  }
  const samples = timeRounds(
    [
      () => {
        for (const { fn, args } of cells) fn(...args);
      },
      () => {
        for (const { f, k } of cells) f.engine(k);
      },
    ],
    2,
    7,
  );
  const [bundleMs, engineMs] = samples.map(median);
  console.log(
    `\n3. a mixed sheet: ${MIXED_CELLS.toLocaleString("en-US")} cells, ${perFunction} each of ` +
      `${sheet.map((f) => f.id).join(", ")}; same values both ways; median of 7 rounds\n`,
  );
  table(
    ["implementation", `ms / ${MIXED_CELLS} cells`, "µs / cell", "× engine"],
    [
      [
        "bundle (reads the ranges every call)",
        bundleMs.toFixed(2),
        ((bundleMs / MIXED_CELLS) * 1000).toFixed(2),
        (bundleMs / engineMs).toFixed(2),
      ],
      ["engine, series read once", engineMs.toFixed(2), ((engineMs / MIXED_CELLS) * 1000).toFixed(2), "1.00"],
    ],
  );
  return bundleMs / engineMs;
}

// ---------------------------------------------------------------------------------------
// Part 4: a search for slow calls

/** Values to try for a parameter, by its name: ordinary, extreme and blank. */
function candidates(name: string, dates: Column, prices: Column): unknown[] {
  if (name === "dates") return [dates];
  if (name === "prices") return [prices];
  if (name === "volumes") return [prices.map(([p]) => [Math.round((p as number) * 1000)])];
  if (name === "terms") return [null];
  if (name === "days") return [0, 1, -1, 250, 30_000, -30_000, 1e9, -1e9, 2.5, null];
  if (/date/.test(name)) {
    // 1900-01-01, 1990-01-01 (the calendar's first day), 1997-05-27, 2001-04-17, 2001-09-11,
    // 2100-12-31 (its last), 9999-12-31 (Excel's last), a fraction, blank
    return [1, 32874, 35577, 36998, 37145, 73415, 2958465, 36998.75, null];
  }
  if (/field|method|purchaser|sent/.test(name)) return [null, "", "x", "PRICE", "FAX", "A", 1];
  // Amounts, prices, share counts: zero, tiny, ordinary, huge, fractional, blank.
  return [0, 1e-9, 1, 5.5, 450_000, 10_000_000, 1e15, 1e300, -1, null];
}

interface SlowCall {
  readonly id: string;
  readonly args: string;
  readonly ms: number;
}

function describeArg(value: unknown, dates: Column, prices: Column): string {
  if (value === dates) return `dates (${TRADING_DAYS} rows)`;
  if (value === prices) return `bids (${TRADING_DAYS} rows)`;
  if (Array.isArray(value)) return `range (${value.length} rows)`;
  return JSON.stringify(value);
}

/** Every combination of the candidates, or a deterministic sample of them when there are more. */
function combinations(lists: unknown[][], limit: number, random: () => number): unknown[][] {
  const total = lists.reduce((n, l) => n * l.length, 1);
  if (total <= limit) {
    return Array.from({ length: total }, (_, index) => {
      let rest = index;
      return lists.map((l) => {
        const pick = l[rest % l.length];
        rest = Math.floor(rest / l.length);
        return pick;
      });
    });
  }
  return Array.from({ length: limit }, () => lists.map((l) => l[Math.floor(random() * l.length)]));
}

function partFour(dates: Column, prices: Column): SlowCall[] {
  const metadata = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
    functions: { id: string; parameters: { name: string }[] }[];
  };
  const random = mulberry32(9999);
  const calls: SlowCall[] = [];
  let tried = 0;
  for (const { id, parameters } of metadata.functions) {
    const fn = bundleFunction(id);
    const lists = parameters.map((p) => candidates(p.name, dates, prices));
    for (const args of combinations(lists, SEARCH_CALLS_PER_FUNCTION, random)) {
      excelOutcome(fn, args); // warm: the first call of a range reads and caches it
      const started = performance.now();
      excelOutcome(fn, args);
      const ms = performance.now() - started;
      tried++;
      calls.push({ id, args: args.map((a) => describeArg(a, dates, prices)).join(", "), ms });
    }
  }
  // Time the slowest again (median of 5), so a pause of the machine is not reported as a slow call.
  calls.sort((a, b) => b.ms - a.ms);
  const slowest = calls.slice(0, 8).map((call) => {
    const fn = bundleFunction(call.id);
    const args = findArgs(call, metadata.functions, dates, prices);
    const times = Array.from({ length: 5 }, () => {
      const started = performance.now();
      excelOutcome(fn, args);
      return performance.now() - started;
    });
    return { ...call, ms: median(times) };
  });
  slowest.sort((a, b) => b.ms - a.ms);
  console.log(
    `\n4. the slowest calls of ${tried.toLocaleString("en-US")} tried over every function's ` +
      `arguments (dates from 1900 to 9999, amounts from 0 to 1e300, blanks; price ranges of ${TRADING_DAYS} rows); ` +
      `median of 5 re-runs\n`,
  );
  table(
    ["function", "arguments", "ms"],
    slowest.slice(0, 5).map((c) => [c.id, c.args, c.ms.toFixed(3)]),
  );
  return slowest;
}

/** Calls a function the way Excel does: an Excel error (thrown) is a cell's value too. */
function excelOutcome(fn: Fn, args: unknown[]): unknown {
  try {
    return fn(...args);
  } catch (error) {
    if (error instanceof ExcelError) return error;
    throw error;
  }
}

/** The arguments a reported call was made with, rebuilt from their description. */
function findArgs(
  call: SlowCall,
  functions: { id: string; parameters: { name: string }[] }[],
  dates: Column,
  prices: Column,
): unknown[] {
  const parameters = functions.find((f) => f.id === call.id)!.parameters;
  const described = call.args.split(", ");
  return parameters.map((p, i) =>
    candidates(p.name, dates, prices).find((v) => describeArg(v, dates, prices) === described[i]),
  );
}

// ---------------------------------------------------------------------------------------
// Part 5: size and load

/** Compile + run + associate of dist/functions.js in a fresh vm, ms, LOADS times. */
function loadTimes(code: string): number[] {
  const times: number[] = [];
  for (let i = 0; i < LOADS; i++) {
    // A distinct source each time, so V8's per-isolate compilation cache cannot answer.
    const source = `${code}\n//# load ${i}`;
    let associated = 0;
    const CustomFunctions = { Error: ExcelError, ErrorCode, associate: () => void associated++ };
    const started = performance.now();
    new vm.Script(source, { filename: "functions.js" }).runInNewContext({ CustomFunctions });
    times.push(performance.now() - started);
    if (associated === 0) throw new Error("the bundle associated no function");
  }
  return times;
}

// ---------------------------------------------------------------------------------------
// Part 6: fresh arrays on every call

const FRESH_ROWS = 1_400;
/** Distinct copies of the ranges: call k gets copy k % FRESH_COPIES, never the arrays of call k − 1. */
const FRESH_COPIES = 250;

/** The first row dated on or after `date` (dates ascending), by binary search. */
function firstRowFrom(dates: Column, date: number): number {
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((dates[mid][0] as number) < date) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/**
 * Floating point that reads every cell once (each must be a number), then trusts the data:
 * binary search for the windows, averages, the ten lowest by sorting, min.
 */
const readOnceFloat: ConvPrice = (dates, prices, issueDate, conversionDate) => {
  for (let i = 0; i < dates.length; i++) {
    if (typeof dates[i][0] !== "number" || typeof prices[i][0] !== "number") throw new Error(`row ${i + 1}`);
  }
  const i = firstRowFrom(dates, issueDate);
  let sum = 0;
  for (let k = i - INITIAL_WINDOW; k < i; k++) sum += prices[k][0] as number;
  const initial = INITIAL_PCT * (sum / INITIAL_WINDOW);
  if (conversionDate < issueDate + RESET_DELAY_DAYS) return initial;
  const j = firstRowFrom(dates, conversionDate);
  const window: number[] = [];
  for (let k = j - RESET_WINDOW; k < j; k++) window.push(prices[k][0] as number);
  window.sort((a, b) => a - b);
  let lowest = 0;
  for (let k = 0; k < RESET_LOWEST; k++) lowest += window[k];
  return Math.min(initial, RESET_PCT * (lowest / RESET_LOWEST));
};

function partSix(): number {
  const { dates, prices } = benchSeries(FRESH_ROWS);
  const issue = dates[100][0];
  const firstConversionRow = dates.findIndex(([d]) => d >= issue + RESET_DELAY_DAYS);
  const conversions = dates.slice(firstConversionRow, firstConversionRow + CALLS).map(([d]) => d);
  // Every copy is new arrays of new rows, as Excel builds them for each call.
  const copies = Array.from({ length: FRESH_COPIES }, () => ({
    dates: dates.map(([d]) => [d]),
    prices: prices.map(([p]) => [p]),
  }));
  const convPrice = bundled();
  const run = (fn: ConvPrice) => () => {
    let sink = 0;
    conversions.forEach((c, k) => {
      const copy = copies[k % FRESH_COPIES];
      sink += fn(copy.dates, copy.prices, issue, c);
    });
    if (!Number.isFinite(sink)) throw new Error("a price was not finite");
  };
  let worst = 0;
  conversions.forEach((c, k) => {
    const copy = copies[k % FRESH_COPIES];
    const [b, f] = [convPrice(copy.dates, copy.prices, issue, c), readOnceFloat(copy.dates, copy.prices, issue, c)];
    worst = Math.max(worst, Math.abs(b - f));
    if (!(Math.abs(b - f) <= TOLERANCE)) throw new Error(`prices differ for ${c}: bundle ${b}, float ${f}`);
  });
  const samples = timeRounds([run(convPrice), run(readOnceFloat)], 2, 7);
  const [bundleMs, floatMs] = samples.map(median);
  console.log(
    `\n6. ${CALLS} CONVPRICE cells over ${FRESH_ROWS.toLocaleString("en-US")} rows passed as fresh arrays on every ` +
      `call (${FRESH_COPIES} copies in turn); same price both ways (largest difference ${worst.toExponential(2)}); ` +
      `median of 7 rounds\n`,
  );
  table(
    ["implementation", `ms / ${CALLS} calls (= µs / call)`, "× read-once float"],
    [
      ["bundle (dist/functions.js)", bundleMs.toFixed(2), (bundleMs / floatMs).toFixed(2)],
      ["float: reads every cell once, binary search", floatMs.toFixed(2), "1.00"],
    ],
  );
  return bundleMs / floatMs;
}

// ---------------------------------------------------------------------------------------
// Part 7: a whole-column [terms] block

const TERMS_CALLS = 20;

/** A bare loop in the bundle's kind of context that only reads both cells of every row of a block. */
function bareBlockLoop(): (rows: Column) => number {
  return vm.runInNewContext(`(function (rows) {
    var filled = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i];
      if (row[0] !== null && row[0] !== 0) filled++;
      if (row[1] !== null && row[1] !== 0) filled++;
    }
    return filled;
  })`);
}

function partSeven(): number[] {
  const accrued = bundleFunction("ACCRUEDINT");
  const bare = bareBlockLoop();
  const rows: string[][] = [];
  const ratios: number[] = [];
  const blocks: [string, unknown[][], unknown][] = [
    // 1,000,000 × 6% × 50 / 360 (30/360 US, 2001-04-17 → 2001-06-07: 30 + 20) = 8,333.33
    [
      "valid",
      [
        ["INTEREST_RATE", 0.06],
        ["INTEREST_DAY_COUNT", "30/360"],
      ],
      8333.33,
    ],
    [
      "an unknown term",
      [
        ["INTEREST_RATE", 0.06],
        ["INTEREST_DAY_CNT", "30/360"],
      ],
      "#VALUE!",
    ],
    [
      "a rate of 150%",
      [
        ["INTEREST_RATE", 1.5],
        ["INTEREST_DAY_COUNT", "30/360"],
      ],
      "#VALUE!",
    ],
  ];
  for (const blank of [null, 0] as const) {
    // One block per blank style, its used rows swapped per case (a new block each would time the GC).
    const block: Column = new Array(WHOLE_COLUMN);
    for (let i = 0; i < WHOLE_COLUMN; i++) block[i] = [blank, blank];
    for (const [label, used, expected] of blocks) {
      used.forEach((row, i) => (block[i] = row));
      const call = () => {
        const outcome = excelOutcome(accrued, [1_000_000, 36998, 37049, block]);
        const got = outcome instanceof ExcelError ? outcome.code : outcome;
        if (got !== expected) throw new Error(`ACCRUEDINT over the ${label} block gave ${JSON.stringify(outcome)}`);
      };
      const samples = timeRounds(
        [
          () => {
            for (let k = 0; k < TERMS_CALLS; k++) call();
          },
          () => {
            let sink = 0;
            for (let k = 0; k < TERMS_CALLS; k++) sink += bare(block);
            if (sink !== TERMS_CALLS * 2 * used.length) throw new Error("the bare loop miscounted");
          },
        ],
        2,
        7,
      );
      const [callMs, bareMs] = samples.map(median).map((ms) => ms / TERMS_CALLS);
      ratios.push(callMs / bareMs);
      const style = blank === null ? "null (web)" : "0 (desktop)";
      rows.push([
        `ACCRUEDINT, ${label}, empty cells ${style}`,
        callMs.toFixed(2),
        bareMs.toFixed(2),
        (callMs / bareMs).toFixed(2),
      ]);
    }
  }
  console.log(
    `\n7. ACCRUEDINT with a [terms] block of two whole columns (${WHOLE_COLUMN.toLocaleString("en-US")} rows, two used); ` +
      `${TERMS_CALLS} calls a round, median of 7 rounds\n`,
  );
  table(["block", "ms / call", "bare loop, ms", "× bare"], rows);
  return ratios;
}

// ---------------------------------------------------------------------------------------

function main(): void {
  const code = fs.readFileSync(path.join(DIST, "functions.js"), "utf8");
  const { dates, prices } = benchSeries();
  const issue = dates[100][0];
  const firstConversionRow = dates.findIndex(([d]) => d >= issue + RESET_DELAY_DAYS);
  const conversions = dates.slice(firstConversionRow, firstConversionRow + CALLS).map(([d]) => d);
  if (conversions.length !== CALLS) throw new Error(`only ${conversions.length} conversion dates fit the series`);
  console.log(`NEOT workbook benchmark: node ${process.version}, ${new Date().toISOString().slice(0, 10)}`);

  const [bundleMs, plainMs, formulajsMs] = partOne(dates, prices, issue, conversions, code);
  const expected = conversions.map((c) => bundled()(dates, prices, issue, c));
  const wholeRatios = partTwo(dates, prices, issue, conversions, expected);
  const mixedRatio = partThree(dates, prices);
  const slowest = partFour(dates, prices);

  const freshRatio = partSix();
  const termsRatios = partSeven();

  const bytes = Buffer.byteLength(code);
  const gzip = zlib.gzipSync(code, { level: 9 }).length;
  const loads = loadTimes(code);
  console.log(
    `\n5. functions bundle: ${bytes.toLocaleString("en-US")} bytes, ${gzip.toLocaleString("en-US")} bytes gzipped (level 9); ` +
      `load and register (vm compile + run + associate): median ${median(loads).toFixed(2)} ms of ${LOADS} loads`,
  );

  console.log("\nSummary");
  console.log(verdict("1. bundle / plain float", bundleMs / plainMs, "≤ 3×", bundleMs / plainMs <= 3));
  console.log(verdict("1. formulajs / bundle", formulajsMs / bundleMs, "≥ 50×", formulajsMs / bundleMs >= 50));
  const worstWhole = Math.max(...wholeRatios);
  console.log(verdict("2. whole columns / bare read loop (worse blank style)", worstWhole, "≤ 3×", worstWhole <= 3));
  console.log(`3. mixed sheet / engine without range reading = ${mixedRatio.toFixed(2)}×  (reported)`);
  const top = slowest[0];
  console.log(
    `4. slowest call: ${top.id}(${top.args}) ${top.ms.toFixed(3)} ms  (target ≤ ${SLOW_CALL_MS} ms)  ` +
      `${top.ms <= SLOW_CALL_MS ? "PASS" : "MISS"}`,
  );
  console.log(verdict("6. fresh arrays / read-once float", freshRatio, "≤ 3×", freshRatio <= 3));
  const worstTerms = Math.max(...termsRatios);
  console.log(
    verdict(
      "7. whole-column [terms] / bare read loop (worst block)",
      worstTerms,
      "≤ 1× (1.3× for noise)",
      worstTerms <= 1.3,
    ),
  );
}

function excelDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

main();
