import assert from "node:assert/strict";
import { exactCellProblem } from "../../src/workbook/excelNumbers";
import { reservedDealIdProblem } from "../../src/workbook/paneObjects";
import { problemsOf } from "../../src/workbook/problem";
import { parseTermSheet } from "../../src/termsheet/termSheet";

// Issue 17, item 7: what a term sheet may hold so that the workbook shows exactly what the
// agreement says (Excel keeps 15 significant digits; money is kept to the cent), and deal
// ids that would take the pane's own names.

const file = (id: string, terms: unknown[], tables?: unknown[]) =>
  JSON.stringify({
    format: "neot-term-sheet",
    version: 1,
    deal: { id, title: "t", source: "s" },
    terms,
    ...(tables ? { tables } : {}),
  });

describe("exactCellProblem: amounts a cell shows exactly", () => {
  // kind, value → refused (a reason) or accepted (undefined). Sources: Excel's 15-digit
  // precision ("Excel specifications and limits"); cents from the same-era forms' rounding.
  const CASES: readonly [string, number, RegExp | undefined][] = [
    ["money", 10_000_000, undefined], // seed 000: a $10 million tranche
    ["money", 405_000, undefined], // seed 003: the reduced commitment payment
    ["money", 0.01, undefined], // one cent
    ["money", 1e15, undefined], // 10^15: one significant digit, exact
    ["money", 1e308, /more than 1,000,000,000,000,000/],
    ["money", 1e16, /more than 1,000,000,000,000,000/],
    ["money", 0.001, /0\.001 is a fraction of a cent/],
    ["money", 5_950_000.005, /fraction of a cent/],
    ["money", 12_345_678_901_234.56, /16 significant digits; a cell keeps 15/], // 14 + 2 digits
    ["price", 0.03125, undefined], // 1/32 of a dollar: prices keep their places
    ["price", 3.0625, undefined], // 3 1/16, quoted before decimalization
    ["fraction", 1.2, undefined], // 120%
    ["fraction", 1 / 3, undefined], // =1/3 in a cell reads back with 16 digits: a fraction keeps them
    ["price", 1e16, /more than 1,000,000,000,000,000/],
  ];
  for (const [kind, value, refused] of CASES) {
    it(`${kind} ${value}: ${refused ? "refused" : "accepted"}`, () => {
      const reason = exactCellProblem(kind, value);
      if (refused) assert.match(reason ?? "", refused);
      else assert.equal(reason, undefined);
    });
  }
});

describe("term sheets: amounts and deal ids refused in the review, with the reason", () => {
  it("refuses a principal of 1e308 or 0.001, naming the term and the reason", () => {
    for (const [value, reason] of [
      [1e308, /term TRANCHE_PRINCIPAL: 1e\+308 is more than 1,000,000,000,000,000 \(10\^15\)/],
      [0.001, /term TRANCHE_PRINCIPAL: 0\.001 is a fraction of a cent/],
    ] as const) {
      const problems = problemsOf(parseTermSheet(file("BIG", [{ name: "TRANCHE_PRINCIPAL", value }])));
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.match(problems[0].message, reason);
    }
  });

  it("refuses a money cell of a table with a fraction of a cent", () => {
    const problems = problemsOf(
      parseTermSheet(
        file(
          "PAYMENTS",
          [],
          [{ id: "PAID", title: "t", source: "s", columns: [{ name: "Amount", kind: "money" }], rows: [[0.001]] }],
        ),
      ),
    );
    assert.match(problems[0].message, /money 0\.001: 0\.001 is a fraction of a cent/);
  });

  it("refuses deal ids that take the pane's names: DEB_T1_MODEL, anything ending in _MODEL, Prices, NEOT_Prices", () => {
    for (const [id, reason] of [
      [
        "DEB_T1_MODEL",
        /deal id "DEB_T1_MODEL" is reserved: it ends in _MODEL, the pane's name for the model sheet of deal DEB_T1/,
      ],
      ["X_MODEL", /ends in _MODEL/],
      ["PRICES", /the pane's price sheet/],
      ["NEOT_PRICES", /the pane's price table/],
    ] as const) {
      const problems = problemsOf(parseTermSheet(file(id, [])));
      assert.equal(problems.length, 1, JSON.stringify(problems));
      assert.match(problems[0].message, reason);
    }
    assert.equal(reservedDealIdProblem("DEB_T1"), undefined);
    assert.equal(reservedDealIdProblem("MODEL_T1"), undefined);
  });

  it("says a JSON list is a list, not an object", () => {
    assert.deepEqual(problemsOf(parseTermSheet("[1, 2]")), [
      { path: "file", message: "the file is a list [ … ], not an object { … }" },
    ]);
  });
});
