import fs from "node:fs";
import path from "node:path";
import { ArraySize, CellError, ErrorType, FunctionPlugin, HyperFormula, SimpleRangeValue } from "hyperformula";
import { DIST, ExcelError, loadBundle } from "../bundle/loadBundle";

/**
 * The built NEOT.* functions (dist/functions.js, loaded by loadBundle) registered in
 * HyperFormula, a spreadsheet formula engine written elsewhere, as custom functions:
 * each argument is evaluated by HyperFormula and passed the way Excel passes it (a range
 * as a 2-D array, an empty cell as null), and an Excel error with its message becomes a
 * HyperFormula error with the same message.
 */

interface FunctionMeta {
  readonly id: string;
  readonly result: { readonly dimensionality?: string };
}

/** The height HyperFormula reserves for a spilled NEOT table: enough for the tests' data. */
export const SPILL_HEIGHT = 400;

/**
 * The NEOT tables wider or narrower than the schedules' four columns: DILUTIONGRID with its
 * Floor Price columns (8), CONVSIM (item, mean, standard error, P5, P50, P95), BSGREEKS
 * (label, value) and PRICEPATH (date, bid).
 */
const SPILL_WIDTHS: Record<string, number> = { DILUTIONGRID: 8, CONVSIM: 6, BSGREEKS: 2, PRICEPATH: 2 };

const functions: FunctionMeta[] = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")).functions;

/** A HyperFormula value as Excel would pass it to a custom function. */
function excelArgument(value: unknown): unknown {
  if (value instanceof SimpleRangeValue) return value.rawData().map((row) => row.map(excelCell));
  return excelCell(value);
}

function excelCell(value: unknown): unknown {
  if (typeof value === "symbol" || value === undefined) return null; // HyperFormula's EmptyValue
  if (value instanceof CellError) throw value;
  if (typeof value === "object" && value !== null && "val" in value) return (value as { val: number }).val; // a typed number
  return value;
}

class NeotPlugin extends FunctionPlugin {
  static override implementedFunctions: Record<
    string,
    { method: string; sizeOfResultArrayMethod?: string; vectorizationForbidden?: boolean }
  > = {};
}

const ERROR_TYPES: Record<string, ErrorType> = {
  "#VALUE!": ErrorType.VALUE,
  "#N/A": ErrorType.NA,
  "#NUM!": ErrorType.NUM,
  "#DIV/0!": ErrorType.DIV_BY_ZERO,
};

for (const f of functions) {
  const method = `neot_${f.id}`;
  const spills = f.result.dimensionality === "matrix";
  NeotPlugin.implementedFunctions[`NEOT.${f.id}`] = {
    method,
    vectorizationForbidden: true,
    ...(spills ? { sizeOfResultArrayMethod: `${method}_size` } : {}),
  };
  const proto = NeotPlugin.prototype as unknown as Record<string, unknown>;
  proto[method] = function (
    this: { evaluateAst: (a: unknown, s: unknown) => unknown },
    ast: { args: unknown[] },
    state: unknown,
  ) {
    let args: unknown[];
    try {
      args = ast.args.map((a) => excelArgument(this.evaluateAst(a, state)));
    } catch (e) {
      if (e instanceof CellError) return e;
      throw e;
    }
    const fn = loadBundle().functions.get(f.id)!;
    try {
      const result = fn(...args);
      if (Array.isArray(result)) return SimpleRangeValue.onlyValues(JSON.parse(JSON.stringify(result)));
      return result;
    } catch (thrown) {
      if (thrown instanceof ExcelError)
        return new CellError(ERROR_TYPES[thrown.code] ?? ErrorType.VALUE, thrown.message);
      return new CellError(ErrorType.ERROR, `uncaught: ${String(thrown)}`);
    }
  };
  // The widest a table can be (HyperFormula reserves its size before it evaluates); the height is a bound.
  if (spills) proto[`${method}_size`] = () => new ArraySize(SPILL_WIDTHS[f.id] ?? 4, SPILL_HEIGHT);
}

HyperFormula.registerFunctionPlugin(NeotPlugin as never, {
  enGB: Object.fromEntries(functions.map((f) => [`NEOT.${f.id}`, `NEOT.${f.id}`])),
});

export { HyperFormula };
