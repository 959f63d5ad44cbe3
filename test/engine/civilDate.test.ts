import assert from "node:assert/strict";
import {
  addMonthsClamped,
  dayFromExcelSerial,
  dayFromParts,
  daysInMonth,
  excelSerialFromDay,
  isoDate,
  parseIsoDate,
  partsFromDay,
  weekday,
} from "../../src/engine/time/civilDate";
import { TermsError } from "../../src/engine/errors";

const MS_PER_DAY = 86_400_000;

/** The expected Day of a date, from the JavaScript Date object rather than the code under test. */
function utcDay(year: number, month: number, day: number): number {
  return Date.UTC(year, month - 1, day) / MS_PER_DAY;
}

/** Shorthand: the Day of an ISO date, via the code under test's dayFromParts. */
function d(iso: string): number {
  const [y, m, dd] = iso.split("-").map(Number);
  return dayFromParts(y, m, dd);
}

function isTermsError(code: string) {
  return (e: unknown) => e instanceof TermsError && e.code === code;
}

describe("civilDate", () => {
  describe("dayFromParts and partsFromDay", () => {
    it("puts 1970-01-01 at day 0 and 2001-04-17 at day 11429", () => {
      assert.equal(dayFromParts(1970, 1, 1), 0);
      // 2001-01-01: 31 years × 365 + 8 leap days (1972 … 1996, 2000) = 11315 + 8 = 11323;
      // April 17 is day 31 + 28 + 31 + 16 = 106 after January 1, so 11323 + 106 = 11429.
      assert.equal(dayFromParts(2001, 1, 1), 11323);
      assert.equal(dayFromParts(2001, 4, 17), 11429);
      assert.deepEqual(partsFromDay(11429), { year: 2001, month: 4, day: 17 });
    });

    it("round-trips every day from 1899-12-01 to 2101-01-31 and agrees with Date.UTC", () => {
      const first = utcDay(1899, 12, 1);
      const last = utcDay(2101, 1, 31);
      assert.equal(dayFromParts(1899, 12, 1), first);
      assert.equal(dayFromParts(2101, 1, 31), last);
      let checked = 0;
      for (let day = first; day <= last; day++) {
        const js = new Date(day * MS_PER_DAY);
        const expected = { year: js.getUTCFullYear(), month: js.getUTCMonth() + 1, day: js.getUTCDate() };
        const parts = partsFromDay(day);
        if (parts.year !== expected.year || parts.month !== expected.month || parts.day !== expected.day) {
          assert.fail(`partsFromDay(${day}) = ${JSON.stringify(parts)}, expected ${JSON.stringify(expected)}`);
        }
        const back = dayFromParts(expected.year, expected.month, expected.day);
        if (back !== day) assert.fail(`dayFromParts(${JSON.stringify(expected)}) = ${back}, expected ${day}`);
        checked++;
      }
      // 1899-12-01 … 2101-01-31 is (2101-01-31 − 1899-12-01) + 1 days.
      assert.equal(checked, last - first + 1);
    });
  });

  describe("weekday", () => {
    it("gives the day of the week of known dates, 0 = Sunday … 6 = Saturday", () => {
      assert.equal(weekday(d("2001-04-17")), 2); // Tuesday
      assert.equal(weekday(d("2001-09-11")), 2); // Tuesday
      assert.equal(weekday(d("1970-01-01")), 4); // Thursday
      assert.equal(weekday(d("1900-01-01")), 1); // Monday
      assert.equal(weekday(d("2000-01-01")), 6); // Saturday
      assert.equal(weekday(d("1969-07-20")), 0); // Sunday (Moon landing)
      assert.equal(weekday(d("2024-02-29")), 4); // Thursday
      assert.equal(weekday(d("1899-12-31")), 0); // Sunday, a negative Day
    });

    it("agrees with Date.getUTCDay for every day of 1960 through 1979", () => {
      for (let day = utcDay(1960, 1, 1); day <= utcDay(1979, 12, 31); day++) {
        const expected = new Date(day * MS_PER_DAY).getUTCDay();
        if (weekday(day) !== expected) assert.fail(`weekday(${day}) = ${weekday(day)}, expected ${expected}`);
      }
    });
  });

  describe("daysInMonth and leap years", () => {
    it("treats 1900 and 2100 as common years and 2000 as a leap year", () => {
      assert.equal(daysInMonth(1900, 2), 28);
      assert.equal(daysInMonth(2000, 2), 29);
      assert.equal(daysInMonth(2100, 2), 28);
      assert.equal(daysInMonth(2024, 2), 29);
      assert.equal(daysInMonth(2001, 2), 28);
    });

    it("gives 31, 30 or 31 days for the other months, December included", () => {
      const expected = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
      for (let m = 1; m <= 12; m++) assert.equal(daysInMonth(2001, m), expected[m - 1], `month ${m}`);
    });

    it("has 365 days in 1900 and 2100 and 366 days in 2000", () => {
      assert.equal(dayFromParts(1901, 1, 1) - dayFromParts(1900, 1, 1), 365);
      assert.equal(dayFromParts(2001, 1, 1) - dayFromParts(2000, 1, 1), 366);
      assert.equal(dayFromParts(2101, 1, 1) - dayFromParts(2100, 1, 1), 365);
    });
  });

  describe("isoDate and parseIsoDate", () => {
    it("writes dates as zero-padded YYYY-MM-DD", () => {
      assert.equal(isoDate(dayFromParts(2001, 5, 3)), "2001-05-03");
      assert.equal(isoDate(dayFromParts(1900, 1, 1)), "1900-01-01");
      assert.equal(isoDate(dayFromParts(2100, 12, 31)), "2100-12-31");
      assert.equal(isoDate(0), "1970-01-01");
    });

    it("reads real ISO dates back to the same day", () => {
      assert.equal(parseIsoDate("2001-04-17"), 11429);
      assert.equal(parseIsoDate("2000-02-29"), dayFromParts(2000, 2, 29));
      assert.equal(parseIsoDate("1900-02-28"), dayFromParts(1900, 2, 28));
      for (const text of ["1970-01-01", "1999-12-31", "2024-02-29", "2100-12-31"]) {
        assert.equal(isoDate(parseIsoDate(text)!), text);
      }
    });

    it("rejects impossible dates: 2001-02-29, 1900-02-29, 2001-04-31, 2001-13-01, month or day 00", () => {
      for (const text of [
        "2001-02-29",
        "1900-02-29",
        "2100-02-29",
        "2001-04-31",
        "2001-13-01",
        "2001-00-10",
        "2001-01-00",
        "2001-01-32",
      ]) {
        assert.equal(parseIsoDate(text), undefined, text);
      }
    });

    it("rejects text that is not in YYYY-MM-DD form", () => {
      for (const text of [
        "2001-4-1",
        "2001-04-1",
        "01-04-17",
        "2001/04/17",
        "17.04.2001",
        "April 17, 2001",
        "today",
        "",
        "2001-04-17T00:00",
      ]) {
        assert.equal(parseIsoDate(text), undefined, JSON.stringify(text));
      }
    });
  });

  describe("addMonthsClamped (Excel EDATE)", () => {
    const edate = (iso: string, months: number) => isoDate(addMonthsClamped(d(iso), months));

    it("keeps the day of the month when the target month has it", () => {
      assert.equal(edate("2001-04-17", 1), "2001-05-17");
      assert.equal(edate("2001-04-17", 12), "2002-04-17");
      assert.equal(edate("2001-04-17", 0), "2001-04-17");
    });

    it("clamps January 31 plus one month to February 28, or 29 in a leap year", () => {
      assert.equal(edate("2001-01-31", 1), "2001-02-28");
      assert.equal(edate("2000-01-31", 1), "2000-02-29");
      assert.equal(edate("1900-01-31", 1), "1900-02-28");
      assert.equal(edate("2001-01-31", 3), "2001-04-30");
    });

    it("clamps March 31 minus one month to February 28", () => {
      assert.equal(edate("2001-03-31", -1), "2001-02-28");
      assert.equal(edate("2004-03-31", -1), "2004-02-29");
    });

    it("never carries a clamped day forward: Jan 31 +1 +1 is Mar 28 but Jan 31 +2 is Mar 31", () => {
      const twoSteps = isoDate(addMonthsClamped(addMonthsClamped(d("2001-01-31"), 1), 1));
      assert.equal(twoSteps, "2001-03-28");
      assert.equal(edate("2001-01-31", 2), "2001-03-31");
    });

    it("counts negative months back across year ends", () => {
      assert.equal(edate("2001-01-15", -1), "2000-12-15");
      assert.equal(edate("2001-01-15", -13), "1999-12-15");
      assert.equal(edate("2001-02-28", -12), "2000-02-28");
      assert.equal(edate("2001-03-31", -13), "2000-02-29");
      assert.equal(edate("2001-01-31", -2), "2000-11-30");
    });

    it("moves February 29 to February 28 in common years and keeps it in leap years", () => {
      assert.equal(edate("2000-02-29", 12), "2001-02-28");
      assert.equal(edate("2000-02-29", -12), "1999-02-28");
      assert.equal(edate("2000-02-29", 48), "2004-02-29");
      assert.equal(edate("2000-02-29", 1200), "2100-02-28");
    });

    it("adds months forward across year ends", () => {
      assert.equal(edate("2001-11-30", 2), "2002-01-30");
      assert.equal(edate("2001-12-31", 2), "2002-02-28");
      assert.equal(edate("2001-12-31", 14), "2003-02-28");
    });
  });

  describe("Excel 1900 date serials", () => {
    it("reads serial 36998 as 2001-04-17", () => {
      // 2001-01-01 is Excel serial 36892; April 17 is 106 days later: 36892 + 106 = 36998.
      assert.equal(isoDate(dayFromExcelSerial(36998)), "2001-04-17");
      assert.equal(excelSerialFromDay(d("2001-04-17")), 36998);
    });

    it("truncates a time of day: 36998.99 and 36998.5 are still 2001-04-17", () => {
      assert.equal(isoDate(dayFromExcelSerial(36998.99)), "2001-04-17");
      assert.equal(isoDate(dayFromExcelSerial(36998.5)), "2001-04-17");
      assert.equal(isoDate(dayFromExcelSerial(36998.000001)), "2001-04-17");
    });

    it("maps serials 1 and 59 to 1900-01-01 and 1900-02-28, and 61 to 1900-03-01", () => {
      assert.equal(isoDate(dayFromExcelSerial(1)), "1900-01-01");
      assert.equal(isoDate(dayFromExcelSerial(1.75)), "1900-01-01");
      assert.equal(isoDate(dayFromExcelSerial(31)), "1900-01-31");
      assert.equal(isoDate(dayFromExcelSerial(32)), "1900-02-01");
      assert.equal(isoDate(dayFromExcelSerial(59)), "1900-02-28");
      assert.equal(isoDate(dayFromExcelSerial(61)), "1900-03-01");
      assert.equal(isoDate(dayFromExcelSerial(62)), "1900-03-02");
      // From 61 on, date = 1899-12-30 + serial: 25569 = 1970-01-01.
      assert.equal(isoDate(dayFromExcelSerial(25569)), "1970-01-01");
      assert.equal(isoDate(dayFromExcelSerial(2958465)), "9999-12-31");
    });

    it("refuses serial 60, Excel's fictitious 1900-02-29, with code invalid", () => {
      assert.throws(() => dayFromExcelSerial(60), isTermsError("invalid"));
      assert.throws(() => dayFromExcelSerial(60.5), isTermsError("invalid"));
    });

    it("refuses 0, fractions below 1, negatives, NaN and infinities with code invalid", () => {
      for (const bad of [0, 0.5, 0.999, -1, -36998, Number.NaN, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY]) {
        assert.throws(() => dayFromExcelSerial(bad), isTermsError("invalid"), String(bad));
      }
    });

    it("gives serial 59 for 1900-02-28 and 61 for 1900-03-01, skipping 60", () => {
      assert.equal(excelSerialFromDay(d("1900-01-01")), 1);
      assert.equal(excelSerialFromDay(d("1900-02-28")), 59);
      assert.equal(excelSerialFromDay(d("1900-03-01")), 61);
      assert.equal(excelSerialFromDay(0), 25569);
    });

    it("inverts dayFromExcelSerial for serials 1 to 2958465 except 60 (sampled)", () => {
      const serials: number[] = [];
      for (let s = 1; s <= 1000; s++) if (s !== 60) serials.push(s);
      for (let s = 1001; s <= 2958465; s += 997) serials.push(s);
      for (let s = 36000; s <= 48000; s++) serials.push(s); // every day of 1998 … 2031
      serials.push(2958464, 2958465);
      for (const s of serials) {
        const day = dayFromExcelSerial(s);
        if (excelSerialFromDay(day) !== s) assert.fail(`serial ${s} → ${isoDate(day)} → ${excelSerialFromDay(day)}`);
      }
    });

    it("gives consecutive serials to consecutive days from 1900-03-01 on", () => {
      for (let day = d("1900-03-01"); day < d("1900-03-01") + 50000; day += 7) {
        assert.equal(excelSerialFromDay(day + 1), excelSerialFromDay(day) + 1);
      }
    });
  });
  describe("the 1904 date system", () => {
    // 1904 serial 0 is 1904-01-01; every serial is 1,462 below the 1900 one.
    it("reads 35536 as 2001-04-17 (36998 − 1462) and writes it back", () => {
      assert.equal(isoDate(dayFromExcelSerial(35536, "date", 1904)), "2001-04-17");
      assert.equal(excelSerialFromDay(dayFromExcelSerial(35536.75, "date", 1904), 1904), 35536);
    });

    it("has a real 1904-03-01 at serial 60 (Jan 31 + Feb 29 days after 1904-01-01)", () => {
      assert.equal(isoDate(dayFromExcelSerial(60, "date", 1904)), "1904-03-01");
    });

    it("ends at 9999-12-31 = 2957003 (2958465 − 1462) and starts at 0 = 1904-01-01, Excel's first date there", () => {
      assert.equal(isoDate(dayFromExcelSerial(2957003, "date", 1904)), "9999-12-31");
      assert.throws(() => dayFromExcelSerial(2957004, "date", 1904), TermsError);
      assert.equal(isoDate(dayFromExcelSerial(0, "date", 1904)), "1904-01-01");
      assert.equal(isoDate(dayFromExcelSerial(0.75, "date", 1904)), "1904-01-01"); // 6 p.m. that day
      assert.throws(() => dayFromExcelSerial(-1, "date", 1904), TermsError);
      assert.throws(() => dayFromExcelSerial(-0.5, "date", 1904), TermsError);
      // 1900 system: 0 is no date (Excel shows it as 1900-01-00)
      assert.throws(() => dayFromExcelSerial(0), TermsError);
    });
  });
});
