import assert from "node:assert/strict";
import { call } from "./loadBundle";

describe("bundle: Cantor Controlled Equity Offering (seed 003)", () => {
  it("CEOFEE keeps its contract: $900,000 on $25 million", () => {
    assert.deepEqual(call("CEOFEE", 25_000_000, null), { value: 900000 }); // 400,000 + 350,000 + 150,000
  });

  describe("VWAP", () => {
    it("averages a column of prices by a column of volumes, skipping blank rows", () => {
      // (10,000 × 4.04 + 30,000 × 4.20) / 40,000 = 166,400 / 40,000 = 4.16
      assert.deepEqual(call("VWAP", [[4.04], [null], [4.2]], [[10000], [null], [30000]]), { value: 4.16 });
      assert.deepEqual(call("VWAP", [[4.04, 0, 4.2]], [[10000, 0, 30000]]), { value: 4.16 }); // rows, desktop zeros
    });

    it("refuses text, negatives, mismatched sizes and zero volume, naming the row", () => {
      assert.deepEqual(call("VWAP", [[4.04], ["n/a"]], [[1], [2]]), {
        error: { code: "#VALUE!", message: 'row 2: price must be a positive number, got text "n/a"' },
      });
      assert.deepEqual(call("VWAP", [[4.04], [4]], [[1], [-2]]), {
        error: { code: "#VALUE!", message: "row 2: volume must be a number of zero or more, got -2" },
      });
      assert.deepEqual(call("VWAP", [[4.04], [4]], [[1]]), {
        error: { code: "#VALUE!", message: "prices and volumes must be the same size (2 prices, 1 volumes)" },
      });
      assert.deepEqual(call("VWAP", [[null]], [[null]]), {
        error: { code: "#VALUE!", message: "the volumes add up to zero: there is no sale to average" },
      });
    });
  });

  describe("CEOWARRANTS and CEOWARRANTPRICE", () => {
    it("give 10% of the shares sold, rounded down, at 130% of the VWAP", () => {
      assert.deepEqual(call("CEOWARRANTS", 40005, null), { value: 4000 }); // 4,000.5 rounded down
      assert.deepEqual(call("CEOWARRANTS", 40005, [["CEO_WARRANT_ROUNDING", "NEAREST"]]), { value: 4001 });
      assert.deepEqual(call("CEOWARRANTPRICE", 4.16, null), { value: 5.408 }); // 4.16 × 1.3
    });

    it("refuse fractional shares and a zero average", () => {
      assert.deepEqual(call("CEOWARRANTS", 100.5, null), {
        error: { code: "#VALUE!", message: "shares sold must be a whole number, got 100.5" },
      });
      assert.deepEqual(call("CEOWARRANTPRICE", 0, null), {
        error: { code: "#VALUE!", message: "average sales price must be greater than zero, got 0" },
      });
    });
  });

  describe("CEOOTHERFEE", () => {
    it("is a flat 4% up to $8.4 million of cumulative sales", () => {
      assert.deepEqual(call("CEOOTHERFEE", 1_000_000, null, null), { value: 40000 });
      assert.deepEqual(call("CEOOTHERFEE", 400_000, 8_000_000, null), { value: 16000 }); // ends at exactly 8.4M
      assert.deepEqual(call("CEOOTHERFEE", 500_000, 8_000_000, null), {
        error: { code: "#VALUE!", message: "cumulative gross sales 8500000 exceeds the Other Agreement's 8400000" },
      });
    });
  });

  describe("NASDCAP and NASDHEADROOM", () => {
    it("check compensation against 8% of gross proceeds", () => {
      // 8% × 25,000,000 = 2,000,000; 2,000,000 − 1,022,500 = 977,500
      assert.deepEqual(call("NASDCAP", 1_022_500, 25_000_000, null), { value: true });
      assert.deepEqual(call("NASDHEADROOM", 1_022_500, 25_000_000, null), { value: 977500 });
      assert.deepEqual(call("NASDCAP", 2_000_000.01, 25_000_000, null), { value: false });
      assert.deepEqual(call("NASDHEADROOM", 2_000_000.01, 25_000_000, null), { value: -0.01 });
      assert.deepEqual(call("NASDCAP", null, 25_000_000, null), {
        error: { code: "#VALUE!", message: "compensation is required" },
      });
    });
  });
});
