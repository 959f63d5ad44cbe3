import assert from "node:assert/strict";
import { call } from "./loadBundle";

// Excel-shaped calls of the built bundle: date serials (2000-02-25 = 36581, a Friday),
// blanks as null, ranges as 2-D arrays.
describe("bundle: February 2000 purchase (seed 001)", () => {
  describe("SPAPURCHASE", () => {
    it("gives a purchaser's figures and the totals", () => {
      assert.deepEqual(call("SPAPURCHASE", "SHARES", "Montrose", null), { value: 260162 });
      assert.deepEqual(call("SPAPURCHASE", "shares", null, null), { value: 520324 }); // 260,162 × 2
      assert.deepEqual(call("SPAPURCHASE", "PURCHASE_PRICE", 2, null), { value: 4000000 });
      assert.deepEqual(call("SPAPURCHASE", "PURCHASE_PRICE", 0, null), { value: 8000000 }); // desktop's empty cell
      assert.deepEqual(call("SPAPURCHASE", "SHARES", [["Montrose"]], null), { value: 260162 }); // a one-cell range
      assert.deepEqual(call("SPAPURCHASE", "SHARES_AT_PRICE", 1, null), { value: 3999990.75 }); // 260,162 × 15.375
      assert.deepEqual(call("SPAPURCHASE", "WARRANT_SHARES", "strong river", null), { value: 52000 });
      assert.deepEqual(call("SPAPURCHASE", "EXERCISE_PROCEEDS", null, null), { value: 2184000 }); // 104,000 × 21
    });

    it("reads a [terms] range", () => {
      // 260,162 × 16 = 4,162,592
      assert.deepEqual(call("SPAPURCHASE", "SHARES_AT_PRICE", 1, [["FEB2000_PRICE_PER_SHARE", 16]]), {
        value: 4162592,
      });
    });

    it("answers bad input with #VALUE! and a message naming it", () => {
      assert.deepEqual(call("SPAPURCHASE", "WARRANTS", null, null), {
        error: {
          code: "#VALUE!",
          message:
            'field "WARRANTS" is not one of SHARES, PRICE, PURCHASE_PRICE, SHARES_AT_PRICE, WARRANT_SHARES, EXERCISE_PRICE, EXERCISE_PROCEEDS, WARRANT_YEARS, LEGAL_FEE, NET_PROCEEDS',
        },
      });
      assert.deepEqual(call("SPAPURCHASE", null, null, null), {
        error: { code: "#VALUE!", message: "field is required" },
      });
      assert.deepEqual(call("SPAPURCHASE", 3, null, null), {
        error: { code: "#VALUE!", message: "field must be text, got 3" },
      });
      const bad = call("SPAPURCHASE", "SHARES", true, null);
      assert.ok(
        "error" in bad && bad.error.code === "#VALUE!" && bad.error.message.startsWith("purchaser TRUE is not one of"),
      );
      const mismatch = call("SPAPURCHASE", "SHARES", 1, [["FEB2000_MONTROSE_SHARES", 1]]);
      assert.ok("error" in mismatch && mismatch.error.message.includes("FEB2000_TOTAL_SHARES is 520324"));
    });
  });

  describe("SPATABLE", () => {
    it("spills the schedule with a header and a Total row", () => {
      assert.deepEqual(call("SPATABLE", null), {
        value: [
          [
            "Purchaser",
            "Shares",
            "Price per share",
            "Purchase price",
            "Shares × price",
            "Warrant shares",
            "Exercise price",
            "Exercise proceeds",
          ],
          ["Montrose Investments Ltd.", 260162, 15.375, 4000000, 3999990.75, 52000, 21, 1092000],
          ["Strong River Investments, Inc.", 260162, 15.375, 4000000, 3999990.75, 52000, 21, 1092000],
          // 520,324 × 15.375 = 7,999,981.50; 104,000 × 21 = 2,184,000
          ["Total", 520324, 15.375, 8000000, 7999981.5, 104000, 21, 2184000],
        ],
      });
    });
  });

  describe("SPANOTICE", () => {
    it("makes a Friday fax effective Friday before 8:00 p.m. and Monday after", () => {
      assert.deepEqual(call("SPANOTICE", 36581 + 15 / 24, "FAX", null), { value: 36581 });
      assert.deepEqual(call("SPANOTICE", 36581 + 21 / 24, "fax", null), { value: 36584 }); // Monday 2000-02-28
    });

    it("makes a courier notice effective the Business Day after mailing, and other delivery on receipt", () => {
      assert.deepEqual(call("SPANOTICE", 36581, "COURIER", null), { value: 36584 });
      assert.deepEqual(call("SPANOTICE", 36582 + 0.5, "OTHER", null), { value: 36582 }); // Saturday receipt
    });

    it("makes a Saturday-morning fax effective Monday, or on receipt by FEB2000_FAX_GAP", () => {
      const saturday10am = 36582 + 10 / 24; // 2000-02-26; Monday 02-28 is 36584
      assert.deepEqual(call("SPANOTICE", saturday10am, "FAX", null), { value: 36584 });
      assert.deepEqual(call("SPANOTICE", saturday10am, "FAX", [["FEB2000_FAX_GAP", "RECEIPT"]]), { value: 36582 });
      const refused = call("SPANOTICE", saturday10am, "FAX", [["FEB2000_FAX_GAP", "ERROR"]]);
      assert.ok("error" in refused && refused.error.message.startsWith("a fax at 10:00:00 on 2000-02-26"));
    });

    it("refuses a bad method or date-time, naming it", () => {
      assert.deepEqual(call("SPANOTICE", 36581, "MAIL", null), {
        error: { code: "#VALUE!", message: 'method "MAIL" is not one of FAX, COURIER, OTHER' },
      });
      assert.deepEqual(call("SPANOTICE", "2000-02-25", "FAX", null), {
        error: { code: "#VALUE!", message: 'sent must be a number, got text "2000-02-25"' },
      });
      assert.deepEqual(call("SPANOTICE", 0.5, "FAX", null), {
        error: { code: "#VALUE!", message: "sent must be a date and time, got 0.5" },
      });
    });
  });
});
