/**
 * Property fuzz of the valuation and scenario functions through the BUILT bundle (also run
 * in the ES2016 realm by `npm run test:es2016`): for random valid inputs, the identities a
 * banker checks by hand hold —
 *   - put-call parity: BSCALL − BSPUT = S·e^(−qT) − K·e^(−rT);
 *   - bounds: max(S·e^(−qT) − K·e^(−rT), 0) ≤ BSCALL ≤ S·e^(−qT); BSGREEKS' value is BSCALL;
 *     0 ≤ delta ≤ e^(−qT), gamma ≥ 0, vega ≥ 0, rho ≥ 0;
 *   - WARRANTVALUE solves its own equation to 1e-12, lies in [0, BSCALL], and is BSCALL at M = 0;
 *   - DILUTIONGRID issues more shares at a lower level (never fewer), its Conversion Price
 *     never above the initial one;
 *   - PRICEPATH ends on last × (1 + change) exactly, on to_date, with the history before it.
 * FUZZ_SEED reproduces a run, as in the catalog fuzz test.
 */
import assert from "node:assert/strict";
import { loadBundle } from "../bundle/loadBundle";
import { TRADING_SERIALS } from "./excelValues";
import { Random, fuzzSeed } from "./random";

const SEED = fuzzSeed(0x56414c55); // "VALU"
const CALLS = 2000;

type Fn = (...args: unknown[]) => unknown;
const fn = (id: string): Fn => loadBundle().functions.get(id)!;
/** A spill made inside the vm, as a plain copy (its arrays belong to another realm). */
const plain = <T>(value: unknown): T => JSON.parse(JSON.stringify(value)) as T;

/** A random valid option: the New Warrants' and Cantor's kind, and some far from them. */
function option(r: Random) {
  const spot = r.float(0.05, 60);
  const valuation = r.pick(TRADING_SERIALS);
  return {
    spot,
    strike: spot * r.float(0.2, 4),
    valuation,
    expiry: valuation + (r.chance(0.05) ? 0 : r.int(1, 3650)),
    volatility: r.chance(0.1) ? r.float(1e-6, 0.01) : r.float(0.05, 3),
    rate: r.float(-0.05, 0.3),
    dividendYield: r.chance(0.7) ? 0 : r.float(0, 0.1),
  };
}

function num(id: string, value: unknown, where: string): number {
  assert.equal(typeof value, "number", `${where}: ${id} gave ${JSON.stringify(value)}`);
  return value as number;
}

