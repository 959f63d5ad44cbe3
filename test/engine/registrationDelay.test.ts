import assert from "node:assert/strict";
import { Decimal } from "../../src/engine/decimal";
import {
  deemedMarketValueDelayPayments,
  delaySchedule,
  registrationDelayPayments,
} from "../../src/engine/registration/registrationDelay";
import { Terms } from "../../src/engine/terms/terms";
import { isoDate } from "../../src/engine/time/civilDate";
import { day, seriesOf, throwsTerms } from "../helpers/prices";

// Seed 000, Exhibit A, Registration Requirements: 2% of the purchase price "payable
// monthly following specified Events"; §5: 2% of the Deemed Market Value of the Second
// Vesting Date Shares. Payments fall on the Event Date and each monthly anniversary
// (EDATE from the Event Date) before the cure date and on or before the as-of date.
describe("delaySchedule", () => {
  const dates = (event: string, cure?: string, asOf?: string) =>
    [
      ...delaySchedule({
        eventDate: day(event),
        cureDate: cure ? day(cure) : undefined,
        asOfDate: asOf ? day(asOf) : undefined,
      }),
    ].map((p) => isoDate(p.date));

  it("pays on the Event Date and each monthly anniversary up to the as-of date (inclusive)", () => {
    assert.deepEqual(dates("2001-06-01", undefined, "2001-08-01"), ["2001-06-01", "2001-07-01", "2001-08-01"]);
    assert.deepEqual(dates("2001-06-01", undefined, "2001-07-31"), ["2001-06-01", "2001-07-01"]);
  });

  it("stops before the cure date (a payment due on the cure date is not owed)", () => {
    assert.deepEqual(dates("2001-06-01", "2001-07-01"), ["2001-06-01"]);
    assert.deepEqual(dates("2001-06-01", "2001-07-02"), ["2001-06-01", "2001-07-01"]);
    assert.deepEqual(dates("2001-06-01", "2001-06-01"), []);
  });

  it("clamps anniversaries to the month end from the Event Date, never carrying forward", () => {
    // From Jan 31: Feb 28 (clamped), then Mar 31 (EDATE(Jan 31, 2)), not Mar 28.
    assert.deepEqual(dates("2001-01-31", undefined, "2001-04-30"), [
      "2001-01-31",
      "2001-02-28",
      "2001-03-31",
      "2001-04-30",
    ]);
    assert.deepEqual(dates("2001-01-31", undefined, "2001-03-30"), ["2001-01-31", "2001-02-28"]);
  });

  it("uses the earlier of the cure and as-of limits when both are given", () => {
    assert.deepEqual(dates("2001-06-01", "2001-09-15", "2001-07-15"), ["2001-06-01", "2001-07-01"]);
    assert.deepEqual(dates("2001-06-01", "2001-07-15", "2001-09-15"), ["2001-06-01", "2001-07-01"]);
  });

  it("needs a cure date or an as-of date", () => {
    throwsTerms(() => delaySchedule({ eventDate: day("2001-06-01") }), "invalid", /cure date or an as-of date/);
  });

  it("refuses a cure date before the event", () => {
    throwsTerms(() => dates("2001-06-01", "2001-05-31"), "invalid", /2001-05-31 is before the event date 2001-06-01/);
  });
});

