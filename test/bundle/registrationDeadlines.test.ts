import assert from "node:assert/strict";
import { call } from "./loadBundle";

// Excel date serials are days since 1899-12-30: 2001-04-17 is 36998, 2001-05-15 is 37026.
const ROLL = [["REG_DEADLINE_ROLL", "NEXT_TRADING_DAY"]];

describe("bundle: registration deadlines (seed 000, Exhibit A and §5)", () => {
  it("REGFILINGDUE and REGEFFECTIVEDUE count 30 and 90 calendar days", () => {
    // 2001-05-15 + 30 = 2001-06-14 (37056); + 90 = 2001-08-13 (37116)
    assert.deepEqual(call("REGFILINGDUE", 37026, null), { value: 37056 });
    assert.deepEqual(call("REGEFFECTIVEDUE", 37026, null), { value: 37116 });
  });

  it("rolls a holiday deadline only when asked", () => {
    // 2001-06-04 (37046) + 30 = 2001-07-04 (37076), Independence Day → 2001-07-05 (37077)
    assert.deepEqual(call("REGFILINGDUE", 37046, null), { value: 37076 });
    assert.deepEqual(call("REGFILINGDUE", 37046, ROLL), { value: 37077 });
  });

  it("SECREPLYDUE, SVDFILINGDUE and SVDEFFECTIVEDUE", () => {
    // 2001-08-22 (37125) + 10 = Saturday 2001-09-01 (37135); rolled past Labor Day → 2001-09-04 (37138)
    assert.deepEqual(call("SECREPLYDUE", 37125, null), { value: 37135 });
    assert.deepEqual(call("SECREPLYDUE", 37125, ROLL), { value: 37138 });
    // 10-K filed 2001-04-02 (36983) + 7 = 2001-04-09 (36990)
    assert.deepEqual(call("SVDFILINGDUE", 36983, null), { value: 36990 });
    // June 1, 2001 = 36998 + 13 + 31 + 1 = 37043
    assert.deepEqual(call("SVDEFFECTIVEDUE", null), { value: 37043 });
    assert.deepEqual(call("SVDEFFECTIVEDUE"), { value: 37043 });
  });

  it("rejects bad input with a message", () => {
    assert.deepEqual(call("REGFILINGDUE", "May 15", null), {
      error: { code: "#VALUE!", message: 'closing_date must be a date, got text "May 15"' },
    });
    const out = call("REGFILINGDUE", 37026, [["REG_DEADLINE_ROLL", "FOLLOWING"]]);
    assert.ok("error" in out && out.error.code === "#VALUE!" && out.error.message.includes("FOLLOWING"));
  });
});
