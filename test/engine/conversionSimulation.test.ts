import assert from "node:assert/strict";
import { Decimal } from "../../src/engine/decimal";
import { PriceSeries } from "../../src/engine/series/priceSeries";
import { conversionPriceAsNumber, initialConversionPriceAsNumber } from "../../src/engine/debentures/conversionPrice";
import { shareCount } from "../../src/engine/shareCount";
import { Terms } from "../../src/engine/terms/terms";
import { Day, isoDate } from "../../src/engine/time/civilDate";
import { isTradingDay } from "../../src/engine/time/nasdaqCalendar";
import {
  ConversionSimulationInputs,
  PathOutcome,
  measurePath,
  pairMeanAndError,
  percentileInc,
  planConversionSimulation,
  simulateConversion,
  simulationRows,
} from "../../src/engine/valuation/conversionSimulation";
import { GbmPathGenerator } from "../../src/engine/valuation/gbmPath";
import { normalCdf } from "../helpers/normal";
import { day, throwsTerms } from "../helpers/prices";

// NEOT.CONVSIM's engine (issue 16, item 7): the model of README "The conversion simulation",
// checked against closed forms, against CONVPRICE on fixed paths, and for bad input.

/** Closing bids on every trading day from 2001-01-02 through `last`: 5.00 … 5.60 in a repeating pattern. */
function history(last: string): { days: Day[]; bids: number[]; series: PriceSeries } {
  const days: Day[] = [];
  const bids: number[] = [];
  for (let d = day("2001-01-02"); d <= day(last); d++) {
    if (!isTradingDay(d)) continue;
    days.push(d);
    bids.push(5 + ((days.length * 3) % 7) / 10);
  }
  return { days, bids, series: PriceSeries.fromColumns(days, bids) };
}

const H = history("2001-06-01");
/**
 * The bid on the valuation date 2001-06-01, the 105th trading day of 2001 (January 21,
 * February 19, March 22, April 20, May 22, June 1): 5 + (315 mod 7)/10 = 5.00.
 */
const SPOT = 5;

function inputs(over: Partial<ConversionSimulationInputs> = {}): ConversionSimulationInputs {
  return {
    series: H.series,
    issueDate: day("2001-05-01"),
    valuationDate: day("2001-06-01"),
    conversionDate: day("2001-07-27"),
    principal: new Decimal(5_000_000),
    outstanding: new Decimal(21_862_772),
    volatility: 0.8,
    rate: 0.05,
    ...over,
  };
}

const terms = (pairs: [string, unknown][]) => Terms.fromPairs(pairs);

/** Within `k` standard errors, with the numbers in the message. */
function within(actual: number, expected: number, se: number, k = 3): void {
  assert.ok(se > 0, "a standard error of 0 proves nothing");
  assert.ok(Math.abs(actual - expected) <= k * se, `${actual} vs ${expected}: ${Math.abs(actual - expected) / se} SE`);
}

