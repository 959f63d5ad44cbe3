import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { createEs2016Context } from "./es2016Realm";

/**
 * Loads the built dist/functions.js — the file Excel runs — in a fresh `vm` context
 * whose only global is a fake `CustomFunctions`, the way Excel's JavaScript-only runtime
 * provides it. Run `npm run build` first.
 *
 * The realm, chosen by the environment variable BUNDLE_REALM (`npm test` runs the bundle
 * and fuzz tests in both):
 *   node    (default) Node's own built-ins, as current browsers and runtimes have them;
 *   es2016  every post-2016 built-in deleted (es2016Realm.ts), as in Excel's
 *           JavaScript-only runtime of Office for Windows before 2403 and Office 2021.
 */

export const DIST = path.join(__dirname, "..", "..", "dist");

/** The realm of this test run (BUNDLE_REALM). */
export const REALM = bundleRealm();

function bundleRealm(): "node" | "es2016" {
  const realm = process.env.BUNDLE_REALM || "node";
  if (realm !== "node" && realm !== "es2016")
    throw new Error(`BUNDLE_REALM must be "node" or "es2016", got "${realm}"`);
  return realm;
}

/** Excel's error codes, with the values Excel gives them. */
export const ErrorCode = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  invalidNumber: "#NUM!",
  divisionByZero: "#DIV/0!",
  nullReference: "#NULL!",
} as const;

/** Stands in for CustomFunctions.Error: an Excel error value with its message. */
export class ExcelError {
  constructor(
    readonly code: string,
    readonly message?: string,
  ) {}
}

export interface CustomFunctionsShim {
  readonly Error: typeof ExcelError;
  readonly ErrorCode: typeof ErrorCode;
  associate(id: string, fn: (...args: unknown[]) => unknown): void;
}

export interface LoadedBundle {
  /** Each associated id and its function (the last one, should an id come twice). */
  readonly functions: Map<string, (...args: unknown[]) => unknown>;
  /** Every id passed to associate, in call order, duplicates included. */
  readonly associations: readonly string[];
  readonly CustomFunctions: CustomFunctionsShim;
}

let loaded: LoadedBundle | undefined;

/** The bundle, loaded once per test run. */
export function loadBundle(): LoadedBundle {
  if (loaded) return loaded;
  const file = path.join(DIST, "functions.js");
  if (!fs.existsSync(file)) throw new Error(`${file} is missing: run npm run build first`);
  const functions = new Map<string, (...args: unknown[]) => unknown>();
  const associations: string[] = [];
  const CustomFunctions: CustomFunctionsShim = {
    Error: ExcelError,
    ErrorCode,
    associate(id, fn) {
      associations.push(id);
      functions.set(id, fn);
    },
  };
  const context = REALM === "es2016" ? createEs2016Context({ CustomFunctions }) : vm.createContext({ CustomFunctions });
  vm.runInContext(fs.readFileSync(file, "utf8"), context, { filename: file });
  loaded = { functions, associations, CustomFunctions };
  return loaded;
}

/**
 * What a cell shows: a value, an Excel error, or — a bug — an exception that escaped the
 * function (Excel shows a bare #VALUE! for it). Values made inside the vm belong to
 * another realm, so objects and arrays come back as plain JSON copies.
 */
export type Outcome = { value: unknown } | { error: { code: string; message: string } } | { uncaught: string };

/** Calls the function registered as `id` with Excel-shaped arguments. */
export function call(id: string, ...args: unknown[]): Outcome {
  const fn = loadBundle().functions.get(id);
  if (!fn) throw new Error(`no function is associated with ${id}`);
  try {
    const value = fn(...args);
    return { value: typeof value === "object" && value !== null ? JSON.parse(JSON.stringify(value)) : value };
  } catch (thrown) {
    if (thrown instanceof ExcelError) return { error: { code: thrown.code, message: thrown.message ?? "" } };
    return { uncaught: String(thrown) };
  }
}
