/**
 * Random values shaped like what Excel passes to a custom function: numbers (date
 * serials included), text, booleans, blanks (`null`, and `0` for an empty cell on
 * desktop), 2-D ranges of any shape, realistic closing-bid columns and `[terms]` ranges.
 *
 * Excel never passes NaN, ±Infinity, -0 or `undefined` cells, nor ragged ranges; they
 * are generated anyway because the adapters must cope with anything.
 */
import { TermDefinition } from "../../src/engine/terms/termDefinition";
import { TERM_DEFINITIONS } from "../../src/engine/terms/termRegistry";
import { dayFromExcelSerial } from "../../src/engine/time/civilDate";
import { isTradingDay } from "../../src/engine/time/nasdaqCalendar";
import { Random } from "./random";

export type Cell = number | string | boolean | null;
export type Range = Cell[][];
export type Arg = Cell | Range | undefined;

/** Date serials of 1990-01-01 and 2030-12-31. */
export const FIRST_SERIAL = 32874;
export const LAST_SERIAL = 47848;

/** Every Nasdaq trading day from 1990 to 2030 as an Excel serial, oldest first. */
export const TRADING_SERIALS: readonly number[] = (() => {
  const serials: number[] = [];
  for (let s = FIRST_SERIAL; s <= LAST_SERIAL; s++) if (isTradingDay(dayFromExcelSerial(s))) serials.push(s);
  return serials;
})();

/** Text cells, including some that look like numbers or dates to a human. */
export const TEXTS: readonly string[] = ["", "abc", "2001-04-17", "1e3", " ", "36998", "TRUE", "#N/A", "5%", "-1"];

/** Numbers at the edges: signs, zeros, subnormals, the double's limits, Excel's serial quirks. */
export const SPECIAL_NUMBERS: readonly number[] = [
  0,
  -0,
  5e-324,
  -5e-324,
  1e-300,
  1e-9,
  0.5,
  -0.5,
  1,
  -1,
  59,
  60,
  60.5,
  61,
  1e308,
  -1e308,
  Number.MAX_VALUE,
  -Number.MAX_VALUE,
  1e15,
  2 ** 53,
  -(2 ** 53),
  2958465,
  2958466,
  32873,
  47849,
  36998,
  36998.75,
  999999.999,
];

/** Values Excel never sends that the code must still survive. */
export const NON_FINITE: readonly number[] = [NaN, Infinity, -Infinity];

/** A number of any size and sign. */
export function anyNumber(r: Random): number {
  return r.weighted<number>([
    [3, () => r.pick(SPECIAL_NUMBERS)],
    [2, () => r.int(-1_000_000, 1_000_000)],
    [2, () => r.float(-100, 100)],
    [3, () => r.int(FIRST_SERIAL, LAST_SERIAL)],
    [1, () => r.float(FIRST_SERIAL, LAST_SERIAL)],
    [1, () => (r.chance(0.5) ? 1 : -1) * 10 ** r.float(15, 308)],
    [1, () => (r.chance(0.5) ? 1 : -1) * 10 ** -r.float(1, 320)],
    [1, () => -r.int(1, LAST_SERIAL)],
  ]);
}

/** Any single cell: number, non-finite number, text, boolean or blank. */
export function anyCell(r: Random): Cell {
  return r.weighted<Cell>([
    [10, () => anyNumber(r)],
    [1, () => r.pick(NON_FINITE)],
    [2, () => r.pick(TEXTS)],
    [1, () => r.chance(0.5)],
    [2, () => null],
    [1, () => 0],
  ]);
}

/** A scalar argument as Excel may pass it; rarely a 1×1 or larger range, which adapters must also survive. */
export function anyScalarArg(r: Random): Arg {
  return r.weighted<Arg>([
    [40, () => anyCell(r)],
    [1, () => [[anyCell(r)]]],
    [1, () => anyRange(r)],
    [1, () => undefined],
  ]);
}

/** A range of any shape: empty, [[]], a column, a row, a block, ragged, mixed types. */
export function anyRange(r: Random): Range {
  const cells = (n: number) => Array.from({ length: n }, () => anyCell(r));
  return r.weighted<Range>([
    [1, () => []],
    [1, () => [[]]],
    [1, () => [[anyCell(r)]]],
    [3, () => cells(r.int(1, 40)).map((c) => [c])],
    [2, () => [cells(r.int(1, 40))]],
    [2, () => Array.from({ length: r.int(2, 8) }, () => cells(r.int(2, 6)))],
    [2, () => Array.from({ length: r.int(1, 12) }, () => cells(r.int(0, 4)))],
    [1, () => Array.from({ length: r.int(2, 6) }, () => [r.int(FIRST_SERIAL, LAST_SERIAL), r.float(0, 20)])],
  ]);
}

