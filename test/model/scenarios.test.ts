import assert from "node:assert/strict";
import { excelSerialFromDay } from "../../src/engine/time/civilDate";
import { isTradingDay } from "../../src/engine/time/nasdaqCalendar";
import { modelName } from "../../src/model/modelLayout";
import { LEVEL_FRACTIONS, SEED_003_OUTSTANDING } from "../../src/model/scenarios";
import { parseTableAddress } from "../../src/workbook/a1";
import { DEAL_PRESETS, presetTermSheet } from "../../src/termsheet/presets";
import { day } from "../helpers/prices";
import { normalCdf } from "../helpers/normal";
import { ModelWorkbook, modelWorkbook } from "./modelWorkbook";

// Issue 16, item 8: the model's Scenarios and value blocks, evaluated by HyperFormula with the
// built NEOT.* functions, against figures worked out here from the agreements and from closed
// forms: seed 000, Exhibit A (120% / 101% of the ten lowest, 20% coverage at 125%, five
// years), seed 003 (Cantor's 10% at 130% of VWAP, five years), Black-Scholes-Merton.

/** Bids alternating 4.00 and 4.40 on the trading days of 2001: every daily log change is ±ln 1.1. */
function alternating() {
  const dates: number[] = [];
  const bids: number[] = [];
  for (let d = day("2001-01-02"); d <= day("2001-12-31"); d++) {
    if (!isTradingDay(d)) continue;
    bids.push(dates.length % 2 === 0 ? 4 : 4.4);
    dates.push(excelSerialFromDay(d));
  }
  return { dates, bids };
}
const S = (iso: string) => excelSerialFromDay(day(iso));
const P = alternating();
const bidOn = (iso: string) => P.bids[P.dates.indexOf(S(iso))];
/** The average of the `n` bids before `iso` (a window of trading days before the issue date). */
function averageBefore(iso: string, n: number): number {
  const i = P.dates.indexOf(S(iso));
  return P.bids.slice(i - n, i).reduce((a, b) => a + b, 0) / n;
}

function workbook(id: string): ModelWorkbook {
  const checked = presetTermSheet(DEAL_PRESETS.find((p) => p.id === id)!);
  assert.ok(checked.ok);
  return modelWorkbook(checked.value, P);
}

/** Black-Scholes-Merton call with no dividend, T in years of 365 days (written here, not the engine's). */
function call(s: number, k: number, t: number, sigma: number, r: number): number {
  const d1 = (Math.log(s / k) + (r + (sigma * sigma) / 2) * t) / (sigma * Math.sqrt(t));
  const d2 = d1 - sigma * Math.sqrt(t);
  return s * normalCdf(d1) - k * Math.exp(-r * t) * normalCdf(d2);
}

/** Close to `expected` within `tolerance` (absolute). */
function near(actual: unknown, expected: number, tolerance: number, what: string): void {
  assert.equal(typeof actual, "number", `${what}: ${JSON.stringify(actual)}`);
  assert.ok(Math.abs((actual as number) - expected) <= tolerance, `${what}: ${String(actual)} vs ${expected}`);
}

