import assert from "node:assert/strict";
import { dealsInWorkbook, planDealImport, termSheetFromWorkbook } from "../../src/termsheet/dealSheet";
import { problemsOf } from "../../src/workbook/problem";
import { serializeTermSheet } from "../../src/termsheet/serializeTermSheet";
import { TermSheet, parseTermSheet } from "../../src/termsheet/termSheet";
import { WorkbookState } from "../../src/workbook/workbookPlan";
import { EMPTY_WORKBOOK, applyToState } from "./planGrid";

function termSheet(terms: [string, unknown][], tables: unknown[] = [], id = "DEB_T1"): TermSheet {
  const r = parseTermSheet(
    JSON.stringify({
      format: "neot-term-sheet",
      version: 1,
      deal: { id, title: "New Debentures, Initial Closing ($10 million)", source: "seed 000, Exhibit A" },
      terms: terms.map(([name, value]) => ({ name, value })),
      tables,
    }),
  );
  assert.ok(r.ok, JSON.stringify(problemsOf(r)));
  return r.value;
}

const WARRANTS = {
  id: "WARRANTS",
  title: "HBK Closing Warrants",
  source: "seed 000, Exhibit C",
  columns: [
    { name: "Holder", kind: "text" },
    { name: "Shares", kind: "count" },
    { name: "ExercisePrice", kind: "price" },
    { name: "Dated", kind: "date" },
  ],
  rows: [
    ["HBK Master Fund L.P.", 26250, 12.98, "1999-01-29"],
    ["HBK Master Fund L.P.", 48750, 12.98, "1999-01-29"],
  ],
};

const BASE: [string, unknown][] = [
  ["CONV_INITIAL_PCT", 1.2],
  ["CONV_RESET_WINDOW", 30],
  ["SVD_EFFECTIVE_DATE", "2001-06-01"],
];

function planned(sheet: TermSheet, state: WorkbookState = EMPTY_WORKBOOK) {
  const r = planDealImport(sheet, state);
  assert.ok(r.ok, JSON.stringify(problemsOf(r)));
  return r.value;
}

