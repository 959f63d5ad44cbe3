import assert from "node:assert/strict";
import { TermsError } from "../../src/engine/errors";
import { Terms } from "../../src/engine/terms/terms";
import { NoticeMethod, noticeEffectiveDate, noticeMethod } from "../../src/engine/purchase/noticeEffective";
import { dayFromParts, isoDate } from "../../src/engine/time/civilDate";
import { dateTimeFromExcelSerial } from "../../src/engine/time/excelDateTime";

/** A New York wall-clock moment from "YYYY-MM-DD" and "HH:MM:SS". */
function at(iso: string, time: string) {
  const [y, m, d] = iso.split("-").map(Number);
  const [hh, mm, ss] = time.split(":").map(Number);
  return { day: dayFromParts(y, m, d), second: hh * 3600 + mm * 60 + ss };
}

function effective(iso: string, time: string, method: NoticeMethod, terms = Terms.defaults): string {
  return isoDate(noticeEffectiveDate(at(iso, time), method, terms));
}

describe("dateTimeFromExcelSerial", () => {
  it("splits a date-time serial into the day and the second, rounding Excel's thirds of a day", () => {
    // 2000-02-25 = serial 36581 (2000-01-01 is 36526; + 31 days of January + 24 = 36581)
    assert.deepEqual(dateTimeFromExcelSerial(36581 + 20 / 24), at("2000-02-25", "20:00:00"));
    assert.deepEqual(dateTimeFromExcelSerial(36581 + (19 * 3600 + 59 * 60 + 59) / 86400), at("2000-02-25", "19:59:59"));
    assert.deepEqual(dateTimeFromExcelSerial(36581), at("2000-02-25", "00:00:00"));
    // 23:59:59.6 rounds to midnight, which is the next day
    assert.deepEqual(dateTimeFromExcelSerial(36581 + 86399.6 / 86400), at("2000-02-26", "00:00:00"));
  });

  it("refuses what is not a date and time, naming it", () => {
    assert.throws(
      () => dateTimeFromExcelSerial(0.5, "sent"),
      (e: unknown) =>
        e instanceof TermsError && e.code === "invalid" && e.message === "sent must be a date and time, got 0.5",
    );
    assert.throws(
      () => dateTimeFromExcelSerial(Number.NaN),
      (e: unknown) => e instanceof TermsError,
    );
    assert.throws(
      () => dateTimeFromExcelSerial(60.5),
      (e: unknown) => e instanceof TermsError && /fictitious/.test(e.message),
    );
  });
});