describe("conversion simulation: the model against closed forms", () => {
  it("uses the history's bid on the valuation date and n trading days to the conversion date", () => {
    assert.equal(H.series.bidOn(day("2001-06-01")).toNumber(), SPOT);
    // After Fri 2001-06-01 through Fri 2001-07-27: June 4–29 (20 days), July 2, 3, 5, 6
    // (Independence Day closed), 9–13, 16–20, 23–27 (19 days): n = 39.
    assert.equal(planConversionSimulation(inputs()).horizon, 39);
  });

  it("with the reset not yet in force, the as-converted mean is principal/ICP × S·e^(−qT), within 3 SE for 5 seeds", () => {
    // Conversion 2001-07-27 is before issue + 90 days (2001-07-30): the price is the ICP from
    // the history, shares = principal / ICP (SHARE_ROUNDING NONE), and E[e^(−rT) S_T] = S e^(−qT).
    const icp = initialConversionPriceAsNumber(H.series, day("2001-05-01"));
    const T = 39 / 252;
    for (const q of [0, 0.03]) {
      const expected = (5_000_000 / icp) * SPOT * Math.exp(-q * T);
      for (let seed = 1; seed <= 5; seed++) {
        const s = simulateConversion(
          inputs(),
          terms([
            ["SHARE_ROUNDING", "NONE"],
            ["MC_SEED", seed],
            ["DIVIDEND_YIELD", q],
          ]),
        );
        assert.equal(s.conversionPrice.mean, icp);
        assert.equal(s.conversionPrice.standardError, 0);
        within(s.asConvertedValue.mean, expected, s.asConvertedValue.standardError);
      }
    }
  });

  it("gives P(bid on the conversion date < K) = N(−d2) within 3 SE, at three strikes", () => {
    // d2 = (ln(S/K) + (r − q − σ²/2) T) / (σ √T), T = 39/252; K is the term NASDAQ_MIN_BID.
    const T = 39 / 252;
    const sigma = 0.8;
    const r = 0.05;
    for (const K of [4, 5, 7]) {
      const d2 = (Math.log(SPOT / K) + (r - (sigma * sigma) / 2) * T) / (sigma * Math.sqrt(T));
      const s = simulateConversion(inputs(), terms([["NASDAQ_MIN_BID", K]]));
      within(s.bidBelowMinimum.probability, normalCdf(-d2), s.bidBelowMinimum.standardError);
    }
  });

  it("lies within 3 SE of the lognormal mean of the discounted conversion bid over a 5-year horizon too", () => {
    // Reset off by CONV_RESET_PCT 1000% (the reset leg never wins); conversion 2006-05-01 is
    // n trading days out; E[value] = principal/ICP × S e^(−qT) with T = n/252, q = 0.
    const long = inputs({ conversionDate: day("2006-05-01") });
    const t = terms([
      ["SHARE_ROUNDING", "NONE"],
      ["CONV_RESET_PCT", 10],
    ]);
    const plan = planConversionSimulation(long, t);
    assert.ok(plan.horizon > 1_200, `horizon ${plan.horizon}`);
    const icp = initialConversionPriceAsNumber(H.series, day("2001-05-01"));
    const s = simulateConversion(long, t);
    within(s.asConvertedValue.mean, (5_000_000 / icp) * SPOT, s.asConvertedValue.standardError);
  });

  it("gives the same numbers on a rerun with the same seed, and other numbers with another seed", () => {
    const a = simulateConversion(inputs({ conversionDate: day("2001-12-03") }));
    const b = simulateConversion(inputs({ conversionDate: day("2001-12-03") }));
    assert.deepEqual(a, b);
    const c = simulateConversion(inputs({ conversionDate: day("2001-12-03") }), terms([["MC_SEED", 2]]));
    assert.notEqual(c.conversionPrice.mean, a.conversionPrice.mean);
  });

  it("keeps one bid per needed day on a path, whatever the horizon (252 or 1,260 trading days)", () => {
    // Reset window 30 days + the conversion day = 31 simulated days; the initial window is history.
    for (const conversion of ["2002-06-03", "2006-05-30"]) {
      const plan = planConversionSimulation(inputs({ conversionDate: day(conversion) }));
      assert.equal(plan.generator.dimension, 31, conversion);
    }
  });
});

