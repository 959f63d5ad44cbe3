import assert from "node:assert/strict";
import { call } from "./loadBundle";

describe("bundle: dilution and Nasdaq rules (seed 003)", () => {
  it("DILUTION gives the prospectus' approximately 28%", () => {
    const r = call("DILUTION", 21_862_772, 8_593_877);
    // 8,593,877 / 30,456,649 = 0.2821675…
    assert.ok("value" in r && typeof r.value === "number" && Math.abs(r.value - 0.2821675) < 1e-7, JSON.stringify(r));
    assert.deepEqual(call("DILUTION", 300, 100), { value: 0.25 });
    assert.deepEqual(call("DILUTION", 0, 100), {
      error: { code: "#VALUE!", message: "outstanding shares must be greater than zero, got 0" },
    });
  });

  it("DILUTEDPRICE keeps the market capitalization", () => {
    assert.deepEqual(call("DILUTEDPRICE", 10, 300, 100), { value: 7.5 }); // 10 × 300 / 400
  });

  it("NEEDSAPPROVAL applies 20% or more below the greater of book and market", () => {
    // 20% of 21,862,772 = 4,372,554.4
    assert.deepEqual(call("NEEDSAPPROVAL", 4_372_555, 21_862_772, 4, 2.5, 4.04, null), { value: true });
    assert.deepEqual(call("NEEDSAPPROVAL", 4_372_554, 21_862_772, 4, 2.5, 4.04, null), { value: false });
    assert.deepEqual(call("NEEDSAPPROVAL", 4_372_555, 21_862_772, 4.04, 2.5, 4.04, null), { value: false });
    assert.deepEqual(call("NEEDSAPPROVAL", 4_372_555, 21_862_772, 4, 2.5, "x", null), {
      error: { code: "#VALUE!", message: 'market_value must be a number, got text "x"' },
    });
  });

  describe("BELOWMINBID and DAYSBELOWMINBID", () => {
    // 2001-10-29 (Monday) = serial 37193 … 2001-11-02 (Friday) = 37197
    const dates = [[37193], [37194], [37195], [37196], [37197]];
    const bids = [[1.05], [0.98], [0.95], [0.97], [1.0]];
    it("test the closing bid against $1.00 and count the run below it", () => {
      assert.deepEqual(call("BELOWMINBID", dates, bids, 37194, null), { value: true });
      assert.deepEqual(call("BELOWMINBID", dates, bids, 37197, null), { value: false }); // 1.00 is not below
      assert.deepEqual(call("DAYSBELOWMINBID", dates, bids, 37196, null), { value: 3 }); // Oct 30, 31, Nov 1
      assert.deepEqual(call("DAYSBELOWMINBID", dates, bids, 37198, null), { value: 0 }); // Saturday → Friday's 1.00
    });

    it("answer #N/A when the run reaches back past the data", () => {
      assert.deepEqual(call("DAYSBELOWMINBID", dates.slice(1), bids.slice(1), 37196, null), {
        error: { code: "#N/A", message: "no closing bid for 2001-10-29" },
      });
    });
  });
});
