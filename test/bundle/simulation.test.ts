import assert from "node:assert/strict";
import { Decimal } from "../../src/engine/decimal";
import { PriceSeries } from "../../src/engine/series/priceSeries";
import { Terms } from "../../src/engine/terms/terms";
import { dayFromExcelSerial, excelSerialFromDay } from "../../src/engine/time/civilDate";
import { isTradingDay } from "../../src/engine/time/nasdaqCalendar";
import {
  SIMULATION_HEADINGS,
  simulateConversion,
  simulationRows,
} from "../../src/engine/valuation/conversionSimulation";
import { REALM, call } from "./loadBundle";
import { day } from "../helpers/prices";

// NEOT.CONVSIM as Excel calls it, through the built bundle. `npm test` runs this file in
// Node's realm and in the ES2016 realm (test:es2016): both must give exactly the numbers the
// engine gives in this Node process.

// Closing bids on every trading day from 2001-01-02 to 2001-06-01: 5.00 … 5.60.
const dates: number[][] = [];
const prices: number[][] = [];
for (let d = day("2001-01-02"); d <= day("2001-06-01"); d++) {
  if (!isTradingDay(d)) continue;
  dates.push([excelSerialFromDay(d)]);
  prices.push([5 + ((dates.length * 3) % 7) / 10]);
}
const S = (iso: string) => excelSerialFromDay(day(iso));
const ISSUE = S("2001-05-01");
const VALUATION = S("2001-06-01");
const CONVERSION = S("2001-12-03");
const ARGS = [dates, prices, ISSUE, VALUATION, CONVERSION, 5_000_000, 21_862_772, 0.8, 0.05] as const;

function engineTable(conversion: number, termRows: [string, unknown][]): unknown[][] {
  const series = PriceSeries.fromColumns(
    dates.map(([d]) => dayFromExcelSerial(d, "date")),
    prices.map(([p]) => p),
  );
  const summary = simulateConversion(
    {
      series,
      issueDate: dayFromExcelSerial(ISSUE, "issue"),
      valuationDate: dayFromExcelSerial(VALUATION, "valuation"),
      conversionDate: dayFromExcelSerial(conversion, "conversion"),
      principal: new Decimal(5_000_000),
      outstanding: new Decimal(21_862_772),
      volatility: 0.8,
      rate: 0.05,
    },
    termRows.length > 0 ? Terms.fromPairs(termRows) : Terms.defaults,
  );
  return [[...SIMULATION_HEADINGS], ...simulationRows(summary)];
}