describe("valuation fuzz: the identities hold for random valid inputs", function () {
  it("BSCALL, BSPUT and BSGREEKS keep parity, bounds and the greeks' signs", function () {
    this.timeout(60_000);
    const r = new Random(SEED);
    for (let i = 0; i < CALLS; i++) {
      const o = option(r);
      const args = [o.spot, o.strike, o.valuation, o.expiry, o.volatility, o.rate, o.dividendYield, null];
      const where = `FUZZ_SEED=${SEED} call #${i}: ${JSON.stringify(args)}`;
      const call = num("BSCALL", fn("BSCALL")(...args), where);
      const put = num("BSPUT", fn("BSPUT")(...args), where);
      const t = (o.expiry - o.valuation) / 365;
      const carry = o.spot * Math.exp(-o.dividendYield * t);
      const discounted = o.strike * Math.exp(-o.rate * t);
      const scale = Math.max(o.spot, o.strike);
      if (t > 0) assert.ok(Math.abs(call - put - (carry - discounted)) <= 1e-11 * scale, `${where}: parity`);
      assert.ok(call >= Math.max(t > 0 ? carry - discounted : o.spot - o.strike, 0) - 1e-11 * scale, `${where}: floor`);
      assert.ok(call <= (t > 0 ? carry : o.spot) + 1e-12 * scale, `${where}: cap`);
      const greeks = fn("BSGREEKS")(...args) as unknown[][];
      const [value, delta, gamma, vega, , rho] = greeks.map((row) => row[1] as number);
      assert.ok(Math.abs(value - call) <= 1e-12 * scale, `${where}: BSGREEKS value ${value} vs BSCALL ${call}`);
      assert.ok(delta >= 0 && delta <= Math.exp(-o.dividendYield * t) + 1e-15, `${where}: delta ${delta}`);
      assert.ok(gamma >= 0 && vega >= 0 && rho >= 0, `${where}: gamma ${gamma}, vega ${vega}, rho ${rho}`);
    }
  });

  it("WARRANTVALUE solves W = N/(N+M) × c(S + M·W/N) and lies between 0 and BSCALL", function () {
    this.timeout(60_000);
    const r = new Random(SEED + 1);
    for (let i = 0; i < CALLS; i++) {
      const o = option(r);
      const n = r.int(1, 100_000_000);
      const m = r.chance(0.1) ? 0 : Math.round(n * r.float(0, r.chance(0.2) ? 100 : 0.5));
      const base = [o.spot, o.strike, o.valuation, o.expiry, o.volatility, o.rate];
      const where = `FUZZ_SEED=${SEED + 1} call #${i}: ${JSON.stringify([...base, m, n, o.dividendYield])}`;
      const w = num("WARRANTVALUE", fn("WARRANTVALUE")(...base, m, n, o.dividendYield, null), where);
      const call = num("BSCALL", fn("BSCALL")(...base, o.dividendYield, null), where);
      if (m === 0) assert.equal(w, call, where);
      assert.ok(w >= 0 && w <= call + 1e-12 * o.spot, `${where}: ${w} outside [0, ${call}]`);
      const diluted = num("BSCALL", fn("BSCALL")(o.spot + (m * w) / n, ...base.slice(1), o.dividendYield, null), where);
      const residual = Math.abs(w - (n / (n + m)) * diluted);
      assert.ok(
        residual <= 1e-12 * Math.max(w, 1e-300) || residual <= 1e-15 * o.spot,
        `${where}: residual ${residual} on ${w}`,
      );
    }
  });

  it("DILUTIONGRID issues no fewer shares at a lower level, never above the initial price", function () {
    this.timeout(60_000);
    const r = new Random(SEED + 2);
    for (let i = 0; i < CALLS / 4; i++) {
      const initial = r.float(0.5, 20);
      const levels = Array.from({ length: r.int(2, 8) }, () => [Math.round(r.float(0.05, 25) * 100) / 100]).sort(
        (a, b) => b[0] - a[0],
      );
      const args = [
        r.int(0, 25_000_000),
        initial,
        r.int(1, 60_000_000),
        levels,
        r.chance(0.5) ? r.float(0.5, 5) : null,
        null,
      ];
      const where = `FUZZ_SEED=${SEED + 2} call #${i}: ${JSON.stringify(args)}`;
      const rows = fn("DILUTIONGRID")(...args) as unknown[][];
      assert.ok(Array.isArray(rows), `${where}: ${JSON.stringify(rows)}`);
      for (let k = 1; k < rows.length; k++) {
        assert.ok((rows[k][1] as number) <= initial, `${where}: row ${k} price above the initial`);
        if (k > 1) assert.ok((rows[k][2] as number) >= (rows[k - 1][2] as number), `${where}: row ${k} fewer shares`);
      }
    }
  });

  it("PRICEPATH keeps the history and ends on last × (1 + change) on to_date", function () {
    this.timeout(60_000);
    const r = new Random(SEED + 3);
    for (let i = 0; i < CALLS / 4; i++) {
      const start = r.int(0, TRADING_SERIALS.length - 300);
      const length = r.int(1, 120);
      const dates = TRADING_SERIALS.slice(start, start + length).map((d) => [d]);
      const bids = dates.map(() => [Math.round(r.float(0.5, 20) * 10_000) / 10_000]);
      const from = dates[r.int(0, length - 1)][0];
      const to = TRADING_SERIALS[start + length - 1 + r.int(0, 150)];
      const change = r.float(-0.95, 2);
      const where = `FUZZ_SEED=${SEED + 3} call #${i}: from ${from} to ${to}, change ${change}`;
      const rows = plain<number[][]>(fn("PRICEPATH")(dates, bids, from, to, change, null));
      assert.ok(Array.isArray(rows), `${where}: ${JSON.stringify(rows)}`);
      const kept = dates.filter(([d]) => d <= from).length;
      assert.deepEqual(
        rows.slice(0, kept),
        dates.slice(0, kept).map(([d], k) => [d, bids[k][0]]),
        where,
      );
      const last = bids[kept - 1][0];
      const end = rows[rows.length - 1];
      if (to > from) assert.deepEqual(end, [to, last * (1 + change)], where);
      else assert.equal(rows.length, kept, where);
    }
  });
});
