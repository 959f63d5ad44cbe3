import assert from "node:assert/strict";
import { call } from "./loadBundle";

// Excel date serials: 2001-09-10 is 37144; 2001-09-21 is 37155; 2001-04-17 is 36998;
// 2001-05-30 is 37041; 2002-04-17 is 37363.

describe("bundle: right of first refusal (seed 000, Exhibit B)", () => {
  it("ROFRREPLYDUE is the fifth trading day after receipt; ROFRREPLYDUETIME adds 5:30 p.m.", () => {
    // receipt 2001-09-10; Sep 11–14 closed: Sep 17, 18, 19, 20, 21
    assert.deepEqual(call("ROFRREPLYDUE", 37144, null), { value: 37155 });
    const out = call("ROFRREPLYDUETIME", 37144, null);
    assert.ok("value" in out);
    // 37155 + 17.5/24 = 37155.729166…; 17:30 is 63,000 seconds
    assert.equal(Math.round(((out.value as number) - 37155) * 86400), 63000);
    assert.equal(Math.floor(out.value as number), 37155);
  });

  it("ROFRRENOTICE is the 30th trading day after the initial notice", () => {
    assert.deepEqual(call("ROFRRENOTICE", 36998, null), { value: 37041 });
  });

  it("ROFRPERIODEND is April 17, 2002", () => {
    assert.deepEqual(call("ROFRPERIODEND", null), { value: 37363 });
  });

  it("rejects a blank receipt date", () => {
    assert.deepEqual(call("ROFRREPLYDUE", null, null), {
      error: { code: "#VALUE!", message: "receipt_date is required" },
    });
  });
});