describe(`bundle: NEOT.CONVSIM (${REALM} realm)`, () => {
  it("spills a header row and labelled rows: four estimates, then the probabilities", () => {
    const outcome = call("CONVSIM", ...ARGS, null);
    assert.ok("value" in outcome, JSON.stringify(outcome));
    const table = outcome.value as unknown[][];
    assert.deepEqual(table[0], ["Item", "Mean", "Standard error", "P5", "P50", "P95"]);
    assert.deepEqual(
      table.slice(1).map((row) => row[0]),
      [
        "Conversion Price (USD per share)",
        "Shares issued",
        "Shares issued ÷ outstanding",
        "As-converted value (USD, discounted)",
        "P(shares reach the Nasdaq approval threshold)",
        "P(reset price below the Initial Conversion Price)",
        "P(bid on the conversion date below the minimum bid)",
      ],
    );
    for (const row of table) assert.equal(row.length, 6);
  });

  it("gives exactly the engine's numbers in Node, with and without terms (same seed, same runtime-free arithmetic)", () => {
    assert.deepEqual(call("CONVSIM", ...ARGS, null), { value: engineTable(CONVERSION, []) });
    const rows: [string, unknown][] = [
      ["MC_PATHS", 2000],
      ["MC_SEED", 42],
      ["FLOOR_PRICE", 3.5],
      ["DIVIDEND_YIELD", 0.02],
    ];
    const five = S("2006-05-01");
    assert.deepEqual(call("CONVSIM", ...ARGS.slice(0, 4), five, ...ARGS.slice(5), rows), {
      value: engineTable(five, rows),
    });
  });

  it("gives the same spill on a recalculation with unchanged arguments", () => {
    const first = call("CONVSIM", ...ARGS, null);
    const again = call(
      "CONVSIM",
      dates.map((r) => r.slice()),
      prices.map((r) => r.slice()),
      ...ARGS.slice(2),
      null,
    );
    assert.deepEqual(again, first);
  });

  it("agrees with NEOT.CONVPRICE on a nearly certain path (volatility 1e-6, rate 0: future bids ≈ the spot)", () => {
    // Conversion 2001-06-20: the reset window's days to 06-01 are history, the 13 after it ≈ 5.00.
    const conversion = S("2001-06-20");
    const issue = S("2001-02-01");
    const flatDates = dates.slice();
    const flatBids = prices.slice();
    for (let d = day("2001-06-04"); d <= day("2001-06-19"); d++) {
      if (!isTradingDay(d)) continue;
      flatDates.push([excelSerialFromDay(d)]);
      flatBids.push([prices[prices.length - 1][0]]);
    }
    const expected = call("CONVPRICE", flatDates, flatBids, issue, conversion, null);
    const sim = call("CONVSIM", dates, prices, issue, VALUATION, conversion, 5_000_000, 21_862_772, 1e-6, 0, null);
    assert.ok("value" in expected && "value" in sim);
    const mean = (sim.value as number[][])[1][1];
    assert.ok(Math.abs(mean / (expected.value as number) - 1) < 1e-5, `${mean} vs ${expected.value}`);
  });

  const errors: [string, unknown[], string, RegExp][] = [
    ["volatility 0", [...ARGS.slice(0, 7), 0, 0.05], "#VALUE!", /volatility must be above 0/],
    ["volatility 11", [...ARGS.slice(0, 7), 11, 0.05], "#VALUE!", /volatility .* got 11/],
    ["rate 150%", [...ARGS.slice(0, 8), 1.5], "#VALUE!", /rate .* got 1.5/],
    ["rate -10%", [...ARGS.slice(0, 8), -0.1], "#VALUE!", /rate .* got -0.1/],
    ["blank volatility", [...ARGS.slice(0, 7), null, 0.05], "#VALUE!", /volatility is required/],
    [
      "conversion before valuation",
      [...ARGS.slice(0, 4), S("2001-05-15"), ...ARGS.slice(5)],
      "#VALUE!",
      /must be after the valuation date/,
    ],
    [
      "valuation with no bid",
      [...ARGS.slice(0, 3), S("2001-06-05"), ...ARGS.slice(4)],
      "#N/A",
      /no closing bid for 2001-06-05/,
    ],
    [
      "issue window before the history",
      [ARGS[0], ARGS[1], S("2001-01-03"), ...ARGS.slice(3)],
      "#N/A",
      /no closing bid for 2000-12-/,
    ],
  ];
  for (const [label, args, code, pattern] of errors) {
    it(`gives ${code} with a message for ${label}`, () => {
      const outcome = call("CONVSIM", ...args, null);
      assert.ok("error" in outcome, JSON.stringify(outcome).slice(0, 200));
      assert.equal(outcome.error.code, code);
      assert.match(outcome.error.message, pattern);
    });
  }

  it("gives #VALUE! naming MC_PATHS outside 1,000..1,000,000", () => {
    for (const paths of [999, 1_000_002]) {
      const outcome = call("CONVSIM", ...ARGS, [["MC_PATHS", paths]]);
      assert.ok("error" in outcome);
      assert.equal(outcome.error.code, "#VALUE!");
      assert.match(outcome.error.message, new RegExp(`MC_PATHS .* got ${paths}`));
    }
  });
});
