import assert from "node:assert/strict";
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { Decimal } from "../../src/engine/decimal";
import { findTerm } from "../../src/engine/terms/termRegistry";
import { planDealImport, termSheetFromWorkbook } from "../../src/termsheet/dealSheet";
import { DEAL_PRESETS, presetTermSheet } from "../../src/termsheet/presets";
import { problemsOf } from "../../src/workbook/problem";
import { serializeTermSheet } from "../../src/termsheet/serializeTermSheet";
import { TermSheet, parseTermSheet } from "../../src/termsheet/termSheet";
import { EMPTY_WORKBOOK, applyToState } from "./planGrid";

/** The example files; WRITE_TERM_SHEETS=1 rewrites them from the presets. */
const ASSETS = join(__dirname, "..", "..", "assets", "term-sheets");

function sheetOf(id: string): TermSheet {
  const preset = DEAL_PRESETS.find((p) => p.id === id)!;
  const r = presetTermSheet(preset);
  assert.ok(r.ok, JSON.stringify(problemsOf(r)));
  return r.value;
}
const value = (s: TermSheet, name: string) => s.terms.find((t) => t.name === name)?.value;

describe("deal presets", () => {
  it("name only registered terms", () => {
    const missing = DEAL_PRESETS.flatMap((p) =>
      p.terms.filter((name) => !findTerm(name)).map((name) => `${p.id}: ${name}`),
    );
    assert.deepEqual(missing, [], "preset terms missing from the registry");
  });

  it("override only terms they list, with values that differ from the registry default", () => {
    for (const p of DEAL_PRESETS) {
      for (const [name, v] of Object.entries(p.values ?? {})) {
        assert.ok(p.terms.includes(name), `${p.id}: ${name} has a value but is not listed`);
        assert.notEqual(v, findTerm(name)!.default, `${p.id}: ${name} repeats the registry default`);
      }
    }
  });

  it("are valid term sheets with unique ids, each term once", () => {
    assert.equal(new Set(DEAL_PRESETS.map((p) => p.id)).size, DEAL_PRESETS.length);
    for (const p of DEAL_PRESETS) {
      assert.equal(new Set(p.terms).size, p.terms.length, p.id);
      sheetOf(p.id);
    }
  });

  it("carry the agreements' figures (checked by hand against the seeds)", () => {
    // seed 000 §1(b), Exhibit A: $10 million at the Initial Closing, $8 million at the Second.
    assert.equal((value(sheetOf("DEB_T1"), "TRANCHE_PRINCIPAL") as Decimal).toString(), "10000000");
    assert.equal((value(sheetOf("DEB_T2"), "TRANCHE_PRINCIPAL") as Decimal).toString(), "8000000");
    // seed 000 §4: 450,000 shares each for Montrose and Strong River = 900,000.
    const svd = sheetOf("SVD_SHARES");
    assert.equal(
      (value(svd, "SVD_SHARES_PER_PURCHASER") as Decimal).times(2).toString(),
      (value(svd, "SVD_SHARES_TOTAL") as Decimal).toString(),
    );
    // seed 000 §3(b): $33.75 cap, 95% below the $5.00 threshold; seed 003: 97% otherwise.
    const call = sheetOf("CALL_B");
    assert.deepEqual(
      [
        "CALL_CAP_PRICE",
        "CALL_THRESHOLD_PRICE",
        "CALL_PCT_BELOW",
        "CALL_PCT_OTHERWISE",
        "CALL_MIN_MARKET_PRICE",
        "CALL_WARRANT_SHARES",
      ].map((n) => String(value(call, n))),
      ["33.75", "5", "0.95", "0.97", "2", "2000000"],
    );
    // seed 000, Exhibits C (7 warrants) and D (5 warrants).
    const rows = sheetOf("CLOSING_WTS").tables[0].rows;
    assert.deepEqual([rows.filter((r) => r[0] === "C").length, rows.filter((r) => r[0] === "D").length], [7, 5]);
    assert.deepEqual(rows[2], ["C", 3, "HBK Master Fund L.P.", "Closing Warrant", 63420, 14.235, "1999-11-19"]);
    // seed 001 signature pages: 2 × $4,000,000 = $8,000,000 (seed 004), 2 × 260,162 = 520,324 shares.
    const feb = sheetOf("FEB_2000");
    const purchasers = feb.tables[0].rows;
    assert.equal(
      purchasers.reduce((s, r) => s + (r[1] as number), 0),
      (value(feb, "FEB2000_TOTAL_PURCHASE_PRICE") as Decimal).toNumber(),
    );
    assert.equal(
      purchasers.reduce((s, r) => s + (r[2] as number), 0),
      (value(feb, "FEB2000_TOTAL_SHARES") as Decimal).toNumber(),
    );
  });

  for (const preset of DEAL_PRESETS) {
    it(`${preset.id}: import then export gives back the same file, byte for byte`, () => {
      const sheet = sheetOf(preset.id);
      const text = serializeTermSheet(sheet);
      const parsed = parseTermSheet(text);
      assert.ok(parsed.ok);
      assert.equal(serializeTermSheet(parsed.value), text);
      const planned = planDealImport(parsed.value, EMPTY_WORKBOOK);
      assert.ok(planned.ok, JSON.stringify(problemsOf(planned)));
      const back = termSheetFromWorkbook(preset.id, applyToState(EMPTY_WORKBOOK, planned.value.plan));
      assert.ok(back.ok, JSON.stringify(problemsOf(back)));
      assert.equal(serializeTermSheet(back.value), text);
    });
  }

  it("ship as the example files assets/term-sheets/<ID>.json, identical to the presets", () => {
    if (process.env.WRITE_TERM_SHEETS === "1") {
      mkdirSync(ASSETS, { recursive: true });
      for (const p of DEAL_PRESETS) writeFileSync(join(ASSETS, `${p.id}.json`), serializeTermSheet(sheetOf(p.id)));
    }
    const files = readdirSync(ASSETS)
      .filter((f) => f.endsWith(".json"))
      .sort();
    assert.deepEqual(files, DEAL_PRESETS.map((p) => `${p.id}.json`).sort());
    for (const p of DEAL_PRESETS) {
      const expected = serializeTermSheet(sheetOf(p.id));
      const actual = readFileSync(join(ASSETS, `${p.id}.json`), "utf8");
      assert.equal(
        actual,
        expected,
        `assets/term-sheets/${p.id}.json differs from its preset; rerun with WRITE_TERM_SHEETS=1 if the preset is right`,
      );
    }
  });
});
