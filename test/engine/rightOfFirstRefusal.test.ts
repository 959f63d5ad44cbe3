import assert from "node:assert/strict";
import {
  ROFR_REPLY_TIME_OF_DAY,
  rofrPeriodEnd,
  rofrRenoticeDate,
  rofrReplyDeadline,
} from "../../src/engine/letter/rightOfFirstRefusal";
import { Terms } from "../../src/engine/terms/terms";
import { isoDate } from "../../src/engine/time/civilDate";
import { day as d } from "../helpers/prices";

describe("rofrReplyDeadline (ROFRREPLYDUE)", () => {
  it("is the fifth trading day after receipt", () => {
    // Receipt Monday 2001-09-10; Sep 11–14 closed: Sep 17, 18, 19, 20, 21 → 2001-09-21
    assert.equal(isoDate(rofrReplyDeadline(d("2001-09-10"))), "2001-09-21");
    // Receipt Thursday 2001-04-12; Apr 13 Good Friday: Apr 16, 17, 18, 19, 20 → 2001-04-20
    assert.equal(isoDate(rofrReplyDeadline(d("2001-04-12"))), "2001-04-20");
    // Receipt Saturday 2001-04-21: Apr 23, 24, 25, 26, 27 → 2001-04-27
    assert.equal(isoDate(rofrReplyDeadline(d("2001-04-21"))), "2001-04-27");
  });

  it("is due at 5:30 p.m., 17.5/24 of a day", () => {
    // 17.5 / 24 = 0.7291666…
    assert.equal(ROFR_REPLY_TIME_OF_DAY.times(48).toString(), "35");
  });
});

describe("rofrRenoticeDate (ROFRRENOTICE)", () => {
  it("is the 30th trading day after the initial notice", () => {
    // From 2001-04-17: Apr 18–20 (3), Apr 23–27 (8), Apr 30 (9), May 1–4 (13), May 7–11 (18),
    // May 14–18 (23), May 21–25 (28), May 28 Memorial Day closed, May 29 (29), May 30 (30)
    assert.equal(isoDate(rofrRenoticeDate(d("2001-04-17"))), "2001-05-30");
  });

  it("follows ROFR_RENOTICE_DAYS", () => {
    // 3 trading days after Monday 2001-09-10: Sep 17, 18, 19
    assert.equal(
      isoDate(rofrRenoticeDate(d("2001-09-10"), Terms.fromPairs([["ROFR_RENOTICE_DAYS", 3]]))),
      "2001-09-19",
    );
  });
});

describe("rofrPeriodEnd (ROFRPERIODEND)", () => {
  it("is the first anniversary of the letter, 2002-04-17", () => {
    assert.equal(isoDate(rofrPeriodEnd()), "2002-04-17");
  });

  it("follows LETTER_DATE and ROFR_PERIOD_MONTHS", () => {
    assert.equal(isoDate(rofrPeriodEnd(Terms.fromPairs([["LETTER_DATE", "2000-02-29"]]))), "2001-02-28");
    assert.equal(isoDate(rofrPeriodEnd(Terms.fromPairs([["ROFR_PERIOD_MONTHS", 18]]))), "2002-10-17");
  });
});
