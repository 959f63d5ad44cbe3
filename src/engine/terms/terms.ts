import { Decimal } from "../decimal";
import { TermsError, check } from "../errors";
import { messages } from "../messages";
import {
  DateSystem,
  Day,
  dayFromExcelSerial,
  dayOutsideExcel,
  firstExcelSerial,
  parseIsoDate,
} from "../time/civilDate";
import { TermDefinition, TermKind, TermValue } from "./termDefinition";
import { findTerm } from "./termRegistry";
import { checkTermRules } from "./termRules";

const EXPECTED: Record<TermKind, string> = {
  fraction: "a percentage (120% or 1.2)",
  price: "a price greater than zero",
  money: "an amount of zero or more",
  tradingDays: "a whole number of trading days, 1 or more",
  calendarDays: "a whole number of days, 0 or more",
  count: "a whole number, 1 or more",
  date: "a date (YYYY-MM-DD or a date cell)",
  flag: "TRUE or FALSE",
  choice: "one of",
};

/**
 * Reads a raw value (number, numeric text, boolean) as a term of `definition`; a date
 * serial is read in the workbook's date system `system`.
 * @throws TermsError `invalid` naming the term and the value
 */
export function readTermValue(definition: TermDefinition, raw: unknown, system: DateSystem = 1900): TermValue {
  const { name, kind } = definition;
  const fail = (): never => {
    const expected = kind === "choice" ? `one of ${definition.choices!.join(", ")}` : EXPECTED[kind];
    throw new TermsError("invalid", messages.badTermValue(name, expected, raw));
  };
  if (kind === "flag") {
    if (typeof raw === "boolean") return raw;
    if (raw === 1 || raw === 0) return raw === 1;
    if (typeof raw === "string" && /^(true|false)$/i.test(raw.trim())) return raw.trim().toUpperCase() === "TRUE";
    return fail();
  }
  if (kind === "date") {
    if (typeof raw === "string") {
      // Text names the day itself: it must be one Excel has, the term-sheet import's rule.
      const day = parseIsoDate(raw) ?? fail();
      const outside = dayOutsideExcel(day);
      if (outside) throw new TermsError("invalid", messages.termDateOutsideExcel(name, raw, outside));
      return day;
    }
    // A serial of the workbook's system: in a 1904 workbook 0 is 1904-01-01.
    if (
      typeof raw !== "number" ||
      !Number.isFinite(raw) ||
      raw < firstExcelSerial(system) ||
      (system === 1900 && Math.trunc(raw) === 60)
    )
      return fail();
    return dayFromExcelSerial(raw, name, system);
  }
  if (kind === "choice") {
    // A number is its text: a cell holding 1904 is the choice "1904".
    const text = typeof raw === "string" ? raw.trim().toUpperCase() : typeof raw === "number" ? String(raw) : "";
    return definition.choices!.find((c) => c === text) ?? fail();
  }
  const value = numericValue(raw) ?? fail();
  const whole = value.isInteger();
  const ok =
    kind === "fraction" || kind === "money"
      ? value.gte(0)
      : kind === "price"
        ? value.gt(0)
        : kind === "calendarDays"
          ? whole && value.gte(0)
          : whole && value.gte(1);
  return ok ? value : fail();
}

/** A finite number or plain numeric text (a trailing % divides by 100) as a Decimal. */
function numericValue(raw: unknown): Decimal | undefined {
  if (typeof raw === "number") return Number.isFinite(raw) ? new Decimal(raw) : undefined;
  if (typeof raw !== "string") return undefined;
  const m = /^\s*(-?\d+(?:\.\d+)?)\s*(%?)\s*$/.exec(raw);
  if (!m) return undefined;
  const value = new Decimal(m[1]);
  return m[2] ? value.dividedBy(100) : value;
}

/**
 * The terms of one calculation: the seed defaults, overridden by (name, value) pairs.
 * Immutable; lookups fall back to the seed default.
 */
export class Terms {
  private constructor(private readonly values: ReadonlyMap<string, TermValue>) {}

  /** The seed defaults, with no overrides. */
  static readonly defaults = new Terms(new Map());

