import { Decimal } from "../decimal";
import { TermsError, check } from "../errors";
import { messages } from "../messages";
import { Day, addMonthsClamped } from "../time/civilDate";
import { Terms } from "../terms/terms";

/** One purchaser of seed 001 and the term names holding its signature-page figures. */
interface PurchaserTerms {
  readonly name: string;
  readonly shares: string;
  readonly purchasePrice: string;
  readonly warrantShares: string;
}

/** The purchasers in signature-page order (seed 001, pages 6 and 7). */
const PURCHASERS: readonly PurchaserTerms[] = [
  {
    name: "Montrose Investments Ltd.",
    shares: "FEB2000_MONTROSE_SHARES",
    purchasePrice: "FEB2000_MONTROSE_PURCHASE_PRICE",
    warrantShares: "FEB2000_MONTROSE_WARRANT_SHARES",
  },
  {
    name: "Strong River Investments, Inc.",
    shares: "FEB2000_STRONG_RIVER_SHARES",
    purchasePrice: "FEB2000_STRONG_RIVER_PURCHASE_PRICE",
    warrantShares: "FEB2000_STRONG_RIVER_WARRANT_SHARES",
  },
];

/** The purchasers' names in signature-page order. */
export const FEBRUARY_PURCHASER_NAMES: readonly string[] = PURCHASERS.map((p) => p.name);

/**
 * The field codes of {@link februaryPurchaseFigure}:
 * - SHARES: Number of Shares Purchased (signature page)
 * - PRICE: purchase price per Share, $15.375 (recitals)
 * - PURCHASE_PRICE: the Purchase Price on the signature page, USD
 * - SHARES_AT_PRICE: SHARES × PRICE, USD. The signature pages say $4,000,000 for 260,162
 *   Shares, $9.25 more than 260,162 × $15.375 = $3,999,990.75: $4,000,000 buys 260,162.60
 *   Shares and the Shares were evidently rounded down. The agreement does not say.
 * - WARRANT_SHARES: Number of Shares underlying the Warrant (signature page)
 * - EXERCISE_PRICE: exercise price of the Warrants, $21.00 (recitals)
 * - EXERCISE_PROCEEDS: WARRANT_SHARES × EXERCISE_PRICE, USD (full cash exercise)
 * - WARRANT_YEARS: years after issue the Warrants are exercisable (recitals: five)
 * - LEGAL_FEE: legal fees reimbursed at the Closing (§4.1, $5,000), for the total only
 * - NET_PROCEEDS: PURCHASE_PRICE − LEGAL_FEE, USD, for the total only ($7,995,000; the
 *   8-K's finder's fee has no amount in the seeds and is not deducted)
 */
export const FEBRUARY_PURCHASE_FIELDS = [
  "SHARES",
  "PRICE",
  "PURCHASE_PRICE",
  "SHARES_AT_PRICE",
  "WARRANT_SHARES",
  "EXERCISE_PRICE",
  "EXERCISE_PROCEEDS",
  "WARRANT_YEARS",
  "LEGAL_FEE",
  "NET_PROCEEDS",
] as const;
export type FebruaryPurchaseField = (typeof FEBRUARY_PURCHASE_FIELDS)[number];

/** One row of the purchase schedule: a purchaser, or the total of all purchasers. */
export interface FebruaryPurchaseRow {
  readonly purchaser: string;
  readonly shares: Decimal;
  readonly price: Decimal;
  readonly purchasePrice: Decimal;
  /** shares × price, USD, exact (no rounding is needed: 15.375 has three decimals). */
  readonly sharesAtPrice: Decimal;
  readonly warrantShares: Decimal;
  readonly exercisePrice: Decimal;
  /** warrantShares × exercisePrice, USD. */
  readonly exerciseProceeds: Decimal;
}

/**
 * The schedule of the February 25, 2000 purchase: one row per purchaser in signature-page
 * order, then a "Total" row that adds them up. The totals are checked against the totals
 * the documents state (FEB2000_TOTAL_SHARES, FEB2000_TOTAL_WARRANT_SHARES from seed 001's
 * recitals, FEB2000_TOTAL_PURCHASE_PRICE from seed 004), so overriding one purchaser's
 * figure without its total is an error, not a silently different deal.
 * Seed 001, recitals and signature pages; seed 004, Item 5.
 * @throws TermsError `range` when a stated total differs from the purchasers' sum
 * @example februaryPurchaseSchedule()[2].shares.toString() //=> "520324"
 */
export function februaryPurchaseSchedule(terms = Terms.defaults): FebruaryPurchaseRow[] {
  const price = terms.decimal("FEB2000_PRICE_PER_SHARE");
  const exercisePrice = terms.decimal("FEB2000_EXERCISE_PRICE");
  const row = (purchaser: string, shares: Decimal, purchasePrice: Decimal, warrantShares: Decimal) => ({
    purchaser,
    shares,
    price,
    purchasePrice,
    sharesAtPrice: shares.times(price),
    warrantShares,
    exercisePrice,
    exerciseProceeds: warrantShares.times(exercisePrice),
  });
  const rows = PURCHASERS.map((p) =>
    row(p.name, terms.decimal(p.shares), terms.decimal(p.purchasePrice), terms.decimal(p.warrantShares)),
  );
  const sum = (pick: (r: FebruaryPurchaseRow) => Decimal) => rows.reduce((s, r) => s.plus(pick(r)), new Decimal(0));
  const totals = {
    shares: sum((r) => r.shares),
    purchasePrice: sum((r) => r.purchasePrice),
    warrantShares: sum((r) => r.warrantShares),
  };
  const checkTotal = (name: string, computed: Decimal) => {
    const stated = terms.decimal(name);
    check(stated.eq(computed), "range", () => messages.totalMismatch(name, stated.toFixed(), computed.toFixed()));
  };
  checkTotal("FEB2000_TOTAL_SHARES", totals.shares);
  checkTotal("FEB2000_TOTAL_PURCHASE_PRICE", totals.purchasePrice);
  checkTotal("FEB2000_TOTAL_WARRANT_SHARES", totals.warrantShares);
  return [...rows, row("Total", totals.shares, totals.purchasePrice, totals.warrantShares)];
}

