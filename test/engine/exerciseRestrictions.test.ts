import assert from "node:assert/strict";
import { firstExerciseDate } from "../../src/engine/warrants/exerciseRestrictions";
import { Terms } from "../../src/engine/terms/terms";
import { isoDate } from "../../src/engine/time/civilDate";
import { day as d } from "../helpers/prices";

const first = (notice?: string, event?: string, terms = Terms.defaults) =>
  isoDate(
    firstExerciseDate(
      {
        noticeDate: notice === undefined ? undefined : d(notice),
        eventDate: event === undefined ? undefined : d(event),
      },
      terms,
    ),
  );

describe("firstExerciseDate (FIRSTEXERCISE)", () => {
  it("is December 31, 2002 with no notice and no event", () => {
    assert.equal(first(), "2002-12-31");
  });

  it("is 65 days after a Holder's notice when that is sooner", () => {
    // June 1 → June 30: 29, July: 60, + 5 = August 5, 2002
    assert.equal(first("2002-06-01"), "2002-08-05");
    // Oct 27 → Oct 31: 4, Nov: 34, Dec: 65 → December 31, 2002 — the same day
    assert.equal(first("2002-10-27"), "2002-12-31");
    // Nov 1 + 65 = January 5, 2003: later, so December 31, 2002
    assert.equal(first("2002-11-01"), "2002-12-31");
  });

  it("is the business day (New York banks open) before a triggering event", () => {
    // Event Monday 2001-09-17: banks were open Friday Sep 14 (Nasdaq was not) → 2001-09-14
    assert.equal(first(undefined, "2001-09-17"), "2001-09-14");
    // Event Tuesday 2001-10-09: Monday Oct 8 was Columbus Day (banks closed) → Friday 2001-10-05
    assert.equal(first(undefined, "2001-10-09"), "2001-10-05");
    // Event Friday 2002-07-05: July 4 closed → Wednesday 2002-07-03
    assert.equal(first(undefined, "2002-07-05"), "2002-07-03");
    // Event Saturday 2002-03-30: Friday March 29 was Good Friday, banks open → 2002-03-29
    assert.equal(first(undefined, "2002-03-30"), "2002-03-29");
    // An event in 2003 leaves December 31, 2002
    assert.equal(first(undefined, "2003-02-03"), "2002-12-31");
  });

  it("takes the earliest when both are given", () => {
    // notice 2002-06-01 → 2002-08-05; event 2002-07-05 → 2002-07-03
    assert.equal(first("2002-06-01", "2002-07-05"), "2002-07-03");
    // notice 2002-03-01 → March 1 + 30 = 31, + 31 = May 1, + 4 = May 5, 2002; event 2002-07-05
    assert.equal(first("2002-03-01", "2002-07-05"), "2002-05-05");
  });

  it("follows the restriction terms", () => {
    const t = Terms.fromPairs([
      ["RESTRICT_END_DATE", "2003-06-30"],
      ["RESTRICT_NOTICE_DAYS", 30],
      ["RESTRICT_EVENT_TRADING_DAYS", 2],
    ]);
    assert.equal(first(undefined, undefined, t), "2003-06-30");
    // 2002-12-01 + 30 = 2002-12-31
    assert.equal(first("2002-12-01", undefined, t), "2002-12-31");
    // two business days before Monday 2001-09-17: Sep 14, Sep 13
    assert.equal(first(undefined, "2001-09-17", t), "2001-09-13");
  });

  it("counts on the Nasdaq calendar when BUSINESS_DAY_CALENDAR is NASDAQ", () => {
    const nasdaq = Terms.fromPairs([["BUSINESS_DAY_CALENDAR", "NASDAQ"]]);
    // Event Monday 2001-09-17: Nasdaq was closed Sep 11–14 → Monday 2001-09-10
    assert.equal(first(undefined, "2001-09-17", nasdaq), "2001-09-10");
    // Event Saturday 2002-03-30: Good Friday closed → Thursday 2002-03-28
    assert.equal(first(undefined, "2002-03-30", nasdaq), "2002-03-28");
  });
});
