import assert from "node:assert/strict";
import { call } from "./loadBundle";

// NEOT.ISBUSINESSDAY and NEOT.BUSINESSDAY through the built bundle. Excel serials:
// 2001-04-13 (Good Friday) = 36994; 2001-04-17 = 36998; 2001-10-05 (Friday) = 37169;
// 2001-10-08 (Columbus Day) = 37172; 2001-10-09 = 37173.
const NASDAQ = [["BUSINESS_DAY_CALENDAR", "NASDAQ"]];

describe("functions bundle: business days", () => {
  it("ISBUSINESSDAY: banks open on Good Friday, closed on Columbus Day; the Nasdaq calendar on request", () => {
    assert.deepEqual(call("ISBUSINESSDAY", 36994, null), { value: true });
    assert.deepEqual(call("ISBUSINESSDAY", 37172, null), { value: false });
    assert.deepEqual(call("ISBUSINESSDAY", 36994, NASDAQ), { value: false });
    assert.deepEqual(call("ISBUSINESSDAY", 37172, NASDAQ), { value: true });
  });

  it("BUSINESSDAY: WORKDAY semantics on New York banking days", () => {
    // §1(a): two business days after Tuesday 2001-04-17 → Thursday 2001-04-19 (36998 + 2).
    assert.deepEqual(call("BUSINESSDAY", 36998, 2, null), { value: 37000 });
    // Friday 2001-10-05 + 1 → Tuesday 10-09 (Columbus Day skipped); on Nasdaq → Monday 10-08.
    assert.deepEqual(call("BUSINESSDAY", 37169, 1, null), { value: 37173 });
    assert.deepEqual(call("BUSINESSDAY", 37169, 1, NASDAQ), { value: 37172 });
    assert.deepEqual(call("BUSINESSDAY", 37173, -1, null), { value: 37169 });
    assert.deepEqual(call("BUSINESSDAY", 37170, 0, null), { value: 37170 }); // 0: the start, a Saturday
  });

  it("refuses a date outside 1990–2100 and a bad calendar name, saying so", () => {
    const early = call("BUSINESSDAY", 100, 1, null);
    assert.ok(
      "error" in early && early.error.code === "#VALUE!" && early.error.message.includes("New York banking calendar"),
    );
    const bad = call("ISBUSINESSDAY", 36998, [["BUSINESS_DAY_CALENDAR", "TARGET"]]);
    assert.ok("error" in bad && bad.error.message.includes("NY_BANKING, NASDAQ"));
  });
});
