/**
 * The invariants every NEOT function keeps for any arguments, checked on the outcome of
 * one call of the built bundle (see catalog.fuzz.test.ts).
 */
import { ExcelError } from "../bundle/loadBundle";
import { Call, FunctionMeta } from "./argumentLists";

/** Error codes CustomFunctions.ErrorCode offers. */
export const EXCEL_ERROR_CODES = new Set([
  "#VALUE!",
  "#N/A",
  "#NUM!",
  "#DIV/0!",
  "#NULL!",
  "#NAME?",
  "#REF!",
  "#BUSY!",
  "#CONNECT!",
  "#GETTING_DATA",
]);
/**
 * excelCall's message when a result overflowed a double (e.g. shares of 1.8e308): the
 * guard doing its job, so not a crash; counted apart in the table as "overflow".
 */
export const NON_FINITE_GUARD =
  "the result is too large for Excel (beyond ±1.8E+308): check the amounts and prices given";

export type Outcome = { value: unknown } | { error: { code: string; message?: string } } | { thrown: unknown };

/**
 * Calls one bundled function. Unlike loadBundle's `call`, the raw result is kept (a JSON
 * copy would turn NaN and ±Infinity inside a spilled array into null) and any throw other
 * than the shim's CustomFunctions.Error is kept as thrown.
 */
export function invoke(fn: (...args: unknown[]) => unknown, args: readonly unknown[]): Outcome {
  try {
    return { value: fn(...args) };
  } catch (thrown) {
    if (thrown instanceof ExcelError) return { error: { code: thrown.code, message: thrown.message } };
    return { thrown };
  }
}

/** Argument lists and values printed so that NaN, ±Infinity, -0 and undefined show. */
export function show(value: unknown, limit = 20_000): string {
  const text = (v: unknown): string => {
    if (Array.isArray(v)) return `[${v.map(text).join(", ")}]`;
    if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
    if (typeof v === "string") return JSON.stringify(v);
    return String(v);
  };
  const all = text(value);
  return all.length > limit ? `${all.slice(0, limit)}… (${all.length} characters)` : all;
}

function hasNonFinite(value: unknown): boolean {
  if (Array.isArray(value)) return value.some(hasNonFinite);
  return typeof value === "number" && !Number.isFinite(value);
}

function cellMatches(type: string | undefined, cell: unknown): boolean {
  if (type === "number" || type === "boolean" || type === "string") return typeof cell === type;
  return typeof cell === "number" || typeof cell === "boolean" || typeof cell === "string";
}

/** The invariant an outcome breaks, or undefined. */
export function violation(fn: FunctionMeta, call: Call, outcome: Outcome): string | undefined {
  if ("thrown" in outcome) {
    const e = outcome.thrown as { name?: string; message?: string };
    return `uncaught exception (not CustomFunctions.Error): ${e?.name ?? typeof e}: ${e?.message ?? String(e)}`;
  }
  if ("error" in outcome) {
    const { code, message } = outcome.error;
    if (!EXCEL_ERROR_CODES.has(code)) return `unknown error code ${show(code)}`;
    if ((code === "#VALUE!" || code === "#N/A") && (typeof message !== "string" || message.trim() === "")) {
      return `${code} without a message`;
    }
    if (typeof message === "string" && /^internal error/.test(message)) {
      return `engine crash: ${code} "${message}"`;
    }
    return undefined;
  }
  const { value } = outcome;
  if (hasNonFinite(value)) return `non-finite number in result ${show(value, 200)}`;
  if (call.mustFail) return `returned ${show(value, 200)} for invalid input (${call.mustFail})`;
  const { type, dimensionality } = fn.result;
  if (dimensionality === "matrix") {
    const rows = value as unknown[][];
    const ok =
      Array.isArray(rows) &&
      rows.length > 0 &&
      rows.every(
        (r) => Array.isArray(r) && r.length > 0 && r.length === rows[0].length && r.every((c) => cellMatches(type, c)),
      );
    return ok
      ? undefined
      : `result is not a non-empty rectangular 2-D array of ${type ?? "cells"}: ${show(value, 200)}`;
  }
  return cellMatches(type, value)
    ? undefined
    : `result ${show(value, 200)} is not of type ${type ?? "number/string/boolean"}`;
}

/** An outcome as text, for comparing two outcomes (NaN, ±Infinity and -0 kept apart). */
export function outcomeText(outcome: Outcome): string {
  if ("value" in outcome) return `value ${show(outcome.value)}`;
  if ("error" in outcome) return `error ${outcome.error.code} ${outcome.error.message ?? ""}`;
  const e = outcome.thrown as { name?: string; message?: string };
  return `thrown ${e?.name}: ${e?.message ?? String(e)}`;
}

/**
 * Excel has no negative zero, so a -0 argument must act exactly as 0: the outcome with
 * the argument at `index` (+0 in `args`) turned into -0 must be the same.
 * @returns what differs, or undefined
 */
export function negativeZeroViolation(
  fn: (...args: unknown[]) => unknown,
  args: readonly unknown[],
  index: number,
  outcome: Outcome,
): string | undefined {
  const negated = invoke(
    fn,
    args.map((a, i) => (i === index ? -0 : a)),
  );
  const [a, b] = [outcomeText(outcome), outcomeText(negated)];
  return a === b
    ? undefined
    : `-0 does not act as 0 in argument ${index + 1}: ${a.slice(0, 200)} with 0, ${b.slice(0, 200)} with -0`;
}