describe("noticeEffectiveDate", () => {
  // sent (New York time), method, expected effective date — seed 001 §4.2.
  // 2000-02-25 is a Friday; 2000-02-21 is Washington's Birthday (Nasdaq closed);
  // 2000-04-21 is Good Friday (Nasdaq closed, banks open); 2000-02-26 is a Saturday;
  // 2000-10-09 is Columbus Day (banks closed, Nasdaq open). Business Days are New York
  // banking days by default (BUSINESS_DAY_CALENDAR).
  const table: [string, string, NoticeMethod, string, string][] = [
    ["2000-02-25", "15:00:00", "FAX", "2000-02-25", "(i) before 8:00 p.m. on a Business Day: the day of transmission"],
    ["2000-02-25", "19:59:59", "FAX", "2000-02-25", "(i) one second before the cutoff"],
    ["2000-02-24", "20:00:01", "FAX", "2000-02-25", "(ii) just after 8:00 p.m. Thursday: the next Business Day"],
    ["2000-02-25", "21:00:00", "FAX", "2000-02-28", "(ii) Friday night: the Business Day after is Monday"],
    ["2000-02-25", "23:58:59", "FAX", "2000-02-28", "(ii) still earlier than 11:59 p.m."],
    ["2000-02-26", "21:00:00", "FAX", "2000-02-28", '(ii) applies "on any date": Saturday night → Monday'],
    ["2000-02-18", "21:00:00", "FAX", "2000-02-22", "(ii) Friday night before Washington's Birthday → Tuesday"],
    ["2000-04-20", "22:00:00", "FAX", "2000-04-21", "(ii) Thursday night before Good Friday → Friday (banks open)"],
    [
      "2000-10-06",
      "22:00:00",
      "FAX",
      "2000-10-10",
      "(ii) Friday night before Columbus Day → Tuesday (banks closed Monday)",
    ],
    ["2000-10-09", "10:00:00", "COURIER", "2000-10-10", "(iii) mailed on Columbus Day → Tuesday"],
    ["2000-02-24", "09:00:00", "COURIER", "2000-02-25", "(iii) mailed Thursday: the Business Day following is Friday"],
    ["2000-02-25", "09:00:00", "COURIER", "2000-02-28", "(iii) mailed Friday → Monday"],
    [
      "2000-02-18",
      "23:30:00",
      "COURIER",
      "2000-02-22",
      "(iii) the hour does not matter; Monday 2000-02-21 is a holiday",
    ],
    ["2000-02-26", "14:00:00", "OTHER", "2000-02-26", "(iv) upon actual receipt, even on a Saturday"],
  ];
  for (const [day, time, method, expected, why] of table) {
    it(`${method} ${day} ${time} → ${expected}: ${why}`, () => {
      assert.equal(effective(day, time, method), expected);
    });
  }

  describe("a fax neither (i) nor (ii) covers (FEB2000_FAX_GAP)", () => {
    // before 8:00 p.m. on a day that is not a Business Day; 8:00:00 p.m. exactly; 11:59 p.m. on
    const gaps: [string, string, string][] = [
      ["2000-02-26", "10:00:00", "2000-02-28"], // Saturday morning; next Business Day Monday
      ["2000-10-09", "10:00:00", "2000-10-10"], // Columbus Day morning (banks closed); next Tuesday
      ["2000-02-21", "10:00:00", "2000-02-22"], // Washington's Birthday morning; next Tuesday
      ["2000-02-24", "20:00:00", "2000-02-25"], // exactly 8:00 p.m.: neither "prior to" nor "later than"
      ["2000-02-25", "23:59:00", "2000-02-28"], // not "earlier than 11:59 p.m."
      ["2000-02-25", "23:59:59", "2000-02-28"],
    ];
    const receipt = Terms.fromPairs([["FEB2000_FAX_GAP", "RECEIPT"]]);
    const refuse = Terms.fromPairs([["FEB2000_FAX_GAP", "error"]]);
    for (const [day, time, next] of gaps) {
      it(`${day} ${time}: NEXT_BUSINESS_DAY (default) gives ${next}, RECEIPT gives ${day}, ERROR refuses`, () => {
        assert.equal(effective(day, time, "FAX"), next);
        assert.equal(effective(day, time, "FAX", receipt), day);
        assert.throws(
          () => effective(day, time, "FAX", refuse),
          (e: unknown) => e instanceof TermsError && e.code === "invalid" && e.message.includes(`${time} on ${day}`),
        );
      });
    }
  });

  it("lands a Friday 9 p.m. fax and a Saturday 10 a.m. fax both on Monday", () => {
    // 2000-02-25 is a Friday: (ii) gives the Business Day after, Monday 02-28; Saturday 02-26
    // before 8 p.m. is not a Business Day, so the next Business Day: Monday 02-28.
    assert.equal(effective("2000-02-25", "21:00:00", "FAX"), "2000-02-28");
    assert.equal(effective("2000-02-26", "10:00:00", "FAX"), "2000-02-28");
  });

  it("counts Business Days on the Nasdaq calendar when BUSINESS_DAY_CALENDAR is NASDAQ", () => {
    const nasdaq = Terms.fromPairs([["BUSINESS_DAY_CALENDAR", "NASDAQ"]]);
    // Thursday night before Good Friday 2000-04-21 (Nasdaq closed) → Monday 04-24
    assert.equal(effective("2000-04-20", "22:00:00", "FAX", nasdaq), "2000-04-24");
    // Friday night before Columbus Day 2000-10-09 (Nasdaq open) → Monday 10-09
    assert.equal(effective("2000-10-06", "22:00:00", "FAX", nasdaq), "2000-10-09");
  });

  it("refuses a date outside the calendar", () => {
    assert.throws(
      () => effective("1989-06-02", "09:00:00", "COURIER"),
      (e: unknown) => e instanceof TermsError && e.code === "range",
    );
  });
});

describe("noticeMethod", () => {
  it("reads FAX, COURIER and OTHER in any case and refuses anything else, naming it", () => {
    assert.equal(noticeMethod(" fax "), "FAX");
    assert.equal(noticeMethod("Courier"), "COURIER");
    assert.equal(noticeMethod("other"), "OTHER");
    assert.throws(
      () => noticeMethod("MAIL"),
      (e: unknown) => e instanceof TermsError && e.message === 'method "MAIL" is not one of FAX, COURIER, OTHER',
    );
  });
});
