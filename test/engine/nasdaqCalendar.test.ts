import assert from "node:assert/strict";
import { dayFromParts, isoDate } from "../../src/engine/time/civilDate";
import {
  CALENDAR_FIRST_DAY,
  CALENDAR_LAST_DAY,
  SPECIAL_CLOSURES,
  addTradingDays,
  countTradingDays,
  isTradingDay,
  nasdaqHolidays,
  tradingDayOnOrBefore,
  tradingDaysBefore,
} from "../../src/engine/time/nasdaqCalendar";
import { TermsError } from "../../src/engine/errors";

/** The Day of an ISO date. */
function d(iso: string): number {
  const [y, m, dd] = iso.split("-").map(Number);
  return dayFromParts(y, m, dd);
}

/** Weekday of an ISO date from the JavaScript Date object (independent of the code under test). */
function jsWeekday(iso: string): number {
  return new Date(`${iso}T00:00:00Z`).getUTCDay();
}

/** The ISO date `days` after an ISO date, via the JavaScript Date object. */
function jsAddDays(iso: string, days: number): string {
  const t = new Date(`${iso}T00:00:00Z`).getTime() + days * 86_400_000;
  return new Date(t).toISOString().slice(0, 10);
}

const isRangeError = (e: unknown) => e instanceof TermsError && e.code === "range";

const iso = (days: number[]) => days.map(isoDate);

/**
 * Easter Sunday, 1995–2030, as month-day ("MM-DD"), written out from the published
 * Western (Gregorian) Easter tables. Good Friday is two days earlier.
 */
// prettier-ignore
const EASTER_SUNDAY: Readonly<Record<number, string>> = {
  1995: "04-16", 1996: "04-07", 1997: "03-30", 1998: "04-12", 1999: "04-04",
  2000: "04-23", 2001: "04-15", 2002: "03-31", 2003: "04-20", 2004: "04-11",
  2005: "03-27", 2006: "04-16", 2007: "04-08", 2008: "03-23", 2009: "04-12",
  2010: "04-04", 2011: "04-24", 2012: "04-08", 2013: "03-31", 2014: "04-20",
  2015: "04-05", 2016: "03-27", 2017: "04-16", 2018: "04-01", 2019: "04-21",
  2020: "04-12", 2021: "04-04", 2022: "04-17", 2023: "04-09", 2024: "03-31",
  2025: "04-20", 2026: "04-05", 2027: "03-28", 2028: "04-16", 2029: "04-01",
  2030: "04-21",
};

/**
 * EXPECTED NASDAQ / NYSE FULL-DAY CLOSURES ON WEEKDAYS, 1995–2030, written out by hand.
 *
 * Source: the NYSE holiday rules (NYSE Rule 7.2 and the exchanges' published holiday
 * calendars; Nasdaq keeps the same full-day closures) and the public record of the
 * unscheduled closures. Each row is one year; each column is the month-day ("MM-DD") of
 * the weekday on which the market is closed for that holiday, or null when the holiday
 * gives no weekday closure that year:
 *
 *   year  - the calendar year of the row
 *   newYr - New Year's Day, Jan 1; Sunday -> Monday Jan 2; Saturday -> null (not
 *           observed: the preceding Dec 31 ends the accounting year and stays open)
 *   mlk   - Martin Luther King Jr. Day, 3rd Monday of January; null before 1998
 *   wash  - Washington's Birthday (Presidents' Day), 3rd Monday of February
 *   goodF - Good Friday: EASTER_SUNDAY above minus two days
 *   memor - Memorial Day, last Monday of May
 *   june  - Juneteenth, June 19 (Sat -> Fri 18, Sun -> Mon 20); null before 2022
 *   july4 - Independence Day, July 4 (Sat -> Fri July 3, Sun -> Mon July 5)
 *   labor - Labor Day, 1st Monday of September
 *   thank - Thanksgiving Day, 4th Thursday of November
 *   xmas  - Christmas Day, Dec 25 (Sat -> Fri Dec 24, Sun -> Mon Dec 26)
 *   special closures (any number, trailing): 2001-09-11..14 September 11 attacks;
 *           2004-06-11 Reagan funeral; 2007-01-02 Ford funeral; 2012-10-29/30
 *           Hurricane Sandy; 2018-12-05 G. H. W. Bush funeral; 2025-01-09 Carter funeral.
 *
 * The weekday of January 1 drives most of a row; it is noted at the end of each line.
 */
