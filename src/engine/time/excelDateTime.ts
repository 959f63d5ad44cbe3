import { check } from "../errors";
import { messages } from "../messages";
import { DateSystem, Day, dayFromExcelSerial, firstExcelSerial, zeroPad } from "./civilDate";

/** A wall-clock moment: a calendar day and the second of that day (0 … 86,399). No zone. */
export interface DateTime {
  readonly day: Day;
  readonly second: number;
}

const SECONDS_PER_DAY = 86_400;

/**
 * Splits an Excel date-time serial (date + fraction of a day, as =DATE(…)+TIME(…) gives)
 * into its day and its second of the day, rounded to the nearest second: Excel stores
 * 8:00 p.m. as 0.8333…, which is 72,000 seconds only after rounding. A time that rounds
 * up to midnight is 00:00:00 of the next day.
 * @param serial - an Excel date-time serial, ≥ 1 (≥ 0 in the 1904 system: 0 is 1904-01-01)
 * @param system - the workbook's date system
 * @throws TermsError `invalid` for non-finite numbers, values below the system's first serial and serial 60
 * @example dateTimeFromExcelSerial(36581 + 20 / 24) //=> { day: dayFromParts(2000, 2, 25), second: 72000 }
 */
export function dateTimeFromExcelSerial(serial: number, what = "date and time", system: DateSystem = 1900): DateTime {
  check(Number.isFinite(serial) && serial >= firstExcelSerial(system), "invalid", () =>
    messages.notADateTime(what, serial),
  );
  const seconds = Math.round(serial * SECONDS_PER_DAY);
  const whole = Math.floor(seconds / SECONDS_PER_DAY);
  return { day: dayFromExcelSerial(whole, what, system), second: seconds - whole * SECONDS_PER_DAY };
}

/**
 * The second of the day of a wall-clock time.
 * @example secondOfDay(20, 0) //=> 72000
 */
export function secondOfDay(hours: number, minutes: number, seconds = 0): number {
  return hours * 3600 + minutes * 60 + seconds;
}

/**
 * "HH:MM:SS" of a second of the day.
 * @example clockTime(72000) //=> "20:00:00"
 */
export function clockTime(second: number): string {
  const pad = (n: number) => zeroPad(n, 2);
  return `${pad(Math.floor(second / 3600))}:${pad(Math.floor((second % 3600) / 60))}:${pad(second % 60)}`;
}
