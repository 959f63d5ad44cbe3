import assert from "node:assert/strict";
import { excelNameProblem, isValidExcelName } from "../../src/workbook/excelName";

describe("isValidExcelName", () => {
  // name | valid | why
  const cases: [string, boolean, string][] = [
    ["DEB_T1_TERMS", true, "letters, digits, underscores"],
    ["DEB_T1.CONV_INITIAL_PCT", true, "a period inside is allowed"],
    ["_private", true, "may start with an underscore"],
    ["\\root", true, "may start with a backslash"],
    ["Prix_été", true, "letters beyond ASCII"],
    ["NEOT_Prices", true, "the price table's name"],
    ["XFE1", true, "XFE is past the last column XFD, so not a cell"],
    ["ABCD1", true, "four letters are never a column"],
    ["R1C1X", true, "not exactly R1C1"],
    ["A1", false, "a cell reference"],
    ["FEE2024", false, "column FEE, row 2024"],
    ["FEB2000", false, "column FEB, row 2000"],
    ["XFD1048576", false, "the last cell of a sheet"],
    ["xfd1", false, "cell references ignore case"],
    ["R", false, "reserved for R1C1"],
    ["c", false, "reserved for R1C1, any case"],
    ["R1C1", false, "an R1C1 reference"],
    ["RC", false, "the current cell in R1C1"],
    ["R2", false, "row 2 in R1C1"],
    ["C15", false, "column 15 in R1C1 (and cell C15)"],
    ["1ABC", false, "starts with a digit"],
    [".ABC", false, "starts with a period"],
    ["DEB T1", false, "a space"],
    ["DEB-T1", false, "a hyphen"],
    ["", false, "empty"],
    ["A".repeat(255), true, "255 characters"],
    ["A".repeat(256), false, "256 characters"],
    ["TRUE", false, "a value (refused conservatively)"],
    ["A1_TERMS", false, "begins with the cell A1"],
    ["R1C1.X", false, "begins with the R1C1 reference R1C1"],
    ["R.X", false, "begins with R, a row in R1C1"],
    ["C2_TERMS", false, "begins with C2, a cell in A1 and a column in R1C1"],
    ["RC.CONV_INITIAL_PCT", false, "begins with RC, the current cell in R1C1"],
    ["R2D2_TERMS", true, "R2D2 is neither an A1 nor an R1C1 reference"],
    ["XFE1_TERMS", true, "XFE is past the last column"],
  ];
  for (const [name, valid, why] of cases) {
    it(`${valid ? "accepts" : "refuses"} ${JSON.stringify(name.length > 20 ? name.slice(0, 8) + "…" : name)}: ${why}`, () => {
      assert.equal(isValidExcelName(name), valid, excelNameProblem(name));
    });
  }

  it("says why a name is refused, naming the reference it reads as", () => {
    assert.match(excelNameProblem("FEE2024")!, /cell reference FEE2024/);
    assert.match(excelNameProblem("R1C1")!, /R1C1 reference/);
    assert.match(excelNameProblem("A".repeat(300))!, /300 characters/);
  });
});
