/**
 * Fuzz test of the schedule functions against the totals they explain, through the built
 * bundle: for argument lists from argumentLists.ts (realistic, random and oracle), the
 * schedule and its total agree — both fail with the same message, or the schedule's last
 * running total is the total (0 with no payment: the heading row alone).
 * CONVPRICESERIES is checked against CONVPRICE on its last row. FUZZ_SEED as in the
 * catalog fuzz test.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { DIST, loadBundle } from "../bundle/loadBundle";
import { FunctionMeta, SCHEDULE_TOTALS, generateCall, seriesPool } from "./argumentLists";
import { invoke, outcomeText, show } from "./invariants";
import { Random, fuzzSeed } from "./random";

const SEED = fuzzSeed(0x5343484c); // "SCHL"
const CALLS = 3000;

describe("schedule fuzz: each schedule ends on the total it explains", function () {
  const metadata = path.join(DIST, "functions.json");
  if (!fs.existsSync(metadata)) return;
  const catalog: FunctionMeta[] = JSON.parse(fs.readFileSync(metadata, "utf8")).functions;
  const fn = (id: string) => loadBundle().functions.get(id)!;

  for (const [scheduleId, totalId] of Object.entries(SCHEDULE_TOTALS)) {
    it(`${scheduleId} fails as ${totalId} fails, else its last running total is ${totalId}`, function () {
      this.timeout(120_000);
      const r = new Random(SEED);
      const pool = seriesPool(r, 64);
      const meta = catalog.find((f) => f.id === scheduleId)!;
      let agreed = 0;
      for (let i = 0; i < CALLS; i++) {
        const { args } = generateCall(r, meta, pool);
        const schedule = invoke(fn(scheduleId), args);
        const total = invoke(fn(totalId), args);
        const where = `FUZZ_SEED=${SEED} call #${i}: ${scheduleId}(${show(args, 400).slice(1, -1)})`;
        if ("value" in schedule && "value" in total) {
          const rows = schedule.value as unknown[][];
          assert.equal(rows.length === 1 ? 0 : rows[rows.length - 1][3], total.value, where);
          agreed++;
        } else if (
          "error" in schedule &&
          /^the schedule would list \d+ payments, more than 600 /.test(schedule.error.message ?? "")
        ) {
          // a schedule too long to list (its total is counted, never listed)
        } else if (
          "error" in total &&
          "error" in schedule &&
          total.error.message ===
            "the result is too large for Excel (beyond ±1.8E+308): check the amounts and prices given"
        ) {
          // a total too large for Excel: its schedule overflows too, perhaps only on a row
        } else {
          assert.equal(outcomeText(schedule), outcomeText(total), where);
        }
      }
      assert.ok(agreed > CALLS / 10, `only ${agreed} calls gave values`);
    });
  }

  it("CONVPRICESERIES ends on CONVPRICE for its last trading day", function () {
    this.timeout(120_000);
    const r = new Random(SEED);
    const pool = seriesPool(r, 64);
    const meta = catalog.find((f) => f.id === "CONVPRICESERIES")!;
    let agreed = 0;
    for (let i = 0; i < CALLS; i++) {
      const { args } = generateCall(r, meta, pool);
      const series = invoke(fn("CONVPRICESERIES"), args);
      if (!("value" in series)) continue;
      const rows = series.value as unknown[][];
      if (rows.length === 1) continue;
      const [date, , price] = rows[rows.length - 1];
      const direct = invoke(fn("CONVPRICE"), [args[0], args[1], args[2], date, args[4] ?? null]);
      assert.deepEqual(direct, { value: price }, `FUZZ_SEED=${SEED} call #${i}`);
      agreed++;
    }
    assert.ok(agreed > CALLS / 20, `only ${agreed} calls gave rows`);
  });
});
