import assert from "node:assert/strict";
import {
  registrationEffectivenessDeadline,
  registrationFilingDeadline,
  secCommentReplyDeadline,
  secondVestingEffectivenessDeadline,
  secondVestingFilingDeadline,
} from "../../src/engine/registration/registrationDeadlines";
import { Terms } from "../../src/engine/terms/terms";
import { isoDate } from "../../src/engine/time/civilDate";
import { day as d } from "../helpers/prices";

const ROLL = Terms.fromPairs([["REG_DEADLINE_ROLL", "NEXT_TRADING_DAY"]]);

describe("registrationFilingDeadline (REGFILINGDUE)", () => {
  it("is 30 calendar days after the closing", () => {
    // May 15 + 16 = May 31, + 14 = June 14: 30 days
    assert.equal(isoDate(registrationFilingDeadline(d("2001-05-15"))), "2001-06-14");
  });

  it("stays on a holiday by default and moves to the next trading day with NEXT_TRADING_DAY", () => {
    // June 4 + 26 = June 30, + 4 = July 4, 2001 (Wednesday, Independence Day) → Thursday July 5
    assert.equal(isoDate(registrationFilingDeadline(d("2001-06-04"))), "2001-07-04");
    assert.equal(isoDate(registrationFilingDeadline(d("2001-06-04"), ROLL)), "2001-07-05");
    // June 1 + 30 = July 1, 2001 (Sunday) → Monday July 2
    assert.equal(isoDate(registrationFilingDeadline(d("2001-06-01"), ROLL)), "2001-07-02");
    // a trading day does not move: June 14, 2001 is a Thursday
    assert.equal(isoDate(registrationFilingDeadline(d("2001-05-15"), ROLL)), "2001-06-14");
  });

  it("follows REG_FILING_DAYS", () => {
    assert.equal(
      isoDate(registrationFilingDeadline(d("2001-05-15"), Terms.fromPairs([["REG_FILING_DAYS", 45]]))),
      "2001-06-29",
    );
  });
});

describe("registrationEffectivenessDeadline (REGEFFECTIVEDUE)", () => {
  it("is 90 calendar days after the closing", () => {
    // May 15 → May 31: 16, June: 46, July: 77, + 13 = August 13: 90
    assert.equal(isoDate(registrationEffectivenessDeadline(d("2001-05-15"))), "2001-08-13");
  });
});

describe("secCommentReplyDeadline (SECREPLYDUE)", () => {
  it("is 10 calendar days after receipt, rolled over Labor Day weekend on request", () => {
    // Aug 22 + 9 = Aug 31, + 1 = Saturday Sep 1, 2001; Monday Sep 3 was Labor Day → Tuesday Sep 4
    assert.equal(isoDate(secCommentReplyDeadline(d("2001-08-22"))), "2001-09-01");
    assert.equal(isoDate(secCommentReplyDeadline(d("2001-08-22"), ROLL)), "2001-09-04");
  });

  it("rolls over the September 11 closures", () => {
    // Sep 1 + 10 = Tuesday Sep 11, 2001; Nasdaq closed Sep 11–14 → Monday Sep 17
    assert.equal(isoDate(secCommentReplyDeadline(d("2001-09-01"), ROLL)), "2001-09-17");
  });
});

describe("secondVestingFilingDeadline (SVDFILINGDUE)", () => {
  it("is seven days after the 10-K is filed", () => {
    // April 2, 2001 + 7 = April 9, 2001
    assert.equal(isoDate(secondVestingFilingDeadline(d("2001-04-02"))), "2001-04-09");
    // March 30, 2001 + 7 = April 6
    assert.equal(isoDate(secondVestingFilingDeadline(d("2001-03-30"))), "2001-04-06");
  });
});

describe("secondVestingEffectivenessDeadline (SVDEFFECTIVEDUE)", () => {
  it("is June 1, 2001, or the SVD_EFFECTIVE_DATE given", () => {
    assert.equal(isoDate(secondVestingEffectivenessDeadline()), "2001-06-01");
    assert.equal(
      isoDate(secondVestingEffectivenessDeadline(Terms.fromPairs([["SVD_EFFECTIVE_DATE", "2001-06-30"]]))),
      "2001-06-30",
    );
    // June 30, 2001 is a Saturday → Monday July 2
    assert.equal(
      isoDate(
        secondVestingEffectivenessDeadline(
          Terms.fromPairs([
            ["SVD_EFFECTIVE_DATE", "2001-06-30"],
            ["REG_DEADLINE_ROLL", "next_trading_day"],
          ]),
        ),
      ),
      "2001-07-02",
    );
  });
});
