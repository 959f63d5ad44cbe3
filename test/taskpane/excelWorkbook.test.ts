import assert from "node:assert/strict";
import { dayFromParts, isoDate } from "../../src/engine/time/civilDate";
import { addTradingDays } from "../../src/engine/time/nasdaqCalendar";
import { findTerm } from "../../src/engine/terms/termRegistry";
import { call } from "../bundle/loadBundle";
import { ExcelRun, WorkbookChangedError, WorkbookWriteError, excelWorkbook } from "../../src/taskpane/excelWorkbook";
import { planDealImport, termSheetFromWorkbook } from "../../src/termsheet/dealSheet";
import { parsePriceCsv } from "../../src/termsheet/priceCsv";
import { DEAL_PRESETS, presetTermSheet } from "../../src/termsheet/presets";
import { PRICE_SHEET, PRICE_TABLE, planPriceImport } from "../../src/termsheet/pricePlan";
import { problemsOf } from "../../src/workbook/problem";
import { serializeTermSheet } from "../../src/termsheet/serializeTermSheet";
import { TermSheet, parseTermSheet } from "../../src/termsheet/termSheet";
import { WorkbookPlan, WorkbookState } from "../../src/workbook/workbookPlan";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createExcelStandIn } = require("./excelStandIn.js");

interface StandIn {
  Excel: { run: ExcelRun };
  failAtWrite(n: number): void;
  failAllWritesFrom(n: number): void;
  readonly writes: string[];
  readonly syncs: number;
  seedCell(sheet: string, address: string, value: unknown, numberFormat?: string): void;
  seedFormat(
    sheet: string,
    address: string,
    format: { bold?: boolean; italic?: boolean; fontColor?: string; fill?: string },
  ): void;
  seedName(name: string, sheet: string, address: string): void;
  seedSheet(sheet: string): void;
  setDateSystem(system: 1900 | 1904): void;
  dump(): {
    sheets: Record<
      string,
      Record<string, { value: unknown; numberFormat: string; formula?: string; bold?: boolean; fill?: string }>
    >;
    names: Record<string, { ref: string; comment: string }>;
    tables: Record<string, { sheet: string; address: string; style: string }>;
  };
  values(sheet: string, address: string): unknown[][];
}

function termSheet(
  terms: [string, unknown][],
  rows: unknown[][],
  title = "New Debentures, Initial Closing",
): TermSheet {
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
          columns: [
            { name: "Holder", kind: "text" },
            { name: "Shares", kind: "count" },
            { name: "Dated", kind: "date" },
          ],
          rows,
        },
      ],
    }),
  );
  assert.ok(r.ok, JSON.stringify(problemsOf(r)));
  return r.value;
}
const FIRST = termSheet(
  [
    ["CONV_INITIAL_PCT", 1.2],
    ["CONV_RESET_WINDOW", 30],
    ["SVD_EFFECTIVE_DATE", "2001-06-01"],
    ["DELAY_PRORATE", false],
  ],
  [
    ["HBK Master Fund L.P.", 26250, "1999-01-29"],
    ["Montrose", 157500, "2000-04-06"],
  ],
);
const SECOND = termSheet(
  [
    ["CONV_INITIAL_PCT", 1.25],
    ["CONV_RESET_WINDOW", 30],
    ["SVD_EFFECTIVE_DATE", "2001-06-01"],
    ["CALL_CAP_PRICE", 33.75],
  ],
  [["HBK Master Fund L.P.", 26250, "1999-01-29"]],
  "=A title that looks like a formula",
);

async function importDeal(standIn: StandIn, sheet: TermSheet): Promise<void> {
  const host = excelWorkbook(standIn.Excel.run);
  const state = await host.read([sheet.deal.id]);
  const planned = planDealImport(sheet, state);
  assert.ok(planned.ok, JSON.stringify(problemsOf(planned)));
  await host.apply(planned.value.plan, state);
}

/** A reviewed import: the plan and the workbook state it was made from. */
interface Reviewed {
  readonly plan: WorkbookPlan;
  readonly state: WorkbookState;
}

async function planFor(standIn: StandIn, sheet: TermSheet): Promise<Reviewed> {
  const state = await excelWorkbook(standIn.Excel.run).read([sheet.deal.id]);
  const planned = planDealImport(sheet, state);
  assert.ok(planned.ok, JSON.stringify(problemsOf(planned)));
  return { plan: planned.value.plan, state };
}

