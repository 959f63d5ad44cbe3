import assert from "node:assert/strict";
import { Terms } from "../../src/engine/terms/terms";
import {
  februaryPurchaseFigure,
  februaryPurchaseSchedule,
  februaryPurchaserIndex,
  purchaserKey,
} from "../../src/engine/purchase/februaryPurchase";
import { termsError } from "../helpers/prices";

describe("februaryPurchaseSchedule", () => {
  it("lists Montrose, Strong River and the total as the signature pages give them", () => {
    const rows = februaryPurchaseSchedule();
    assert.deepEqual(
      rows.map((r) => [r.purchaser, r.shares.toString(), r.purchasePrice.toString(), r.warrantShares.toString()]),
      [
        ["Montrose Investments Ltd.", "260162", "4000000", "52000"],
        ["Strong River Investments, Inc.", "260162", "4000000", "52000"],
        // 260,162 + 260,162 = 520,324 (the recitals' aggregate); $4,000,000 × 2 = $8,000,000
        // (the 8-K's aggregate consideration); 52,000 × 2 = 104,000 (the recitals' warrants)
        ["Total", "520324", "8000000", "104000"],
      ],
    );
  });

  it("prices the shares at $15.375 and the warrants at $21.00", () => {
    const [montrose, , total] = februaryPurchaseSchedule();
    assert.equal(montrose.price.toString(), "15.375");
    assert.equal(montrose.exercisePrice.toString(), "21");
    // 260,162 × 15.375 = 260,162 × 15 + 260,162 × 0.375 = 3,902,430 + 97,560.75 = 3,999,990.75
    assert.equal(montrose.sharesAtPrice.toString(), "3999990.75");
    // 520,324 × 15.375 = 7,804,860 + 195,121.5 = 7,999,981.5, $18.50 short of $8,000,000
    assert.equal(total.sharesAtPrice.toString(), "7999981.5");
    // 52,000 × 21 = 1,092,000; 104,000 × 21 = 2,184,000
    assert.equal(montrose.exerciseProceeds.toString(), "1092000");
    assert.equal(total.exerciseProceeds.toString(), "2184000");
  });

  it("adds up overridden purchaser figures when the stated total is overridden too", () => {
    const terms = Terms.fromPairs([
      ["FEB2000_MONTROSE_SHARES", 200_000],
      ["FEB2000_TOTAL_SHARES", 460_162], // 200,000 + 260,162
    ]);
    assert.equal(februaryPurchaseSchedule(terms)[2].shares.toString(), "460162");
  });

  it("refuses a purchaser figure that no longer adds up to the stated total, naming both", () => {
    const terms = Terms.fromPairs([["FEB2000_STRONG_RIVER_WARRANT_SHARES", 50_000]]);
    // 52,000 + 50,000 = 102,000 ≠ 104,000
    assert.throws(
      () => februaryPurchaseSchedule(terms),
      termsError("range", "FEB2000_TOTAL_WARRANT_SHARES", "104000", "102000"),
    );
  });
});

describe("februaryPurchaserIndex", () => {
  it("reads numbers in signature-page order, names by their start in any case, and blank or TOTAL as the total", () => {
    assert.equal(februaryPurchaserIndex(1), 0);
    assert.equal(februaryPurchaserIndex(2), 1);
    assert.equal(februaryPurchaserIndex("montrose"), 0);
    assert.equal(februaryPurchaserIndex("Strong River Investments, Inc."), 1);
    assert.equal(februaryPurchaserIndex("STRONG-RIVER"), 1);
    assert.equal(februaryPurchaserIndex(undefined), 2);
    assert.equal(februaryPurchaserIndex("Total"), 2);
  });

  it("refuses a number or name that is no purchaser, naming it", () => {
    assert.throws(() => februaryPurchaserIndex(3), termsError("invalid", "purchaser 3", "1 (Montrose"));
    assert.throws(() => februaryPurchaserIndex(1.5), termsError("invalid", "purchaser 1.5"));
    assert.throws(() => februaryPurchaserIndex("HBK"), termsError("invalid", 'purchaser text "HBK"'));
    assert.throws(() => februaryPurchaserIndex(" "), termsError("invalid", "purchaser"));
    assert.throws(() => purchaserKey(true), termsError("invalid", "purchaser TRUE"));
  });
});

describe("februaryPurchaseFigure", () => {
  it("gives each field for a purchaser and for the total", () => {
    // field, purchaser, expected (the recitals, signature pages and §4.1; products as above)
    const table: [string, string | number | undefined, string][] = [
      ["SHARES", "Montrose", "260162"],
      ["shares", undefined, "520324"],
      ["PRICE", 2, "15.375"],
      ["PURCHASE_PRICE", "Strong River", "4000000"],
      ["PURCHASE_PRICE", undefined, "8000000"],
      ["SHARES_AT_PRICE", 1, "3999990.75"],
      ["WARRANT_SHARES", 2, "52000"],
      ["WARRANT_SHARES", "total", "104000"],
      ["EXERCISE_PRICE", undefined, "21"],
      ["EXERCISE_PROCEEDS", 1, "1092000"],
      ["WARRANT_YEARS", 1, "5"],
      ["LEGAL_FEE", undefined, "5000"],
    ];
    for (const [field, purchaser, expected] of table) {
      assert.equal(februaryPurchaseFigure(field, purchaser).toString(), expected, `${field} of ${purchaser}`);
    }
  });

  it("reads the per-share price from the terms", () => {
    const terms = Terms.fromPairs([["FEB2000_PRICE_PER_SHARE", 15]]);
    // 260,162 × 15 = 3,902,430
    assert.equal(februaryPurchaseFigure("SHARES_AT_PRICE", 1, terms).toString(), "3902430");
  });

  it("refuses an unknown field and the legal fee of one purchaser", () => {
    assert.throws(() => februaryPurchaseFigure("WARRANTS"), termsError("invalid", '"WARRANTS"', "WARRANT_SHARES"));
    assert.throws(() => februaryPurchaseFigure("LEGAL_FEE", 1), termsError("invalid", "LEGAL_FEE", "purchaser blank"));
  });
});