/** A 3×3 block of plausible numbers: never a valid one-row/one-column or two-column range. */
export function block3x3(r: Random): Range {
  const start = r.int(0, TRADING_SERIALS.length - 10);
  return [0, 1, 2].map((i) => [TRADING_SERIALS[start + i], r.float(1, 20), r.int(0, 100)]);
}

// ---------------------------------------------------------------------------------------
// Realistic price data

/** A closing-bid history as the banker keeps it: trading days, oldest first, positive bids. */
export interface Series {
  readonly dates: Cell[];
  readonly bids: Cell[];
  /** Index into TRADING_SERIALS of the first row (the series is contiguous there). */
  readonly first: number;
}

/** A clean series of `length` consecutive trading days with a random-walk bid (4 decimals). */
export function cleanSeries(r: Random, length: number): Series {
  const first = r.int(0, TRADING_SERIALS.length - length - 1);
  let bid = r.float(0.5, 40);
  const dates: Cell[] = [];
  const bids: Cell[] = [];
  for (let i = 0; i < length; i++) {
    bid = Math.max(0.0625, bid * (1 + r.float(-0.06, 0.06)));
    dates.push(TRADING_SERIALS[first + i]);
    bids.push(Math.round(bid * 10_000) / 10_000);
  }
  return { dates, bids, first };
}

/** A weekday or weekend serial Nasdaq was closed on, between two trading days of the series. */
function closedSerialNear(series: Series, r: Random): number | undefined {
  for (let tries = 0; tries < 20; tries++) {
    const k = series.first + r.int(1, Math.max(1, series.dates.length - 1));
    const gap = TRADING_SERIALS[k] - TRADING_SERIALS[k - 1];
    if (gap > 1) return TRADING_SERIALS[k - 1] + 1;
  }
  return undefined;
}

/**
 * A copy of `series` with 1–3 random defects: bad or missing bids, dates on closed days,
 * duplicates, serial 60, text, blank dates with bids, mismatched lengths; or harmless
 * changes (shuffled rows, blank tail rows, times of day).
 */
export function corrupt(r: Random, series: Series): Series {
  const dates = series.dates.slice();
  const bids = series.bids.slice();
  const n = dates.length;
  const defects = r.int(1, 3);
  for (let d = 0; d < defects; d++) {
    const i = r.int(0, Math.max(0, n - 1));
    r.weighted<void>([
      [
        3,
        () =>
          void (bids[i] = r.pick<Cell>([
            0,
            null,
            "",
            -1.5,
            -0,
            NaN,
            Infinity,
            -Infinity,
            "abc",
            "4.5",
            true,
            1e308,
            5e-324,
          ])),
      ],
      [2, () => void (dates[i] = closedSerialNear(series, r) ?? dates[i])],
      [1, () => void (dates[i] = dates[r.int(0, Math.max(0, n - 1))])],
      [1, () => void (dates[i] = r.pick<Cell>([60, 59, -1, 0, null, "", "2001-04-17", NaN, 1e308, 2958466, true]))],
      [1, () => void (dates[i] = typeof dates[i] === "number" ? (dates[i] as number) + 0.75 : dates[i])],
      [
        1,
        () => {
          const order = r.shuffle(Array.from({ length: dates.length }, (_, k) => k));
          const [d0, b0] = [dates.slice(), bids.slice()];
          order.forEach((k, j) => ((dates[j] = d0[k]), (bids[j] = b0[k] ?? null)));
        },
      ],
      [1, () => void (r.chance(0.5) ? bids.pop() : dates.push(null))],
      [
        1,
        () =>
          void Array.from({ length: r.int(1, 20) }, () =>
            r.chance(0.5) ? (dates.push(null), bids.push(null)) : (dates.push(0), bids.push(0)),
          ),
      ],
    ]);
  }
  return { dates, bids, first: series.first };
}

/** Dates and bids as the two range arguments: columns mostly, sometimes rows or a mix. */
export function seriesRanges(r: Random, series: Series): { dates: Range; prices: Range } {
  const column = (cells: Cell[]): Range => cells.map((c) => [c]);
  const row = (cells: Cell[]): Range => [cells];
  return r.weighted([
    [8, () => ({ dates: column(series.dates), prices: column(series.bids) })],
    [1, () => ({ dates: row(series.dates), prices: row(series.bids) })],
    [1, () => ({ dates: row(series.dates), prices: column(series.bids) })],
    [0.5, () => ({ dates: series.dates.map((d, i) => [d, series.bids[i] ?? null]), prices: column(series.bids) })],
  ]);
}

