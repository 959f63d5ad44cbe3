import assert from "node:assert/strict";
import { Decimal } from "../../src/engine/decimal";
import { PriceSeries } from "../../src/engine/series/priceSeries";
import { conversionPrice } from "../../src/engine/debentures/conversionPrice";
import { conversionPriceSeries } from "../../src/engine/debentures/conversionPriceSeries";
import {
  deemedMarketValueDelaySchedule,
  registrationDelaySchedule,
} from "../../src/engine/registration/delayPaymentSchedule";
import {
  deemedMarketValueDelayPayments,
  registrationDelayPayments,
} from "../../src/engine/registration/registrationDelay";
import { Terms } from "../../src/engine/terms/terms";
import { Day, isoDate } from "../../src/engine/time/civilDate";
import { isTradingDay } from "../../src/engine/time/nasdaqCalendar";
import { day, seriesOf, throwsTerms } from "../helpers/prices";

/** A bid on every trading day from `from` to `to`: `bidOf(day)`. */
function dailySeries(from: string, to: string, bidOf: (d: Day) => number): PriceSeries {
  const rows = [];
  for (let d = day(from); d <= day(to); d++) if (isTradingDay(d)) rows.push({ date: d, bid: bidOf(d) });
  return PriceSeries.fromRows(rows);
}

// Seed 000, Exhibit A: Initial Conversion Price = 120% of the average of the 5 bids before
// issuance; from issue + 90 days, the lesser of that and 101% of the average of the 10
// lowest of the 30 bids before conversion.
describe("conversionPriceSeries", () => {
  const ISSUE = day("2001-04-17"); // + 90 days = 2001-07-16 (13 + 31 + 30 + 16 days)

  it("shows the Initial Conversion Price until day 90 and the lower reset price from then on", () => {
    // Bids 5.00 every day: initial 120% × 5.00 = 6.00; reset 101% × 5.00 = 5.05 < 6.00.
    const rows = conversionPriceSeries(
      dailySeries("2001-04-02", "2001-07-16", () => 5),
      ISSUE,
    );
    // Trading days 2001-04-17 … 07-16: April 10 (17–20, 23–27, 30), May 22 (23 weekdays
    // less Memorial Day 28th), June 21, July 10 (2, 3, 5, 6, 9–13, 16; the 4th closed) = 63.
    assert.equal(rows.length, 63);
    assert.equal(isoDate(rows[0].date), "2001-04-17");
    assert.ok(!rows.some((r) => isoDate(r.date) === "2001-05-28" || isoDate(r.date) === "2001-07-04"));
    const last = rows[rows.length - 1];
    const dayBefore = rows[rows.length - 2];
    assert.deepEqual(
      [isoDate(dayBefore.date), dayBefore.price.toString(), dayBefore.resetApplied],
      ["2001-07-13", "6", false],
    );
    assert.deepEqual(
      [isoDate(last.date), last.price.toString(), last.resetApplied, last.bid?.toString()],
      ["2001-07-16", "5.05", true, "5"],
    );
  });

  it("keeps the Initial Conversion Price when the reset price is higher, and says the reset did not apply", () => {
    // 5.00 before issue (initial 6.00), 8.00 after: reset 101% × 8.00 = 8.08 > 6.00.
    const series = dailySeries("2001-04-02", "2001-07-20", (d) => (d < ISSUE ? 5 : 8));
    const rows = conversionPriceSeries(series, ISSUE, day("2001-07-20"));
    assert.ok(rows.every((r) => r.price.toString() === "6" && !r.resetApplied));
  });

  it("gives each day the price CONVPRICE gives for a conversion that day", () => {
    let k = 0;
    const series = dailySeries("2001-04-02", "2001-09-28", () => 3 + ((k++ * 7) % 11) / 4);
    const rows = conversionPriceSeries(series, ISSUE);
    assert.equal(isoDate(rows[rows.length - 1].date), "2001-09-28"); // the last day with a bid
    for (const r of rows) assert.ok(r.price.eq(conversionPrice(series, ISSUE, r.date)), isoDate(r.date));
  });

  it("leaves a day's own missing bid blank, since its price does not need it", () => {
    const bids: Record<string, number | null> = {
      "2001-04-09": 5,
      "2001-04-10": 5,
      "2001-04-11": 5,
      "2001-04-12": 5,
      "2001-04-16": 5,
    };
    bids["2001-04-17"] = null;
    bids["2001-04-18"] = 5.5;
    const rows = conversionPriceSeries(seriesOf(bids), ISSUE);
    assert.deepEqual(
      rows.map((r) => [isoDate(r.date), r.bid?.toString(), r.price.toString()]),
      [
        ["2001-04-17", undefined, "6"],
        ["2001-04-18", "5.5", "6"],
      ],
    );
  });

  it("uses the terms: a 110% initial percentage gives 5.50 on bids of 5.00", () => {
    const rows = conversionPriceSeries(
      dailySeries("2001-04-02", "2001-04-20", () => 5),
      ISSUE,
      undefined,
      Terms.fromPairs([["CONV_INITIAL_PCT", "110%"]]),
    );
    assert.deepEqual(
      rows.map((r) => r.price.toString()),
      ["5.5", "5.5", "5.5", "5.5"],
    );
  });

  it("refuses an end date before the issue date, and prices without a bid and no end date", () => {
    const series = dailySeries("2001-04-02", "2001-04-20", () => 5);
    throwsTerms(
      () => conversionPriceSeries(series, ISSUE, day("2001-04-16")),
      "invalid",
      /end date 2001-04-16 is before the issue date 2001-04-17/,
    );
    throwsTerms(() => conversionPriceSeries(seriesOf({}), ISSUE), "invalid", /give an end date/);
  });

  it("names the missing bid of a window", () => {
    throwsTerms(
      () =>
        conversionPriceSeries(
          dailySeries("2001-04-10", "2001-04-20", () => 5),
          ISSUE,
        ),
      "missing",
      /no closing bid for 2001-04-09/,
    );
  });
});

