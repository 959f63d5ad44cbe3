import assert from "node:assert/strict";
import { Decimal } from "../../src/engine/decimal";
import { ceoCommission } from "../../src/engine/cantor/ceoCommission";
import { throwsTerms } from "../helpers/prices";

// Seed 003, Plan of Distribution: 4.00% on the first $10 million of gross proceeds,
// 3.50% on the next $10 million, 3.00% on the next $5 million.
describe("ceoCommission", () => {
  // proceeds | prior | expected fee | hand computation
  const cases: [string, string, string, string][] = [
    ["25000000", "0", "900000", "400,000 + 350,000 + 150,000: the prospectus' table ($900,000)"],
    ["10000000", "0", "400000", "4% × 10,000,000"],
    ["5000000", "8000000", "185000", "4% × 2,000,000 + 3.5% × 3,000,000 = 80,000 + 105,000"],
    ["5000000", "20000000", "150000", "3% × 5,000,000"],
    ["12345678.91", "0", "482098.76", "400,000 + 3.5% × 2,345,678.91 = 400,000 + 82,098.76185"],
    ["0", "0", "0", "nothing sold"],
    ["0.125", "0", "0.01", "4% × 0.125 = 0.005, half away from zero → 0.01"],
    ["0.01", "24999999.99", "0", "3% × 0.01 = 0.0003 → 0.00"],
  ];
  for (const [proceeds, prior, fee, how] of cases) {
    it(`charges ${fee} on ${proceeds} after ${prior} (${how})`, () => {
      assert.equal(ceoCommission(new Decimal(proceeds), new Decimal(prior)).toString(), fee);
    });
  }

  it("adds up over placements to the same total as one placement", () => {
    // 3M + 9M + 13M = 25M: 120,000 + (7M×4% + 2M×3.5% = 350,000) + (8M×3.5% + 5M×3% = 430,000) = 900,000
    const parts = [
      ["3000000", "0"],
      ["9000000", "3000000"],
      ["13000000", "12000000"],
    ];
    const total = parts.reduce(
      (sum, [p, prior]) => sum.plus(ceoCommission(new Decimal(p), new Decimal(prior))),
      new Decimal(0),
    );
    assert.equal(total.toString(), "900000");
  });

  it("refuses sales beyond the agreement's $25 million", () => {
    throwsTerms(() => ceoCommission(new Decimal(20_000_000), new Decimal(10_000_000)), "range", /30000000.*25000000/);
    throwsTerms(() => ceoCommission(new Decimal("25000000.01")), "range", /25000000\.01/);
  });

  it("refuses negative amounts", () => {
    throwsTerms(() => ceoCommission(new Decimal(-1)), "invalid", /proceeds must not be negative, got -1/);
    throwsTerms(() => ceoCommission(new Decimal(1), new Decimal(-5)), "invalid", /prior proceeds.*-5/);
  });
});