describe("conversion simulation: the Conversion Price on a path is CONVPRICE's", () => {
  /** A deterministic path: bids in steps of $0.25 (ties on purpose) between 2.00 and 7.75. */
  function pathBids(count: number, salt: number): Float64Array {
    const bids = new Float64Array(count);
    for (let i = 0; i < count; i++) bids[i] = 2 + (((i + 1) * (salt * 7 + 3)) % 24) * 0.25;
    return bids;
  }

  const cases: { label: string; issue: string; conversion: string }[] = [
    { label: "reset window partly history, partly simulated", issue: "2001-02-01", conversion: "2001-06-20" },
    {
      label: "reset window wholly simulated, across the September 2001 closures",
      issue: "2001-05-01",
      conversion: "2001-10-01",
    },
    {
      label: "issue after valuation: the initial window partly simulated",
      issue: "2001-06-05",
      conversion: "2001-09-28",
    },
    { label: "issue after valuation, before the reset", issue: "2001-06-12", conversion: "2001-08-01" },
  ];
  for (const c of cases) {
    it(`${c.label} (issue ${c.issue}, conversion ${c.conversion})`, () => {
      const plan = planConversionSimulation(inputs({ issueDate: day(c.issue), conversionDate: day(c.conversion) }));
      const out: PathOutcome = { initialPrice: 0, resetPrice: 0, conversionPrice: 0, shares: 0, conversionBid: 0 };
      for (let salt = 0; salt < 5; salt++) {
        const bids = pathBids(plan.simulatedDays.length, salt);
        // The path written as a price series: the history, then the simulated days' bids.
        const days = H.days.concat(plan.simulatedDays);
        const series = PriceSeries.fromColumns(days, H.bids.concat(Array.from(bids)));
        const expected = conversionPriceAsNumber(series, day(c.issue), day(c.conversion));
        measurePath(plan, bids, out);
        // Doubles: the sum of the lowest bids and the product by 101% may differ from the
        // exact price in the last bits.
        assert.ok(
          Math.abs(out.conversionPrice / expected - 1) < 1e-14,
          `salt ${salt}: ${out.conversionPrice} vs CONVPRICE ${expected}`,
        );
        assert.equal(out.shares, Math.floor(5_000_000 / out.conversionPrice)); // SHARE_ROUNDING DOWN
        const last = plan.simulatedDays.indexOf(plan.conversionDay);
        assert.equal(out.conversionBid, bids[last]);
      }
    });
  }

  it("rounds the shares on a path as shareCount does, for each SHARE_ROUNDING", () => {
    for (const mode of ["DOWN", "UP", "NONE"]) {
      const t = terms([["SHARE_ROUNDING", mode]]);
      const plan = planConversionSimulation(inputs({ conversionDate: day("2001-10-01") }), t);
      const out: PathOutcome = { initialPrice: 0, resetPrice: 0, conversionPrice: 0, shares: 0, conversionBid: 0 };
      for (let salt = 0; salt < 5; salt++) {
        measurePath(plan, pathBids(plan.simulatedDays.length, salt), out);
        const exact = shareCount(new Decimal(5_000_000), new Decimal(out.conversionPrice), t).toNumber();
        assert.ok(Math.abs(out.shares / exact - 1) < 1e-15, `${mode}: ${out.shares} vs shareCount ${exact}`);
        if (mode !== "NONE") assert.ok(Number.isInteger(out.shares));
      }
    }
  });

  it("reads window days on or before the valuation date from the history (volatility 1e-6: the future ≈ spot)", () => {
    // Valuation 2001-06-01, conversion 2001-06-20: the reset window's 30 days run from
    // 2001-05-08; those through 06-01 are the history, the 12 after it ≈ the spot 5.00.
    const i = inputs({ issueDate: day("2001-02-01"), conversionDate: day("2001-06-20"), volatility: 1e-6, rate: 0 });
    const plan = planConversionSimulation(i);
    const days = H.days.concat(plan.simulatedDays);
    const flat = PriceSeries.fromColumns(days, H.bids.concat(plan.simulatedDays.map(() => SPOT)));
    const expected = conversionPriceAsNumber(flat, day("2001-02-01"), day("2001-06-20"));
    const s = simulateConversion(i);
    for (const v of [s.conversionPrice.mean, s.conversionPrice.p5, s.conversionPrice.p95])
      assert.ok(Math.abs(v / expected - 1) < 1e-5, `${v} vs ${expected}`);
  });

  it("simulates the issue-date window when the issue date is after the valuation date (ICP ≈ 120% × spot)", () => {
    const s = simulateConversion(
      inputs({ issueDate: day("2001-07-02"), conversionDate: day("2001-07-20"), volatility: 1e-6, rate: 0 }),
    );
    assert.ok(Math.abs(s.conversionPrice.mean / (1.2 * SPOT) - 1) < 1e-5, `${s.conversionPrice.mean}`);
  });
});