type Row = [
  year: number,
  newYr: string | null,
  mlk: string | null,
  wash: string,
  goodF: string,
  memor: string,
  june: string | null,
  july4: string,
  labor: string,
  thank: string,
  xmas: string,
  ...special: string[],
];

// prettier-ignore
const EXPECTED_CLOSURES: readonly Row[] = [
  // year  newYr    mlk      wash     goodF    memor    june     july4    labor    thank    xmas     special
  [1995, "01-02", null,    "02-20", "04-14", "05-29", null,    "07-04", "09-04", "11-23", "12-25"], // Jan 1 Sun
  [1996, "01-01", null,    "02-19", "04-05", "05-27", null,    "07-04", "09-02", "11-28", "12-25"], // Mon, leap
  [1997, "01-01", null,    "02-17", "03-28", "05-26", null,    "07-04", "09-01", "11-27", "12-25"], // Wed
  [1998, "01-01", "01-19", "02-16", "04-10", "05-25", null,    "07-03", "09-07", "11-26", "12-25"], // Thu; July 4 Sat
  [1999, "01-01", "01-18", "02-15", "04-02", "05-31", null,    "07-05", "09-06", "11-25", "12-24"], // Fri; July 4 Sun, Xmas Sat
  [2000, null,    "01-17", "02-21", "04-21", "05-29", null,    "07-04", "09-04", "11-23", "12-25"], // Sat, leap
  [2001, "01-01", "01-15", "02-19", "04-13", "05-28", null,    "07-04", "09-03", "11-22", "12-25",
    "09-11", "09-12", "09-13", "09-14"],                                                            // Mon
  [2002, "01-01", "01-21", "02-18", "03-29", "05-27", null,    "07-04", "09-02", "11-28", "12-25"], // Tue
  [2003, "01-01", "01-20", "02-17", "04-18", "05-26", null,    "07-04", "09-01", "11-27", "12-25"], // Wed
  [2004, "01-01", "01-19", "02-16", "04-09", "05-31", null,    "07-05", "09-06", "11-25", "12-24",
    "06-11"],                                                                                       // Thu, leap; July 4 Sun, Xmas Sat
  [2005, null,    "01-17", "02-21", "03-25", "05-30", null,    "07-04", "09-05", "11-24", "12-26"], // Sat; Xmas Sun
  [2006, "01-02", "01-16", "02-20", "04-14", "05-29", null,    "07-04", "09-04", "11-23", "12-25"], // Sun
  [2007, "01-01", "01-15", "02-19", "04-06", "05-28", null,    "07-04", "09-03", "11-22", "12-25",
    "01-02"],                                                                                       // Mon
  [2008, "01-01", "01-21", "02-18", "03-21", "05-26", null,    "07-04", "09-01", "11-27", "12-25"], // Tue, leap
  [2009, "01-01", "01-19", "02-16", "04-10", "05-25", null,    "07-03", "09-07", "11-26", "12-25"], // Thu; July 4 Sat
  [2010, "01-01", "01-18", "02-15", "04-02", "05-31", null,    "07-05", "09-06", "11-25", "12-24"], // Fri; July 4 Sun, Xmas Sat
  [2011, null,    "01-17", "02-21", "04-22", "05-30", null,    "07-04", "09-05", "11-24", "12-26"], // Sat; Xmas Sun
  [2012, "01-02", "01-16", "02-20", "04-06", "05-28", null,    "07-04", "09-03", "11-22", "12-25",
    "10-29", "10-30"],                                                                              // Sun, leap
  [2013, "01-01", "01-21", "02-18", "03-29", "05-27", null,    "07-04", "09-02", "11-28", "12-25"], // Tue
  [2014, "01-01", "01-20", "02-17", "04-18", "05-26", null,    "07-04", "09-01", "11-27", "12-25"], // Wed
  [2015, "01-01", "01-19", "02-16", "04-03", "05-25", null,    "07-03", "09-07", "11-26", "12-25"], // Thu; July 4 Sat
  [2016, "01-01", "01-18", "02-15", "03-25", "05-30", null,    "07-04", "09-05", "11-24", "12-26"], // Fri, leap; Xmas Sun
  [2017, "01-02", "01-16", "02-20", "04-14", "05-29", null,    "07-04", "09-04", "11-23", "12-25"], // Sun
  [2018, "01-01", "01-15", "02-19", "03-30", "05-28", null,    "07-04", "09-03", "11-22", "12-25",
    "12-05"],                                                                                       // Mon
  [2019, "01-01", "01-21", "02-18", "04-19", "05-27", null,    "07-04", "09-02", "11-28", "12-25"], // Tue
  [2020, "01-01", "01-20", "02-17", "04-10", "05-25", null,    "07-03", "09-07", "11-26", "12-25"], // Wed, leap; July 4 Sat
  [2021, "01-01", "01-18", "02-15", "04-02", "05-31", null,    "07-05", "09-06", "11-25", "12-24"], // Fri; July 4 Sun, Xmas Sat
  [2022, null,    "01-17", "02-21", "04-15", "05-30", "06-20", "07-04", "09-05", "11-24", "12-26"], // Sat; June 19 Sun, Xmas Sun
  [2023, "01-02", "01-16", "02-20", "04-07", "05-29", "06-19", "07-04", "09-04", "11-23", "12-25"], // Sun
  [2024, "01-01", "01-15", "02-19", "03-29", "05-27", "06-19", "07-04", "09-02", "11-28", "12-25"], // Mon, leap
  [2025, "01-01", "01-20", "02-17", "04-18", "05-26", "06-19", "07-04", "09-01", "11-27", "12-25",
    "01-09"],                                                                                       // Wed
  [2026, "01-01", "01-19", "02-16", "04-03", "05-25", "06-19", "07-03", "09-07", "11-26", "12-25"], // Thu; July 4 Sat
  [2027, "01-01", "01-18", "02-15", "03-26", "05-31", "06-18", "07-05", "09-06", "11-25", "12-24"], // Fri; June 19 Sat, July 4 Sun, Xmas Sat
  [2028, null,    "01-17", "02-21", "04-14", "05-29", "06-19", "07-04", "09-04", "11-23", "12-25"], // Sat, leap
  [2029, "01-01", "01-15", "02-19", "03-30", "05-28", "06-19", "07-04", "09-03", "11-22", "12-25"], // Mon
  [2030, "01-01", "01-21", "02-18", "04-19", "05-27", "06-19", "07-04", "09-02", "11-28", "12-25"], // Tue
];