function priceFile(text: string) {
  const r = parsePriceCsv(text);
  assert.ok(r.ok, JSON.stringify(problemsOf(r)));
  return r.value;
}

async function planPrices(standIn: StandIn, text: string): Promise<Reviewed> {
  const state = await excelWorkbook(standIn.Excel.run).read([PRICE_SHEET], [PRICE_TABLE]);
  const planned = planPriceImport(priceFile(text), state);
  assert.ok(planned.ok, JSON.stringify(problemsOf(planned)));
  return { plan: planned.value.plan, state };
}

async function apply(standIn: StandIn, reviewed: Reviewed): Promise<void> {
  await excelWorkbook(standIn.Excel.run).apply(reviewed.plan, reviewed.state);
}

describe("excelWorkbook", () => {
  it("writes a deal: the sheet, its names, its table, in a few syncs", async () => {
    const standIn: StandIn = createExcelStandIn();
    const reviewed = await planFor(standIn, FIRST);
    const before = standIn.syncs;
    await apply(standIn, reviewed);
    assert.ok(standIn.syncs - before <= 10, `${standIn.syncs - before} syncs`); // re-read 4, snapshot 2, write 3 (ranges, table, names)
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
    assert.deepEqual(wb.tables.DEB_T1_WARRANTS, { sheet: "DEB_T1", address: "G5:I7", style: "TableStyleMedium2" });
    assert.deepEqual(standIn.values("DEB_T1", "G5:I7"), [
      ["Holder", "Shares", "Dated"],
      ["HBK Master Fund L.P.", 26250, 36189],
      ["Montrose", 157500, 36622],
    ]);
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
    assert.deepEqual(wb.tables.DEB_T1_WARRANTS, { sheet: "DEB_T1", address: "G5:I6", style: "TableStyleMedium2" });
    assert.deepEqual(standIn.values("DEB_T1", "G7:I7"), [["", "", ""]]);
    assert.equal(wb.sheets.DEB_T1.A1.formula, undefined);
    assert.equal(wb.sheets.DEB_T1.A1.value, "=A title that looks like a formula");
  });

  describe("a failure at any step of any import leaves the workbook identical (values, formulas, formats, fonts, fills, tables, names, sheets)", () => {
    // For every write of the plan, fail exactly there and compare the full dump.
    async function sweep(
      prepare: (s: StandIn) => Promise<void>,
      plan: (s: StandIn) => Promise<Reviewed>,
    ): Promise<number> {
      const probe: StandIn = createExcelStandIn();
      await prepare(probe);
      const p = await plan(probe);
      const start = probe.writes.length;
      await apply(probe, p);
      const total = probe.writes.length - start;
      assert.ok(total > 3);
      for (let k = 1; k <= total; k++) {
        const standIn: StandIn = createExcelStandIn();
        await prepare(standIn);
        const before = JSON.stringify(standIn.dump());
        const reviewed = await plan(standIn);
        standIn.failAtWrite(k);
        await assert.rejects(apply(standIn, reviewed), (e: unknown) => {
          assert.ok(e instanceof WorkbookWriteError);
          assert.equal(e.restored, true);
          assert.match(e.message, /^writing to the workbook failed and was undone: stand-in failure at write \d+ /);
          return true;
        });
        assert.equal(
          JSON.stringify(standIn.dump()),
          before,
          `after a failure at write ${k} of ${total} (${standIn.writes.slice(-1)[0]})`,
        );
      }
      return total;
    }
    /** The user's own formatting on cells an import overwrites. */
    const userFormats = (s: StandIn, sheet: string) => {
      s.seedFormat(sheet, "A1", { italic: true, fill: "#FFFF00" });
      s.seedFormat(sheet, "B6", { fontColor: "#FF0000", fill: "#DDEEFF" });
      s.seedFormat(sheet, "G5", { fill: "#00FF00" });
    };

    it("removes the table still named Table1 when the write fails after tables.add, before the rename", async () => {
      const standIn: StandIn = createExcelStandIn();
      standIn.seedSheet("DEB_T1");
      const reviewed = await planFor(standIn, FIRST);
      const before = JSON.stringify(standIn.dump());
      const probe: StandIn = createExcelStandIn();
      probe.seedSheet("DEB_T1");
      const start = probe.writes.length;
      await apply(probe, await planFor(probe, FIRST));
      const rename =
        probe.writes.slice(start).findIndex((w) => /^table\.name Table\d+ -> DEB_T1_WARRANTS$/.test(w)) + 1;
      assert.ok(rename > 0);
      standIn.failAtWrite(rename);
      await assert.rejects(apply(standIn, reviewed), WorkbookWriteError);
      assert.deepEqual(standIn.dump().tables, {});
      assert.equal(JSON.stringify(standIn.dump()), before);
    });

    it("for a new deal in a new workbook (the sheet, names and table, even a table still named Table1, are removed)", async () => {
      const total = await sweep(
        async () => {},
        (s) => planFor(s, FIRST),
      );
      assert.ok(total >= 8, `${total} writes`);
    });

    it("for a deal written into an existing empty sheet named like it (the user's formatting comes back)", async () => {
      await sweep(
        async (s) => {
          s.seedSheet("Other");
          s.seedSheet("DEB_T1");
          s.seedSheet("Last");
          userFormats(s, "DEB_T1");
        },
        (s) => planFor(s, FIRST),
      );
    });

    it("for a re-import that adds a table", async () => {
      const withoutTable = { ...FIRST, tables: [] };
      await sweep(
        async (s) => {
          await importDeal(s, withoutTable);
          userFormats(s, "DEB_T1");
        },
        (s) => planFor(s, FIRST),
      );
    });

    it("for a re-import (values, formats, a user's formula, names and the table size come back)", async () => {
      await sweep(
        async (s) => {
          await importDeal(s, FIRST);
          s.seedCell("DEB_T1", "B7", "=10+20", "0"); // the banker replaced a value by a formula
          s.seedFormat("DEB_T1", "B7", { bold: true, fill: "#FFCC00" });
        },
        (s) => planFor(s, SECOND),
      );
    });

    it("for prices into a new workbook", async () => {
      await sweep(
        async () => {},
        (s) => planPrices(s, "Date,Close\n2001-04-16,5.1\n2001-04-17,5.25\n2001-04-18,5.0625\n"),
      );
    });

    it("for prices into an existing table", async () => {
      await sweep(
        async (s) => {
          await apply(s, await planPrices(s, "Date,Close\n2001-04-16,5.1\n2001-04-17,5.25\n"));
          s.seedFormat("Prices", "B3", { fill: "#FFFF00", bold: true });
        },
        (s) => planPrices(s, "Date,Close\n2001-04-16,5.1\n2001-04-17,5.25\n2001-04-18,5.0625\n"),
      );
    });

    it("for a workbook with the user's own names, accepted as conflicts (they point back where they were)", async () => {
      await sweep(
        async (s) => {
          s.seedCell("Mine", "C3", 42);
          s.seedFormat("Mine", "C3", { bold: true });
          s.seedName("DEB_T1.CONV_INITIAL_PCT", "Mine", "C3");
          s.seedName("DEB_T1_TERMS", "Mine", "C3:D9");
        },
        (s) => planFor(s, FIRST),
      );
    });
  });

  describe("re-checks the workbook at write time, in the same batch, and writes nothing if it changed", () => {
    async function changedAfterReview(change: (s: StandIn) => void): Promise<readonly string[]> {
      const standIn: StandIn = createExcelStandIn();
      await importDeal(standIn, FIRST);
      const reviewed = await planFor(standIn, SECOND);
      change(standIn);
      const before = JSON.stringify(standIn.dump());
      const writes = standIn.writes.length;
      let changes: readonly string[] = [];
      await assert.rejects(apply(standIn, reviewed), (e: unknown) => {
        assert.ok(e instanceof WorkbookChangedError);
        assert.match(e.message, /^nothing was written: the workbook changed since the review/);
        changes = e.changes;
        return true;
      });
      assert.equal(standIn.writes.length, writes, "no write at all");
      assert.equal(JSON.stringify(standIn.dump()), before);
      return changes;
    }

    it("stops when the banker typed into a cell the plan overwrites", async () => {
      // B6 holds CONV_INITIAL_PCT (1.2), which SECOND changes to 1.25.
      assert.deepEqual(await changedAfterReview((s) => s.seedCell("DEB_T1", "B6", 1.3, "0%")), [
        "cell DEB_T1!B6: was 1.2, now 1.3",
      ]);
    });

    it("stops when a formula was put where a new term goes", async () => {
      // SECOND adds CALL_CAP_PRICE on row 10, below FIRST's four terms (rows 6-9).
      assert.deepEqual(await changedAfterReview((s) => s.seedCell("DEB_T1", "B10", "=1+1")), [
        "cell DEB_T1!B10: was empty, now the formula =1+1",
      ]);
    });

    it("stops when a name was added or re-pointed", async () => {
      assert.deepEqual(await changedAfterReview((s) => s.seedName("DEB_T1.CALL_CAP_PRICE", "DEB_T1", "Z1")), [
        "name DEB_T1.CALL_CAP_PRICE: added since the review (=DEB_T1!$Z$1)",
      ]);
    });
  });

  describe("the 1904 date system", () => {
    it("is detected, dates are written as the workbook's serials, and export reads them back", async () => {
      const standIn: StandIn = createExcelStandIn();
      standIn.setDateSystem(1904);
      const state = await excelWorkbook(standIn.Excel.run).read(["DEB_T1"]);
      assert.equal(state.dateSystem, 1904);
      await importDeal(standIn, FIRST);
      // 2001-06-01 is 37043 in the 1900 system, 37043 - 1462 = 35581 in the 1904 system.
      assert.equal(standIn.values("DEB_T1", "B8")[0][0], 35581);
      // 1999-01-29 is 36189 in 1900, 34727 in 1904.
      assert.equal(standIn.values("DEB_T1", "I6")[0][0], 34727);
      const back = termSheetFromWorkbook("DEB_T1", await excelWorkbook(standIn.Excel.run).read(["DEB_T1"]));
      assert.ok(back.ok, JSON.stringify(problemsOf(back)));
      const dated = back.value.terms.find((t) => t.name === "SVD_EFFECTIVE_DATE")!;
      assert.equal(isoDate(dated.value as number), "2001-06-01");
      // The deal's block gets DATE_SYSTEM = 1904, so that the functions read its dates in the
      // workbook's system: 35581 is Friday 2001-06-01 there (a Nasdaq trading day), but
      // Saturday 1997-05-31 read as a 1900 serial. The built NEOT.ISTRADEDAY over the written
      // block must say TRUE.
      assert.ok(findTerm("DATE_SYSTEM"));
      const block = standIn.values("DEB_T1", "A6:B10"); // under the "Term | Value" heading
      assert.deepEqual(block[block.length - 1], ["DATE_SYSTEM", "1904"]);
      assert.deepEqual(call("ISTRADEDAY", 35581, block), { value: true });
      assert.deepEqual(call("ISTRADEDAY", 35581), { value: false });
    });

    it("writes price dates as the workbook's serials", async () => {
      const standIn: StandIn = createExcelStandIn();
      standIn.setDateSystem(1904);
      await apply(standIn, await planPrices(standIn, "Date,Close\n2001-04-17,5.25\n"));
      assert.deepEqual(standIn.values("Prices", "A2:B2"), [[36998 - 1462, 5.25]]); // 2001-04-17
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
    const reviewed = await planFor(standIn, FIRST);
    standIn.failAllWritesFrom(3);
    await assert.rejects(apply(standIn, reviewed), (e: unknown) => {
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
    for (let i = 0, d = dayFromParts(1990, 1, 2); i < 5000; i++, d = addTradingDays(d, 1))
      lines.push(`${isoDate(d)},${(5 + (i % 7) / 8).toFixed(3)}`);
    const file = parsePriceCsv(lines.join("\n"));
    assert.ok(file.ok, JSON.stringify(problemsOf(file).slice(0, 3)));
    const host = excelWorkbook(standIn.Excel.run);
    const state = await host.read([PRICE_SHEET], [PRICE_TABLE]);
    const planned = planPriceImport(file.value, state);
    assert.ok(planned.ok);
    const progress: string[] = [];
    await host.apply(planned.value.plan, state, (done, total) => progress.push(`${done}/${total}`));
    // ranges, 3 chunks of at most 2,000 rows (the last with the table), names: 2 + 3 steps
    assert.deepEqual(progress, ["1/5", "2/5", "3/5", "4/5", "5/5"]);
    assert.deepEqual(standIn.dump().tables.NEOT_Prices, {
      sheet: "Prices",
      address: "A1:B5001",
      style: "TableStyleMedium2",
    });
  });
});