describe("conversion simulation: statistics", () => {
  it("takes percentiles as PERCENTILE.INC: linear interpolation at (n − 1) p", () => {
    // Excel's own example: PERCENTILE.INC({1, 2, 3, 4}, 0.3) = 1.9 (rank 0.9: 1 + 0.9 × (2 − 1)).
    const sorted = new Float64Array([1, 2, 3, 4]);
    assert.ok(Math.abs(percentileInc(sorted, 0.3) - 1.9) < 1e-15);
    assert.equal(percentileInc(sorted, 0), 1);
    assert.equal(percentileInc(sorted, 1), 4);
    assert.equal(percentileInc(sorted, 0.5), 2.5);
  });

  it("computes the standard error over the antithetic pair means", () => {
    // Pairs (1, 3), (2, 6), (0, 0): means 2, 4, 0; their mean 2; sample variance
    // ((0)² + (2)² + (−2)²) / 2 = 4; SE = √(4 / 3) = 1.1547…
    const { mean, standardError } = pairMeanAndError(new Float64Array([1, 3, 2, 6, 0, 0]));
    assert.equal(mean, 2);
    assert.ok(Math.abs(standardError - Math.sqrt(4 / 3)) < 1e-15);
  });

  it("lays out the spill's rows, with the Floor Price row only when FLOOR_PRICE is given", () => {
    const without = simulationRows(simulateConversion(inputs({ conversionDate: day("2001-12-03") })));
    const withFloor = simulationRows(
      simulateConversion(inputs({ conversionDate: day("2001-12-03") }), terms([["FLOOR_PRICE", 3]])),
    );
    assert.equal(without.length, 7);
    assert.equal(withFloor.length, 8);
    assert.match(String(withFloor[6][0]), /Floor Price/);
    for (const row of withFloor) assert.equal(row.length, 6);
  });

  it("moves the 20% threshold, the minimum bid and the Floor Price probabilities the right way", () => {
    const base = simulateConversion(inputs({ conversionDate: day("2001-12-03") }), terms([["FLOOR_PRICE", 3]]));
    const higher = simulateConversion(inputs({ conversionDate: day("2001-12-03") }), terms([["FLOOR_PRICE", 4]]));
    assert.ok(higher.belowFloor!.probability > base.belowFloor!.probability);
    const fewer = simulateConversion(
      inputs({ conversionDate: day("2001-12-03"), outstanding: new Decimal(5_000_000) }),
    );
    assert.ok(fewer.approvalThreshold.probability > base.approvalThreshold.probability);
    assert.ok(base.resetBelowInitial.probability > 0 && base.resetBelowInitial.probability < 1);
  });
});