describe("registrationDelayPayments", () => {
  const tenMillion = new Decimal(10_000_000);

  it("charges 2% of the basis per payment: 3 payments on $10M are $600,000", () => {
    // 2% × 10,000,000 = 200,000; June 1, July 1, August 1 → 600,000
    const total = registrationDelayPayments(tenMillion, { eventDate: day("2001-06-01"), asOfDate: day("2001-08-01") });
    assert.equal(total.toString(), "600000");
  });

  it("counts every month up to a far as-of date such as 9999-12-31", () => {
    // Event 2001-04-17: anniversaries 2001-04-17 … 9999-12-17 are (9999 − 2001) × 12 + 8
    // months after the first, so 95,985 payments × 200,000 = 19,197,000,000.
    const total = registrationDelayPayments(tenMillion, { eventDate: day("2001-04-17"), asOfDate: day("9999-12-31") });
    assert.equal(total.toString(), "19197000000");
  });

  it("rounds the total to the cent at the end", () => {
    // 2% × 1,234,567.89 = 24,691.3578; × 3 = 74,074.0734 → 74,074.07
    const total = registrationDelayPayments(new Decimal("1234567.89"), {
      eventDate: day("2001-06-01"),
      asOfDate: day("2001-08-01"),
    });
    assert.equal(total.toString(), "74074.07");
  });

  it("prorates the cure month by days when DELAY_PRORATE is TRUE", () => {
    // Cured 2001-06-16: the June 1 payment covers June 1–July 1 (30 days); owed 15/30.
    // 200,000 × 15/30 = 100,000. Without proration the whole 200,000 is owed.
    const period = { eventDate: day("2001-06-01"), cureDate: day("2001-06-16") };
    assert.equal(
      registrationDelayPayments(tenMillion, period, Terms.fromPairs([["DELAY_PRORATE", true]])).toString(),
      "100000",
    );
    assert.equal(registrationDelayPayments(tenMillion, period).toString(), "200000");
  });

  it("prorates only the cure month: cured 2001-07-11 owes June in full and 10/31 of July", () => {
    // 200,000 + 200,000 × 10/31 = 200,000 + 64,516.129… = 264,516.13
    const period = { eventDate: day("2001-06-01"), cureDate: day("2001-07-11") };
    assert.equal(
      registrationDelayPayments(tenMillion, period, Terms.fromPairs([["DELAY_PRORATE", true]])).toString(),
      "264516.13",
    );
  });

  it("takes another percentage from the terms", () => {
    // 1.5% × 10,000,000 × 2 payments = 300,000
    const total = registrationDelayPayments(
      tenMillion,
      { eventDate: day("2001-06-01"), asOfDate: day("2001-07-01") },
      Terms.fromPairs([["DELAY_PCT", "1.5%"]]),
    );
    assert.equal(total.toString(), "300000");
  });

  it("refuses a negative basis", () => {
    throwsTerms(
      () => registrationDelayPayments(new Decimal(-1), { eventDate: day("2001-06-01"), asOfDate: day("2001-07-01") }),
      "invalid",
      /basis must not be negative/,
    );
  });
});

describe("deemedMarketValueDelayPayments", () => {
  // Seed 000 §5: 450,000 shares; each payment 2% × shares × max(bid on Event Date, bid on
  // the trading day before the payment). 2% × 450,000 = 9,000 shares' worth per payment.
  const bids = seriesOf({
    "2001-05-31": 3.5,
    "2001-06-01": 4, // Event Date bid (Friday)
    "2001-06-29": 4.5, // trading day before Sunday 2001-07-01
    "2001-07-31": 3.9, // trading day before 2001-08-01
  });
  const shares = new Decimal(450_000);

  it("values each payment at the greater of the Event Date bid and the prior day's bid", () => {
    // Jun 1: max(4.00, 3.50 on May 31) = 4.00 → 36,000
    // Jul 1 (Sunday): max(4.00, 4.50 on Jun 29) = 4.50 → 40,500
    // Aug 1: max(4.00, 3.90 on Jul 31) = 4.00 → 36,000          total 112,500
    const total = deemedMarketValueDelayPayments(bids, shares, {
      eventDate: day("2001-06-01"),
      asOfDate: day("2001-08-01"),
    });
    assert.equal(total.toString(), "112500");
  });

  it("takes the last trading day's bid when the Event Date is not a trading day", () => {
    // Event Saturday 2001-06-02 → Event bid from Friday 2001-06-01 (4.00).
    // Jun 2: prior trading day Jun 1 (4.00) → 36,000; Jul 2 (Mon): prior Jun 29 (4.50) → 40,500
    const total = deemedMarketValueDelayPayments(bids, shares, {
      eventDate: day("2001-06-02"),
      asOfDate: day("2001-07-02"),
    });
    assert.equal(total.toString(), "76500");
  });

  it("is zero when the Event was cured on the Event Date, without needing any bid", () => {
    const total = deemedMarketValueDelayPayments(seriesOf({}), shares, {
      eventDate: day("2001-06-01"),
      cureDate: day("2001-06-01"),
    });
    assert.equal(total.toString(), "0");
  });

  it("names the missing bid", () => {
    throwsTerms(
      () => deemedMarketValueDelayPayments(bids, shares, { eventDate: day("2001-06-01"), asOfDate: day("2001-09-01") }),
      "missing",
      /^no closing bid for 2001-08-31$/,
    );
  });

  it("refuses fractional or negative share counts", () => {
    const period = { eventDate: day("2001-06-01"), asOfDate: day("2001-06-01") };
    throwsTerms(() => deemedMarketValueDelayPayments(bids, new Decimal("0.5"), period), "invalid", /shares.*0\.5/);
    throwsTerms(() => deemedMarketValueDelayPayments(bids, new Decimal(-1), period), "invalid", /shares.*-1/);
  });
});
