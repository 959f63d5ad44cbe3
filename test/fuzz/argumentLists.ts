/**
 * Argument lists for one custom function, built from its functions.json metadata
 * (parameter count, optional, scalar or matrix) and, for realistic values, from the
 * parameter's name: `dates`, `prices`, `terms`, `…date`, `…days`, `shares`, amounts.
 * A function added to the catalog later is fuzzed with no change here; a parameter whose
 * name says nothing still gets random Excel values.
 */
import {
  Arg,
  Cell,
  Range,
  Series,
  TRADING_SERIALS,
  anyRange,
  anyScalarArg,
  anyTerms,
  block3x3,
  cleanSeries,
  corrupt,
  invalidTerms,
  seriesRanges,
  validTerms,
} from "./excelValues";
import { Random } from "./random";

/** A parameter as custom-functions-metadata writes it into functions.json. */
export interface ParameterMeta {
  readonly name: string;
  readonly description?: string;
  readonly type?: string;
  readonly dimensionality?: "scalar" | "matrix";
  readonly optional?: boolean;
  readonly repeating?: boolean;
}

/** A function as custom-functions-metadata writes it into functions.json. */
export interface FunctionMeta {
  readonly id: string;
  readonly name: string;
  readonly parameters: readonly ParameterMeta[];
  readonly result: { readonly type?: string; readonly dimensionality?: "scalar" | "matrix" };
}

/** What a parameter holds, guessed from its name and help text; decides the realistic values. */
type Role =
  | { kind: "dates" | "prices" | "values" | "terms" | "levels" }
  | { kind: "date" | "days" | "changes" | "shares" | "price" | "amount" | "volatility" | "rate" | "change" }
  | { kind: "choice"; choices: readonly string[] };

/** Capitalised words of help texts that are not choices. */
const NOT_CHOICES = new Set(["USD", "NEOT", "SUM", "VWAP", "DATE", "TIME", "TRUE", "FALSE", "CONVPRICE", "NASDAQ"]);

/** The choices a help text lists: UPPER_CASE words and "quoted" text, e.g. 'FAX, COURIER or OTHER.' */
function choicesIn(description: string): string[] {
  const words = (description.match(/\b[A-Z][A-Z0-9_]{2,}\b/g) ?? []).filter((w) => !NOT_CHOICES.has(w));
  const quoted = [...description.matchAll(/"([^"]+)"/g)].map((m) => m[1]);
  return [...new Set([...words, ...quoted])];
}

const roles = new Map<ParameterMeta, Role>();

function roleOf(p: ParameterMeta): Role {
  const known = roles.get(p);
  if (known) return known;
  const name = p.name.toLowerCase();
  const description = p.description ?? "";
  const choices = choicesIn(description);
  let role: Role;
  if (p.dimensionality === "matrix") {
    if (name.includes("terms")) role = { kind: "terms" };
    else if (/levels$/.test(name)) role = { kind: "levels" };
    else if (/dates?$/.test(name)) role = { kind: "dates" };
    else if (/price|bid/.test(name)) role = { kind: "prices" };
    else role = { kind: "values" };
  } else if (/date$/.test(name) || /^date\b/i.test(description)) role = { kind: "date" };
  else if (/days$/.test(name) && /daily changes/i.test(description)) role = { kind: "changes" };
  else if (/days$/.test(name)) role = { kind: "days" };
  else if (name === "volatility") role = { kind: "volatility" };
  else if (/(^|_)(rate|yield)$/.test(name)) role = { kind: "rate" };
  else if (name === "change") role = { kind: "change" };
  else if (choices.length >= 2) role = { kind: "choice", choices };
  else if (/shares|outstanding|warrants/.test(name)) role = { kind: "shares" };
  else if (/price|vwap|value$|^spot$|^strike$/.test(name)) role = { kind: "price" };
  else role = { kind: "amount" };
  roles.set(p, role);
  return role;
}

/**
 * Oracle rules: arguments definitely invalid for every function, so the call must give an
 * error, never a number:
 * - a required scalar argument given one of ORACLE_SCALARS — except a blank where the
 *   parameter's help says what a blank means (COMMITPMT's "Blank: not issued"); text like
 *   "1e3" is left out, as reading it as a number would be a defensible choice;
 * - a 3×3 block for a range parameter (a one-row/one-column or two-column range expected);
 * - a [terms] range with an unknown name, or a known term with a value its kind refuses
 *   (this also catches a function that ignores its [terms] argument).
 */
export const ORACLE_SCALARS: readonly Cell[] = ["abc", true, false, NaN, Infinity, -Infinity, null];