describe("conversion simulation: bad input", () => {
  const bad: [string, () => unknown, string, RegExp][] = [
    ["volatility 0", () => simulateConversion(inputs({ volatility: 0 })), "invalid", /volatility .* got 0/],
    ["volatility below 0", () => simulateConversion(inputs({ volatility: -0.3 })), "invalid", /volatility .* got -0.3/],
    [
      "volatility above 10",
      () => simulateConversion(inputs({ volatility: 10.5 })),
      "invalid",
      /volatility .* got 10.5/,
    ],
    ["rate below −5%", () => simulateConversion(inputs({ rate: -0.06 })), "invalid", /rate .* got -0.06/],
    ["rate above 100%", () => simulateConversion(inputs({ rate: 1.01 })), "invalid", /rate .* got 1.01/],
    [
      "MC_PATHS below 1,000",
      () => simulateConversion(inputs(), terms([["MC_PATHS", 998]])),
      "invalid",
      /MC_PATHS .* got 998/,
    ],
    [
      "MC_PATHS above 1,000,000",
      () => simulateConversion(inputs(), terms([["MC_PATHS", 1_000_002]])),
      "invalid",
      /MC_PATHS .* got 1000002/,
    ],
    ["MC_PATHS odd", () => simulateConversion(inputs(), terms([["MC_PATHS", 1001]])), "invalid", /even .* got 1001/],
    [
      "conversion on the valuation date",
      () => simulateConversion(inputs({ conversionDate: day("2001-06-01") })),
      "invalid",
      /conversion date 2001-06-01 must be after the valuation date 2001-06-01/,
    ],
    [
      "conversion before the issue date",
      () => simulateConversion(inputs({ issueDate: day("2001-08-01"), conversionDate: day("2001-07-02") })),
      "invalid",
      /conversion date 2001-07-02 is before the issue date 2001-08-01/,
    ],
    [
      "no trading day to simulate (valuation Friday, conversion Saturday)",
      () => simulateConversion(inputs({ conversionDate: day("2001-06-02") })),
      "invalid",
      /nothing to simulate/,
    ],
    [
      "history missing from the initial window",
      () => simulateConversion(inputs({ series: PriceSeries.fromColumns(H.days.slice(80), H.bids.slice(80)) })),
      "missing",
      /no closing bid for 2001-04-24/,
    ],
    [
      "no bid on the valuation date",
      () => simulateConversion(inputs({ valuationDate: day("2001-06-08") })),
      "missing",
      /no closing bid for 2001-06-08/,
    ],
    [
      "principal of 0",
      () => simulateConversion(inputs({ principal: new Decimal(0) })),
      "invalid",
      /principal must be greater than zero, got 0/,
    ],
    [
      "fractional outstanding shares",
      () => simulateConversion(inputs({ outstanding: new Decimal(10.5) })),
      "invalid",
      /outstanding shares must be a whole number, got 10.5/,
    ],
  ];
  for (const [label, run, code, pattern] of bad) {
    it(`refuses ${label}, naming it`, () => throwsTerms(run, code, pattern));
  }

  it("refuses a dividend yield above 100% where the terms are read", () => {
    throwsTerms(() => terms([["DIVIDEND_YIELD", 1.5]]), "invalid", /DIVIDEND_YIELD/);
  });

  it("reports simulated bids that leave the range of doubles, never a NaN", () => {
    // σ = 10 over 2001-06 to 2100: −σ²T/2 ≈ −4,950 in the log: the bids underflow to 0.
    throwsTerms(
      () =>
        simulateConversion(inputs({ volatility: 10, conversionDate: day("2100-06-01") }), terms([["MC_PATHS", 1000]])),
      "range",
      /leave the range of numbers/,
    );
  });
});

describe("GBM path generator", () => {
  it("jumps k trading days with drift (r − q − σ²/2) k/252 and spread σ √(k/252), antithetic twin with −Z", () => {
    // S = 5, r = 0.05, q = 0.01, σ = 0.4; jumps of 10 then 242 days (offsets 10, 252), Z = 1, −0.5.
    const g = new GbmPathGenerator({ spot: 5, rate: 0.05, dividendYield: 0.01, volatility: 0.4 }, [10, 252]);
    const up = new Float64Array(2);
    const down = new Float64Array(2);
    g.pair(new Float64Array([1, -0.5]), up, down);
    const mu = 0.05 - 0.01 - 0.08; // r − q − σ²/2 = −0.04
    const log1 = mu * (10 / 252) + 0.4 * Math.sqrt(10 / 252) * 1;
    const log2 = log1 + mu * (242 / 252) + 0.4 * Math.sqrt(242 / 252) * -0.5;
    const twin1 = mu * (10 / 252) - 0.4 * Math.sqrt(10 / 252);
    const twin2 = twin1 + mu * (242 / 252) + 0.4 * Math.sqrt(242 / 252) * 0.5;
    for (const [actual, expected] of [
      [up[0], 5 * Math.exp(log1)],
      [up[1], 5 * Math.exp(log2)],
      [down[0], 5 * Math.exp(twin1)],
      [down[1], 5 * Math.exp(twin2)],
    ])
      assert.ok(Math.abs(actual / expected - 1) < 1e-14, `${actual} vs ${expected}`);
  });

  it("names the days it simulates, oldest first, after the valuation day only", () => {
    const plan = planConversionSimulation(inputs({ issueDate: day("2001-02-01"), conversionDate: day("2001-06-20") }));
    assert.deepEqual(
      plan.simulatedDays.map(isoDate),
      ["04", "05", "06", "07", "08", "11", "12", "13", "14", "15", "18", "19", "20"].map((d) => `2001-06-${d}`),
    );
  });
});
