import assert from "node:assert/strict";
import { Decimal, average } from "../../src/engine/decimal";
import { PriceSeries } from "../../src/engine/series/priceSeries";
import { scaledFromDecimal, scaledFromNumber, scaledFromText } from "../../src/engine/series/scaledDecimal";
import {
  averageBidBefore,
  closingBidsBefore,
  lowestPositions,
  pctOfAverageAsNumber,
} from "../../src/engine/series/windows";
import {
  conversionPrice,
  conversionPriceAsNumber,
  initialConversionPrice,
  initialConversionPriceAsNumber,
} from "../../src/engine/debentures/conversionPrice";
import { Terms } from "../../src/engine/terms/terms";
import {
  conversionPriceSeries,
  conversionPriceSeriesAsNumbers,
} from "../../src/engine/debentures/conversionPriceSeries";
import { SaleRow, volumeWeightedAverage } from "../../src/engine/series/vwap";
import { Day, dayFromParts } from "../../src/engine/time/civilDate";
import { isTradingDay, tradingDaysBefore } from "../../src/engine/time/nasdaqCalendar";

// The windows are computed in safe integers where the bids allow it and with Decimals
// otherwise; both must give the same results to the last bit. These tests compare the two
// paths on randomized series (a fixed seed, so a failure repeats) and check that the
// integer path is the one taken for ordinary bids.