/**
 * Which row of the schedule a purchaser argument names: `undefined` or "TOTAL" is the
 * total; 1 and 2 are the purchasers in signature-page order; text names a purchaser by
 * the start of its name, ignoring case and punctuation ("Montrose", "strong river").
 * @returns the row index into {@link februaryPurchaseSchedule}
 * @throws TermsError `invalid` naming the value when it names no purchaser
 * @example februaryPurchaserIndex("Strong River") //=> 1
 */
export function februaryPurchaserIndex(purchaser: string | number | undefined): number {
  const fail = (): never => {
    throw new TermsError("invalid", messages.unknownPurchaser(purchaser, FEBRUARY_PURCHASER_NAMES));
  };
  if (purchaser === undefined) return PURCHASERS.length;
  if (typeof purchaser === "number") {
    return Number.isInteger(purchaser) && purchaser >= 1 && purchaser <= PURCHASERS.length ? purchaser - 1 : fail();
  }
  const key = simplify(purchaser);
  if (key === "TOTAL") return PURCHASERS.length;
  const index = PURCHASERS.findIndex((p) => key.length > 0 && simplify(p.name).startsWith(key));
  return index >= 0 ? index : fail();
}

function simplify(text: string): string {
  return text
    .toUpperCase()
    .replace(/[^A-Z0-9]+/g, " ")
    .trim();
}

/**
 * One figure of the February 25, 2000 purchase, for one purchaser or for all of them.
 * Seed 001, recitals, §1.1(a)(ii) and signature pages; §4.1 for LEGAL_FEE; seed 004.
 * @param field - a code of {@link FEBRUARY_PURCHASE_FIELDS}, any case
 * @param purchaser - see {@link februaryPurchaserIndex}; undefined: the total
 * @returns the figure: shares as whole numbers, prices unrounded, USD amounts exact
 * @throws TermsError `invalid` for an unknown field or purchaser, or LEGAL_FEE asked of
 *   one purchaser (the agreement does not split it); `range` as {@link februaryPurchaseSchedule}
 * @example februaryPurchaseFigure("PURCHASE_PRICE", "Montrose").toString() //=> "4000000"
 */
export function februaryPurchaseFigure(field: string, purchaser?: string | number, terms = Terms.defaults): Decimal {
  const code = field.trim().toUpperCase();
  const known = (FEBRUARY_PURCHASE_FIELDS as readonly string[]).includes(code);
  check(known, "invalid", () => messages.unknownCode("field", field, FEBRUARY_PURCHASE_FIELDS));
  const index = februaryPurchaserIndex(purchaser);
  const row = februaryPurchaseSchedule(terms)[index];
  switch (code as FebruaryPurchaseField) {
    case "SHARES":
      return row.shares;
    case "PRICE":
      return row.price;
    case "PURCHASE_PRICE":
      return row.purchasePrice;
    case "SHARES_AT_PRICE":
      return row.sharesAtPrice;
    case "WARRANT_SHARES":
      return row.warrantShares;
    case "EXERCISE_PRICE":
      return row.exercisePrice;
    case "EXERCISE_PROCEEDS":
      return row.exerciseProceeds;
    case "WARRANT_YEARS":
      return terms.decimal("FEB2000_WARRANT_YEARS");
    case "LEGAL_FEE":
      check(index === PURCHASERS.length, "invalid", () => messages.totalOnly("LEGAL_FEE"));
      return terms.decimal("FEB2000_LEGAL_FEE");
    case "NET_PROCEEDS":
      check(index === PURCHASERS.length, "invalid", () => messages.totalOnly("NET_PROCEEDS"));
      return row.purchasePrice.minus(terms.decimal("FEB2000_LEGAL_FEE"));
  }
}

/**
 * Last day the February 2000 Warrants are exercisable: FEB2000_WARRANT_YEARS (five) after
 * issuance, by Excel EDATE. Seed 001, recitals ("during the five years following their
 * date of issue").
 * @example isoDate(februaryWarrantExpiry(dayFromParts(2000, 2, 25))) //=> "2005-02-25"
 */
export function februaryWarrantExpiry(issueDate: Day, terms = Terms.defaults): Day {
  return addMonthsClamped(issueDate, 12 * terms.whole("FEB2000_WARRANT_YEARS"));
}

/**
 * A raw purchaser argument (number, text, or undefined for blank) as a key for
 * {@link februaryPurchaserIndex}.
 * @throws TermsError `invalid` naming the value for anything else (e.g. TRUE)
 * @example purchaserKey(2) //=> 2
 */
export function purchaserKey(raw: unknown): string | number | undefined {
  if (raw === undefined || typeof raw === "number" || typeof raw === "string") return raw;
  throw new TermsError("invalid", messages.unknownPurchaser(raw, FEBRUARY_PURCHASER_NAMES));
}