describe("registrationDelaySchedule", () => {
  const tenMillion = new Decimal(10_000_000);
  const show = (rows: ReturnType<typeof registrationDelaySchedule>) =>
    rows.map((r) => [isoDate(r.date), r.basis.toString(), r.amount.toString(), r.runningTotal.toString()]);

  it("lists each 2% payment with its running total: 3 payments on $10M reach $600,000", () => {
    // 2% × 10,000,000 = 200,000 on June 1, July 1 and August 1.
    const period = { eventDate: day("2001-06-01"), asOfDate: day("2001-08-01") };
    assert.deepEqual(show(registrationDelaySchedule(tenMillion, period)), [
      ["2001-06-01", "10000000", "200000", "200000"],
      ["2001-07-01", "10000000", "200000", "400000"],
      ["2001-08-01", "10000000", "200000", "600000"],
    ]);
  });

  it("rounds only the running total: 2% of 1,234,567.89 is 24,691.3578 a payment", () => {
    // running: 24,691.3578 → 24,691.36; 49,382.7156 → 49,382.72; 74,074.0734 → 74,074.07
    const rows = registrationDelaySchedule(new Decimal("1234567.89"), {
      eventDate: day("2001-06-01"),
      asOfDate: day("2001-08-01"),
    });
    assert.deepEqual(
      show(rows).map((r) => r.slice(2)),
      [
        ["24691.3578", "24691.36"],
        ["24691.3578", "49382.72"],
        ["24691.3578", "74074.07"],
      ],
    );
  });

  it("prorates the cure month: cured 2001-07-11, July owes 10/31 of 200,000", () => {
    // 200,000 × 10/31 = 64,516.129…; running 264,516.129… → 264,516.13
    const period = { eventDate: day("2001-06-01"), cureDate: day("2001-07-11") };
    const rows = registrationDelaySchedule(tenMillion, period, Terms.fromPairs([["DELAY_PRORATE", true]]));
    assert.equal(rows.length, 2);
    assert.equal(rows[1].amount.toFixed(3), "64516.129");
    assert.equal(rows[1].runningTotal.toString(), "264516.13");
  });

  it("is empty when the Event was cured on the Event Date", () => {
    assert.deepEqual(
      registrationDelaySchedule(tenMillion, { eventDate: day("2001-06-01"), cureDate: day("2001-06-01") }),
      [],
    );
  });

  it("ends, row for row, on DELAYPMT's total", () => {
    const cases: [Decimal, string, string | undefined, string | undefined, Terms][] = [
      [new Decimal("1234567.89"), "2001-01-31", undefined, "2002-03-15", Terms.defaults],
      [new Decimal("9999999.99"), "2001-06-01", "2001-12-20", undefined, Terms.fromPairs([["DELAY_PRORATE", true]])],
      [
        new Decimal("8000000"),
        "2001-05-31",
        "2003-02-27",
        "2002-11-30",
        Terms.fromPairs([
          ["DELAY_PRORATE", true],
          ["DELAY_PCT", "1.5%"],
        ]),
      ],
    ];
    for (const [basis, event, cure, asOf, terms] of cases) {
      const period = {
        eventDate: day(event),
        cureDate: cure ? day(cure) : undefined,
        asOfDate: asOf ? day(asOf) : undefined,
      };
      const rows = registrationDelaySchedule(basis, period, terms);
      assert.equal(
        rows[rows.length - 1].runningTotal.toString(),
        registrationDelayPayments(basis, period, terms).toString(),
      );
      // each running total is the total as of that payment's date
      for (const r of rows) {
        assert.equal(
          r.runningTotal.toString(),
          registrationDelayPayments(basis, { ...period, asOfDate: r.date }, terms).toString(),
        );
      }
    }
  });

  it("refuses a negative basis like DELAYPMT", () => {
    throwsTerms(
      () => registrationDelaySchedule(new Decimal(-1), { eventDate: day("2001-06-01"), asOfDate: day("2001-07-01") }),
      "invalid",
      /basis must not be negative/,
    );
  });

  it("lists at most 600 payments (50 years), and says to use DELAYPMT beyond", () => {
    // Payments fall on the Event Date and its monthly anniversaries: from 2001-06-01,
    // payment 600 (k = 599) is 2051-05-01 and payment 601 is 2051-06-01.
    const rows = registrationDelaySchedule(tenMillion, { eventDate: day("2001-06-01"), asOfDate: day("2051-05-01") });
    assert.equal(rows.length, 600);
    assert.equal(isoDate(rows[599].date), "2051-05-01");
    assert.equal(rows[599].runningTotal.toString(), "120000000"); // 600 × 2% × 10,000,000
    throwsTerms(
      () => registrationDelaySchedule(tenMillion, { eventDate: day("2001-06-01"), asOfDate: day("2051-06-01") }),
      "invalid",
      /would list 601 payments, more than 600 .*NEOT.DELAYPMT gives the total/,
    );
  });
});

