import assert from "node:assert/strict";
import { DetailedCellError } from "hyperformula";
import { Decimal } from "../../src/engine/decimal";
import { PriceSeries } from "../../src/engine/series/priceSeries";
import { volumeWeightedAverage } from "../../src/engine/series/vwap";
import { ceoCommission } from "../../src/engine/cantor/ceoCommission";
import { conversionPrice, initialConversionPrice } from "../../src/engine/debentures/conversionPrice";
import { maturityDate } from "../../src/engine/debentures/debentureDates";
import { accruedInterest } from "../../src/engine/debentures/interest";
import { newWarrantShares } from "../../src/engine/warrants/newWarrants";
import {
  deemedMarketValueDelayPayments,
  registrationDelayPayments,
} from "../../src/engine/registration/registrationDelay";
import { dayFromExcelSerial, excelSerialFromDay } from "../../src/engine/time/civilDate";
import { isTradingDay } from "../../src/engine/time/nasdaqCalendar";
import { planDealModel } from "../../src/model/planDealModel";
import { PRICE_TABLE_SOURCE } from "../../src/model/priceSource";
import { modelName } from "../../src/model/modelLayout";
import { parseTableAddress } from "../../src/workbook/a1";
import { isValidExcelName } from "../../src/workbook/excelName";
import { DEAL_PRESETS, presetTermSheet } from "../../src/termsheet/presets";
import { TermSheet, termValueName } from "../../src/termsheet/termSheet";
import { day } from "../helpers/prices";
import { call } from "../bundle/loadBundle";
import { neotCall } from "./directCall";
import { ModelWorkbook, modelWorkbook } from "./modelWorkbook";

// The deal model (issue 10): each preset's model sheet, written into HyperFormula (a formula
// engine written elsewhere) with the built NEOT.* functions, must evaluate to what the engine
// itself computes on the same inputs, follow its inputs and prices, and leave every spill room.

/** Closing bids on every trading day of 2001: 5.00 + a wobble, a deterministic series. */
function prices2001() {
  const dates: number[] = [];
  const bids: (number | null)[] = [];
  for (let d = day("2001-01-02"), k = 0; d <= day("2001-12-31"); d++) {
    if (!isTradingDay(d)) continue;
    dates.push(excelSerialFromDay(d));
    bids.push(Math.round((5 + Math.sin(k++ / 7) * 1.5 + (k % 5) * 0.03) * 100) / 100);
  }
  return { dates, bids };
}
const seriesOf = (p: { dates: number[]; bids: (number | null)[] }) =>
  PriceSeries.fromColumns(
    p.dates.map((d) => dayFromExcelSerial(d)),
    p.bids,
  );
const S = (iso: string) => excelSerialFromDay(day(iso));

function sheetOf(id: string): TermSheet {
  const checked = presetTermSheet(DEAL_PRESETS.find((p) => p.id === id)!);
  assert.ok(checked.ok);
  return checked.value;
}

