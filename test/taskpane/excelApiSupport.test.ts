import assert from "node:assert/strict";
import { excelApiSupported } from "../../src/taskpane/excelApiSupport";

describe("excelApiSupported", () => {
  const excelWith = (sets: string[]) => ({
    isSetSupported: (name: string, version?: string) => sets.includes(`${name} ${version}`),
  });

  it("asks Office for ExcelApi 1.13 inside Excel", () => {
    assert.equal(excelApiSupported(excelWith(["ExcelApi 1.13"])), true);
    assert.equal(excelApiSupported(excelWith(["ExcelApi 1.7"])), false); // e.g. Excel 2016: no Table.resize
  });

  it("takes a page outside Office (no host to ask) at its word", () => {
    assert.equal(excelApiSupported(undefined), true);
  });
});
