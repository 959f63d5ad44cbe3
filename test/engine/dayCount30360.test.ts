import assert from "node:assert/strict";
import { Decimal } from "../../src/engine/decimal";
import { accruedInterest, days30360US, days360, yearFraction } from "../../src/engine/debentures/interest";
import { redemptionAmount } from "../../src/engine/debentures/redemption";
import { Terms } from "../../src/engine/terms/terms";
import { dayFromParts, daysInMonth, isoDate } from "../../src/engine/time/civilDate";
import { day as d } from "../helpers/prices";
// formulajs is an independent implementation of Excel's DAYS360, the second oracle of
// DAYS360_EXCEL where the end is not the last day of February. There it follows the wording of
// Excel's help ("if the ending date is the last day of a month") rather than Excel itself:
// Excel 2003 gives DAYS360(2006-02-28, 2006-02-28) = −2 (a user's report on pcreview.co.uk,
// "DAYS 360 and the date Feb 28th as start and end") and 1,438 from 2002-02-28 to 2006-02-28
// (Excel User Group forum, 2008), and Gnumeric's DAYS360 documents the same: the last day of
// February is the 30th "only for start_date". formulajs gives 0 and 1,440 there.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const formulajs = require("@formulajs/formulajs");

// SIFMA's 30/360 US (Standard Securities Calculation Methods; the wording), applied
// in this order to D1 = start's day of the month and D2 = end's:
//   (a) start and end both the last day of February → D2 = 30
//   (b) start the last day of February → D1 = 30
//   (c) D2 = 31 and D1 ≥ 30 → D2 = 30
//   (d) D1 = 31 → D1 = 30
// days = 360 × (Y2 − Y1) + 30 × (M2 − M1) + (D2 − D1)
// Excel's DAYS360 (US method) has (b) for the last day of any month, (c) with "otherwise the
// end becomes the 1st of the next month", and not (a).

const lastOfFebruary = (iso: string): boolean => {
  const [y, m, day] = iso.split("-").map(Number);
  return m === 2 && day === (y % 4 === 0 && (y % 100 !== 0 || y % 400 === 0) ? 29 : 28);
};
const terms = (pairs: [string, unknown][]) => Terms.fromPairs(pairs);
const SIFMA = terms([["INTEREST_DAY_COUNT", "30/360"]]);
const EXCEL = terms([["INTEREST_DAY_COUNT", "DAYS360_EXCEL"]]);
const excelDays360 = (start: string, end: string): number =>
  formulajs.DAYS360(new Date(start + "T00:00:00"), new Date(end + "T00:00:00"), false);