describe("planDealImport", () => {
  it("lays out a new deal sheet: title, deal, source, header, one row per term", () => {
    const { plan, terms } = planned(termSheet(BASE));
    assert.deepEqual(plan.newSheets, ["DEB_T1"]);
    const byAddress = Object.fromEntries(plan.ranges.map((r) => [r.address, r.values]));
    assert.deepEqual(byAddress["A1"], [["New Debentures, Initial Closing ($10 million)"]]);
    assert.deepEqual(byAddress["A2:B3"], [
      ["Deal", "DEB_T1"],
      ["Source", "seed 000, Exhibit A"],
    ]);
    assert.deepEqual(byAddress["A5:E5"], [["Term", "Value", "Unit", "Source clause", "Description"]]);
    const block = plan.ranges.find((r) => r.address === "A6:E8")!;
    // 120% is the number 1.2 shown as a percentage; 2001-06-01 is serial 37043
    // (2001-04-17 = 36998, + 13 days to April 30, + 31 in May, + 1 = 37043).
    assert.deepEqual(
      block.values.map((r) => r.slice(0, 3)),
      [
        ["CONV_INITIAL_PCT", 1.2, "%"],
        ["CONV_RESET_WINDOW", 30, "trading days"],
        ["SVD_EFFECTIVE_DATE", 37043, "date"],
      ],
    );
    assert.deepEqual(
      block.numberFormats.map((r) => r[1]),
      ["0%", "#,##0", "yyyy-mm-dd"],
    );
    assert.match(String(block.values[0][3]), /seed 000, Exhibit A, Initial Conversion Price/);
    assert.deepEqual(
      terms.map((t) => `${t.name} ${t.status} ${t.after}`),
      ["CONV_INITIAL_PCT added 120%", "CONV_RESET_WINDOW added 30 trading days", "SVD_EFFECTIVE_DATE added 2001-06-01"],
    );
  });

  it("names each value cell DEAL.TERM and the term/value block DEAL_TERMS", () => {
    const { plan } = planned(termSheet(BASE));
    assert.deepEqual(
      plan.names.map((n) => `${n.name}=${n.sheet}!${n.address}`),
      [
        "DEB_T1.CONV_INITIAL_PCT=DEB_T1!B6",
        "DEB_T1.CONV_RESET_WINDOW=DEB_T1!B7",
        "DEB_T1.SVD_EFFECTIVE_DATE=DEB_T1!B8",
        "DEB_T1_TERMS=DEB_T1!A6:B8",
      ],
    );
    assert.match(plan.names[0].comment, /^%; seed 000, Exhibit A/);
  });

  it("on re-import shows what changes, rewrites only changed rows, appends new terms and keeps the rest", () => {
    const first = planned(termSheet([...BASE, ["DELAY_PCT", 0.02]]));
    const state = applyToState(EMPTY_WORKBOOK, first.plan);
    const again = planned(
      termSheet([
        ["CONV_INITIAL_PCT", 1.25],
        ["CONV_RESET_WINDOW", 30],
        ["SVD_EFFECTIVE_DATE", "2001-06-01"],
        ["CALL_CAP_PRICE", 33.75],
      ]),
      state,
    );
    assert.deepEqual(again.plan.newSheets, []);
    assert.deepEqual(
      again.terms.map((t) => `${t.name} ${t.status}${t.before ? ` ${t.before} →` : ""}${t.after ? ` ${t.after}` : ""}`),
      [
        "CONV_INITIAL_PCT changed 120% → 125%",
        "CONV_RESET_WINDOW unchanged 30 trading days",
        "SVD_EFFECTIVE_DATE unchanged 2001-06-01",
        "CALL_CAP_PRICE added $33.75",
        "DELAY_PCT kept",
      ],
    );
    const termRows = again.plan.ranges.filter(
      (r) => /^[A-E]\d+:E\d+$|^A\d+:E\d+$/.test(r.address) && Number(/\d+/.exec(r.address)![0]) >= 6,
    );
    assert.deepEqual(
      termRows.map((r) => `${r.address} ${r.values[0][0]}`),
      ["A6:E6 CONV_INITIAL_PCT", "A10:E10 CALL_CAP_PRICE"],
    );
    const names = Object.fromEntries(again.plan.names.map((n) => [n.name, n.address]));
    assert.equal(names["DEB_T1.CALL_CAP_PRICE"], "B10");
    assert.equal(names["DEB_T1_TERMS"], "A6:B10"); // the kept DELAY_PCT row (9) stays inside the block
  });

  it("imports the same sheet twice with nothing to change", () => {
    const sheet = termSheet(BASE, [WARRANTS]);
    const state = applyToState(EMPTY_WORKBOOK, planned(sheet).plan);
    const again = planned(sheet, state);
    assert.ok(again.terms.every((t) => t.status === "unchanged"));
    assert.deepEqual(
      again.tables.map((t) => t.status),
      ["unchanged"],
    );
  });

  it("refuses to take over a sheet of the same name that is not this deal's", () => {
    const state: WorkbookState = {
      sheets: [{ name: "DEB_T1", exists: true, grid: [["my notes"]] }],
      tables: [],
      names: [],
    };
    const r = planDealImport(termSheet(BASE), state);
    assert.deepEqual(
      problemsOf(r).map((p) => p.message),
      ['sheet "DEB_T1" already exists and is not the terms sheet of DEB_T1; rename or delete it, then import again'],
    );
  });

  it("lists every cell in the way of appended rows", () => {
    const state = applyToState(EMPTY_WORKBOOK, planned(termSheet(BASE)).plan);
    const grid = state.sheets[0].grid.map((r) => [...r]);
    grid[9] = ["", "", "a note", "", "another"]; // row 10, where the second new term would go
    const r = planDealImport(termSheet([...BASE, ["DELAY_PCT", 0.02], ["CALL_CAP_PRICE", 33.75]]), {
      ...state,
      sheets: [{ ...state.sheets[0], grid }],
    });
    assert.deepEqual(
      problemsOf(r).map((p) => p.message),
      [
        'cell DEB_T1!C10 holds text "a note" where the import writes; move it, then import again',
        'cell DEB_T1!E10 holds text "another" where the import writes; move it, then import again',
      ],
    );
  });

  it("puts tables from column G with title, source and units above, as Excel tables DEAL_TABLE", () => {
    const { plan } = planned(termSheet(BASE, [WARRANTS]));
    assert.equal(plan.tables.length, 1);
    const t = plan.tables[0];
    assert.equal(t.name, "DEB_T1_WARRANTS");
    assert.equal(t.address, "G5:J7");
    assert.deepEqual(t.headers, ["Holder", "Shares", "ExercisePrice", "Dated"]);
    // 1999-01-29: serial 36189 (1999-01-01 is 36161, + 28)
    assert.deepEqual(t.rows[0], ["HBK Master Fund L.P.", 26250, 12.98, 36189]);
    const units = plan.ranges.find((r) => r.address === "G4:J4")!;
    assert.deepEqual(units.values, [["text", "count", "USD per share", "date"]]);
  });

  it("resizes an existing table in place and clears the rows it no longer needs", () => {
    const state = applyToState(EMPTY_WORKBOOK, planned(termSheet(BASE, [WARRANTS])).plan);
    const shorter = planned(termSheet(BASE, [{ ...WARRANTS, rows: [WARRANTS.rows[0]] }]), state);
    const t = shorter.plan.tables[0];
    assert.equal(t.previousAddress, "G5:J7");
    assert.equal(t.address, "G5:J6");
    assert.equal(t.clearAfter, "G7:J7");
    assert.deepEqual(shorter.tables, [{ name: "DEB_T1_WARRANTS", status: "replaced", rowsBefore: 2, rows: 1 }]);
  });

  it("refuses a table of the same name with other columns, or on another sheet", () => {
    const state = applyToState(EMPTY_WORKBOOK, planned(termSheet(BASE, [WARRANTS])).plan);
    const renamed = { ...WARRANTS, columns: WARRANTS.columns.map((c, i) => (i === 1 ? { ...c, name: "Count" } : c)) };
    assert.match(
      problemsOf(planDealImport(termSheet(BASE, [renamed]), state))[0].message,
      /table DEB_T1_WARRANTS has the columns Holder, Shares, ExercisePrice, Dated, expected Holder, Count/,
    );
    const elsewhere: WorkbookState = {
      ...state,
      tables: [{ name: "DEB_T1_WARRANTS", sheet: "Other", address: "A5:D7" }],
    };
    assert.match(problemsOf(planDealImport(termSheet(BASE, [WARRANTS]), elsewhere))[0].message, /is on sheet "Other"/);
  });
});

