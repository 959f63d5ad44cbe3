import { Decimal } from "../decimal";
import { check } from "../errors";
import { messages } from "../messages";

/** One Closing Warrant of seed 000, Exhibit C or D. */
export interface ClosingWarrant {
  readonly exhibit: "C" | "D";
  readonly item: number;
  readonly holder: string;
  readonly warrant: string;
  /** Shares of Common Stock (for Class A and September 21, 2000 warrants, "up to"). */
  readonly shares: number;
  /** Exercise price in USD per share, "as adjusted pursuant to the terms thereof". */
  readonly exercisePrice: string;
  /** Date of the warrant, "YYYY-MM-DD". */
  readonly dated: string;
}

const HBK = "HBK Master Fund L.P.";
const MONTROSE = "Montrose Investments Ltd.";
const STRONG_RIVER = "Strong River Investments, Inc.";

/** The Closing Warrants: seed 000, Exhibit C (HBK Closing Warrants) and Exhibit D (Strong River Closing Warrants). */
export const CLOSING_WARRANTS: readonly ClosingWarrant[] = [
  {
    exhibit: "C",
    item: 1,
    holder: HBK,
    warrant: "Warrant",
    shares: 26250,
    exercisePrice: "12.98",
    dated: "1999-01-29",
  },
  {
    exhibit: "C",
    item: 2,
    holder: HBK,
    warrant: "Warrant",
    shares: 48750,
    exercisePrice: "12.98",
    dated: "1999-01-29",
  },
  {
    exhibit: "C",
    item: 3,
    holder: HBK,
    warrant: "Closing Warrant",
    shares: 63420,
    exercisePrice: "14.235",
    dated: "1999-11-19",
  },
  { exhibit: "C", item: 4, holder: HBK, warrant: "Warrant", shares: 52000, exercisePrice: "21", dated: "2000-02-25" },
  {
    exhibit: "C",
    item: 5,
    holder: MONTROSE,
    warrant: "Class A Warrant",
    shares: 157500,
    exercisePrice: "19.672",
    dated: "2000-04-06",
  },
  {
    exhibit: "C",
    item: 6,
    holder: MONTROSE,
    warrant: "Warrant",
    shares: 40000,
    exercisePrice: "10.47",
    dated: "2000-09-21",
  },
  {
    exhibit: "C",
    item: 7,
    holder: MONTROSE,
    warrant: "Closing Warrant",
    shares: 96853,
    exercisePrice: "10.13",
    dated: "2000-09-29",
  },
  {
    exhibit: "D",
    item: 1,
    holder: STRONG_RIVER,
    warrant: "Closing Warrant",
    shares: 63420,
    exercisePrice: "14.235",
    dated: "1999-11-19",
  },
  {
    exhibit: "D",
    item: 2,
    holder: STRONG_RIVER,
    warrant: "Warrant",
    shares: 52000,
    exercisePrice: "21",
    dated: "2000-02-25",
  },
  {
    exhibit: "D",
    item: 3,
    holder: STRONG_RIVER,
    warrant: "Class A Warrant",
    shares: 157500,
    exercisePrice: "19.672",
    dated: "2000-04-06",
  },
  {
    exhibit: "D",
    item: 4,
    holder: STRONG_RIVER,
    warrant: "Warrant",
    shares: 40000,
    exercisePrice: "10.47",
    dated: "2000-09-21",
  },
  {
    exhibit: "D",
    item: 5,
    holder: STRONG_RIVER,
    warrant: "Closing Warrant",
    shares: 96853,
    exercisePrice: "10.13",
    dated: "2000-09-29",
  },
];

/** What {@link closingWarrantTotal} adds up. */
export const CLOSING_WARRANT_FIELDS = ["SHARES", "EXERCISE_PROCEEDS", "WARRANTS"] as const;

/**
 * A total over the Closing Warrants of one exhibit (C: HBK, D: Strong River) or both:
 * SHARES (shares covered), EXERCISE_PROCEEDS (Σ shares × exercise price, USD, exact) or
 * WARRANTS (how many warrants). None may be exercised before the date NEOT.FIRSTEXERCISE
 * gives (seed 000 §2(a), (c)).
 * Seed 000, Exhibits C and D.
 * @throws TermsError `invalid` for an unknown field or exhibit
 * @example closingWarrantTotal("SHARES", "C").toString() //=> "484773"
 */
export function closingWarrantTotal(field: string, exhibit?: string): Decimal {
  const code = field.trim().toUpperCase();
  check((CLOSING_WARRANT_FIELDS as readonly string[]).includes(code), "invalid", () =>
    messages.unknownCode("field", field, CLOSING_WARRANT_FIELDS),
  );
  const which = exhibit?.trim().toUpperCase();
  check(which === undefined || which === "C" || which === "D", "invalid", () =>
    messages.unknownCode("exhibit", exhibit!, ["C", "D"]),
  );
  const warrants = CLOSING_WARRANTS.filter((w) => which === undefined || w.exhibit === which);
  if (code === "WARRANTS") return new Decimal(warrants.length);
  return warrants.reduce(
    (sum, w) => sum.plus(code === "SHARES" ? w.shares : new Decimal(w.shares).times(w.exercisePrice)),
    new Decimal(0),
  );
}