/** The expected closed weekdays of a row, as full ISO dates. */
function expectedClosures(row: Row): string[] {
  const [year, ...rest] = row;
  return rest.filter((md): md is string => md !== null).map((md) => `${year}-${md}`);
}

/** The weekdays of `year` on which the code under test says Nasdaq is closed. */
function computedClosures(year: number): string[] {
  const closed: string[] = [];
  for (let day = dayFromParts(year, 1, 1); day <= dayFromParts(year, 12, 31); day++) {
    const text = isoDate(day);
    const w = jsWeekday(text);
    if (w !== 0 && w !== 6 && !isTradingDay(day)) closed.push(text);
  }
  return closed;
}

describe("nasdaqCalendar", () => {
  describe("the hand-written closure table itself", () => {
    it("covers every year from 1995 through 2030 once, in order", () => {
      assert.deepEqual(
        EXPECTED_CLOSURES.map((r) => r[0]),
        Array.from({ length: 36 }, (_, i) => 1995 + i),
      );
    });

    it("lists only weekdays, and no date twice", () => {
      for (const row of EXPECTED_CLOSURES) {
        const dates = expectedClosures(row);
        assert.equal(new Set(dates).size, dates.length, `duplicate in ${row[0]}`);
        for (const date of dates) {
          assert.ok(!Number.isNaN(new Date(`${date}T00:00:00Z`).getTime()), `${date} is not a date`);
          assert.ok(![0, 6].includes(jsWeekday(date)), `${date} in the table is a weekend day`);
        }
      }
    });

    it("has each Good Friday two days before the Easter Sunday of the Easter table, on a Friday", () => {
      for (const row of EXPECTED_CLOSURES) {
        const year = row[0];
        const easter = `${year}-${EASTER_SUNDAY[year]}`;
        assert.equal(jsWeekday(easter), 0, `Easter ${easter} is not a Sunday`);
        assert.equal(`${year}-${row[4]}`, jsAddDays(easter, -2), `Good Friday ${year}`);
      }
    });

    it("puts the Monday holidays on Mondays and Thanksgiving on a Thursday", () => {
      for (const row of EXPECTED_CLOSURES) {
        const [year, , mlk, wash, , memor, , , labor, thank] = row;
        for (const md of [mlk, wash, memor, labor])
          if (md) assert.equal(jsWeekday(`${year}-${md}`), 1, `${year}-${md}`);
        assert.equal(jsWeekday(`${year}-${thank}`), 4, `${year}-${thank}`);
      }
    });
  });

  describe("full-day closures, year by year, against the hand-written table", () => {
    for (const row of EXPECTED_CLOSURES) {
      const year = row[0];
      it(`closes on exactly the expected weekdays in ${year}`, () => {
        const expected = new Set(expectedClosures(row));
        const computed = new Set(computedClosures(year));
        const missing = [...expected].filter((x) => !computed.has(x)).sort();
        const extra = [...computed].filter((x) => !expected.has(x)).sort();
        // assert.fail, not assert.ok: mocha shortens messages shaped "x: expected …".
        if (missing.length > 0 || extra.length > 0) {
          assert.fail(
            `closures in ${year} differ — expected but not computed: ${missing.join(", ") || "none"}; ` +
              `computed but not expected: ${extra.join(", ") || "none"}`,
          );
        }
      });
    }
  });

  describe("isTradingDay", () => {
    it("is closed on every Saturday and Sunday of the calendar", () => {
      for (let day = CALENDAR_FIRST_DAY; day <= CALENDAR_LAST_DAY; day++) {
        const w = new Date(day * 86_400_000).getUTCDay();
        if ((w === 0 || w === 6) && isTradingDay(day)) assert.fail(`${isoDate(day)} is a weekend day but open`);
      }
    });

    it("is open on an ordinary Tuesday, 2001-04-17", () => {
      assert.equal(isTradingDay(d("2001-04-17")), true);
    });

    it("is closed on 1994-04-27 for the Nixon funeral, open the day before and after", () => {
      assert.equal(isTradingDay(d("1994-04-27")), false);
      assert.equal(isTradingDay(d("1994-04-26")), true);
      assert.equal(isTradingDay(d("1994-04-28")), true);
    });

    it("is closed on 2025-01-09 for the Carter funeral but open on 2025-01-08 and 2025-01-10", () => {
      assert.equal(isTradingDay(d("2025-01-09")), false);
      assert.equal(isTradingDay(d("2025-01-08")), true);
      assert.equal(isTradingDay(d("2025-01-10")), true);
    });

    it("stays open on Dec 31 when the next New Year's Day falls on a Saturday", () => {
      for (const date of ["1999-12-31", "2004-12-31", "2010-12-31", "2021-12-31", "2027-12-31"]) {
        assert.equal(isTradingDay(d(date)), true, date);
      }
    });

    it("does not close for MLK Day before 1998 or for Juneteenth before 2022", () => {
      assert.equal(isTradingDay(d("1997-01-20")), true); // 3rd Monday of January 1997
      assert.equal(isTradingDay(d("2021-06-18")), true); // Friday; June 19, 2021 was a Saturday
    });

    it("is open on the first and last trading days of the calendar, 1990-01-02 and 2100-12-31", () => {
      assert.equal(isTradingDay(CALENDAR_FIRST_DAY), false); // 1990-01-01, New Year's Day (Monday)
      assert.equal(isTradingDay(d("1990-01-02")), true);
      // 2100-12-25 is a Saturday (closure moves to Fri Dec 24); Fri Dec 31 is open because
      // 2101-01-01 is also a Saturday and is not observed.
      assert.equal(isTradingDay(d("2100-12-24")), false);
      assert.equal(isTradingDay(CALENDAR_LAST_DAY), true);
    });
  });

  describe("SPECIAL_CLOSURES", () => {
    it("lists exactly the known unscheduled full-day closures", () => {
      assert.deepEqual(iso(SPECIAL_CLOSURES.map((c) => c.day)).sort(), [
        "1994-04-27",
        "2001-09-11",
        "2001-09-12",
        "2001-09-13",
        "2001-09-14",
        "2004-06-11",
        "2007-01-02",
        "2012-10-29",
        "2012-10-30",
        "2018-12-05",
        "2025-01-09",
      ]);
    });

    it("has every entry on a weekday, closed, and with a name", () => {
      for (const c of SPECIAL_CLOSURES) {
        const text = isoDate(c.day);
        assert.ok(![0, 6].includes(jsWeekday(text)), `${text} is a weekend day`);
        assert.equal(isTradingDay(c.day), false, text);
        assert.equal(typeof c.name, "string");
        assert.ok(c.name.trim().length > 0, `${text} has no name`);
      }
    });
  });

  describe("nasdaqHolidays", () => {
    it("gives the nine regular 2001 holidays in date order, named, without the September 11 closures", () => {
      const list = nasdaqHolidays(2001);
      assert.deepEqual(iso(list.map((h) => h.day)), [
        "2001-01-01",
        "2001-01-15",
        "2001-02-19",
        "2001-04-13",
        "2001-05-28",
        "2001-07-04",
        "2001-09-03",
        "2001-11-22",
        "2001-12-25",
      ]);
      for (const h of list) assert.ok(h.name.length > 0);
    });

    it("leaves out New Year's Day in a year where January 1 is a Saturday (2022)", () => {
      const days = iso(nasdaqHolidays(2022).map((h) => h.day));
      assert.ok(!days.some((x) => x.startsWith("2022-01-0") || x === "2021-12-31"), days.join(", "));
      assert.equal(days.length, 9); // MLK, Washington, Good Friday, Memorial, Juneteenth, July 4, Labor, Thanksgiving, Christmas
    });
  });

  describe("addTradingDays (Excel WORKDAY)", () => {
    const workday = (start: string, n: number) => isoDate(addTradingDays(d(start), n));

    it("skips the September 11, 2001 closure: 2001-09-10 + 1 is 2001-09-17", () => {
      // Sept 11–14 (Tue–Fri) closed, Sept 15–16 weekend: the next trading day is Mon Sept 17.
      assert.equal(workday("2001-09-10", 1), "2001-09-17");
      assert.equal(workday("2001-09-10", 2), "2001-09-18");
    });

    it("counts back over the closure: 2001-09-17 − 1 is 2001-09-10", () => {
      assert.equal(workday("2001-09-17", -1), "2001-09-10");
      assert.equal(workday("2001-09-17", -2), "2001-09-07");
    });

    it("counts five trading days each way across the closure", () => {
      // From Fri 2001-09-07: 09-10 (1), 09-17 (2), 09-18 (3), 09-19 (4), 09-20 (5).
      assert.equal(workday("2001-09-07", 5), "2001-09-20");
      // And back from Thu 2001-09-20: 09-19 (1), 09-18 (2), 09-17 (3), 09-10 (4), 09-07 (5).
      assert.equal(workday("2001-09-20", -5), "2001-09-07");
    });

    it("excludes a closed start day: from 2001-09-12, +1 is 09-17 and −1 is 09-10", () => {
      assert.equal(workday("2001-09-12", 1), "2001-09-17");
      assert.equal(workday("2001-09-12", -1), "2001-09-10");
    });

    it("returns the start unchanged for 0 trading days, even on a Saturday or a holiday", () => {
      assert.equal(workday("2001-04-21", 0), "2001-04-21"); // Saturday
      assert.equal(workday("2001-09-15", 0), "2001-09-15"); // Saturday
      assert.equal(workday("2001-04-13", 0), "2001-04-13"); // Good Friday
      assert.equal(workday("2001-04-17", 0), "2001-04-17"); // trading day
    });

    it("goes from a Saturday to the Monday with +1 and to the Friday with −1", () => {
      assert.equal(workday("2001-04-21", 1), "2001-04-23");
      assert.equal(workday("2001-04-21", -1), "2001-04-20");
      assert.equal(workday("2001-04-22", 1), "2001-04-23"); // from a Sunday
      assert.equal(workday("2001-04-22", -1), "2001-04-20");
    });

    it("skips Good Friday 2001-04-13 both ways", () => {
      assert.equal(workday("2001-04-12", 1), "2001-04-16");
      assert.equal(workday("2001-04-16", -1), "2001-04-12");
      // From Wed 04-11: 04-12 (1), 04-16 (2), 04-17 (3).
      assert.equal(workday("2001-04-11", 3), "2001-04-17");
    });

    it("crosses year ends, skipping New Year's Day and Christmas", () => {
      assert.equal(workday("2001-12-31", 1), "2002-01-02"); // Tue Jan 1 closed
      assert.equal(workday("2002-01-02", -1), "2001-12-31");
      // From Thu 2001-12-20: 12-21 (1), 12-24 (2), 12-26 (3, Tue Dec 25 closed), 12-27 (4),
      // 12-28 (5), 12-31 (6), 2002-01-02 (7).
      assert.equal(workday("2001-12-20", 5), "2001-12-28");
      assert.equal(workday("2001-12-20", 7), "2002-01-02");
      assert.equal(workday("2002-01-02", -7), "2001-12-20");
      // 2004: Christmas is a Saturday, so Fri Dec 24 is closed; 2005-01-01 is a Saturday,
      // so Fri Dec 31 is open and the next trading day is Mon 2005-01-03.
      assert.equal(workday("2004-12-23", 1), "2004-12-27");
      assert.equal(workday("2004-12-31", 1), "2005-01-03");
      assert.equal(workday("2005-01-03", -1), "2004-12-31");
    });

    it("skips the Carter funeral closure on 2025-01-09", () => {
      assert.equal(workday("2025-01-08", 1), "2025-01-10");
      assert.equal(workday("2025-01-10", -1), "2025-01-08");
    });

    it("agrees with countTradingDays: the n-th trading day after a trading day spans n + 1", () => {
      for (const n of [1, 2, 5, 21, 63, 250]) {
        const end = addTradingDays(d("2001-04-17"), n);
        assert.equal(countTradingDays(d("2001-04-17"), end), n + 1, `n = ${n}`);
        assert.equal(isTradingDay(end), true);
      }
    });
  });

  describe("countTradingDays (Excel NETWORKDAYS)", () => {
    const networkdays = (start: string, end: string) => countTradingDays(d(start), d(end));

    it("includes both ends: 2001-09-10 to 2001-09-17 is 2", () => {
      assert.equal(networkdays("2001-09-10", "2001-09-17"), 2);
    });

    it("gives 1 for the same trading day and 0 for the same closed day", () => {
      assert.equal(networkdays("2001-04-17", "2001-04-17"), 1);
      assert.equal(networkdays("2001-04-13", "2001-04-13"), 0); // Good Friday
      assert.equal(networkdays("2001-04-21", "2001-04-21"), 0); // Saturday
    });

    it("gives 0 for a span of only a weekend", () => {
      assert.equal(networkdays("2001-09-15", "2001-09-16"), 0);
      assert.equal(networkdays("2001-04-21", "2001-04-22"), 0);
    });

    it("gives 0 for the whole September 11 closure with its weekend, Sept 11–16", () => {
      assert.equal(networkdays("2001-09-11", "2001-09-16"), 0);
    });

    it("is negative when the end is before the start", () => {
      assert.equal(networkdays("2001-09-17", "2001-09-10"), -2);
      assert.equal(networkdays("2001-04-30", "2001-04-01"), -20);
    });

    it("counts 20 trading days in April 2001", () => {
      // April 2001 starts on a Sunday: weekdays 2–6, 9–13, 16–20, 23–27, 30 = 5+5+5+5+1 = 21;
      // less Good Friday (04-13) = 20.
      assert.equal(networkdays("2001-04-01", "2001-04-30"), 20);
    });

    it("counts 15 trading days in September 2001", () => {
      // September 2001 starts on a Saturday: weekdays 3–7, 10–14, 17–21, 24–28 = 20;
      // less Labor Day (09-03) and Sept 11–14 (4 days) = 20 − 5 = 15.
      assert.equal(networkdays("2001-09-01", "2001-09-30"), 15);
    });

    it("counts 248 trading days in 2001, 250 in 2012 and 251 in 2022", () => {
      // 2001: 365 days from Monday = 52 weeks + Mon Dec 31 → 260 + 1 = 261 weekdays;
      // less 9 regular holidays and 4 Sept 11 days = 261 − 13 = 248.
      assert.equal(networkdays("2001-01-01", "2001-12-31"), 248);
      // 2012: 366 days from Sunday = 52 weeks + Sun Dec 30, Mon Dec 31 → 261 weekdays;
      // less 9 regular holidays (New Year observed Mon Jan 2) and 2 Sandy days = 250.
      assert.equal(networkdays("2012-01-01", "2012-12-31"), 250);
      // 2022: 365 days from Saturday = 52 weeks + Sat Dec 31 → 260 weekdays; less 9
      // holidays (no New Year's Day; Juneteenth Mon Jun 20, Christmas Mon Dec 26) = 251.
      assert.equal(networkdays("2022-01-01", "2022-12-31"), 251);
    });
  });

  describe("tradingDaysBefore", () => {
    const before = (date: string, n: number) => iso(tradingDaysBefore(d(date), n));

    it("gives the 5 trading days before 2001-04-17, oldest first, skipping Good Friday", () => {
      assert.deepEqual(before("2001-04-17", 5), ["2001-04-09", "2001-04-10", "2001-04-11", "2001-04-12", "2001-04-16"]);
    });

    it("leaves out the day itself even when it is a trading day", () => {
      assert.deepEqual(before("2001-04-17", 1), ["2001-04-16"]);
    });

    it("gives the 2 trading days before 2001-09-17 as 09-07 and 09-10", () => {
      assert.deepEqual(before("2001-09-17", 2), ["2001-09-07", "2001-09-10"]);
    });

    it("works from a Saturday and from a closed day", () => {
      assert.deepEqual(before("2001-04-21", 3), ["2001-04-18", "2001-04-19", "2001-04-20"]);
      assert.deepEqual(before("2001-09-13", 2), ["2001-09-07", "2001-09-10"]);
    });

    it("gives the 10 trading days before 2002-01-02 across Christmas and New Year's Day", () => {
      // Back from Wed 2002-01-02: 12-31, 12-28, 12-27, 12-26, 12-24, 12-21, 12-20, 12-19,
      // 12-18, 12-17 (Dec 25 and Jan 1 closed; weekends skipped).
      assert.deepEqual(before("2002-01-02", 10), [
        "2001-12-17",
        "2001-12-18",
        "2001-12-19",
        "2001-12-20",
        "2001-12-21",
        "2001-12-24",
        "2001-12-26",
        "2001-12-27",
        "2001-12-28",
        "2001-12-31",
      ]);
    });

    it("gives an empty list for 0 days", () => {
      assert.deepEqual(before("2001-04-17", 0), []);
    });
  });

  describe("tradingDayOnOrBefore", () => {
    const onOrBefore = (date: string) => isoDate(tradingDayOnOrBefore(d(date)));

    it("returns a trading day itself", () => {
      assert.equal(onOrBefore("2001-04-17"), "2001-04-17");
      assert.equal(onOrBefore("2001-09-10"), "2001-09-10");
    });

    it("goes back over weekends and closures to the last open day", () => {
      assert.equal(onOrBefore("2001-09-15"), "2001-09-10"); // Sat after the Sept 11–14 closure
      assert.equal(onOrBefore("2001-09-16"), "2001-09-10");
      assert.equal(onOrBefore("2001-04-13"), "2001-04-12"); // Good Friday
      assert.equal(onOrBefore("2001-04-15"), "2001-04-12"); // Easter Sunday
      assert.equal(onOrBefore("2002-01-01"), "2001-12-31");
      assert.equal(onOrBefore("2012-10-30"), "2012-10-26"); // Hurricane Sandy, Mon–Tue
      assert.equal(onOrBefore("2025-01-09"), "2025-01-08");
    });
  });

  describe("range of the calendar", () => {
    it("spans 1990-01-01 to 2100-12-31", () => {
      assert.equal(isoDate(CALENDAR_FIRST_DAY), "1990-01-01");
      assert.equal(isoDate(CALENDAR_LAST_DAY), "2100-12-31");
    });

    it("throws code range for 1989-12-29 and 2101-01-03", () => {
      for (const date of ["1989-12-29", "1989-12-31", "2101-01-03", "2101-01-01"]) {
        assert.throws(() => isTradingDay(d(date)), isRangeError, date);
        assert.throws(() => tradingDayOnOrBefore(d(date)), isRangeError, date);
        assert.throws(() => addTradingDays(d(date), 1), isRangeError, date);
        assert.throws(() => addTradingDays(d(date), -1), isRangeError, date);
        assert.throws(() => tradingDaysBefore(d(date), 1), isRangeError, date);
      }
      assert.throws(() => countTradingDays(d("1989-12-29"), d("1990-01-05")), isRangeError);
      assert.throws(() => countTradingDays(d("2100-12-01"), d("2101-01-03")), isRangeError);
      assert.throws(() => countTradingDays(d("2101-01-03"), d("2100-12-01")), isRangeError);
    });

    it("throws code range when addTradingDays runs off the start of the calendar", () => {
      // 1990-01-02 (Tuesday) is the first trading day: nothing before it.
      assert.equal(workdayIso("1990-01-03", -1), "1990-01-02");
      assert.throws(() => addTradingDays(d("1990-01-02"), -1), isRangeError);
      assert.throws(() => addTradingDays(d("1990-01-05"), -4), isRangeError);
      assert.throws(() => addTradingDays(d("2000-06-01"), -100000), isRangeError);
    });

    it("throws code range when addTradingDays runs off the end of the calendar", () => {
      // 2100-12-31 (Friday) is the last trading day: nothing after it.
      assert.equal(workdayIso("2100-12-30", 1), "2100-12-31");
      assert.throws(() => addTradingDays(d("2100-12-31"), 1), isRangeError);
      assert.throws(() => addTradingDays(d("2100-06-01"), 1000), isRangeError);
    });

    it("throws code range when tradingDaysBefore needs days before 1990-01-02", () => {
      // Before Fri 1990-01-05 there are only three trading days: Jan 2, 3, 4 (Jan 1 closed).
      assert.deepEqual(iso(tradingDaysBefore(d("1990-01-05"), 3)), ["1990-01-02", "1990-01-03", "1990-01-04"]);
      assert.throws(() => tradingDaysBefore(d("1990-01-05"), 4), isRangeError);
    });
  });
});

function workdayIso(start: string, n: number): string {
  return isoDate(addTradingDays(d(start), n));
}