// ---------------------------------------------------------------------------------------
// [terms] ranges

/** A value that the term's kind accepts. */
export function validTermValue(r: Random, t: TermDefinition): Cell {
  switch (t.kind) {
    case "fraction":
      return r.chance(0.2) ? `${r.int(0, 200)}%` : Math.round(r.float(0, 2) * 1000) / 1000;
    case "price":
      return Math.round(r.float(0.01, 50) * 100) / 100;
    case "money":
      return Math.round(r.float(0, 1e7) * 100) / 100;
    case "tradingDays":
      return r.int(1, 40);
    case "calendarDays":
      return r.int(0, 200);
    case "count":
      return r.int(1, 20);
    case "date":
      return r.chance(0.5) ? r.int(FIRST_SERIAL, LAST_SERIAL) : "2001-04-17";
    case "flag":
      return r.pick<Cell>([true, false, "TRUE", "false", 1, 0]);
    case "choice":
      return r.pick(t.choices ?? [""]);
  }
}

/** A value the term's kind refuses, whatever the function. */
export function invalidTermValue(r: Random, t: TermDefinition): Cell {
  switch (t.kind) {
    case "fraction":
    case "money":
      return r.pick<Cell>([-0.5, "abc", true, NaN]);
    case "price":
      return r.pick<Cell>([0, -1, "abc", Infinity]);
    case "tradingDays":
    case "count":
      return r.pick<Cell>([0, 2.5, -3, "abc"]);
    case "calendarDays":
      return r.pick<Cell>([-1, 0.5, "abc"]);
    case "date":
      // Not serial 60: refused in a 1900 workbook, but 1904-03-01 when the block says DATE_SYSTEM 1904;
      // nor 0 to 1: no date in a 1900 workbook, but 1904-01-01 in a 1904 one.
      return r.pick<Cell>(["2001-02-30", "abc", -0.5, -5, true, "1899-12-31"]);
    case "flag":
      return r.pick<Cell>(["maybe", 2, -1]);
    case "choice":
      return r.pick<Cell>(["NOT_A_CHOICE", 1, true]);
  }
}

/**
 * A [terms] range that every function must refuse: valid rows plus one row naming an
 * unknown term, or a known term with a value its kind refuses.
 */
export function invalidTerms(r: Random): { range: Range; why: string } {
  const rows = validTerms(r);
  const t = r.pick(TERM_DEFINITIONS);
  const known = rows.some(([name]) => String(name).trim().toUpperCase() === t.name);
  const bad: Cell[] =
    r.chance(0.5) || known ? [r.pick(["NOT_A_TERM", "CONV_PCT", "A1_B2"]), 1] : [t.name, invalidTermValue(r, t)];
  rows.splice(r.int(0, rows.length), 0, bad);
  return { range: rows, why: `terms row ${show1(bad[0])} = ${show1(bad[1])}` };
}

function show1(v: Cell): string {
  return typeof v === "string" ? JSON.stringify(v) : String(v);
}

/** A two-column [terms] range of known names with valid values (0–4 rows, random case). */
export function validTerms(r: Random): Range {
  const chosen = r.shuffle(TERM_DEFINITIONS.slice()).slice(0, r.int(0, Math.min(4, TERM_DEFINITIONS.length)));
  return chosen.map((t) => [r.chance(0.2) ? ` ${t.name.toLowerCase()} ` : t.name, validTermValue(r, t)]);
}

/** A [terms] argument of any quality: blank, valid, unknown names, bad values, duplicates, wrong shapes. */
export function anyTerms(r: Random): Arg {
  return r.weighted<Arg>([
    [3, () => null],
    [4, () => validTerms(r)],
    [
      4,
      () => {
        const rows = validTerms(r);
        const row = (): Cell[] =>
          r.weighted<Cell[]>([
            [2, () => [r.pick(TERM_DEFINITIONS).name, anyCell(r)]],
            [1, () => [r.pick(["FOO_BAR", "CONV", "conv_initial", "", " ", "A1"]), anyCell(r)]],
            [1, () => [anyCell(r), anyCell(r)]],
            [1, () => [null, null]],
            [1, () => [0, 0]],
            [1, () => (rows.length > 0 ? rows[0].slice() : [null, 1])],
            [1, () => [r.pick(TERM_DEFINITIONS).name]],
            [1, () => [r.pick(TERM_DEFINITIONS).name, 1, 2]],
          ]);
        for (let k = r.int(1, 3); k > 0; k--) rows.splice(r.int(0, rows.length), 0, row());
        return rows;
      },
    ],
    [1, () => []],
    [1, () => [[]]],
    [1, () => anyRange(r)],
    [1, () => anyCell(r)],
  ]);
}
