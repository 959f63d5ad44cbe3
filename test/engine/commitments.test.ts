import assert from "node:assert/strict";
import {
  Closings,
  commitmentDeadlines,
  commitmentPayment,
  commitmentPaymentTotal,
} from "../../src/engine/letter/commitments";
import { Terms } from "../../src/engine/terms/terms";
import { isoDate } from "../../src/engine/time/civilDate";
import { termsError, day as d } from "../helpers/prices";

const closings = (initial?: string, second?: string): Closings => ({
  initialClosing: initial === undefined ? undefined : d(initial),
  secondClosing: second === undefined ? undefined : d(second),
});

describe("commitmentDeadlines", () => {
  it("are letter + 30 days and EDATE(letter, 7)", () => {
    // April 17 + 13 = April 30, + 17 = May 17, 2001; April 17 + 7 months = November 17, 2001
    const { first, second } = commitmentDeadlines();
    assert.equal(isoDate(first), "2001-05-17");
    assert.equal(isoDate(second), "2001-11-17");
  });
});

describe("commitmentPayment (COMMITPMT)", () => {
  // initial closing, second closing, as-of date, expected per purchaser — seed 000 §1(c)
  const cases: [string | undefined, string | undefined, string, string, string][] = [
    [undefined, undefined, "2001-05-17", "0", "first deadline day not yet passed"],
    [undefined, undefined, "2001-05-18", "500000", "first tranche not issued by May 17"],
    ["2001-05-17", undefined, "2001-06-01", "0", "first tranche issued on the last day: in time"],
    ["2001-05-18", undefined, "2001-05-18", "500000", "first tranche one day late"],
    ["2001-05-18", "2001-11-30", "2002-06-01", "500000", "first late: only the 00,000, never both"],
    ["2001-05-10", undefined, "2001-11-17", "0", "second deadline day not yet passed"],
    ["2001-05-10", undefined, "2001-11-18", "400000", "second tranche not issued by November 17"],
    ["2001-05-10", "2001-11-17", "2002-06-01", "0", "second tranche on the last day: in time"],
    ["2001-05-10", "2001-11-19", "2002-06-01", "400000", "second tranche two days late"],
    ["2001-05-10", "2001-11-19", "2001-11-17", "0", "late second tranche, asked before the deadline passed"],
    [undefined, undefined, "2001-04-01", "0", "asked before the letter"],
  ];
  for (const [initial, second, asOf, expected, why] of cases) {
    it(`${why}: ${initial ?? "blank"}, ${second ?? "blank"}, as of ${asOf} → ${expected}`, () => {
      assert.equal(commitmentPayment(closings(initial, second), d(asOf)).toString(), expected);
    });
  }

  it("rejects a second closing without an initial one, naming it", () => {
    assert.throws(
      () => commitmentPayment(closings(undefined, "2001-11-15"), d("2002-01-01")),
      termsError("invalid", "2001-11-15"),
    );
  });

  it("rejects a second closing before the initial one and an initial closing before the letter", () => {
    assert.throws(
      () => commitmentPayment(closings("2001-05-10", "2001-05-01"), d("2002-01-01")),
      termsError("invalid", "2001-05-01", "2001-05-10"),
    );
    assert.throws(
      () => commitmentPayment(closings("2001-04-16"), d("2002-01-01")),
      termsError("invalid", "2001-04-16", "2001-04-17"),
    );
  });

  it("follows the amount and deadline terms", () => {
    // letter 2001-01-31: first deadline Jan 31 + 30 = March 2, 2001; second EDATE(+7) = August 31, 2001
    const t = Terms.fromPairs([
      ["LETTER_DATE", "2001-01-31"],
      ["COMMIT_SECOND_AMOUNT", 250000],
    ]);
    assert.equal(commitmentPayment(closings("2001-03-02"), d("2001-08-31"), t).toString(), "0");
    assert.equal(commitmentPayment(closings("2001-03-02"), d("2001-09-01"), t).toString(), "250000");
    assert.equal(commitmentPayment(closings("2001-03-03"), d("2001-03-03"), t).toString(), "500000");
  });
});

describe("commitmentPaymentTotal (COMMITPMTTOTAL)", () => {
  it("pays each of the two purchasers", () => {
    // 2 × 500,000 and 2 × 400,000
    assert.equal(commitmentPaymentTotal(closings(), d("2001-05-18")).toString(), "1000000");
    assert.equal(commitmentPaymentTotal(closings("2001-05-10"), d("2001-12-01")).toString(), "800000");
    assert.equal(
      commitmentPaymentTotal(
        closings("2001-05-10"),
        d("2001-12-01"),
        Terms.fromPairs([["COMMIT_PURCHASERS", 3]]),
      ).toString(),
      "1200000",
    );
  });
});