describe("The deal model's Scenarios and value (DEB_T1)", () => {
  const M = (k: string) => modelName("DEB_T1", k);
  const ISSUE = "2001-05-15";
  const AS_OF = "2001-10-15";
  const fill = (wb: ModelWorkbook) => {
    wb.set(M("ISSUE_DATE"), S(ISSUE));
    wb.set(M("AS_OF"), S(AS_OF));
    wb.set(M("CONVERSION_DATE"), S("2001-11-15"));
    wb.set(M("RATE"), 0.05);
  };
  // Seed 000, Exhibit A: 120% of the average of the five bids before issuance.
  const icp = 1.2 * averageBefore(ISSUE, 5);

  it("reads the market inputs: the As-of bid, and a 60-day HISTVOL of the bids unless typed over", () => {
    const wb = workbook("DEB_T1");
    assert.equal(wb.value(M("VOLATILITY")), "");
    assert.equal(wb.value(M("OUTSTANDING")), SEED_003_OUTSTANDING);
    fill(wb);
    assert.equal(wb.value(M("LAST_BID")), bidOn(AS_OF));
    // 60 changes, 30 of +ln 1.1 and 30 of −ln 1.1: mean 0, sample SD = ln 1.1 × √(60/59).
    near(wb.value(M("VOLATILITY")), Math.log(1.1) * Math.sqrt(60 / 59) * Math.sqrt(252), 1e-12, "volatility");
    wb.set(M("VOLATILITY"), 0.5);
    assert.equal(wb.value(M("VOLATILITY")), 0.5);
  });

  it("tabulates the dilution at 25% to 150% of the As-of bid: the lesser of the initial price and 101% of the level", () => {
    const wb = workbook("DEB_T1");
    fill(wb);
    const grid = wb.model.spills.find((s) => s.title.includes("DILUTIONGRID"))!;
    const rows = wb.spill(grid.address).slice(1);
    assert.equal(rows.length, LEVEL_FRACTIONS.length);
    const last = bidOn(AS_OF);
    const N = SEED_003_OUTSTANDING;
    LEVEL_FRACTIONS.forEach((f, i) => {
      const level = last * f;
      const price = Math.min(icp, 1.01 * level);
      const shares = Math.floor(10_000_000 / price);
      near(rows[i][0], level, 1e-12, `level ${f}`);
      near(rows[i][1], price, 1e-9, `price ${f}`);
      assert.equal(rows[i][2], shares, `shares at ${f}`);
      near(rows[i][3], shares / N, 1e-12, `of outstanding ${f}`);
      near(rows[i][4], shares / (N + shares), 1e-12, `of the enlarged ${f}`);
      assert.equal(rows[i][5], shares >= 0.2 * N, `approval ${f}`);
    });
    // At 25% of a $4.00 bid: $1.01 a share, 9,900,990 shares, 45% of the outstanding: approval needed.
    assert.equal(rows[0][2], 9_900_990);
    assert.equal(rows[0][5], true);
  });

  it("values the New Warrants by the dilution-adjusted Black-Scholes fixed point, times the warrant shares", () => {
    const wb = workbook("DEB_T1");
    fill(wb);
    const each = wb.value(M("NEW_WARRANT_VALUE_EACH")) as number;
    const m = Math.floor((0.2 * 10_000_000) / icp); // 20% of the shares issuable at the initial price
    const strike = 1.25 * averageBefore(ISSUE, 5);
    const t = (S("2006-05-15") - S(AS_OF)) / 365; // five years after issuance, by EDATE
    const sigma = wb.value(M("VOLATILITY")) as number;
    const N = SEED_003_OUTSTANDING;
    assert.equal(wb.value(M("WARRANT_SHARES")), m);
    // W = N/(N+M) × c(S + M·W/N), with c written here (its normal CDF is good to 1.2e-7).
    near(each, (N / (N + m)) * call(bidOn(AS_OF) + (m * each) / N, strike, t, sigma, 0.05), 1e-5, "fixed point");
    assert.ok(each < call(bidOn(AS_OF), strike, t, sigma, 0.05), "dilution lowers the value");
    assert.equal(wb.value(M("NEW_WARRANT_VALUE")), each * m);
  });

  it("adds up the cost: conversion gain, warrants and fees, as a share of the principal", () => {
    const wb = workbook("DEB_T1");
    fill(wb);
    wb.set(M("EVENT_DATE"), S("2001-07-02"));
    const asConverted = wb.value(M("AS_CONVERTED_VALUE")) as number;
    const sim = wb.model.spills.find((s) => s.title.includes("CONVSIM"))!;
    assert.equal(asConverted, wb.spill(sim.address)[4][1]); // the spill's mean as-converted value
    assert.equal(wb.value(M("CONVERSION_GAIN")), asConverted - 10_000_000);
    // Registration Delay Payments: Jul 2, Aug 2, Sep 2, Oct 2 → 4 × 2% × 10,000,000.
    assert.equal(wb.value(M("DELAY_PAYMENTS")), 800_000);
    const fees = (wb.value(M("COMMITMENT_PAYMENTS")) as number) + 800_000;
    assert.equal(wb.value(M("FEES")), fees);
    const given = asConverted - 10_000_000 + (wb.value(M("NEW_WARRANT_VALUE")) as number) + fees;
    near(wb.value(M("VALUE_GIVEN")), given, 1e-6, "value given");
    near(wb.value(M("COST_OF_PROCEEDS")), given / 10_000_000, 1e-12, "share of the principal");
  });

  it("waits, without an error, for the rate and for a Conversion date after the As-of date", () => {
    const wb = workbook("DEB_T1");
    fill(wb);
    const sim = wb.model.spills.find((s) => s.title.includes("CONVSIM"))!;
    wb.set(M("RATE"), null);
    for (const k of ["NEW_WARRANT_VALUE_EACH", "NEW_WARRANT_VALUE", "AS_CONVERTED_VALUE", "VALUE_GIVEN"])
      assert.equal(wb.value(M(k)), "", k);
    assert.match(String(wb.cell(sim.address)), /^Fill in the .*rate/);
    wb.set(M("RATE"), 0.05);
    wb.set(M("CONVERSION_DATE"), S("2001-09-04")); // history: the Results hold it
    assert.match(String(wb.cell(sim.address)), /Conversion date after it/);
    assert.equal(wb.value(M("AS_CONVERTED_VALUE")), "");
    assert.equal(typeof wb.value(M("CONV_SHARES")), "number");
  });
});

