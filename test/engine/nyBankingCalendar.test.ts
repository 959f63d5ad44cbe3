import assert from "node:assert/strict";
import Holidays from "date-holidays";
import { TermsError } from "../../src/engine/errors";
import { Terms } from "../../src/engine/terms/terms";
import { businessDayCalendar } from "../../src/engine/time/businessDayCalendar";
import { dayFromParts, isoDate } from "../../src/engine/time/civilDate";
import { NY_BANKING_CALENDAR, nyBankingHolidays } from "../../src/engine/time/nyBankingCalendar";
import { NASDAQ_CALENDAR } from "../../src/engine/time/nasdaqCalendar";

/** The Day of an ISO date. */
function d(iso: string): number {
  const [y, m, dd] = iso.split("-").map(Number);
  return dayFromParts(y, m, dd);
}

/** Weekday of an ISO date from the JavaScript Date object (independent of the code under test). */
const jsWeekday = (iso: string) => new Date(`${iso}T00:00:00Z`).getUTCDay();
const jsAddDays = (iso: string, days: number) =>
  new Date(new Date(`${iso}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10);

/**
 * The independent source: the US federal holidays of the date-holidays library (its own
 * rule data, not this project's code), observed the Federal Reserve's way: a holiday on a
 * weekday closes that day, one on a Sunday closes the Monday, one on a Saturday closes
 * nothing (the library's "substitute day" Fridays are dropped for that reason).
 */
const library = new Holidays("US");
function oracleClosures(year: number): string[] {
  const closed = new Set<string>();
  for (const h of library.getHolidays(year)) {
    if (h.type !== "public" || h.substitute) continue;
    const date = h.date.slice(0, 10);
    const w = jsWeekday(date);
    if (w === 6) continue;
    closed.add(w === 0 ? jsAddDays(date, 1) : date);
  }
  return [...closed].filter((date) => date.startsWith(`${year}-`)).sort();
}

/** The weekdays of a year the calendar under test calls closed, found by asking it day by day. */
function computedClosures(year: number): string[] {
  const closed: string[] = [];
  for (let day = d(`${year}-01-01`); day <= d(`${year}-12-31`); day++) {
    const iso = isoDate(day);
    const w = jsWeekday(iso);
    if (w !== 0 && w !== 6 && !NY_BANKING_CALENDAR.isOpen(day)) closed.push(iso);
  }
  return closed;
}

/**
 * The Federal Reserve's published holiday schedules for a few years, written out by hand
 * (federalreserve.gov, "Federal Reserve Bank holidays"), with the rules they show:
 * 2021: Juneteenth (Sat) and Christmas (Sat) not moved; Independence Day (Sun) → Mon.
 * 2022: New Year's Day 2022 on a Saturday closes nothing; Juneteenth (Sun) → Mon 06-20.
 * 2023: Veterans Day (Sat) not moved; New Year's Day (Sun) → Mon 01-02.
 * 2001: Veterans Day (Sun) → Mon 11-12; open on Good Friday 04-13 and 09-11 to 09-14.
 */
const PUBLISHED: Record<number, string[]> = {
  2001: ["01-01", "01-15", "02-19", "05-28", "07-04", "09-03", "10-08", "11-12", "11-22", "12-25"],
  2021: ["01-01", "01-18", "02-15", "05-31", "07-05", "09-06", "10-11", "11-11", "11-25"],
  2022: ["01-17", "02-21", "05-30", "06-20", "07-04", "09-05", "10-10", "11-11", "11-24", "12-26"],
  2023: ["01-02", "01-16", "02-20", "05-29", "06-19", "07-04", "09-04", "10-09", "11-23", "12-25"],
};

describe("nyBankingCalendar", () => {
  describe("weekday closures, year by year 1990–2100, against the date-holidays library", () => {
    for (let year = 1990; year <= 2100; year++) {
      it(`agrees in ${year}, both ways`, () => {
        const expected = oracleClosures(year);
        const computed = computedClosures(year);
        assert.deepEqual(
          {
            "expected but not computed": expected.filter((x) => !computed.includes(x)),
            "computed but not expected": computed.filter((x) => !expected.includes(x)),
          },
          { "expected but not computed": [], "computed but not expected": [] },
        );
      });
    }
  });

  it("matches the Federal Reserve's published schedules (2001, 2021–2023)", () => {
    for (const [year, days] of Object.entries(PUBLISHED)) {
      assert.deepEqual(
        computedClosures(Number(year)),
        days.map((md) => `${year}-${md}`),
        year,
      );
    }
  });

  it("names each holiday rule", () => {
    // 2001: Veterans Day on Sunday 11-11 → Monday 11-12.
    assert.deepEqual(
      nyBankingHolidays(2001)
        .map((h) => `${isoDate(h.day)} ${h.name}`)
        .slice(6, 9),
      ["2001-10-08 Columbus Day", "2001-11-12 Veterans Day", "2001-11-22 Thanksgiving Day"],
    );
  });

  it("differs from Nasdaq where banks and the exchange differ", () => {
    // Good Friday 2001-04-13 and 2001-09-11: banks open, Nasdaq closed.
    for (const iso of ["2001-04-13", "2001-09-11", "2001-09-14", "2007-01-02", "2012-10-29"]) {
      assert.equal(NY_BANKING_CALENDAR.isOpen(d(iso)), true, iso);
      assert.equal(NASDAQ_CALENDAR.isOpen(d(iso)), false, iso);
    }
    // Columbus Day 2001-10-08 and Veterans Day (observed) 2001-11-12: banks closed, Nasdaq open.
    for (const iso of ["2001-10-08", "2001-11-12"]) {
      assert.equal(NY_BANKING_CALENDAR.isOpen(d(iso)), false, iso);
      assert.equal(NASDAQ_CALENDAR.isOpen(d(iso)), true, iso);
    }
    // Christmas 2004 on a Saturday: Nasdaq closes Friday 12-24, banks do not.
    assert.equal(NY_BANKING_CALENDAR.isOpen(d("2004-12-24")), true);
    assert.equal(NASDAQ_CALENDAR.isOpen(d("2004-12-24")), false);
  });

  it("counts like WORKDAY and NETWORKDAYS", () => {
    // Letter of Tuesday 2001-04-17 + 2 business days = Thursday 2001-04-19.
    assert.equal(isoDate(NY_BANKING_CALENDAR.addDays(d("2001-04-17"), 2)), "2001-04-19");
    // Friday 2001-10-05 + 1 = Tuesday 10-09 (Columbus Day Monday 10-08); − 1 from 10-09 = 10-05.
    assert.equal(isoDate(NY_BANKING_CALENDAR.addDays(d("2001-10-05"), 1)), "2001-10-09");
    assert.equal(isoDate(NY_BANKING_CALENDAR.addDays(d("2001-10-09"), -1)), "2001-10-05");
    // 0 returns the start, even a Saturday.
    assert.equal(isoDate(NY_BANKING_CALENDAR.addDays(d("2001-10-06"), 0)), "2001-10-06");
    // October 2001: 23 weekdays less Columbus Day = 22 business days, both ends included.
    assert.equal(NY_BANKING_CALENDAR.countDays(d("2001-10-01"), d("2001-10-31")), 22);
    assert.equal(NY_BANKING_CALENDAR.countDays(d("2001-10-31"), d("2001-10-01")), -22);
  });

  it("refuses dates outside 1990–2100, naming the calendar", () => {
    assert.throws(
      () => NY_BANKING_CALENDAR.isOpen(d("1989-12-29")),
      (e: unknown) => e instanceof TermsError && e.code === "range" && e.message.includes("New York banking calendar"),
    );
    assert.throws(
      () => NY_BANKING_CALENDAR.addDays(d("2100-12-30"), 5),
      (e: unknown) => e instanceof TermsError && e.code === "range" && e.message.includes("business days"),
    );
  });
});

describe("businessDayCalendar (BUSINESS_DAY_CALENDAR)", () => {
  it("is New York banking days by default and Nasdaq trading days on request", () => {
    assert.equal(businessDayCalendar(), NY_BANKING_CALENDAR);
    assert.equal(businessDayCalendar(Terms.fromPairs([["BUSINESS_DAY_CALENDAR", "nasdaq"]])), NASDAQ_CALENDAR);
    assert.throws(() => Terms.fromPairs([["BUSINESS_DAY_CALENDAR", "LONDON"]]), /one of NY_BANKING, NASDAQ/);
  });
});