/** Names a formula uses: dotted or _TERMS identifiers that are not function calls. */
function namesIn(formula: string): string[] {
  const text = formula.replace(/"[^"]*"/g, "");
  return [...text.matchAll(/\b([A-Z_][A-Z0-9_]*(?:\.[A-Z0-9_]+)+|[A-Z_][A-Z0-9_]*_TERMS)\b(?!\s*\()/gi)].map(
    (m) => m[1],
  );
}

describe("planDealModel: every preset", () => {
  for (const preset of DEAL_PRESETS) {
    describe(preset.id, () => {
      const sheet = sheetOf(preset.id);
      const model = planDealModel(sheet, PRICE_TABLE_SOURCE);

      it(`is the sheet ${preset.id}_MODEL with an as-of input and at least one live NEOT formula`, () => {
        assert.equal(model.sheet, `${preset.id}_MODEL`);
        assert.ok(model.names.some((n) => n.name === modelName(preset.id, "AS_OF")));
        assert.ok(model.cells.some((c) => c.role === "result" && /NEOT\./.test(String(c.value))));
      });

      it("uses only names that exist: the model's, the deal's terms sheet's and the price source's", () => {
        const defined = new Set([
          ...model.names.map((n) => n.name),
          ...sheet.terms.map((t) => termValueName(preset.id, t.name)),
          `${preset.id}_TERMS`,
        ]);
        const formulas = [...model.cells.map((c) => String(c.value)), ...model.spills.map((s) => s.formula)].filter(
          (f) => f.startsWith("="),
        );
        const missing = formulas.flatMap(namesIn).filter((n) => !defined.has(n));
        assert.deepEqual([...new Set(missing)], []);
        for (const used of model.uses) assert.ok(defined.has(used), used);
        assert.deepEqual(
          model.names.filter((n) => n.name.endsWith("PRICE_DATES")).map((n) => n.refersTo),
          ["=NEOT_Prices[Date]"],
        );
        assert.deepEqual(
          model.names.filter((n) => !isValidExcelName(n.name) || n.comment.length > 255).map((n) => n.name),
          [],
        );
      });

      it("gives every spill its columns from the anchor down, and the chart an empty block", () => {
        const seen = new Set<string>();
        for (const c of model.cells) {
          assert.ok(!seen.has(c.address), `two values for ${c.address}`);
          seen.add(c.address);
        }
        const owned = model.spills.map((s) => {
          const levels = model.charts.filter((c) => c.spill === s.address).flatMap((c) => c.levelColumns);
          return { s, first: s.column, last: s.column + s.columns - 1 + levels.length };
        });
        for (const { s, first, last } of owned) {
          const inTheWay = model.cells.filter((c) => c.row >= s.row && c.column >= first && c.column <= last);
          assert.deepEqual(
            inTheWay.map((c) => c.address),
            [],
            `cells under the spill ${s.address}`,
          );
          for (const other of owned)
            if (other.s !== s)
              assert.ok(
                other.last < first || other.first > last,
                `spills ${s.address} and ${other.s.address} share columns`,
              );
        }
        for (const chart of model.charts) {
          const box = parseTableAddress(chart.placeAt)!;
          const under = model.cells.filter(
            (c) =>
              c.row >= box.top &&
              c.row < box.top + box.rows &&
              c.column >= box.left &&
              c.column < box.left + box.columns,
          );
          assert.deepEqual(
            under.map((c) => c.address),
            [],
            "cells under the chart",
          );
        }
      });

      it("charts columns of a spill by their headings, and level lines from names that exist", () => {
        const defined = new Set([
          ...model.names.map((n) => n.name),
          ...sheet.terms.map((t) => termValueName(preset.id, t.name)),
        ]);
        for (const chart of model.charts) {
          const spill = model.spills.find((s) => s.address === chart.spill)!;
          // Over time (the schedules) or over the price levels (the scenarios).
          assert.ok(["Date", "Price level"].includes(spill.headings[chart.xColumn]), spill.headings[chart.xColumn]);
          for (const series of chart.series) assert.equal(spill.headings[series.column], series.label);
          for (const level of chart.levels) assert.ok(defined.has(level.name), level.name);
          assert.equal(chart.levelColumns.length, chart.levels.length);
        }
        // The bids and Conversion Price; the shares and the dilution by price level.
        if (sheet.terms.some((t) => t.name === "CONV_INITIAL_PCT")) assert.equal(model.charts.length, 3);
      });

      it("parses in HyperFormula, and with blank inputs shows blanks, or a note in a schedule's anchor: no error anywhere", () => {
        const wb = modelWorkbook(sheet, prices2001());
        for (const f of [...model.cells.map((c) => String(c.value)), ...model.spills.map((s) => s.formula)].filter(
          (v) => v.startsWith("="),
        )) {
          assert.ok(wb.hf.validateFormula(f), `does not parse: ${f}`);
        }
        for (const c of model.cells.filter((x) => x.role === "result")) {
          const v = wb.cell(c.address);
          assert.ok(
            !(typeof v === "object" && v !== null && "error" in v),
            `${c.address} ${c.value} = ${JSON.stringify(v)} with blank inputs`,
          );
        }
        for (const s of model.spills) {
          const [[first]] = wb.spill(s.address);
          const ok = first === s.headings[0] || (typeof first === "string" && /^Fill in the /.test(first));
          assert.ok(ok, `spill ${s.address}: ${JSON.stringify(first)}`);
        }
      });
    });
  }
});

/** Inputs for every preset's model (those a deal lacks are skipped). */
const INPUTS: Record<string, number> = {
  AS_OF: S("2001-10-15"),
  ISSUE_DATE: S("2001-05-15"),
  INITIAL_CLOSING_DATE: S("2001-05-15"),
  CONVERSION_DATE: S("2001-11-15"), // after the As-of date: the simulation runs
  FLOOR_PRICE: 9,
  RATE: 0.05,
  EVENT_DATE: S("2001-07-01"),
  FORM_10K_DATE: S("2001-03-30"),
  CALL_NOTICE_DATE: S("2001-08-01"),
  WAIVER_NOTICE_DATE: S("2001-06-01"),
};

/** Fills a model's inputs, and the first two rows of a placements table. */
function fillInputs(wb: ModelWorkbook): void {
  const id = wb.model.dealId;
  for (const [key, value] of Object.entries(INPUTS)) {
    if (wb.model.names.some((n) => n.name === modelName(id, key))) wb.set(modelName(id, key), value);
  }
  for (const prefix of ["", "OTHER_"]) {
    const dates = wb.model.names.find((n) => n.name === modelName(id, `${prefix}SALE_DATES`));
    if (!dates) continue;
    const box = parseTableAddress(dates.refersTo.split("!")[1].replace(/\$/g, ""))!;
    const sheet = wb.hf.getSheetId(wb.model.sheet)!;
    wb.hf.setCellContents({ sheet, row: box.top - 1, col: box.left - 1 }, [
      [S("2001-06-14"), 1_000_000, 6.5],
      [S("2001-07-02"), 600_000, 7],
    ]);
  }
}

describe("planDealModel: every result of every preset equals the direct call", () => {
  for (const preset of DEAL_PRESETS) {
    it(`${preset.id}: each NEOT formula's value is the built function's on the arguments HyperFormula evaluates`, () => {
      const wb = modelWorkbook(sheetOf(preset.id), prices2001());
      fillInputs(wb);
      const sheet = wb.hf.getSheetId(wb.model.sheet)!;
      let compared = 0;
      const skipped: string[] = [];
      for (const c of wb.model.cells.filter((x) => x.role === "result")) {
        const found = neotCall(String(c.value));
        if (!found) continue;
        const shown = wb.cell(c.address);
        if (shown === "" && String(c.value).startsWith("=IF(")) {
          skipped.push(String(c.value)); // an input it needs is blank
          continue;
        }
        const args = found.args.map((a) => {
          const v = wb.hf.calculateFormula(`=${a}`, sheet);
          return Array.isArray(v) ? v : (v ?? null);
        });
        // An argument that is an error propagates, as in Excel; otherwise the direct call.
        const failed = args.find((a): a is DetailedCellError => a instanceof DetailedCellError);
        const direct = call(found.id, ...args);
        const value = (v: unknown) => (found.index ? (v as unknown[][])[found.index[0] - 1][found.index[1] - 1] : v);
        const expected = failed
          ? { error: failed.value, message: failed.message }
          : "value" in direct
            ? value(direct.value)
            : "error" in direct
              ? { error: direct.error.code, message: direct.error.message }
              : direct;
        assert.deepEqual(shown, expected, `${c.address} ${c.value}`);
        compared++;
      }
      assert.ok(compared >= 1, "no NEOT result was compared");
      // Only the placements table's empty rows stay blank: every other input is filled.
      assert.deepEqual(
        skipped.filter((f) => !/^=IF\(OR\([A-Z]+\d+=""|^=IF\([A-Z]+\d+=""/.test(f)),
        [],
      );
    });
  }
});

describe("planDealModel: evaluated by HyperFormula, equal to the engine", () => {
  it("New Debentures (DEB_T1): prices, conversion, interest, warrants and delay payments", () => {
    const p = prices2001();
    const series = seriesOf(p);
    const wb = modelWorkbook(sheetOf("DEB_T1"), p);
    const M = (k: string) => modelName("DEB_T1", k);
    wb.set(M("AS_OF"), S("2001-10-15"));
    wb.set(M("ISSUE_DATE"), S("2001-05-15"));
    wb.set(M("CONVERSION_DATE"), S("2001-09-04"));
    wb.set(M("FLOOR_PRICE"), 9);
    wb.set(M("EVENT_DATE"), S("2001-07-01"));
    const issue = day("2001-05-15");
    const principal = new Decimal(10_000_000);
    const price = conversionPrice(series, issue, day("2001-09-04"));
    assert.equal(wb.value(M("INITIAL_CONV_PRICE")), initialConversionPrice(series, issue).toNumber());
    assert.equal(wb.value(M("CONV_PRICE")), price.toNumber());
    assert.equal(wb.value(M("ACCRUED_INTEREST")), accruedInterest(principal, issue, day("2001-10-15")).toNumber());
    assert.equal(wb.value(M("MATURITY")), excelSerialFromDay(maturityDate(issue)));
    assert.equal(wb.value(M("WARRANT_SHARES")), newWarrantShares(series, principal, issue).toNumber());
    // Event 2001-07-01, as of 2001-10-15: Jul 1, Aug 1, Sep 1, Oct 1 → 4 × 2% × 10,000,000 = 800,000
    assert.equal(wb.value(M("DELAY_PAYMENTS")), 800_000);
    assert.equal(
      wb.value(M("DELAY_PAYMENTS")),
      registrationDelayPayments(principal, { eventDate: day("2001-07-01"), asOfDate: day("2001-10-15") }).toNumber(),
    );
    // The schedule's last running total is the total; the series ends on the as-of date.
    const model = wb.model;
    const delay = wb.spill(model.spills[2].address);
    assert.equal(delay[delay.length - 1][3], 800_000);
    const byDay = wb.spill(model.spills[1].address);
    assert.equal(byDay[byDay.length - 1][0], S("2001-10-15"));
    assert.equal(byDay.find((r) => r[0] === S("2001-09-04"))![2], price.toNumber());
    // The recorded commitment payment stands beside the contractual one.
    assert.equal(wb.value(M("COMMITMENT_PAID_RECORDED")), 405_000);

    // A price in the conversion window changes the Conversion Price; the input changes it too.
    const before = wb.value(M("CONV_PRICE"));
    const windowDay = p.dates.findIndex((d) => d === S("2001-08-31"));
    wb.setBid(windowDay, 0.5);
    assert.notEqual(wb.value(M("CONV_PRICE")), before);
    const edited = { ...p, bids: p.bids.map((b, i) => (i === windowDay ? 0.5 : b)) };
    assert.equal(wb.value(M("CONV_PRICE")), conversionPrice(seriesOf(edited), issue, day("2001-09-04")).toNumber());
    wb.set(M("CONVERSION_DATE"), S("2001-06-01"));
    assert.equal(wb.value(M("CONV_PRICE")), initialConversionPrice(series, issue).toNumber());
    wb.set(M("ISSUE_DATE"), null);
    assert.equal(wb.value(M("CONV_PRICE")), "");
  });

  it("Second Vesting Date Shares: DELAYPMTDMV and its schedule", () => {
    const p = prices2001();
    const wb = modelWorkbook(sheetOf("SVD_SHARES"), p);
    const M = (k: string) => modelName("SVD_SHARES", k);
    wb.set(M("EVENT_DATE"), S("2001-06-01"));
    wb.set(M("AS_OF"), S("2001-09-30"));
    const expected = deemedMarketValueDelayPayments(seriesOf(p), new Decimal(450_000), {
      eventDate: day("2001-06-01"),
      asOfDate: day("2001-09-30"),
    }).toNumber();
    assert.equal(wb.value(M("DELAY_PAYMENTS")), expected);
    const rows = wb.spill(wb.model.spills[0].address);
    assert.equal(rows.length, 5); // heading + Jun 1, Jul 1, Aug 1, Sep 1
    assert.equal(rows[4][3], expected);
    wb.set(M("SVD_SHARES"), 100_000);
    assert.notEqual(wb.value(M("DELAY_PAYMENTS")), expected);
  });

  it("Cantor Sales Agreement: placements, commission by tier, VWAP and settlement", () => {
    const wb = modelWorkbook(sheetOf("CANTOR_SALES"), prices2001());
    const model = wb.model;
    const column = (k: string) => model.names.find((n) => n.name === modelName("CANTOR_SALES", k))!.refersTo;
    // Put two placements in the first two rows of the table (by the names of its columns).
    const first = (k: string, i: number) => {
      const box = parseTableAddress(column(k).split("!")[1].replace(/\$/g, ""))!;
      return { sheet: wb.hf.getSheetId(model.sheet)!, row: box.top - 1 + i, col: box.left - 1 };
    };
    const placements = [
      [S("2001-06-14"), 1_000_000, 6.5],
      [S("2001-07-02"), 600_000, 7],
    ];
    placements.forEach(([date, shares, price], i) => {
      wb.hf.setCellContents(first("SALE_DATES", i), [[date]]);
      wb.hf.setCellContents(first("SALE_SHARES", i), [[shares]]);
      wb.hf.setCellContents(first("SALE_PRICES", i), [[price]]);
    });
    const cell = (k: string, i: number) => wb.hf.getCellValue(first(k, i));
    // 1,000,000 × 6.50 = 6,500,000 at 4% = 260,000; then 4,200,000 from 6.5M to 10.7M:
    // 3,500,000 at 4% + 700,000 at 3.5% = 140,000 + 24,500 = 164,500.
    assert.equal(cell("COMMISSION", 0), 260_000);
    assert.equal(cell("COMMISSION", 1), 164_500);
    assert.equal(cell("COMMISSION", 1), ceoCommission(new Decimal(4_200_000), new Decimal(6_500_000)).toNumber());
    assert.equal(cell("CUMULATIVE_SALES", 1), 10_700_000);
    assert.equal(cell("SETTLEMENT_DATES", 0), S("2001-06-19")); // Thu 14 → Fri 15, Mon 18, Tue 19
    assert.equal(cell("CUMULATIVE_WARRANTS", 1), 160_000); // 10% × 1,600,000
    assert.equal(cell("PROCEEDS", 2), ""); // a blank row stays blank
    const M = (k: string) => modelName("CANTOR_SALES", k);
    const vwap = volumeWeightedAverage([
      { price: 6.5, volume: 1_000_000 },
      { price: 7, volume: 600_000 },
    ]).price.toNumber();
    assert.equal(wb.value(M("VWAP")), vwap);
    assert.equal(wb.value(M("TOTAL_COMMISSION")), 424_500);
    // NASD: 8% × 10,700,000 = 856,000 − 424,500 = 431,500
    assert.equal(wb.value(M("NASD_HEADROOM")), 431_500);
  });

  it("Class B Warrants: the recorded exercises beside the contractual shares (seed 003)", () => {
    const wb = modelWorkbook(sheetOf("CALL_B"), prices2001());
    const M = (k: string) => modelName("CALL_B", k);
    assert.equal(wb.value(M("CALL_SHARES")), 2_000_000);
    // 2,000,000 − 586,400 / 2 = 1,706,800 per holder
    assert.equal(wb.value(M("CALL_SHARES_RECORDED")), 1_706_800);
    assert.equal(wb.value(M("CALL_EXERCISED_RECORDED")), 586_400);
    assert.equal(wb.value(M("CALL_PRICE")), "");
    wb.set(M("CALL_NOTICE_DATE"), S("2001-08-01"));
    assert.equal(typeof wb.value(M("CALL_PRICE")), "number");
  });
});
