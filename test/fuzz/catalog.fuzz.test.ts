/**
 * Fuzz test of the whole NEOT.* catalog through the BUILT bundle, loaded the way Excel
 * loads it (dist/functions.js run in a vm with a CustomFunctions shim). For every function
 * in dist/functions.json, thousands of random Excel-shaped argument lists (see
 * argumentLists.ts) must keep these invariants:
 *   1. nothing is thrown except the shim's CustomFunctions.Error;
 *   2. no engine crash hides behind an error: no "internal error: …" message, which is
 *      what excelCall makes of an exception that is not a TermsError;
 *   3. #VALUE! and #N/A errors carry a non-empty message (the only codes Excel shows it for);
 *   4. a result has the type functions.json declares (a spilled result is a non-empty
 *      rectangular 2-D array) and no number in it is NaN or ±Infinity;
 *   5. oracle: a definitely invalid argument (a required scalar that is "abc", TRUE/FALSE,
 *      NaN, ±Infinity or blank; a 3×3 block for a range parameter; a [terms] range with an
 *      unknown name or a bad value) gives an error;
 *   6. -0 acts as 0 (Excel has no negative zero): checked on realistic calls with a 0 argument.
 *
 * Deterministic: FUZZ_SEED=<n> picks the seed (printed on failure), FUZZ_CALLS=<n> the
 * calls per function (default 10,000), FUZZ_ONLY=ID1,ID2 restricts the functions. Needs
 * `npm run build` first (`npm test` builds before running mocha).
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { DIST, loadBundle } from "../bundle/loadBundle";
import { FunctionMeta, SeriesPool, generateCall, seriesPool } from "./argumentLists";
import { NON_FINITE_GUARD, invoke, negativeZeroViolation, show, violation } from "./invariants";
import { Random, fuzzSeed, hash32 } from "./random";

const METADATA = path.join(DIST, "functions.json");
const SEED = fuzzSeed(0x4e454f54); // "NEOT"
const CALLS = Number(process.env.FUZZ_CALLS ?? 10_000);
if (!Number.isInteger(CALLS) || CALLS < 1)
  throw new Error(`FUZZ_CALLS must be a whole number, got "${process.env.FUZZ_CALLS}"`);
const ONLY = (process.env.FUZZ_ONLY ?? "")
  .split(",")
  .map((s) => s.trim().toUpperCase())
  .filter(Boolean);
/**
 * Functions whose one call is a whole Monte Carlo (10,000 paths by default) get fewer calls,
 * so that their test stays within seconds; FUZZ_CALLS below it still lowers it.
 */
const SIMULATION_CALLS: Readonly<Record<string, number>> = { CONVSIM: 200 };
/** Examples kept per function and invariant in a failure report. */
const EXAMPLES = 3;

/** Per-function tallies, printed as a table at the end. */
interface Tally {
  id: string;
  ok: number;
  errors: Map<string, number>;
  oracle: number;
  ms: number;
}
const tallies: Tally[] = [];

function readCatalog(): FunctionMeta[] | undefined {
  if (!fs.existsSync(METADATA)) return undefined;
  const { functions } = JSON.parse(fs.readFileSync(METADATA, "utf8")) as { functions: FunctionMeta[] };
  return functions.filter((f) => ONLY.length === 0 || ONLY.includes(f.id));
}

describe("catalog fuzz: every NEOT function of the built bundle", function () {
  const catalog = readCatalog();
  if (!catalog) {
    it("needs the built bundle", () => assert.fail(`${METADATA} is missing: run \`npm run build\` first`));
    return;
  }
  let bundled: ReadonlyMap<string, (...args: unknown[]) => unknown>;
  let pool: SeriesPool;

  before(function () {
    bundled = loadBundle().functions;
    pool = seriesPool(new Random(SEED));
  });

  after(function () {
    if (tallies.length === 0) return;
    const codes = [...new Set(tallies.flatMap((t) => [...t.errors.keys()]))].sort();
    const header = ["function", "calls", "ok", ...codes, "oracle", "ms"];
    const rows = tallies.map((t) => {
      const calls = t.ok + [...t.errors.values()].reduce((a, b) => a + b, 0);
      return [t.id, calls, t.ok, ...codes.map((c) => t.errors.get(c) ?? 0), t.oracle, Math.round(t.ms)].map(String);
    });
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
    const line = (cells: string[]) =>
      "      " + cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
    console.log(`\n      fuzz seed ${SEED} (FUZZ_SEED), ${CALLS} calls per function`);
    console.log(line(header));
    for (const r of rows) console.log(line(r));
    const idle = tallies.filter((t) => t.ok === 0).map((t) => t.id);
    if (idle.length > 0)
      console.log(`      no successful call at all (realistic arguments may not fit): ${idle.join(", ")}`);
  });

  it("finds every function of functions.json registered in the bundle", function () {
    assert.ok(catalog.length > 0, "functions.json lists no functions");
    assert.deepEqual(
      catalog.filter((f) => !bundled.has(f.id)).map((f) => f.id),
      [],
    );
  });

  for (const fn of catalog) {
    const calls = Math.min(CALLS, SIMULATION_CALLS[fn.id] ?? CALLS);
    it(`${fn.id}(${fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")}): ${calls} random argument lists keep the invariants`, function () {
      this.timeout(120_000);
      const bundledFunction = bundled.get(fn.id);
      if (!bundledFunction) assert.fail(`${fn.id} is in functions.json but not associated in functions.js`);
      const r = new Random(SEED ^ hash32(fn.id));
      const tally: Tally = { id: fn.id, ok: 0, errors: new Map(), oracle: 0, ms: 0 };
      const failures = new Map<string, { count: number; examples: string[] }>();
      const started = performance.now();
      for (let i = 0; i < calls; i++) {
        const call = generateCall(r, fn, pool);
        const outcome = invoke(bundledFunction, call.args);
        if ("value" in outcome) tally.ok++;
        if ("error" in outcome) {
          const key = outcome.error.message === NON_FINITE_GUARD ? "overflow" : outcome.error.code;
          tally.errors.set(key, (tally.errors.get(key) ?? 0) + 1);
        }
        if (call.mustFail) tally.oracle++;
        const zero = call.mode === "realistic" ? call.args.findIndex((a) => Object.is(a, 0)) : -1;
        const broken =
          violation(fn, call, outcome) ??
          (zero >= 0 ? negativeZeroViolation(bundledFunction, call.args, zero, outcome) : undefined);
        if (broken === undefined) continue;
        const kind = broken.replace(/"[^"]*"|\d[\d.e+-]*/g, "…").slice(0, 120);
        const entry = failures.get(kind) ?? { count: 0, examples: [] };
        entry.count++;
        if (entry.examples.length < EXAMPLES) {
          entry.examples.push(
            `call #${i} (${call.mode}): ${broken}\n        ${fn.id}(${show(call.args).slice(1, -1)})`,
          );
        }
        failures.set(kind, entry);
      }
      tally.ms = performance.now() - started;
      tallies.push(tally);
      if (failures.size > 0) {
        const report = [...failures.values()]
          .map((f) => `  ${f.count}× e.g.\n      ${f.examples.join("\n      ")}`)
          .join("\n");
        assert.fail(
          `${fn.id}: invariants broken with FUZZ_SEED=${SEED} (reproduce: FUZZ_SEED=${SEED} FUZZ_ONLY=${fn.id} ` +
            `npx mocha --no-config --require tsx/cjs test/fuzz/catalog.fuzz.test.ts)\n${report}`,
        );
      }
    });
  }
});
