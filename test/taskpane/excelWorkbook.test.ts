import assert from "node:assert/strict";
import { dayFromParts, isoDate } from "../../src/engine/time/civilDate";
import { addTradingDays } from "../../src/engine/time/nasdaqCalendar";
import { ExcelRun, WorkbookWriteError, excelWorkbook } from "../../src/taskpane/excelWorkbook";
import { planDealImport, termSheetFromWorkbook } from "../../src/termsheet/dealSheet";
import { parsePriceCsv } from "../../src/termsheet/priceCsv";
import { DEAL_PRESETS, presetTermSheet } from "../../src/termsheet/presets";
import { PRICE_SHEET, PRICE_TABLE, planPriceImport } from "../../src/termsheet/pricePlan";
import { problemsOf } from "../../src/termsheet/problem";
import { serializeTermSheet } from "../../src/termsheet/serializeTermSheet";
import { TermSheet, parseTermSheet } from "../../src/termsheet/termSheet";
import { WorkbookPlan } from "../../src/termsheet/workbookPlan";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createExcelStandIn } = require("./excelStandIn.js");

interface StandIn {
  Excel: { run: ExcelRun };
  failAtWrite(n: number): void;
  failAllWritesFrom(n: number): void;
  readonly writes: string[];
  readonly syncs: number;
  seedCell(sheet: string, address: string, value: unknown, numberFormat?: string): void;
  dump(): { sheets: Record<string, Record<string, { value: unknown; numberFormat: string; formula?: string }>>; names: Record<string, { ref: string; comment: string }>; tables: Record<string, { sheet: string; address: string }> };
  values(sheet: string, address: string): unknown[][];
}

function termSheet(terms: [string, unknown][], rows: unknown[][], title = "New Debentures, Initial Closing"): TermSheet {
  const r = parseTermSheet(
    JSON.stringify({
      format: "neot-term-sheet",
      version: 1,
      deal: { id: "DEB_T1", title, source: "seed 000, Exhibit A" },
      terms: terms.map(([name, value]) => ({ name, value })),
      tables: [
        {
          id: "WARRANTS",
          title: "Closing warrants",
          source: "seed 000, Exhibit C",
          columns: [{ name: "Holder", kind: "text" }, { name: "Shares", kind: "count" }, { name: "Dated", kind: "date" }],
          rows,
        },
      ],
    }),
  );
  assert.ok(r.ok, JSON.stringify(problemsOf(r)));
  return r.value;
}
const FIRST = termSheet(
  [["CONV_INITIAL_PCT", 1.2], ["CONV_RESET_WINDOW", 30], ["SVD_EFFECTIVE_DATE", "2001-06-01"], ["DELAY_PRORATE", false]],
  [["HBK Master Fund L.P.", 26250, "1999-01-29"], ["Montrose", 157500, "2000-04-06"]],
);
const SECOND = termSheet(
  [["CONV_INITIAL_PCT", 1.25], ["CONV_RESET_WINDOW", 30], ["SVD_EFFECTIVE_DATE", "2001-06-01"], ["CALL_CAP_PRICE", 33.75]],
  [["HBK Master Fund L.P.", 26250, "1999-01-29"]],
  "=A title that looks like a formula",
);

async function importDeal(standIn: StandIn, sheet: TermSheet): Promise<void> {
  const host = excelWorkbook(standIn.Excel.run);
  const state = await host.read([sheet.deal.id]);
  const planned = planDealImport(sheet, state);
  assert.ok(planned.ok, JSON.stringify(problemsOf(planned)));
  await host.apply(planned.value.plan);
}

async function planFor(standIn: StandIn, sheet: TermSheet): Promise<WorkbookPlan> {
  const planned = planDealImport(sheet, await excelWorkbook(standIn.Excel.run).read([sheet.deal.id]));
  assert.ok(planned.ok);
  return planned.value.plan;
}

