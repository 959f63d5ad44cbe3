import assert from "node:assert/strict";
import { TermsError } from "../../src/engine/errors";
import { PriceSeries } from "../../src/engine/series/priceSeries";
import { Day, excelSerialFromDay, parseIsoDate } from "../../src/engine/time/civilDate";

/** The Day of an ISO date written in a test; throws on a typo. */
export function day(iso: string): Day {
  const d = parseIsoDate(iso);
  if (d === undefined) throw new Error(`bad test date ${iso}`);
  return d;
}

/** The Excel serial of an ISO date written in a test. */
export function serial(iso: string): number {
  return excelSerialFromDay(day(iso));
}

/** Closing bids keyed by ISO date, as the engine's series. */
export function seriesOf(bids: Record<string, number | null>): PriceSeries {
  return PriceSeries.fromRows(Object.entries(bids).map(([iso, bid]) => ({ date: day(iso), bid })));
}

/** Closing bids keyed by ISO date, as Excel passes two columns: [[serial], …] and [[bid], …]. */
export function excelColumns(bids: Record<string, number | null>): { dates: number[][]; prices: (number | null)[][] } {
  const entries = Object.entries(bids);
  return { dates: entries.map(([iso]) => [serial(iso)]), prices: entries.map(([, bid]) => [bid]) };
}

/** Asserts `fn` throws a TermsError with `code` and a message matching `pattern`. */
export function throwsTerms(fn: () => unknown, code: string, pattern: RegExp): void {
  try {
    fn();
  } catch (error) {
    const e = error as { name?: string; code?: string; message?: string };
    if (e.name !== "TermsError") throw error;
    if (e.code !== code || !pattern.test(e.message ?? "")) {
      throw new Error(`expected ${code} matching ${pattern}, got ${e.code}: ${e.message}`);
    }
    return;
  }
  throw new Error(`expected a TermsError ${code} matching ${pattern}, but nothing was thrown`);
}

/**
 * A matcher for `assert.throws`: a TermsError with `code` whose message contains every
 * fragment. `assert.throws(() => f(), termsError("invalid", "principal", "-1"))`
 */
export function termsError(code: string, ...fragments: string[]) {
  return (e: unknown) => {
    assert.ok(e instanceof TermsError, `expected a TermsError, got ${String(e)}`);
    assert.equal(e.code, code);
    for (const f of fragments) assert.ok(e.message.includes(f), `message "${e.message}" should name ${f}`);
    return true;
  };
}