/**
 * Parameters exempt from the oracle rules, as "ID.param": a future parameter that takes
 * text or TRUE/FALSE (a scalar), or a 2-D block (a range), must be listed here on purpose.
 */
export const ORACLE_EXEMPT: ReadonlySet<string> = new Set<string>([]);

/** One generated call: the arguments and, for an oracle case, why it must be an error. */
export interface Call {
  readonly args: Arg[];
  readonly mode: "realistic" | "random" | "oracle";
  readonly mustFail?: string;
}

/** The shared data of one realistic call: a price history and the dates chained from it. */
interface Context {
  readonly series: Series;
  readonly ranges: { dates: Range; prices: Range };
  /** Positive numbers shaped like `ranges.prices` (volumes and the like), made on demand. */
  values?: Range;
  lastDate: number | undefined;
}

/** Clean price histories shared by all calls of a run (made once: building them is half the cost of a call). */
export interface SeriesPool {
  readonly entries: ReadonlyArray<{ readonly series: Series; readonly columns: { dates: Range; prices: Range } }>;
}

/** `size` clean histories: a few of 0–12 trading days, most of 40–200 (two to ten months). */
export function seriesPool(r: Random, size = 256): SeriesPool {
  const entries = Array.from({ length: size }, () => {
    const length = r.weighted<number>([
      [1, () => r.int(0, 12)],
      [4, () => r.int(40, 110)],
      [3, () => r.int(110, 200)],
    ]);
    const series = cleanSeries(r, length);
    return { series, columns: { dates: series.dates.map((d) => [d]), prices: series.bids.map((b) => [b]) } };
  });
  return { entries };
}

function newContext(r: Random, pool: SeriesPool, corrupted: boolean): Context {
  const { series: clean, columns } = r.pick(pool.entries);
  if (corrupted) {
    const series = corrupt(r, clean);
    return { series, ranges: seriesRanges(r, series), lastDate: undefined };
  }
  return { series: clean, ranges: r.chance(0.8) ? columns : seriesRanges(r, clean), lastDate: undefined };
}

/** Positive whole numbers (volumes) in the shape of the prices range. */
function valuesLikePrices(r: Random, ctx: Context): Range {
  return (ctx.values ??= ctx.ranges.prices.map((row) => row.map(() => r.int(1, 200) * 100)));
}

/** A date for the n-th date parameter: inside the series first, then chained forward. */
function chainedDate(r: Random, ctx: Context): number {
  const { series } = ctx;
  let date: number;
  if (ctx.lastDate === undefined) {
    const n = series.dates.length;
    const index =
      n === 0
        ? r.int(0, TRADING_SERIALS.length - 1)
        : series.first + r.int(Math.min(6, n - 1), Math.max(Math.min(6, n - 1), Math.floor(n * 0.4)));
    date = TRADING_SERIALS[Math.min(index, TRADING_SERIALS.length - 1)];
    if (r.chance(0.1)) date += r.int(1, 3); // maybe a weekend or holiday
  } else {
    date =
      ctx.lastDate +
      r.weighted<number>([
        [3, () => r.int(0, 30)],
        [2, () => r.int(85, 95)],
        [3, () => r.int(95, 300)],
        [1, () => -r.int(1, 30)],
        [1, () => r.int(300, 800)],
      ]);
  }
  if (r.chance(0.05)) date += 0.5; // a time of day
  ctx.lastDate = Math.trunc(date);
  return date;
}

function realisticValue(r: Random, p: ParameterMeta, ctx: Context): Arg {
  const role = roleOf(p);
  if (p.optional && p.dimensionality !== "matrix" && r.chance(0.3))
    return role.kind === "date" ? r.pick([null, 0]) : null;
  switch (role.kind) {
    case "levels": // a dilution table's few price levels, one column
      return Array.from({ length: r.int(1, 8) }, () => [Math.round(r.float(0.05, 20) * 100) / 100]);
    case "volatility": // mostly plausible; now and then at or past the bounds (0, 10]
      return r.chance(0.9) ? r.float(0.05, 2.5) : r.pick([0, 1e-9, 10, 10.5, -0.3]);
    case "rate": // mostly within [−5%, 100%]
      return r.chance(0.9) ? r.float(-0.05, 0.3) : r.pick([-0.05, 1, 1.2, -0.5]);
    case "change": // a stress move, mostly above −100%
      return r.chance(0.9) ? r.float(-0.95, 2) : r.pick([-1, -0.999, 10, 100]);
    case "dates":
      return ctx.ranges.dates;
    case "prices":
      return ctx.ranges.prices;
    case "values":
      return r.chance(0.9) ? valuesLikePrices(r, ctx) : anyRange(r);
    case "terms":
      return r.chance(0.65) ? null : validTerms(r);
    case "date":
      return chainedDate(r, ctx);
    case "days":
      return r.int(-300, 300);
    case "changes": // a volatility window's daily changes, mostly short enough for the history
      return r.chance(0.9) ? r.int(2, 40) : r.int(-5, 300);
    case "choice":
      return r.chance(0.8) ? r.pick(role.choices) : r.int(0, 3);
    case "shares":
      return r.weighted<number>([
        [1, () => 450_000],
        [2, () => r.int(0, 1_000_000)],
        [2, () => r.int(1_000_000, 60_000_000)],
      ]);
    case "price":
      return Math.round(r.float(0.01, 50) * 10_000) / 10_000;
    case "amount":
      return r.weighted<number>([
        [3, () => Math.round(r.float(0, 10_000_000) * 100) / 100],
        [2, () => Math.round(r.float(0, 26_000_000))],
        [1, () => r.pick([0, 1_000_000, 5_000_000, 10_000_000, 20_000_000, 25_000_000])],
        [1, () => Math.round(r.float(0, 1000) * 100) / 100],
      ]);
  }
}