describe("termSheetFromWorkbook", () => {
  it("reads back exactly what was imported (same canonical text)", () => {
    const sheet = termSheet(
      [...BASE, ["DELAY_PRORATE", true], ["SHARE_ROUNDING", "UP"], ["CALL_CAP_PRICE", 14.235]],
      [WARRANTS],
    );
    const state = applyToState(EMPTY_WORKBOOK, planned(sheet).plan);
    const back = termSheetFromWorkbook("DEB_T1", state);
    assert.ok(back.ok, JSON.stringify(problemsOf(back)));
    assert.equal(serializeTermSheet(back.value), serializeTermSheet(sheet));
  });

  it("refuses to export a value the engine would reject, naming the term", () => {
    const state = applyToState(EMPTY_WORKBOOK, planned(termSheet(BASE)).plan);
    const grid = state.sheets[0].grid.map((r) => [...r]);
    grid[6][1] = -3; // B7: CONV_RESET_WINDOW
    const r = termSheetFromWorkbook("DEB_T1", { ...state, sheets: [{ ...state.sheets[0], grid }] });
    assert.deepEqual(
      problemsOf(r).map((p) => p.message),
      ["term CONV_RESET_WINDOW must be a whole number of trading days, 1 or more, got -3"],
    );
  });

  it("says when the workbook has no terms sheet for the deal", () => {
    assert.deepEqual(
      problemsOf(termSheetFromWorkbook("DEB_T2", EMPTY_WORKBOOK)).map((p) => p.message),
      ["the workbook has no terms sheet for DEB_T2"],
    );
  });
});