describe("days30360US (INTEREST_DAY_COUNT 30/360: SIFMA 30/360 US)", () => {
  // start, end, SIFMA 30/360 US worked by the rules above, Excel DAYS360 worked by its rules
  const cases: [string, string, number, number, string][] = [
    ["2001-02-28", "2001-02-28", 0, -2, "(a)(b): D1 = D2 = 30 → 0; Excel: D1 = 30, D2 = 28 → −2"],
    ["2000-02-29", "2000-02-29", 0, -1, "(a)(b): 0; Excel: 29 − 30 = −1"],
    ["2001-02-28", "2002-02-28", 360, 358, "(a)(b): 360 + 0 + 0; Excel: 360 + (28 − 30) = 358"],
    ["2000-02-29", "2001-02-28", 360, 358, "(a)(b): 360; Excel: 360 − 2"],
    ["2001-02-28", "2004-02-29", 1080, 1079, "(a)(b): 3 × 360; Excel: 1080 + (29 − 30)"],
    ["2002-02-28", "2006-02-28", 1440, 1438, "(a)(b): 4 × 360; Excel: 1440 − 2, as reported from Excel"],
    ["2001-01-15", "2001-02-28", 43, 43, "(a)(b) need the start in February: 30 + 13; Excel: the same"],
    ["2000-02-28", "2000-02-29", 1, 1, "Feb 28, 2000 is not the month's last day: 29 − 28"],
    ["2000-02-28", "2001-02-28", 360, 360, "start not a last of February: (a)(b) do not apply: 360 + 0"],
    ["2001-01-31", "2001-02-28", 28, 28, "(d): D1 = 30; end Feb 28 stays: 30 + (28 − 30) = 28"],
    ["2001-02-28", "2001-03-31", 30, 30, "(b) D1 = 30; (c) D2 = 30: 30 + 0"],
    ["2001-02-28", "2001-03-30", 30, 30, "(b): 30 + (30 − 30)"],
    ["2001-02-28", "2001-03-01", 1, 1, "(b): 30 + (1 − 30) = 1"],
    ["2001-01-30", "2001-03-31", 60, 60, "(c): D2 = 30: 60 + 0"],
    ["2001-01-31", "2001-03-31", 60, 60, "(c)(d): 60 + 0"],
    ["2001-01-15", "2001-03-31", 76, 76, "D1 = 15 < 30: D2 stays 31: 60 + 16; Excel: April 1: 90 − 14"],
    ["2001-03-31", "2001-04-30", 30, 30, "(d): 30 + (30 − 30)"],
    ["2001-04-30", "2001-05-31", 30, 30, "(c): 30 + 0"],
    ["2001-04-17", "2001-07-17", 90, 90, "3 × 30"],
    ["2001-12-31", "2002-01-31", 30, 30, "(c)(d): 360 − 330 + 0"],
    ["2001-04-17", "2006-04-17", 1800, 1800, "5 × 360"],
    ["2001-03-31", "2001-02-28", -32, -32, "backwards: (d) D1 = 30, D2 = 28: −30 + (28 − 30); Excel the same"],
  ];
  for (const [start, end, sifma, excel, why] of cases) {
    it(`${start} to ${end}: ${sifma} (Excel DAYS360 ${excel}); ${why}`, () => {
      assert.equal(days30360US(d(start), d(end)), sifma);
      assert.equal(days360(d(start), d(end)), excel);
      if (!lastOfFebruary(end)) assert.equal(excelDays360(start, end), excel);
    });
  }

  // Every month end of 2000 and 2001 to every month end of 2000 and 2001 (576 pairs, backwards
  // and same-day included). At month ends the rules reduce to a closed form:
  //   D1 is always 30: (b) for February, (d) for a 31st, and 30 stays 30.
  //   D2 is 30 for a 30th, 30 for a 31st by (c) (D1 is 30), and for the last of February 30
  //   when the start is a last of February too (a), else 28 (29 in 2000).
  //   SIFMA = 30 × months − (end in February and start not ? 30 − days of that February : 0)
  //   Excel DAYS360 lacks (a): = 30 × months − (end in February ? 30 − days of that February : 0)
  // e.g. 2000-01-31 → 2000-02-29: 30 × 1 − (30 − 29) = 29; 2000-02-29 → 2001-02-28: 30 × 12 = 360
  // (Excel: 360 − 2 = 358); 2001-02-28 → 2001-02-28: 0 (Excel: −2).
  const monthEnds: { iso: string; year: number; month: number }[] = [];
  for (const year of [2000, 2001]) {
    for (let month = 1; month <= 12; month++) {
      monthEnds.push({
        iso: isoDate(dayFromParts(year, month, daysInMonth(year, month))),
        year,
        month,
      });
    }
  }
  it("counts every month end of 2000 and 2001 to every other as whole months, February's shortfall only when the start is not a February end", () => {
    const wrong: string[] = [];
    for (const s of monthEnds) {
      for (const e of monthEnds) {
        const months = (e.year - s.year) * 12 + (e.month - s.month);
        const shortfall = e.month === 2 ? 30 - (e.year === 2000 ? 29 : 28) : 0;
        const sifma = 30 * months - (s.month === 2 ? 0 : shortfall);
        const excel = 30 * months - shortfall;
        const got = days30360US(d(s.iso), d(e.iso));
        const gotExcel = days360(d(s.iso), d(e.iso));
        const oracle = excelDays360(s.iso, e.iso);
        if (got !== sifma) wrong.push(`${s.iso} → ${e.iso}: 30/360 US ${got}, expected ${sifma}`);
        if (gotExcel !== excel || (e.month !== 2 && oracle !== excel))
          wrong.push(`${s.iso} → ${e.iso}: DAYS360 ${gotExcel}, formulajs ${oracle}, expected ${excel}`);
      }
    }
    assert.deepEqual(wrong, []);
  });
});

describe("INTEREST_DAY_COUNT 30/360 and DAYS360_EXCEL in interest and redemption", () => {
  const feb28 = d("2001-02-28");
  it("never accrues negative interest under 30/360: the last of February to itself is 0 days", () => {
    // 1,000,000 × 5% × 0 / 360 = 0; REDEMPTION = 106% × 1,000,000 + 0 = 1,060,000
    assert.equal(accruedInterest(new Decimal(1_000_000), feb28, feb28, SIFMA).toString(), "0");
    assert.equal(redemptionAmount(new Decimal(1_000_000), feb28, feb28, SIFMA).toString(), "1060000");
    // 2001-02-28 → 2002-02-28 is 360 days: 1,000,000 × 5% × 360 / 360 = 50,000
    assert.equal(accruedInterest(new Decimal(1_000_000), feb28, d("2002-02-28"), SIFMA).toString(), "50000");
  });

  it("keeps Excel's DAYS360 exactly under DAYS360_EXCEL, for reconciling with a sheet that uses it", () => {
    // DAYS360(Feb 28, Feb 28) = −2: 1,000,000 × 5% × −2 / 360 = −277.777… → −277.78;
    // REDEMPTION = 1,060,000 − 277.777… = 1,059,722.222… → 1,059,722.22
    assert.equal(accruedInterest(new Decimal(1_000_000), feb28, feb28, EXCEL).toString(), "-277.78");
    assert.equal(redemptionAmount(new Decimal(1_000_000), feb28, feb28, EXCEL).toString(), "1059722.22");
    // 2001-02-28 → 2002-02-28: DAYS360 = 358 → 358 / 360
    assert.ok(yearFraction(feb28, d("2002-02-28"), EXCEL).eq(new Decimal(358).dividedBy(360)));
  });

  it("reads the choice in any case, and lists DAYS360_EXCEL among the allowed values", () => {
    assert.equal(terms([["INTEREST_DAY_COUNT", "days360_excel"]]).choice("INTEREST_DAY_COUNT"), "DAYS360_EXCEL");
    assert.throws(
      () => terms([["INTEREST_DAY_COUNT", "30E/360"]]),
      /term INTEREST_DAY_COUNT must be one of ACT\/360, 30\/360, DAYS360_EXCEL, ACT\/365, got text "30E\/360"/,
    );
  });
});
