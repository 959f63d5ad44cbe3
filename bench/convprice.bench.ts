/**
 * `npm run bench`: what a recalculation of NEOT.CONVPRICE costs in the BUILT bundle
 * (dist/functions.js loaded in a vm, the way Excel loads it), against
 *   (a) plain floating point: the same formula on the same Excel-shaped arrays, no checks;
 *   (b) the same formula from @formulajs/formulajs (Excel's MATCH/AVERAGE/SMALL/MIN in
 *       JavaScript), as a banker would write it in cells.
 * Data: five years (1,260 trading days) of closing bids as Excel passes two columns
 * ([[serial], …] and [[bid], …]); one issue date and 1,000 conversion dates, each at least
 * 90 days after it so the 30-day reset window is used — a column of 1,000 CONVPRICE cells.
 * Targets: bundle ≤ 2× plain float; formulajs ≥ 5× bundle. A miss is printed, not fatal;
 * only a disagreement between the prices fails the run. An extra row (information only)
 * runs the same bundle outside the vm, to show what the vm itself costs.
 * Also prints the bundle's size (raw and gzipped) and its load-and-register time.
 */
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import zlib from "node:zlib";
import * as formulajs from "@formulajs/formulajs";
import { DIST, ErrorCode, ExcelError, loadBundle } from "../test/bundle/loadBundle";
import { dayFromParts, excelSerialFromDay } from "../src/engine/time/civilDate";
import { isTradingDay } from "../src/engine/time/nasdaqCalendar";

const TRADING_DAYS = 1_260;
const CALLS = 1_000;
const WARMUP_ROUNDS = 2;
const ROUNDS = 5;
const LOADS = 15;
const TOLERANCE = 1e-9;

// The formula (seed 000, Exhibit A) with the agreement's terms.
const INITIAL_WINDOW = 5;
const INITIAL_PCT = 1.2;
const RESET_DELAY_DAYS = 90;
const RESET_WINDOW = 30;
const RESET_LOWEST = 10;
const RESET_PCT = 1.01;

type Column = number[][];
type ConvPrice = (dates: Column, prices: Column, issueDate: number, conversionDate: number) => number;

// ---------------------------------------------------------------------------------------
// Bench data