/** A deterministic generator (mulberry32). */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    let t = (state = (state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A bid with `places` decimals around `level`; now and then one no safe integer can hold. */
function randomBid(next: () => number, level: number, places: number): number {
  const odd = next();
  if (odd < 0.01) return 1e-7 * (1 + Math.floor(next() * 9)); // printed as 1e-7 …: no plain decimal
  if (odd < 0.02) return 123456789.12345679 + Math.floor(next() * 100); // 17 significant digits
  const bid = Math.round(level * (0.5 + next()) * 10 ** places) / 10 ** places;
  return bid > 0 ? bid : 1 / 10 ** places;
}

/** `count` trading days from 2000-01-03 with random bids of random precision and level. */
function randomSeries(next: () => number, count: number): { series: PriceSeries; days: Day[] } {
  const level = [0.05, 1, 5, 37.5, 900, 250_000][Math.floor(next() * 6)];
  const places = Math.floor(next() * 7); // 0 … 6 decimals
  const days: Day[] = [];
  const bids: number[] = [];
  for (let d = dayFromParts(2000, 1, 3); days.length < count; d++) {
    if (!isTradingDay(d)) continue;
    days.push(d);
    bids.push(randomBid(next, level, places));
  }
  return { series: PriceSeries.fromColumns(days, bids), days };
}

const PCTS = ["1.2", "1.01", "1.25", "0.95", "1.2345", "1", "3.141592653589793"];

describe("exact windows in safe integers", () => {
  it("reads a bid's decimal as Decimal does, or declines", () => {
    assert.deepEqual(scaledFromText(String(5.1)), { units: 51, places: 1 });
    assert.deepEqual(scaledFromText(String(0.0625)), { units: 625, places: 4 });
    assert.deepEqual(scaledFromText(String(1234)), { units: 1234, places: 0 });
    assert.equal(scaledFromText(String(1e-7)), undefined); // "1e-7"
    assert.equal(scaledFromText(String(1e21)), undefined); // "1e+21"
    assert.equal(scaledFromText(String(0.1 + 0.2)), undefined); // 0.30000000000000004: 17 digits
    assert.equal(scaledFromText("-5"), undefined);
    assert.deepEqual(scaledFromDecimal(new Decimal("1.01")), { units: 101, places: 2 });
    assert.equal(scaledFromDecimal(new Decimal(0)), undefined);
  });

  it("finds by arithmetic the decimal Number's toString prints, on 200,000 random numbers", () => {
    const next = random(42);
    for (let run = 0; run < 200_000; run++) {
      const places = Math.floor(next() * 12);
      const digits = Math.floor(next() * 17);
      // Decimals with up to 16 digits and 11 places, and now and then an arbitrary double.
      const x = next() < 0.1 ? next() * 10 ** (digits - 6) : Math.floor(next() * 10 ** digits) / 10 ** places;
      if (x === 0) continue; // bids are positive
      const text = scaledFromText(String(x));
      const number = scaledFromNumber(x);
      if (text !== undefined) assert.deepEqual(number, text, `${x}`);
      else if (number !== undefined) {
        // Units past 15 digits: the arithmetic form must still spell the same decimal.
        assert.equal(new Decimal(`${number.units}e-${number.places}`).toString(), new Decimal(x).toString(), `${x}`);
      }
    }
    assert.deepEqual(scaledFromNumber(1.005), { units: 1005, places: 3 }); // 1.005 × 100 = 100.49999999999999
  });

  it("gives the Decimal path's number for 120% of a 5-day average: 5.00, 5.10, 4.90, 5.20, 4.80 → 6", () => {
    // 500 + 510 + 490 + 520 + 480 = 2,500 hundredths; × 12 / (5 × 10 × 100) = 30,000 / 5,000 = 6
    const days = tradingDaysBefore(dayFromParts(2001, 4, 17), 5);
    const series = PriceSeries.fromColumns(days, [5, 5.1, 4.9, 5.2, 4.8]);
    assert.equal(pctOfAverageAsNumber(series, days, new Decimal("1.2")), 6);
  });

  it("picks the same lowest positions as a stable sort, ties to the earlier position", () => {
    const next = random(7);
    for (let run = 0; run < 2_000; run++) {
      const values = Array.from({ length: Math.floor(next() * 40) }, () => Math.floor(next() * 8));
      const k = Math.floor(next() * 45);
      const sorted = values
        .map((_, i) => i)
        .sort((a, b) => values[a] - values[b] || a - b)
        .slice(0, k);
      assert.deepEqual(lowestPositions(values, k), sorted, `values ${values}, k ${k}`);
    }
  });

  it("gives CONVPRICESERIES the same rows as the Decimal series on 200 randomized series, ties included", () => {
    const next = random(20010601);
    for (let run = 0; run < 200; run++) {
      const { series: random, days } = randomSeries(next, 300);
      // One run in four is flat: every bid the same, so with equal percentages the reset
      // price equals the initial one exactly, and "reset applied" must still be FALSE.
      const flat = run % 4 === 0;
      const series = flat
        ? PriceSeries.fromColumns(
            days,
            days.map(() => 5.1),
          )
        : random;
      const pct = PCTS[Math.floor(next() * PCTS.length)];
      const terms = Terms.fromPairs([
        ["CONV_INITIAL_PCT", Number(pct)],
        ["CONV_RESET_PCT", Number(flat ? pct : PCTS[Math.floor(next() * PCTS.length)])],
        ["CONV_RESET_DELAY_DAYS", 1 + Math.floor(next() * 120)],
      ]);
      const issue = days[40 + Math.floor(next() * 60)]; // both windows inside the data
      const end = days[200 + Math.floor(next() * 99)];
      const expected = conversionPriceSeries(series, issue, end, terms).map((r) => ({
        date: r.date,
        bid: r.bid === undefined ? undefined : r.bid.toNumber(),
        price: r.price.toNumber(),
        resetApplied: r.resetApplied,
      }));
      assert.deepEqual(conversionPriceSeriesAsNumbers(series, issue, end, terms), expected, `run ${run}`);
      if (flat)
        assert.ok(
          expected.every((r) => !r.resetApplied),
          `run ${run}: a tie is no reset`,
        );
    }
  });

  it("gives the same prices to the last bit as Decimals on 3,000 randomized series, mostly without them", () => {
    const next = random(20010417);
    let fast = 0;
    for (let run = 0; run < 3_000; run++) {
      const { series, days } = randomSeries(next, 400);
      // The lowest bids are taken from the reset window, so LOWEST <= WINDOW (term rules).
      const resetWindow = 1 + Math.floor(next() * 60);
      const terms = Terms.fromPairs([
        ["CONV_INITIAL_WINDOW", 1 + Math.floor(next() * 40)],
        ["CONV_INITIAL_PCT", Number(PCTS[Math.floor(next() * PCTS.length)])],
        ["CONV_RESET_WINDOW", resetWindow],
        ["CONV_RESET_LOWEST", 1 + Math.floor(next() * resetWindow)],
        ["CONV_RESET_PCT", Number(PCTS[Math.floor(next() * PCTS.length)])],
      ]);
      const issue = days[100 + Math.floor(next() * 50)];
      const conversion = days[160 + Math.floor(next() * 240)];
      const expected = conversionPrice(series, issue, conversion, terms).toNumber();
      assert.ok(Object.is(conversionPriceAsNumber(series, issue, conversion, terms), expected), `run ${run}`);
      const initial = initialConversionPrice(series, issue, terms).toNumber();
      assert.ok(Object.is(initialConversionPriceAsNumber(series, issue, terms), initial), `run ${run}`);
      const window = tradingDaysBefore(issue, terms.whole("CONV_INITIAL_WINDOW"));
      if (pctOfAverageAsNumber(series, window, terms.decimal("CONV_INITIAL_PCT")) !== undefined) fast++;
      const n = 1 + Math.floor(next() * 40);
      const decimals = average(closingBidsBefore(series, conversion, n).bids);
      assert.equal(averageBidBefore(series, conversion, n).toString(), decimals.toString(), `run ${run}`);
    }
    // About 1 bid in 50 has no scaled form, so some windows take the Decimal path; most do not.
    assert.ok(fast > 1_500 && fast < 3_000, `integer path taken ${fast} times of 3,000`);
  });

  it("gives the same VWAP, volume and value as Decimal sums on 2,000 randomized sale lists", () => {
    const next = random(2001);
    for (let run = 0; run < 2_000; run++) {
      const places = Math.floor(next() * 6);
      const rows: SaleRow[] = Array.from({ length: 1 + Math.floor(next() * 60) }, () => {
        if (next() < 0.1) return { price: next() < 0.5 ? null : 0, volume: next() < 0.5 ? null : 0 };
        const odd = next();
        const volume = odd < 0.02 ? 12345678901234568 : odd < 0.04 ? 0.1 + 0.2 : 1 + Math.floor(next() * 100_000);
        return { price: randomBid(next, 5, places), volume };
      });
      if (rows.every((r) => r.price === null || r.price === 0)) continue;
      // Σ volume and Σ price × volume with Decimals, then their quotient: the rule of the seed.
      let volume = new Decimal(0);
      let value = new Decimal(0);
      for (const { price, volume: v } of rows) {
        if (price === null || price === 0) continue;
        volume = volume.plus(new Decimal(v!));
        value = value.plus(new Decimal(v!).times(price));
      }
      const vwap = volumeWeightedAverage(rows);
      assert.equal(vwap.volume.toString(), volume.toString(), `run ${run}`);
      assert.equal(vwap.value.toString(), value.toString(), `run ${run}`);
      assert.equal(vwap.price.toString(), value.dividedBy(volume).toString(), `run ${run}`);
    }
  });

  it("names the missing day on either path", () => {
    const days = tradingDaysBefore(dayFromParts(2001, 4, 17), 5);
    const series = PriceSeries.fromColumns(days.slice(1), [5.1, 4.9, 5.2, 4.8]);
    assert.throws(
      () => initialConversionPriceAsNumber(series, dayFromParts(2001, 4, 17)),
      /no closing bid for 2001-04-09/,
    );
  });
});
