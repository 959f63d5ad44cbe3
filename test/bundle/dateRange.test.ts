import assert from "node:assert/strict";
import { call } from "./loadBundle";

// No date result outside Excel's world (issue: "no result outside Excel's world"). Excel's
// 1900 date system runs from serial 1 (1900-01-01) to serial 2958465 (9999-12-31); a date
// beyond it is #NUM!, as Excel's own =EDATE(2958400, 60) gives.
// Serial 2958400 is 65 days before 9999-12-31: 9999-10-27.
// Serial 2956639 is 9994-12-31: 2958465 − (365 × 5 + 1 leap day, 9996) = 2958465 − 1826.

const NUM = "#NUM!";

describe("functions bundle: date results stay inside Excel's dates", () => {
  it("gives #NUM! for a Maturity Date after 9999-12-31 (9999-10-27 + 5 years = 10004-10-27)", () => {
    const outcome = call("MATURITY", 2958400, null);
    assert.ok("error" in outcome, JSON.stringify(outcome));
    assert.equal(outcome.error.code, NUM);
    assert.match(outcome.error.message, /10004-10-27 is outside Excel's dates/);
  });

  it("still gives the last date Excel has: 9994-12-31 + 5 years = 9999-12-31 (serial 2958465)", () => {
    assert.deepEqual(call("MATURITY", 2956639, null), { value: 2958465 });
    assert.equal((call("MATURITY", 2956640, null) as { error: { code: string } }).error.code, NUM);
  });

  it("gives #NUM! for a New Warrant expiry and a Second Closing after 9999-12-31", () => {
    // 9999-10-27 + 60 months = 10004-10-27; + 6 months = 10000-04-27.
    assert.equal((call("WARRANTEXPIRY", 2958400, null) as { error: { code: string } }).error.code, NUM);
    const second = call("SECONDCLOSING", 2958400, null);
    assert.ok(
      "error" in second && second.error.code === NUM && second.error.message.includes("10000-04-27"),
      JSON.stringify(second),
    );
  });

  it("gives #NUM! when SECOND_CLOSING_MONTHS of a billion pushes the date 83 million years out", () => {
    // 2001-04-17 + 1e9 months: year 2001 + 83,333,333 and 4 months, far past 9999.
    const outcome = call("SECONDCLOSING", 36998, [["SECOND_CLOSING_MONTHS", 1e9]]);
    assert.ok("error" in outcome, JSON.stringify(outcome));
    assert.equal(outcome.error.code, NUM);
  });

  it("gives #NUM! for a registration deadline past 9999-12-31 (9999-12-31 + 30 days)", () => {
    assert.equal((call("REGFILINGDUE", 2958465, null) as { error: { code: string } }).error.code, NUM);
  });

  it("gives #NUM! for a result beyond the largest double (307,788 ÷ 5e-324 shares)", () => {
    const outcome = call("CONVSHARES", 307788, 5e-324, null);
    assert.ok(
      "error" in outcome && outcome.error.code === NUM && outcome.error.message.includes("too large for Excel"),
    );
  });
});