  /**
   * Terms from values already read with {@link readTermValue} (by registry name), checked
   * against the rules between terms (termRules.ts). `given` is a value as the banker gave it
   * (by registry name), for the messages.
   * @throws TermsError `invalid` for values that break a rule, naming both terms
   */
  static fromValues(values: ReadonlyMap<string, TermValue>, given?: (name: string) => unknown): Terms {
    const terms = new Terms(values);
    checkTermRules((name) => terms.get(name), new Set(values.keys()), given);
    return terms;
  }

  /**
   * Validates (name, value) pairs. A pair whose name and value are both blank is skipped.
   * @throws TermsError `invalid` for an unknown name, a name given twice, a value without
   *   a name, a value of the wrong kind, or values that break a rule of termRules.ts
   *   (e.g. CONV_RESET_LOWEST above CONV_RESET_WINDOW), naming both terms
   */
  static fromPairs(pairs: ReadonlyArray<readonly [unknown, unknown]>): Terms {
    const raws = new Map<TermDefinition, unknown>();
    pairs.forEach(([name, value], i) => {
      const blankName = name === null || name === undefined || name === "" || name === 0;
      if (blankName) {
        check(value === null || value === undefined || value === "" || value === 0, "invalid", () =>
          messages.termWithoutName(i + 1),
        );
        return;
      }
      check(typeof name === "string", "invalid", () => messages.badTermValue("name", "text", name));
      const definition = findTerm(name);
      check(definition !== undefined, "invalid", () => messages.unknownTerm(name.trim()));
      check(!raws.has(definition), "invalid", () => messages.duplicateTerm(definition.name));
      raws.set(definition, value);
    });
    // Date serials are read in the block's own DATE_SYSTEM, wherever its row is.
    const systemRow = [...raws].find(([definition]) => definition.name === DATE_SYSTEM);
    const system = systemRow ? dateSystemOf(readTermValue(systemRow[0], systemRow[1])) : 1900;
    const values = new Map<string, TermValue>();
    const given = new Map<string, unknown>();
    raws.forEach((value, definition) => {
      values.set(definition.name, readTermValue(definition, value, system));
      given.set(definition.name, value);
    });
    return Terms.fromValues(values, (name) => given.get(name));
  }

  /** The calling workbook's date system (DATE_SYSTEM): how its date serials count. */
  dateSystem(): DateSystem {
    return dateSystemOf(this.get(DATE_SYSTEM));
  }

  /** A numeric term as a Decimal. */
  decimal(name: string): Decimal {
    return this.get(name) as Decimal;
  }

  /** A whole-number term (days, counts) as a number. */
  whole(name: string): number {
    return (this.get(name) as Decimal).toNumber();
  }

  /** A TRUE/FALSE term. */
  flag(name: string): boolean {
    return this.get(name) as boolean;
  }

  /** A date term as a Day. */
  day(name: string): Day {
    return this.get(name) as Day;
  }

  /** A choice term, upper case. */
  choice(name: string): string {
    return this.get(name) as string;
  }

  /**
   * Any term by name (any case), with its definition: what NEOT.TERM shows.
   * @throws TermsError `invalid` for a name that is not a term
   * @example Terms.defaults.lookup("legal_fee_cap").value.toString() //=> "30000"
   */
  lookup(name: string): { readonly definition: TermDefinition; readonly value: TermValue } {
    const definition = findTerm(name);
    check(definition !== undefined, "invalid", () => messages.unknownTerm(name.trim()));
    return { definition, value: this.get(definition.name) };
  }

  private get(name: string): TermValue {
    return this.values.get(name) ?? defaultValue(name);
  }
}

const DATE_SYSTEM = "DATE_SYSTEM";

function dateSystemOf(choice: TermValue): DateSystem {
  return choice === "1904" ? 1904 : 1900;
}

/** Seed defaults, parsed once: they are read on every recalculation. */
const defaults = new Map<string, TermValue>();

function defaultValue(name: string): TermValue {
  let value = defaults.get(name);
  if (value === undefined) {
    const definition = findTerm(name);
    if (!definition) throw new Error(`engine bug: term ${name} is not defined`);
    value = readTermValue(definition, definition.default);
    defaults.set(name, value);
  }
  return value;
}
