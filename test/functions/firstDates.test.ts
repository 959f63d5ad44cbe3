import assert from "node:assert/strict";
import { dayFromParts, isoDate, parseIsoDate } from "../../src/engine/time/civilDate";
import {
  readDate,
  readOptionalDate,
  readPriceSeries,
  readTerms,
  toExcelDate,
  withDateSystem,
} from "../../src/functions/excelArgs";
import { excelDateProblem } from "../../src/workbook/excelLimits";
import { planDealImport } from "../../src/termsheet/dealSheet";
import { problemsOf } from "../../src/workbook/problem";
import { parseTermSheet } from "../../src/termsheet/termSheet";
import { EMPTY_WORKBOOK } from "../termsheet/planGrid";
import { termsError } from "../helpers/prices";

// Each date system's first day, and text dates before it, read alike by the functions
// (excelArgs, Terms) and the task pane (term-sheet import).
// Excel: the 1900 system starts at serial 1 = 1900-01-01; the 1904 system at serial 0 =
// 1904-01-01 (every later serial 1,462 below the 1900 one).
const JAN_1_1904 = dayFromParts(1904, 1, 1);
const in1904 = <T>(body: () => T): T => withDateSystem(1904, body);

describe("the 1904 date system's first day: serial 0 is 1904-01-01", () => {
  it("reads 0 as 1904-01-01 for a required or an optional date argument in a 1904 workbook", () => {
    assert.equal(
      in1904(() => readDate(0, "issue_date")),
      JAN_1_1904,
    );
    assert.equal(
      in1904(() => readDate([[0]], "issue_date")),
      JAN_1_1904,
    );
    assert.equal(
      in1904(() => readOptionalDate(0, "cure_date")),
      JAN_1_1904,
    );
    // −1 would be 1903-12-31, before Excel's first date there
    assert.throws(
      () => in1904(() => readDate(-1, "issue_date")),
      termsError("invalid", "issue_date must be a date, got -1"),
    );
  });

  it("still reads a blank as blank in a 1904 workbook, and 0 as a blank (no date) in a 1900 one", () => {
    assert.equal(
      in1904(() => readOptionalDate(null, "cure_date")),
      undefined,
    );
    assert.equal(
      in1904(() => readOptionalDate("", "cure_date")),
      undefined,
    );
    assert.throws(() => in1904(() => readDate(null, "issue_date")), termsError("invalid", "issue_date is required"));
    assert.equal(readOptionalDate(0, "cure_date"), undefined);
    assert.throws(() => readDate(0, "issue_date"), termsError("invalid", "issue_date must be a date, got 0"));
  });

  it("returns 1904-01-01 as 0 in a 1904 workbook, and refuses the day before", () => {
    assert.equal(
      in1904(() => toExcelDate(JAN_1_1904)),
      0,
    );
    assert.throws(() => in1904(() => toExcelDate(JAN_1_1904 - 1)), termsError("outsideExcel", "1903-12-31"));
  });

  it("reads a date term of 0 as 1904-01-01 in a block whose DATE_SYSTEM is 1904", () => {
    const terms = readTerms([
      ["SVD_EFFECTIVE_DATE", 0],
      ["DATE_SYSTEM", 1904],
    ]);
    assert.equal(isoDate(terms.day("SVD_EFFECTIVE_DATE")), "1904-01-01");
    assert.throws(
      () => readTerms([["SVD_EFFECTIVE_DATE", 0]]),
      termsError("invalid", "term SVD_EFFECTIVE_DATE must be a date (YYYY-MM-DD or a date cell), got 0"),
    );
  });

  it("keeps a price row whose date and bid are both 0 or blank a blank row, and refuses a bid dated 0", () => {
    // Desktop Excel passes 0 for the empty cells of a range, in either date system.
    // 2001-04-17 in the 1904 system: 36998 − 1462 = 35536
    const series = in1904(() => readPriceSeries([[35536], [0], [null]], [[5], [0], [null]]));
    assert.equal(series.bidOn(dayFromParts(2001, 4, 17)).toString(), "5");
    assert.throws(
      () => in1904(() => readPriceSeries([[35536], [0]], [[5], [4]])),
      termsError("invalid", "row 2: closing bid has no date"),
    );
  });

  it("agrees with the pane: a term sheet's 1904-01-01 is written as 0 and read back by the functions as that day", () => {
    const sheet = parseTermSheet(
      JSON.stringify({
        format: "neot-term-sheet",
        version: 1,
        deal: { id: "DEB_T1", title: "New Debentures", source: "seed 000, Exhibit A" },
        terms: [{ name: "SVD_EFFECTIVE_DATE", value: "1904-01-01" }],
      }),
    );
    assert.ok(sheet.ok, JSON.stringify(problemsOf(sheet)));
    const planned = planDealImport(sheet.value, { ...EMPTY_WORKBOOK, dateSystem: 1904 });
    assert.ok(planned.ok, JSON.stringify(problemsOf(planned)));
    const row = planned.value.plan.ranges.flatMap((r) => r.values).find((cells) => cells[0] === "SVD_EFFECTIVE_DATE");
    assert.ok(row, "the plan writes the term's row");
    assert.equal(row[1], 0);
    // The functions read that block (with the DATE_SYSTEM row the pane adds) as the same day.
    const block = planned.value.plan.ranges
      .flatMap((r) => r.values)
      .filter((cells) => cells[0] === "SVD_EFFECTIVE_DATE" || cells[0] === "DATE_SYSTEM")
      .map((cells) => [cells[0], cells[1]]);
    assert.deepEqual(block.map(([name]) => name).sort(), ["DATE_SYSTEM", "SVD_EFFECTIVE_DATE"]);
    assert.equal(isoDate(readTerms(block).day("SVD_EFFECTIVE_DATE")), "1904-01-01");
  });
});

describe("text dates in [terms] before 1900 are refused, as the term-sheet import refuses them", () => {
  // 1899-12-31 would be serial 0 of the 1900 system; 1900-01-01 is serial 1.
  const edges: [string, boolean][] = [
    ["1899-12-31", false],
    ["1850-06-15", false],
    ["0001-01-01", false],
    ["1900-01-01", true],
    ["9999-12-31", true],
  ];
  for (const [iso, ok] of edges) {
    it(`${ok ? "reads" : "refuses"} LETTER_DATE "${iso}" in [terms] and in a term sheet alike`, () => {
      const read = () => readTerms([["LETTER_DATE", iso]]);
      const sheet = parseTermSheet(
        JSON.stringify({
          format: "neot-term-sheet",
          version: 1,
          deal: { id: "LETTER", title: "Letter agreement", source: "seed 000" },
          terms: [{ name: "LETTER_DATE", value: iso }],
        }),
      );
      if (ok) {
        assert.equal(isoDate(read().day("LETTER_DATE")), iso);
        assert.ok(sheet.ok, JSON.stringify(problemsOf(sheet)));
      } else {
        const reason = `${iso} is before 1900-01-01, the first date Excel has`;
        assert.throws(
          read,
          termsError("invalid", `term LETTER_DATE must be a date Excel has, got text "${iso}": ${reason}`),
        );
        assert.ok(!sheet.ok);
        assert.match(
          problemsOf(sheet)
            .map((p) => p.message)
            .join("\n"),
          new RegExp(reason),
        );
        assert.equal(excelDateProblem(parseIsoDate(iso)!), reason);
      }
    });
  }
});