describe("deemedMarketValueDelaySchedule", () => {
  // Seed 000 §5, the same bids as the DELAYPMTDMV total's test: 2% × 450,000 = 9,000.
  const bids = seriesOf({ "2001-05-31": 3.5, "2001-06-01": 4, "2001-06-29": 4.5, "2001-07-31": 3.9 });
  const shares = new Decimal(450_000);

  it("shows the bid used for each payment and ends on the total", () => {
    // Jun 1: max(4.00, 3.50) = 4.00 → 36,000; Jul 1: max(4.00, 4.50) = 4.50 → 40,500;
    // Aug 1: max(4.00, 3.90) = 4.00 → 36,000; running 36,000, 76,500, 112,500.
    const period = { eventDate: day("2001-06-01"), asOfDate: day("2001-08-01") };
    const rows = deemedMarketValueDelaySchedule(bids, shares, period);
    assert.deepEqual(
      rows.map((r) => [isoDate(r.date), r.basis.toString(), r.amount.toString(), r.runningTotal.toString()]),
      [
        ["2001-06-01", "4", "36000", "36000"],
        ["2001-07-01", "4.5", "40500", "76500"],
        ["2001-08-01", "4", "36000", "112500"],
      ],
    );
    assert.equal(rows[2].runningTotal.toString(), deemedMarketValueDelayPayments(bids, shares, period).toString());
  });

  it("ends on the total when the cure month is prorated", () => {
    // Cured 2001-07-11: Jul 1 payment × 10/31: 40,500 × 10/31 = 13,064.516…; total 49,064.52
    const period = { eventDate: day("2001-06-01"), cureDate: day("2001-07-11") };
    const terms = Terms.fromPairs([["DELAY_PRORATE", true]]);
    const rows = deemedMarketValueDelaySchedule(bids, shares, period, terms);
    assert.equal(rows[1].runningTotal.toString(), "49064.52");
    assert.equal(
      rows[1].runningTotal.toString(),
      deemedMarketValueDelayPayments(bids, shares, period, terms).toString(),
    );
  });

  it("names the missing bid and refuses fractional shares, like the total", () => {
    throwsTerms(
      () => deemedMarketValueDelaySchedule(bids, shares, { eventDate: day("2001-06-01"), asOfDate: day("2001-09-01") }),
      "missing",
      /^no closing bid for 2001-08-31$/,
    );
    throwsTerms(
      () =>
        deemedMarketValueDelaySchedule(bids, new Decimal("0.5"), {
          eventDate: day("2001-06-01"),
          asOfDate: day("2001-06-01"),
        }),
      "invalid",
      /shares.*0\.5/,
    );
  });
});