describe("dealsInWorkbook", () => {
  it("finds deals by their DEAL_TERMS names pointing at the DEAL sheet", () => {
    assert.deepEqual(
      dealsInWorkbook({
        names: [
          { name: "DEB_T1_TERMS", formula: "=DEB_T1!$A$6:$B$30" },
          { name: "CALL_B_TERMS", formula: "='CALL_B'!$A$6:$B$12" },
          { name: "MY_TERMS", formula: "=Sheet1!$A$1:$B$2" },
          { name: "DEB_T1.CONV_INITIAL_PCT", formula: "=DEB_T1!$B$6" },
        ],
      }),
      ["CALL_B", "DEB_T1"],
    );
  });
});

describe("planDealImport: what the pane did not create is a conflict the banker must accept", () => {
  it("shows the user's own DEAL_TERMS and DEAL.TERM names, pointing elsewhere, as conflicts (not as 'added')", () => {
    const state: WorkbookState = {
      sheets: [],
      tables: [],
      names: [
        { name: "DEB_T1_TERMS", formula: "=Mine!$A$1:$B$3" },
        { name: "DEB_T1.CONV_INITIAL_PCT", formula: "=Mine!$C$3" },
      ],
    };
    assert.deepEqual(
      planned(termSheet(BASE), state).conflicts.map((c) => `${c.item}: ${c.detail}`),
      [
        "name DEB_T1.CONV_INITIAL_PCT: the name DEB_T1.CONV_INITIAL_PCT was not made by this pane and points to Mine!$C$3; the import re-points it to DEB_T1!B6",
        "name DEB_T1_TERMS: the name DEB_T1_TERMS was not made by this pane and points to Mine!$A$1:$B$3; the import re-points it to DEB_T1!A6:B8",
      ],
    );
  });

  it("has no conflict on a re-import: the names the pane made point where its layout puts them", () => {
    const first = planned(termSheet(BASE));
    const state = applyToState(EMPTY_WORKBOOK, first.plan);
    assert.deepEqual(planned(termSheet([...BASE, ["CALL_CAP_PRICE", 33.75]]), state).conflicts, []);
  });

  it("shows a name the pane's layout would not give as a conflict even on the deal's own sheet", () => {
    const state = applyToState(EMPTY_WORKBOOK, planned(termSheet(BASE)).plan);
    const moved = {
      ...state,
      names: state.names.map((n) => (n.name === "DEB_T1.CONV_RESET_WINDOW" ? { ...n, formula: "='DEB_T1'!$Z$99" } : n)),
    };
    assert.deepEqual(
      planned(termSheet(BASE), moved).conflicts.map((c) => c.item),
      ["name DEB_T1.CONV_RESET_WINDOW"],
    );
  });

  it("shows an existing empty sheet named like the deal as a conflict", () => {
    const state: WorkbookState = { sheets: [{ name: "deb_t1", exists: true, grid: [] }], tables: [], names: [] };
    const deal = planned(termSheet(BASE), state);
    assert.deepEqual(
      deal.conflicts.map((c) => `${c.item}: ${c.detail}`),
      ["sheet deb_t1: the sheet deb_t1 exists (empty) and was not made by this pane; the import writes into it"],
    );
    assert.deepEqual(deal.plan.newSheets, []);
  });
});
