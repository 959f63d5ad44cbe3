import assert from "node:assert/strict";
import { call } from "./loadBundle";

// Excel date serials: 2002-12-31 is 37621; 2001-09-17 is 37151; 2001-09-10 is 37144.

describe("bundle: warrant exercise restrictions (seed 000 §2)", () => {
  it("FIRSTEXERCISE is December 31, 2002 with nothing given", () => {
    assert.deepEqual(call("FIRSTEXERCISE", null, null, null), { value: 37621 });
    assert.deepEqual(call("FIRSTEXERCISE"), { value: 37621 });
  });

  it("is 65 days after a notice, or the business day before an event, if sooner", () => {
    // notice 2002-06-01 (37408) + 65 = 2002-08-05 (37473)
    assert.deepEqual(call("FIRSTEXERCISE", 37408, null, null), { value: 37473 });
    // event Monday 2001-09-17 (37151): New York banks were open Friday 2001-09-14 (37148)
    assert.deepEqual(call("FIRSTEXERCISE", 37408, 37151, null), { value: 37148 });
    // on the Nasdaq calendar: 2001-09-10 (37144), Sep 11–14 closed
    assert.deepEqual(call("FIRSTEXERCISE", 37408, 37151, [["BUSINESS_DAY_CALENDAR", "NASDAQ"]]), { value: 37144 });
  });

  it("rejects a text date", () => {
    assert.deepEqual(call("FIRSTEXERCISE", "soon", null, null), {
      error: { code: "#VALUE!", message: 'notice_date must be a date, got text "soon"' },
    });
  });
});
