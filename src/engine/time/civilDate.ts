import { TermsError } from "../errors";
import { messages } from "../messages";

/**
 * A calendar date as a whole number of days since 1970-01-01 (that day is 0). Plain
 * integers keep date arithmetic exact and cheap; there is no time of day and no zone.
 */
export type Day = number;

/** The parts of a {@link Day}: month 1–12, day of month 1–31. */
export interface DateParts {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/**
 * The Day of a proleptic Gregorian date (H. Hinnant's days_from_civil).
 * @example dayFromParts(2001, 4, 17) //=> 11429
 */
export function dayFromParts(year: number, month: number, day: number): Day {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The year, month and day of a Day (H. Hinnant's civil_from_days).
 * @example partsFromDay(11429) //=> { year: 2001, month: 4, day: 17 }
 */
export function partsFromDay(d: Day): DateParts {
  const z = d + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: month <= 2 ? yoe + era * 400 + 1 : yoe + era * 400, month, day };
}

/** Day of the week, 0 = Sunday … 6 = Saturday. @example weekday(dayFromParts(2001, 4, 17)) //=> 2 */
export function weekday(d: Day): number {
  return (((d + 4) % 7) + 7) % 7;
}

/** Days in a month (1–12) of a year. @example daysInMonth(2000, 2) //=> 29 */
export function daysInMonth(year: number, month: number): number {
  return dayFromParts(month === 12 ? year + 1 : year, month === 12 ? 1 : month + 1, 1) - dayFromParts(year, month, 1);
}

/**
 * A whole number ≥ 0 as text of at least `width` digits, zero-padded (String.prototype.padStart
 * is ES2017, beyond Excel's ES2016 custom-functions runtime).
 * @example zeroPad(7, 2) //=> "07"
 */
export function zeroPad(n: number, width: number): string {
  let text = String(n);
  while (text.length < width) text = "0" + text;
  return text;
}

/** ISO 8601 text of a Day. @example isoDate(dayFromParts(2001, 5, 3)) //=> "2001-05-03" */
export function isoDate(d: Day): string {
  const { year, month, day } = partsFromDay(d);
  return `${zeroPad(year, 4)}-${zeroPad(month, 2)}-${zeroPad(day, 2)}`;
}

/**
 * Parses "YYYY-MM-DD", rejecting impossible dates such as 2001-02-30.
 * @returns the Day, or undefined when the text is not a real ISO date
 */
export function parseIsoDate(text: string): Day | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text.trim());
  if (!m) return undefined;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return dayFromParts(year, month, day);
}

/**
 * Excel's EDATE: the same day of the month `months` later (or earlier), clamped to the
 * last day of a shorter month and never carried into the next one.
 * @example isoDate(addMonthsClamped(dayFromParts(2001, 1, 31), 1)) //=> "2001-02-28"
 */
export function addMonthsClamped(d: Day, months: number): Day {
  const { year, month, day } = partsFromDay(d);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return dayFromParts(y, m, Math.min(day, daysInMonth(y, m)));
}

/** The Day of Excel serial 61, 1900-03-01: from there on, Day = serial − 25569. */
const SERIAL_OFFSET = 25569;

/**
 * A workbook's date system (an Excel workbook property, File > Options > Advanced): 1900,
 * Excel's default, or 1904, where serial 0 is 1904-01-01 and every serial is 1,462 lower
 * than the same date's 1900 serial.
 */
export type DateSystem = 1900 | 1904;

/** 1900-system serial − 1904-system serial, for every date from 1904-01-01 on. */
export const DAYS_1904_OFFSET = 1462;

/** 9999-12-31, Excel's last date, as a 1900 serial. */
const LAST_SERIAL_1900 = 2958465;

/**
 * The first serial of a date system: 1 (1900-01-01) in the 1900 system, 0 (1904-01-01) in
 * the 1904 system, Excel's first date in each.
 * @example firstExcelSerial(1904) //=> 0
 */
export function firstExcelSerial(system: DateSystem): number {
  return system === 1904 ? 0 : 1;
}

/**
 * Converts an Excel date serial to a Day. A fraction (a time of day) is truncated. In
 * the 1900 system serial 60 is Excel's fictitious 1900-02-29 and is refused; serials 1–59
 * are January and February 1900, one day later in Excel's numbering than in reality. In
 * the 1904 system serial 0 is 1904-01-01, Excel's first date there (callers that read 0 as
 * a desktop blank, inside ranges, decide so before calling).
 * @param serial - the number Excel passes for a date cell
 * @param system - the workbook's date system
 * @throws TermsError `invalid` for serial 60 (1900 system), values below the first serial
 *   ({@link firstExcelSerial}), after 9999-12-31 and non-finite numbers
 * @example isoDate(dayFromExcelSerial(36998.75)) //=> "2001-04-17"
 * @example isoDate(dayFromExcelSerial(0, "date", 1904)) //=> "1904-01-01"
 * @example isoDate(dayFromExcelSerial(35536, "date", 1904)) //=> "2001-04-17"
 */
export function dayFromExcelSerial(
  serial: number,
  what: string | (() => string) = "date",
  system: DateSystem = 1900,
): Day {
  const offset = system === 1904 ? DAYS_1904_OFFSET : 0;
  // `if … throw`, and `what` may be a function, so that reading a price column of a
  // thousand dates builds no message and no closure unless a date is bad.
  if (!(serial >= (system === 1904 ? 0 : 1) && serial < LAST_SERIAL_1900 + 1 - offset)) {
    throw new TermsError("invalid", messages.notADate(typeof what === "string" ? what : what(), serial));
  }
  const whole = (serial | 0) + offset; // truncates a time of day; serials fit in 32 bits
  if (whole === 60) throw new TermsError("invalid", messages.fictitiousDate());
  return whole < 60 ? whole - SERIAL_OFFSET + 1 : whole - SERIAL_OFFSET;
}

/**
 * The Excel serial of a Day (inverse of {@link dayFromExcelSerial}).
 * @param system - the workbook's date system
 * @example excelSerialFromDay(dayFromParts(2001, 4, 17)) //=> 36998
 * @example excelSerialFromDay(dayFromParts(2001, 4, 17), 1904) //=> 35536
 */
export function excelSerialFromDay(d: Day, system: DateSystem = 1900): number {
  const serial = d + SERIAL_OFFSET;
  return (serial < 61 ? serial - 1 : serial) - (system === 1904 ? DAYS_1904_OFFSET : 0);
}

/**
 * Why a Day is not a date Excel has, or undefined: before 1900-01-01 or after 9999-12-31.
 * The one rule for dates given as text, where no serial says so: a `[terms]` date term
 * ("YYYY-MM-DD") and a term sheet's dates are refused by it alike.
 * @example dayOutsideExcel(dayFromParts(1899, 12, 31)) //=> "1899-12-31 is before 1900-01-01, the first date Excel has"
 * @example dayOutsideExcel(dayFromParts(2001, 4, 17)) //=> undefined
 */
export function dayOutsideExcel(d: Day): string | undefined {
  if (d < FIRST_EXCEL_DAY) return messages.beforeExcelDates(isoDate(d));
  if (d > LAST_EXCEL_DAY) return messages.afterExcelDates(isoDate(d));
  return undefined;
}

/** 1900-01-01 and 9999-12-31, Excel's first and last dates. */
const FIRST_EXCEL_DAY: Day = dayFromParts(1900, 1, 1);
const LAST_EXCEL_DAY: Day = dayFromParts(9999, 12, 31);
