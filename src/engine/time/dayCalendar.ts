import { TermsError } from "../errors";
import { messages } from "../messages";
import { Day, isoDate, partsFromDay, weekday } from "./civilDate";

/** Number.isInteger, looked up once: a global lookup per window is measurable in Excel's runtimes. */
const { isInteger } = Number;

/** A full-day closure with its reason. */
export interface Closure {
  readonly day: Day;
  readonly name: string;
}

/**
 * A calendar of open days: weekdays less the closures its rules list, over a fixed span.
 * Dates outside the span are an error, never a guess. The Nasdaq trading-day calendar
 * and the New York banking-day calendar are two instances (one file each under time/).
 *
 * Every query is O(1) after a lazily built index: `countThrough[i]` is the number of open
 * days from `first` through `first + i`, `openDays[k]` the k-th open day (0-based).
 */
export class DayCalendar {
  private index?: { readonly countThrough: Int32Array; readonly openDays: Int32Array };

  /**
   * @param name - how messages name the calendar, e.g. "Nasdaq calendar"
   * @param unit - how messages name its open days, e.g. "trading days"
   * @param first - first day the calendar knows
   * @param last - last day the calendar knows
   * @param closures - the weekday closures of a year (rule-based holidays and special closures)
   */
  constructor(
    readonly name: string,
    readonly unit: string,
    readonly first: Day,
    readonly last: Day,
    private readonly closures: (year: number) => readonly Closure[],
  ) {}

  private build() {
    const span = this.last - this.first + 1;
    const closed = new Uint8Array(span);
    for (let year = partsFromDay(this.first).year; year <= partsFromDay(this.last).year; year++) {
      for (const c of this.closures(year)) {
        if (c.day >= this.first && c.day <= this.last) closed[c.day - this.first] = 1;
      }
    }
    const countThrough = new Int32Array(span);
    const days: number[] = [];
    for (let i = 0, count = 0; i < span; i++) {
      const d = this.first + i;
      const w = weekday(d);
      if (w !== 0 && w !== 6 && !closed[i]) {
        count++;
        days.push(d);
      }
      countThrough[i] = count;
    }
    return { countThrough, openDays: Int32Array.from(days) };
  }

  // `if … throw` rather than `check(…, () => message)`: this runs for every row of every
  // price range on every recalculation, and a closure per call is measurable.
  private checkIn(d: Day): void {
    if (!(d >= this.first && d <= this.last)) {
      throw new TermsError(
        "range",
        messages.outsideCalendar(isoDate(d), isoDate(this.first), isoDate(this.last), this.name),
      );
    }
  }

  /** Open days from the first day through `d`, inclusive. */
  private countThrough(d: Day): number {
    this.checkIn(d);
    return (this.index ??= this.build()).countThrough[d - this.first];
  }

  /** The open day with 0-based position `k`. */
  private openDayAt(k: number, outOf: Day): Day {
    const days = (this.index ??= this.build()).openDays;
    if (!(k >= 0 && k < days.length)) {
      throw new TermsError(
        "range",
        messages.tradingDaysOffCalendar(isoDate(outOf), isoDate(this.first), isoDate(this.last), this.unit, this.name),
      );
    }
    return days[k];
  }

  /** Open days strictly before `d`. */
  private countBefore(d: Day): number {
    return this.countThrough(d) - (this.isOpen(d) ? 1 : 0);
  }

  /**
   * Whether the calendar is open on `d`.
   * @throws TermsError `range` outside the calendar's span
   */
  isOpen(d: Day): boolean {
    this.checkIn(d);
    const counts = (this.index ??= this.build()).countThrough;
    const i = d - this.first;
    return i === 0 ? counts[0] === 1 : counts[i] !== counts[i - 1];
  }

  /**
   * Excel WORKDAY on this calendar: the `n`-th open day after `start` (start excluded),
   * or before it when `n` is negative; `n` = 0 returns `start` as it is.
   * @throws TermsError `invalid` for a fraction; `range` past the calendar's span
   */
  addDays(start: Day, n: number): Day {
    if (!isInteger(n)) throw new TermsError("invalid", messages.notWhole(this.unit, String(n)));
    if (n === 0) return start;
    return n > 0
      ? this.openDayAt(this.countThrough(start) + n - 1, start)
      : this.openDayAt(this.countBefore(start) + n, start);
  }

  /** Excel NETWORKDAYS on this calendar: open days from `start` to `end`, both included; negative when `end` is before `start`. */
  countDays(start: Day, end: Day): number {
    if (end < start) return -this.countDays(end, start);
    return this.countThrough(end) - this.countBefore(start);
  }

  /** The `n` open days strictly before `d`, oldest first. */
  daysBefore(d: Day, n: number): Day[] {
    if (!(isInteger(n) && n >= 0)) throw new TermsError("invalid", messages.notWhole(this.unit, String(n)));
    const end = this.countBefore(d);
    const days: Day[] = [];
    for (let k = end - n; k < end; k++) days.push(this.openDayAt(k, d));
    return days;
  }

  /** The last open day on or before `d` (`d` itself when open). */
  onOrBefore(d: Day): Day {
    return this.isOpen(d) ? d : this.addDays(d, -1);
  }
}