/** A deterministic generator, so every run prices the same series. */
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    let t = (state = (state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** 1,260 consecutive Nasdaq trading days from 1997-01-02 with a random-walk closing bid. */
function benchSeries(): { dates: Column; prices: Column } {
  const random = mulberry32(20010417);
  const dates: Column = [];
  const prices: Column = [];
  let bid = 10;
  for (let day = dayFromParts(1997, 1, 2); dates.length < TRADING_DAYS; day++) {
    if (!isTradingDay(day)) continue;
    bid = Math.max(0.5, bid * (1 + (random() - 0.5) * 0.08));
    dates.push([excelSerialFromDay(day)]);
    prices.push([Math.round(bid * 10_000) / 10_000]);
  }
  return { dates, prices };
}

// ---------------------------------------------------------------------------------------
// The three implementations

/** The built bundle's CONVPRICE, as Excel calls it (an omitted [terms] is null). */
function bundled(): ConvPrice {
  const fn = loadBundle().functions.get("CONVPRICE");
  if (!fn) throw new Error("CONVPRICE is not associated in dist/functions.js");
  return (dates, prices, issueDate, conversionDate) => {
    const value = fn(dates, prices, issueDate, conversionDate, null);
    if (typeof value !== "number") throw new Error(`CONVPRICE returned ${String(value)}`);
    return value;
  };
}

/**
 * The same dist/functions.js run in the bench's own context instead of a vm (information
 * only): a vm context reaches globals such as Math, Number, Array and Map through
 * interceptors, which Excel's runtime does not have, so this row shows what the vm adds.
 */
function bundledOutsideVm(code: string): ConvPrice {
  const functions = new Map<string, (...args: unknown[]) => unknown>();
  const CustomFunctions = { Error: ExcelError, ErrorCode, associate: (id: string, fn: (...args: unknown[]) => unknown) => void functions.set(id, fn) };
  new Function("CustomFunctions", code)(CustomFunctions);
  const fn = functions.get("CONVPRICE")!;
  return (dates, prices, issueDate, conversionDate) => fn(dates, prices, issueDate, conversionDate, null) as number;
}

/** Rows strictly before `date`: the index of the first row dated on or after it (dates ascending). */
function rowsBefore(dates: Column, date: number): number {
  let i = 0;
  while (i < dates.length && dates[i][0] < date) i++;
  return i;
}

/**
 * Plain floating point: a linear search by date in the given arrays (the series holds
 * only trading days, oldest first), averages, the ten lowest by sorting, min. No checks.
 */
const plainFloat: ConvPrice = (dates, prices, issueDate, conversionDate) => {
  const i = rowsBefore(dates, issueDate);
  let sum = 0;
  for (let k = i - INITIAL_WINDOW; k < i; k++) sum += prices[k][0];
  const initial = INITIAL_PCT * (sum / INITIAL_WINDOW);
  if (conversionDate < issueDate + RESET_DELAY_DAYS) return initial;
  const j = rowsBefore(dates, conversionDate);
  const window: number[] = [];
  for (let k = j - RESET_WINDOW; k < j; k++) window.push(prices[k][0]);
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

// ---------------------------------------------------------------------------------------
// Measuring

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** One recalculation of the whole column: every conversion date once. Returns ms. */
function recalc(fn: ConvPrice, dates: Column, prices: Column, issue: number, conversions: number[]): number {
  let sink = 0;
  const started = performance.now();
  for (const c of conversions) sink += fn(dates, prices, issue, c);
  const ms = performance.now() - started;
  if (!Number.isFinite(sink)) throw new Error("a price was not finite");
  return ms;
}

/** Compile + run + associate of dist/functions.js in a fresh vm, ms (median of LOADS). */
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

function main(): void {
  const file = path.join(DIST, "functions.js");
  const code = fs.readFileSync(file, "utf8");
  const { dates, prices } = benchSeries();
  const issueRow = 100;
  const issue = dates[issueRow][0];
  const firstConversionRow = dates.findIndex(([d]) => d >= issue + RESET_DELAY_DAYS);
  const conversions = dates.slice(firstConversionRow, firstConversionRow + CALLS).map(([d]) => d);
  if (conversions.length !== CALLS) throw new Error(`only ${conversions.length} conversion dates fit the series`);

  const implementations: [string, ConvPrice][] = [
    ["bundle (dist/functions.js)", bundled()],
    ["plain float", plainFloat],
    ["formulajs", withFormulajs],
    ["(info) bundle code outside the vm", bundledOutsideVm(code)],
  ];

  // Same price from all three (and the bundle outside the vm), on every conversion date.
  let worst = 0;
  for (const c of conversions) {
    const [b, p, f, o] = implementations.map(([, fn]) => fn(dates, prices, issue, c));
    worst = Math.max(worst, Math.abs(b - p), Math.abs(b - f));
    if (!(Math.abs(b - p) <= TOLERANCE && Math.abs(b - f) <= TOLERANCE && b === o)) {
      console.error(`prices differ for conversion date ${c}: bundle ${b}, plain float ${p}, formulajs ${f}, bundle outside vm ${o}`);
      process.exitCode = 1;
      return;
    }
  }

  for (let round = 0; round < WARMUP_ROUNDS; round++) {
    for (const [, fn] of implementations) recalc(fn, dates, prices, issue, conversions);
  }
  const samples = implementations.map(() => [] as number[]);
  for (let round = 0; round < ROUNDS; round++) {
    // Rotate the order each round so no implementation always runs first.
    for (let k = 0; k < implementations.length; k++) {
      const i = (k + round) % implementations.length;
      samples[i].push(recalc(implementations[i][1], dates, prices, issue, conversions));
    }
  }
  const medians = samples.map(median);
  const [bundleMs, plainMs, formulajsMs] = medians;

  console.log(`NEOT.CONVPRICE: ${CALLS} recalculations over ${TRADING_DAYS} trading days ` +
    `(${excelDate(dates[0][0])} to ${excelDate(dates[dates.length - 1][0])}), issue ${excelDate(issue)}, ` +
    `conversion ${excelDate(conversions[0])} to ${excelDate(conversions[CALLS - 1])}`);
  console.log(`same price from all three on all ${CALLS} dates (largest difference ${worst.toExponential(2)})`);
  console.log(`median of ${ROUNDS} rounds after ${WARMUP_ROUNDS} warm-up rounds; node ${process.version}\n`);
  const rows = implementations.map(([name], i) => [
    name,
    medians[i].toFixed(2),
    Math.min(...samples[i]).toFixed(2),
    Math.max(...samples[i]).toFixed(2),
    (medians[i] / plainMs).toFixed(1),
  ]);
  table(["implementation", `median ms / ${CALLS} calls (= µs / call)`, "min", "max", "× plain"], rows);

  const bundleVsPlain = bundleMs / plainMs;
  const formulajsVsBundle = formulajsMs / bundleMs;
  console.log("");
  console.log(`bundle / plain float = ${bundleVsPlain.toFixed(2)}×  (target ≤ 2×)  ${bundleVsPlain <= 2 ? "PASS" : "MISS"}`);
  console.log(`formulajs / bundle   = ${formulajsVsBundle.toFixed(2)}×  (target ≥ 5×)  ${formulajsVsBundle >= 5 ? "PASS" : "MISS"}`);
  const outsideMs = medians[3];
  console.log(`(info) outside the vm: bundle / plain float = ${(outsideMs / plainMs).toFixed(2)}×, ` +
    `formulajs / bundle = ${(formulajsMs / outsideMs).toFixed(2)}× — a vm context reaches globals ` +
    `(Array, Math, Number, …) through interceptors, which Excel's runtime does not have`);

  const bytes = Buffer.byteLength(code);
  const gzip = zlib.gzipSync(code, { level: 9 }).length;
  const loads = loadTimes(code);
  console.log("");
  console.log(`functions bundle: ${bytes.toLocaleString("en-US")} bytes, ${gzip.toLocaleString("en-US")} bytes gzipped (level 9)`);
  console.log(`load and register (vm compile + run + associate): median ${median(loads).toFixed(2)} ms ` +
    `of ${LOADS} loads (min ${Math.min(...loads).toFixed(2)}, max ${Math.max(...loads).toFixed(2)})`);
}

function excelDate(serial: number): string {
  return new Date(Date.UTC(1899, 11, 30) + serial * 86_400_000).toISOString().slice(0, 10);
}

function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

main();