describe("excelWorkbook", () => {
  it("writes a deal: the sheet, its names, its table, in a few syncs", async () => {
    const standIn: StandIn = createExcelStandIn();
    const plan = planDealImport(FIRST, await excelWorkbook(standIn.Excel.run).read(["DEB_T1"]));
    assert.ok(plan.ok);
    const before = standIn.syncs;
    await excelWorkbook(standIn.Excel.run).apply(plan.value.plan);
    assert.ok(standIn.syncs - before <= 6, `${standIn.syncs - before} syncs`); // snapshot 2, write 3 (ranges, table, names)
    const wb = standIn.dump();
    assert.deepEqual(wb.names["DEB_T1.CONV_INITIAL_PCT"].ref, "DEB_T1!B6");
    assert.deepEqual(wb.names["DEB_T1_TERMS"].ref, "DEB_T1!A6:B9");
    assert.deepEqual(standIn.values("DEB_T1", "A6:B9"), [
      ["CONV_INITIAL_PCT", 1.2],
      ["CONV_RESET_WINDOW", 30],
      ["SVD_EFFECTIVE_DATE", 37043], // 2001-06-01
      ["DELAY_PRORATE", false],
    ]);
    assert.equal(wb.sheets.DEB_T1.B6.numberFormat, "0%");
    assert.deepEqual(wb.tables.DEB_T1_WARRANTS, { sheet: "DEB_T1", address: "G5:I7" });
    assert.deepEqual(standIn.values("DEB_T1", "G5:I7"), [["Holder", "Shares", "Dated"], ["HBK Master Fund L.P.", 26250, 36189], ["Montrose", 157500, 36622]]);
  });

  it("reads back what it wrote: export gives the imported term sheet, byte for byte", async () => {
    const standIn: StandIn = createExcelStandIn();
    await importDeal(standIn, FIRST);
    const back = termSheetFromWorkbook("DEB_T1", await excelWorkbook(standIn.Excel.run).read(["DEB_T1"]));
    assert.ok(back.ok, JSON.stringify(problemsOf(back)));
    assert.equal(serializeTermSheet(back.value), serializeTermSheet(FIRST));
  });

  it("updates in place on re-import: names keep their cells, the table is resized, a formula-like title stays text", async () => {
    const standIn: StandIn = createExcelStandIn();
    await importDeal(standIn, FIRST);
    await importDeal(standIn, SECOND);
    const wb = standIn.dump();
    assert.equal(wb.names["DEB_T1.CONV_INITIAL_PCT"].ref, "DEB_T1!B6");
    assert.equal(wb.names["DEB_T1.CALL_CAP_PRICE"].ref, "DEB_T1!B10");
    assert.equal(wb.names["DEB_T1_TERMS"].ref, "DEB_T1!A6:B10");
    assert.equal(standIn.values("DEB_T1", "B6")[0][0], 1.25);
    assert.deepEqual(wb.tables.DEB_T1_WARRANTS, { sheet: "DEB_T1", address: "G5:I6" });
    assert.deepEqual(standIn.values("DEB_T1", "G7:I7"), [["", "", ""]]);
    assert.equal(wb.sheets.DEB_T1.A1.formula, undefined);
    assert.equal(wb.sheets.DEB_T1.A1.value, "=A title that looks like a formula");
  });

  describe("a failure part-way leaves the workbook as it was", () => {
    // For every write of the plan, fail exactly there and compare the whole workbook.
    async function sweep(prepare: (s: StandIn) => Promise<void>, plan: (s: StandIn) => Promise<WorkbookPlan>): Promise<number> {
      const probe: StandIn = createExcelStandIn();
      await prepare(probe);
      const p = await plan(probe);
      const start = probe.writes.length;
      await excelWorkbook(probe.Excel.run).apply(p);
      const total = probe.writes.length - start;
      assert.ok(total > 3);
      for (let k = 1; k <= total; k++) {
        const standIn: StandIn = createExcelStandIn();
        await prepare(standIn);
        const before = JSON.stringify(standIn.dump());
        const thePlan = await plan(standIn);
        standIn.failAtWrite(k);
        await assert.rejects(excelWorkbook(standIn.Excel.run).apply(thePlan), (e: unknown) => {
          assert.ok(e instanceof WorkbookWriteError);
          assert.equal(e.restored, true);
          assert.match(e.message, /^writing to the workbook failed and was undone: stand-in failure at write \d+ /);
          return true;
        });
        assert.equal(JSON.stringify(standIn.dump()), before, `after a failure at write ${k} of ${total}`);
      }
      return total;
    }

    it("for a new deal (the sheet, names and table are removed again)", async () => {
      await sweep(async () => {}, (s) => planFor(s, FIRST));
    });

    it("for a re-import (values, formats, a user's formula, names and the table size come back)", async () => {
      await sweep(
        async (s) => {
          await importDeal(s, FIRST);
          s.seedCell("DEB_T1", "B7", "=10+20", "0"); // the banker replaced a value by a formula
        },
        (s) => planFor(s, SECOND),
      );
    });

    it("for a price import over an existing table", async () => {
      const csv = (text: string) => {
        const r = parsePriceCsv(text);
        assert.ok(r.ok);
        return r.value;
      };
      const importPrices = async (s: StandIn, text: string) => {
        const host = excelWorkbook(s.Excel.run);
        const planned = planPriceImport(csv(text), await host.read([PRICE_SHEET], [PRICE_TABLE]));
        assert.ok(planned.ok, JSON.stringify(problemsOf(planned)));
        return planned.value.plan;
      };
      await sweep(
        async (s) => excelWorkbook(s.Excel.run).apply(await importPrices(s, "Date,Close\n2001-04-16,5.1\n2001-04-17,5.25\n")),
        (s) => importPrices(s, "Date,Close\n2001-04-16,5.1\n2001-04-17,5.25\n2001-04-18,5.0625\n"),
      );
    });
  });

  for (const preset of DEAL_PRESETS) {
    it(`round-trips the ${preset.id} preset through the workbook: import then export gives the same file`, async () => {
      const sheet = presetTermSheet(preset);
      assert.ok(sheet.ok);
      const standIn: StandIn = createExcelStandIn();
      await importDeal(standIn, sheet.value);
      const back = termSheetFromWorkbook(preset.id, await excelWorkbook(standIn.Excel.run).read([preset.id]));
      assert.ok(back.ok, JSON.stringify(problemsOf(back)));
      assert.equal(serializeTermSheet(back.value), serializeTermSheet(sheet.value));
    });
  }

  it("says so when undoing fails too", async () => {
    const standIn: StandIn = createExcelStandIn();
    const plan = await planFor(standIn, FIRST);
    standIn.failAllWritesFrom(3);
    await assert.rejects(excelWorkbook(standIn.Excel.run).apply(plan), (e: unknown) => {
      assert.ok(e instanceof WorkbookWriteError);
      assert.equal(e.restored, false);
      assert.match(e.message, /failed \(stand-in failure at write 3 .*\) and undoing it failed too \(stand-in failure/);
      return true;
    });
  });

  it("writes a long price history in chunks and reports progress", async () => {
    const standIn: StandIn = createExcelStandIn();
    // 5,000 weekdays from 1990-01-02, holidays left out: the first 5,000 trading days.
    const lines = ["Date,Close"];
    for (let i = 0, d = dayFromParts(1990, 1, 2); i < 5000; i++, d = addTradingDays(d, 1)) lines.push(`${isoDate(d)},${(5 + (i % 7) / 8).toFixed(3)}`);
    const file = parsePriceCsv(lines.join("\n"));
    assert.ok(file.ok, JSON.stringify(problemsOf(file).slice(0, 3)));
    const host = excelWorkbook(standIn.Excel.run);
    const planned = planPriceImport(file.value, await host.read([PRICE_SHEET], [PRICE_TABLE]));
    assert.ok(planned.ok);
    const progress: string[] = [];
    await host.apply(planned.value.plan, (done, total) => progress.push(`${done}/${total}`));
    // ranges, 3 chunks of at most 2,000 rows (the last with the table), names: 2 + 3 steps
    assert.deepEqual(progress, ["1/5", "2/5", "3/5", "4/5", "5/5"]);
    assert.deepEqual(standIn.dump().tables.NEOT_Prices, { sheet: "Prices", address: "A1:B5001" });
  });
});