function randomValue(r: Random, p: ParameterMeta, ctx: Context): Arg {
  if (r.chance(0.4)) return realisticValue(r, p, ctx);
  if (p.dimensionality !== "matrix") return anyScalarArg(r);
  return roleOf(p).kind === "terms" ? anyTerms(r) : anyRange(r);
}

/** Excel passes null for an omitted optional argument; a shorter list is tried too. */
function dropTrailingBlanks(r: Random, fn: FunctionMeta, args: Arg[]): Arg[] {
  if (!r.chance(0.1)) return args;
  let end = args.length;
  while (end > 0 && fn.parameters[end - 1].optional && args[end - 1] === null) end--;
  return args.slice(0, end);
}

/** A repeating parameter arrives as an array of its values. */
function withRepeats(r: Random, p: ParameterMeta, make: () => Arg): Arg {
  return p.repeating ? (Array.from({ length: r.int(1, 3) }, make) as unknown as Range) : make();
}

/**
 * One argument list for `fn`:
 * - realistic (45%): a price history (30% of them with defects) and dates chained from it,
 *   so that many calls succeed; now and then one argument is swapped for a random value;
 * - random (35%): any Excel value in any position;
 * - oracle (20%): a realistic list with one argument made definitely invalid.
 */
export function generateCall(r: Random, fn: FunctionMeta, pool: SeriesPool): Call {
  const mode = r.weighted<Call["mode"]>([
    [45, () => "realistic"],
    [35, () => "random"],
    [20, () => "oracle"],
  ]);
  const ctx = newContext(r, pool, mode === "realistic" && r.chance(0.3));
  const make = mode === "random" ? randomValue : realisticValue;
  const args = fn.parameters.map((p) => withRepeats(r, p, () => make(r, p, ctx)));
  if (mode === "realistic") {
    if (r.chance(0.1) && args.length > 0) args[r.int(0, args.length - 1)] = anyScalarArg(r);
    return { args: dropTrailingBlanks(r, fn, args), mode };
  }
  if (mode === "random") return { args: dropTrailingBlanks(r, fn, args), mode };

  const targets = fn.parameters
    .map((p, i) => ({ p, i }))
    .filter(({ p }) => !ORACLE_EXEMPT.has(`${fn.id}.${p.name}`) && !p.repeating)
    .filter(({ p }) => p.dimensionality === "matrix" || !p.optional);
  if (targets.length === 0) return { args, mode: "realistic" };
  const { p, i } = r.pick(targets);
  if (p.dimensionality === "matrix") {
    if (roleOf(p).kind === "terms" && r.chance(0.5)) {
      const { range, why } = invalidTerms(r);
      args[i] = range;
      return { args, mode, mustFail: why };
    }
    args[i] = block3x3(r);
    return { args, mode, mustFail: `${p.name} is a 3×3 block` };
  }
  // A required parameter whose help gives a blank a meaning ("Blank: not issued") may be blank.
  const blankAllowed = /\bblank\b/i.test(p.description ?? "");
  args[i] = r.pick(blankAllowed ? ORACLE_SCALARS.filter((v) => v !== null) : ORACLE_SCALARS);
  return { args, mode, mustFail: `required ${p.name} is ${String(args[i])}` };
}

/**
 * Each schedule function and the total it explains, taking the same argument list: the
 * schedule must fail exactly when the total fails, with the same message, and its last
 * row's running total (column 4) must be the total.
 */
export const SCHEDULE_TOTALS: Readonly<Record<string, string>> = {
  DELAYSCHEDULE: "DELAYPMT",
  DELAYSCHEDULEDMV: "DELAYPMTDMV",
};
