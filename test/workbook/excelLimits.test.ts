import assert from "node:assert/strict";
import { dayFromParts } from "../../src/engine/time/civilDate";
import { planDealImport } from "../../src/termsheet/dealSheet";
import { excelDateProblem, sheetNameProblem } from "../../src/workbook/excelLimits";
import { problemsOf } from "../../src/workbook/problem";
import { parseTermSheet } from "../../src/termsheet/termSheet";
import { EMPTY_WORKBOOK } from "../termsheet/planGrid";

/** The problems of a term sheet with this deal id, terms and tables, as "path: message". */
function problems(id: string, terms: [string, unknown][] = [], tables: unknown[] = [], title = "A deal"): string[] {
  const text = JSON.stringify({
    format: "neot-term-sheet",
    version: 1,
    deal: { id, title, source: "test" },
    terms: terms.map(([name, value]) => ({ name, value })),
    tables,
  });
  return problemsOf(parseTermSheet(text)).map((p) => `${p.path}: ${p.message}`);
}

const table = (id: string, columns: { name: string; kind: string }[], rows: unknown[][]) => ({
  id,
  title: "T",
  source: "test",
  columns,
  rows,
});

describe("one set of rules decides what is valid, before anything is written", () => {
  it("refuses a date before 1900, which would be written as a serial of 0 or less", () => {
    // 1899-12-31 is serial 0: the functions read no date there. A term's value is refused by
    // the engine's own reader, as a [terms] block refuses it (one rule, dayOutsideExcel).
    assert.deepEqual(problems("DEAL", [["SVD_EFFECTIVE_DATE", "1899-12-31"]]), [
      'terms[0] SVD_EFFECTIVE_DATE: term SVD_EFFECTIVE_DATE must be a date Excel has, got text "1899-12-31": 1899-12-31 is before 1900-01-01, the first date Excel has',
    ]);
    assert.deepEqual(problems("DEAL", [], [table("DATES", [{ name: "Dated", kind: "date" }], [["1850-01-01"]])]), [
      "tables[0].rows[0][0]: date 1850-01-01: 1850-01-01 is before 1900-01-01, the first date Excel has, so it cannot be a date cell",
    ]);
  });

  it("reads the limits of Excel's dates from the functions' own reader", () => {
    assert.equal(excelDateProblem(dayFromParts(1900, 1, 1)), undefined); // serial 1
    assert.equal(excelDateProblem(dayFromParts(9999, 12, 31)), undefined); // serial 2,958,465
    assert.match(excelDateProblem(dayFromParts(10000, 1, 1))!, /after 9999-12-31/);
  });

  it("refuses a table wider than the sheet's 16,384 columns at review, not at write", () => {
    // Tables start in column G (7): 16,378 columns end at XFD, 16,379 go one past it.
    const columns = (n: number) => Array.from({ length: n }, (_, i) => ({ name: `C${i}x`, kind: "count" }));
    const plan = (n: number) => {
      const r = parseTermSheet(
        JSON.stringify({
          format: "neot-term-sheet",
          version: 1,
          deal: { id: "WIDE", title: "W", source: "s" },
          terms: [],
          tables: [table("T", columns(n), [Array(n).fill(1)])],
        }),
      );
      assert.ok(r.ok, JSON.stringify(problemsOf(r).slice(0, 2)));
      return planDealImport(r.value, EMPTY_WORKBOOK);
    };
    assert.ok(plan(16378).ok);
    // The unit row (4) and the table (header row 5, one body row) would reach XFE, column 16,385.
    assert.deepEqual(
      problemsOf(plan(16379)).map((p) => p.message),
      [
        "the import would write WIDE!G4:XFE4, beyond the last column XFD (16,384) or row 1,048,576 of a sheet",
        "the import would write WIDE!G5:XFE6, beyond the last column XFD (16,384) or row 1,048,576 of a sheet",
      ],
    );
  });

  it("refuses deal NEOT with table PRICES: NEOT_PRICES is the pane's price table", () => {
    assert.deepEqual(problems("NEOT", [], [table("PRICES", [{ name: "Holder", kind: "text" }], [["x"]])]), [
      'tables[0].id: "NEOT_PRICES" is the name of the pane\'s own price table or sheet; choose another deal or table id',
    ]);
  });

  it("refuses the sheet name History, which Excel reserves", () => {
    assert.deepEqual(problems("HISTORY"), [
      'deal.id: "HISTORY" cannot be a sheet name: Excel reserves the sheet name "History"',
    ]);
    assert.equal(sheetNameProblem("A".repeat(32)), "a sheet name has at most 31 characters, got 32");
    assert.equal(sheetNameProblem("A".repeat(31)), undefined);
  });

  it("refuses a title longer than the 32,767 characters a cell holds", () => {
    assert.deepEqual(problems("DEAL", [], [], "x".repeat(32768)), [
      `deal.title: the text "${"x".repeat(40)}" is too long for a cell: a cell holds at most 32,767 characters, got 32,768`,
    ]);
    assert.deepEqual(problems("DEAL", [], [], "x".repeat(32767)), []);
  });

  it("refuses deal ids whose names read as references in A1 or R1C1 notation", () => {
    for (const [id, head] of [
      ["A1", "A1"],
      ["R1C1", "R1C1"],
      ["R", "R"],
      ["RC", "RC"],
    ]) {
      assert.deepEqual(problems(id), [
        `deal.id: "${id}_TERMS" is not a valid Excel name: it begins with "${head}", which reads as a cell reference in A1 or R1C1 notation`,
      ]);
    }
  });
});
