import assert from "node:assert/strict";
import { TermsError } from "../../src/engine/errors";
import { excelSerialFromDay } from "../../src/engine/time/civilDate";
import { isTradingDay } from "../../src/engine/time/nasdaqCalendar";
import { convSim } from "../../src/functions/catalog/simulation";
import { cachedSimulation, simulationRuns } from "../../src/functions/simulationCache";
import { day } from "../helpers/prices";

// "A recalculation with unchanged arguments costs no new simulation" (issue 16, Speed).

function columns(): { dates: number[][]; prices: number[][] } {
  const dates: number[][] = [];
  const prices: number[][] = [];
  for (let d = day("2001-01-02"); d <= day("2001-06-01"); d++) {
    if (!isTradingDay(d)) continue;
    dates.push([excelSerialFromDay(d)]);
    prices.push([5 + ((dates.length * 3) % 7) / 10]);
  }
  return { dates, prices };
}

describe("NEOT.CONVSIM's cache of simulations", () => {
  const S = (iso: string) => excelSerialFromDay(day(iso));
  const run = (c: { dates: number[][]; prices: number[][] }, vol: number, terms: unknown[][] | null) =>
    convSim(
      c.dates,
      c.prices,
      S("2001-05-01"),
      S("2001-06-01"),
      S("2001-12-03"),
      5e6,
      21_862_772,
      vol,
      0.05,
      terms as never,
    );

  it("runs no new simulation for the same arguments, even in fresh arrays (Excel passes new ones)", () => {
    const first = run(columns(), 0.8, [["MC_PATHS", 2000]]);
    const before = simulationRuns();
    const again = run(columns(), 0.8, [["mc_paths", 2000]]);
    assert.equal(simulationRuns(), before);
    assert.deepEqual(again, first);
    assert.notEqual(again, first, "a fresh spill each call: Excel may keep the array");
  });

  it("runs a new one when any argument or term changes", () => {
    const c = columns();
    run(c, 0.8, [["MC_PATHS", 2000]]);
    const before = simulationRuns();
    run(c, 0.81, [["MC_PATHS", 2000]]);
    run(c, 0.8, [["MC_PATHS", 2002]]);
    const changed = columns();
    changed.prices[100][0] = 4.99;
    run(changed, 0.8, [["MC_PATHS", 2000]]);
    assert.equal(simulationRuns(), before + 3);
  });

  it("gives an engine error again without simulating, and keeps no other exception", () => {
    const fail = () => {
      throw new TermsError("range", "simulated bids leave the range of numbers");
    };
    assert.throws(() => cachedSimulation(["overflow"], fail), /leave the range/);
    const before = simulationRuns();
    assert.throws(() => cachedSimulation(["overflow"], () => 7), /leave the range/);
    assert.equal(simulationRuns(), before);
    assert.throws(() =>
      cachedSimulation(["bug"], () => {
        throw new Error("engine bug");
      }),
    );
    assert.equal(
      cachedSimulation(["bug"], () => 7),
      7,
    );
  });
});