describe("The deal model's value of Cantor's warrants (CANTOR_SALES)", () => {
  it("dates them from the first placement and counts commission and warrants against the gross proceeds", () => {
    const wb = workbook("CANTOR_SALES");
    const M = (k: string) => modelName("CANTOR_SALES", k);
    const box = parseTableAddress(
      wb.model.names
        .find((n) => n.name === M("SALE_DATES"))!
        .refersTo.split("!")[1]
        .replace(/\$/g, ""),
    )!;
    wb.hf.setCellContents({ sheet: wb.hf.getSheetId(wb.model.sheet)!, row: box.top - 1, col: box.left - 1 }, [
      [S("2001-07-02"), 600_000, 7],
      [S("2001-06-14"), 1_000_000, 6.5],
    ]);
    wb.set(M("AS_OF"), S("2001-10-15"));
    wb.set(M("RATE"), 0.05);
    // 160,000 warrant shares (10% of 1,600,000) at 130% of the VWAP (6.6875), five years from June 14, 2001.
    const strike = 1.3 * ((600_000 * 7 + 1_000_000 * 6.5) / 1_600_000);
    const t = (S("2006-06-14") - S("2001-10-15")) / 365;
    const sigma = wb.value(M("VOLATILITY")) as number;
    const N = SEED_003_OUTSTANDING;
    const each = wb.value(M("WARRANT_VALUE_EACH")) as number;
    near(
      each,
      (N / (N + 160_000)) * call(bidOn("2001-10-15") + (160_000 * each) / N, strike, t, sigma, 0.05),
      1e-5,
      "fixed point",
    );
    assert.equal(wb.value(M("LAST_BID")), bidOn("2001-10-15"));
    assert.equal(wb.value(M("WARRANT_VALUE")), each * 160_000);
    // Commission on $10,700,000: 4% of the first $10 million and 3.5% of the rest = 400,000 + 24,500.
    const commission = 424_500;
    assert.equal(wb.value(M("TOTAL_COMMISSION")), commission);
    near(wb.value(M("COST_OF_PROCEEDS")), (commission + each * 160_000) / 10_700_000, 1e-12, "cost");
  });
});
