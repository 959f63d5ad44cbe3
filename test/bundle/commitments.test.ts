import assert from "node:assert/strict";
import { call } from "./loadBundle";

// Excel date serials: 2001-04-17 (letter) is 36998; 2001-05-17 (letter + 30) is 37028;
// 2001-11-17 (letter + 7 months: 13 + 31 + 30 + 31 + 31 + 30 + 31 + 17 = 214 days) is 37212.

describe("bundle: commitment payments (seed 000 §1(c))", () => {
  it("COMMITPMT: $500,000 after May 17, 2001 without the first tranche", () => {
    assert.deepEqual(call("COMMITPMT", null, null, 37028, null), { value: 0 });
    assert.deepEqual(call("COMMITPMT", null, null, 37029, null), { value: 500000 });
    // desktop Excel passes an empty cell as 0: still "not issued"
    assert.deepEqual(call("COMMITPMT", 0, 0, 37029, null), { value: 500000 });
    assert.deepEqual(call("COMMITPMT", 37028, null, 37100, null), { value: 0 });
  });

  it("COMMITPMT: $400,000 after November 17, 2001 without the second tranche", () => {
    assert.deepEqual(call("COMMITPMT", 37028, null, 37212, null), { value: 0 });
    assert.deepEqual(call("COMMITPMT", 37028, null, 37213, null), { value: 400000 });
    assert.deepEqual(call("COMMITPMT", 37028, 37212, 37400, null), { value: 0 });
  });

  it("COMMITPMTTOTAL pays both purchasers", () => {
    assert.deepEqual(call("COMMITPMTTOTAL", null, null, 37029, null), { value: 1_000_000 });
    assert.deepEqual(call("COMMITPMTTOTAL", 37028, null, 37213, null), { value: 800_000 });
  });

  it("rejects a second closing without a first", () => {
    assert.deepEqual(call("COMMITPMT", null, 37210, 37300, null), {
      error: {
        code: "#VALUE!",
        message:
          "second closing date 2001-11-15 is given but the initial closing date is blank (the second tranche follows the first)",
      },
    });
    assert.deepEqual(call("COMMITPMT", null, null, null, null), {
      error: { code: "#VALUE!", message: "as_of_date is required" },
    });
  });
});
