import assert from "node:assert/strict";
import { TERM_DEFINITIONS } from "../../src/engine/terms/termRegistry";
import { TermDefinition } from "../../src/engine/terms/termDefinition";
import { dayFromParts, excelSerialFromDay, parseIsoDate } from "../../src/engine/time/civilDate";
import { isTradingDay } from "../../src/engine/time/nasdaqCalendar";
import { call, loadBundle } from "./loadBundle";

// Every term in the registry is read by a function: overriding it changes the outcome
// of at least one function other than NEOT.TERM (a different value, or an error the
// function gives because of it, such as a stated total that no longer adds up).
// Constants the agreements state but no calculation uses are shown by NEOT.TERM only;
// they are listed here, so that a term nobody reads cannot slip in unnoticed.
const SHOWN_BY_TERM_ONLY = new Set([
  "TRANCHE_PRINCIPAL", // seed 000 §1(b), Exhibit A: an argument (principal, basis) of the functions
  "SECOND_TRANCHE_PRINCIPAL", // seed 000 §1(b)
  "LETTER_TOTAL_PRICE", // seed 000 §1: $24 million
  "CALL_MIN_MARKET_PRICE", // seed 000 §3(a): the Callable Warrant's §3(a)(iii)(i) is not in the seeds
  "CEO_RETAINER_ALLOCATION", // seed 003: part of the NASD compensation the banker adds up
  "SVD_SHARES_TOTAL", // seed 000 §4: 900,000 (checked not below one Purchaser's 450,000)
  "RECORDED_COMMON_PROCEEDS",
  "RECORDED_COMMIT_PAYMENT",
  "RECORDED_APPROVAL_DATE",
  "RECORDED_CALL_EXERCISED",
  "RECORDED_CALL_REMAINING",
]);

const D = (y: number, m: number, d: number) => excelSerialFromDay(dayFromParts(y, m, d));

// Closing bids on every Nasdaq trading day from 2000-12-01 to 2002-12-31, between $4.50
// and $5.50 in an irregular pattern, so that averages, lowest bids and thresholds move
// when a window or a percentage does.
const dates: number[][] = [];
const prices: number[][] = [];
for (let day = dayFromParts(2000, 12, 1), i = 0; day <= dayFromParts(2002, 12, 31); day++) {
  if (!isTradingDay(day)) continue;
  dates.push([excelSerialFromDay(day)]);
  prices.push([4.5 + ((i++ * 37) % 17) / 16]);
}

/** Argument lists (without the [terms] range) under which each function's terms matter. */
const SAMPLES: Record<string, unknown[][]> = {
  COMMONSHARES: [[]],
  COMMONPURCHASEDUE: [[]],
  NOTICEBY: [
    ["FLOOR", D(2001, 10, 8)],
    ["REDEMPTION", D(2001, 10, 8)],
  ],
  AFTERNOTICE: [
    ["FLOOR", D(2001, 9, 4)],
    ["REDEMPTION", D(2001, 9, 4)],
  ],
  LEGALFEE: [[42000]],
  CEOEXPENSES: [[75000]],
  CEOSETTLE: [[D(2001, 11, 8)]],
  LOCKUPSTART: [[D(2001, 11, 12)]],
  LOCKUPEND: [[D(2001, 11, 14)]],
  CEOWARRANTEXPIRY: [[D(2001, 11, 14)]],
  CEOWARRANTFREE: [[D(2001, 11, 14)]],
  CLASSBSHARES: [[293200]],
  SVDINCREASE: [[]],
  ISBUSINESSDAY: [[D(2001, 10, 8)]],
  BUSINESSDAY: [[D(2001, 10, 5), 1]],
  CALLPRICE: [1, 4, 5, 6, 7, 8].map((d) => [dates, prices, D(2001, 6, d)]),
  CEOFEE: [
    [12000000, 0],
    [3000000, 19000000],
    [4000000, 19000000],
  ],
  CEOWARRANTS: [[12345]],
  CEOWARRANTPRICE: [[5.25]],
  CEOOTHERFEE: [[1000000, 0]],
  NASDCAP: [[80000, 1000000]],
  NASDHEADROOM: [[50000, 1000000]],
  COMMITPMT: [
    [null, null, D(2001, 6, 1)],
    [D(2001, 5, 1), null, D(2001, 12, 1)],
  ],
  COMMITPMTTOTAL: [[null, null, D(2001, 6, 1)]],
  CONVPRICE: [[dates, prices, D(2001, 5, 1), D(2001, 9, 4)]],
  CONVPRICEAUDIT: [[dates, prices, D(2001, 5, 1), D(2001, 9, 4)]],
  INITCONVPRICE: [[dates, prices, D(2001, 5, 1)]],
  CONVSHARES: [[1000000, 4.3]],
  FLOORSHARES: [[1000000, 4.3, 4.7]],
  FLOORCASH: [[dates, prices, 1000000, 4.3, 4.7, D(2001, 9, 4)]],
  ACCRUEDINT: [[1000000, D(2001, 5, 1), D(2001, 9, 4)]],
  REDEMPTION: [[1000000, D(2001, 5, 1), D(2001, 9, 4)]],
  MATURITY: [[D(2001, 5, 1)]],
  SECONDCLOSING: [[D(2001, 5, 1)]],
  FIRSTEXERCISE: [
    [null, null],
    [D(2002, 6, 1), null],
    [null, D(2001, 10, 9)],
  ],
  SPAPURCHASE: [
    ...["SHARES", "PURCHASE_PRICE", "WARRANT_SHARES"].flatMap((f) => [
      [f, 1],
      [f, 2],
    ]),
    ...["PRICE", "EXERCISE_PRICE", "WARRANT_YEARS", "LEGAL_FEE", "NET_PROCEEDS"].map((f) => [f, null]),
  ],
  SPATABLE: [[]],
  SPANOTICE: [
    [D(2000, 2, 26) + 10 / 24, "FAX"],
    [D(2000, 4, 20) + 22 / 24, "FAX"],
  ],
  SPAWARRANTEXPIRY: [[D(2000, 2, 25)]],
  NEEDSAPPROVAL: [[2000000, 10000000, 4, 5, 5]],
  BELOWMINBID: [[dates, prices, D(2001, 6, 1)]],
  DAYSBELOWMINBID: [[dates, prices, D(2001, 6, 1)]],
  WARRANTSHARES: [[dates, prices, 1000000, D(2001, 5, 1)]],
  WARRANTPRICE: [[dates, prices, D(2001, 5, 1)]],
  WARRANTEXPIRY: [[D(2001, 5, 1)]],
  DELAYPMT: [[1000000, D(2001, 5, 1), D(2001, 7, 15), null]],
  DELAYPMTDMV: [[dates, prices, 450000, D(2001, 5, 1), D(2001, 7, 15), null]],
  DELAYSCHEDULE: [[1000000, D(2001, 5, 1), D(2001, 7, 15), null]],
  DELAYSCHEDULEDMV: [[dates, prices, 450000, D(2001, 5, 1), D(2001, 7, 15), null]],
  CONVPRICESERIES: [[dates, prices, D(2001, 5, 1), D(2001, 9, 4)]],
  CONVSIM: [[dates, prices, D(2001, 5, 1), D(2001, 6, 1), D(2001, 9, 4), 1000000, 20000000, 0.8, 0.05]],
  REGFILINGDUE: [[D(2001, 5, 3)]], // + 30 days = Saturday 2001-06-02
  REGEFFECTIVEDUE: [[D(2001, 5, 3)]],
  SECREPLYDUE: [[D(2001, 5, 3)]],
  SVDFILINGDUE: [[D(2001, 4, 25)]],
  SVDEFFECTIVEDUE: [[]],
  ROFRREPLYDUE: [[D(2001, 5, 3)]],
  ROFRREPLYDUETIME: [[D(2001, 5, 3)]],
  ROFRRENOTICE: [[D(2001, 5, 3)]],
  ROFRPERIODEND: [[]],
  // Valuation and scenarios: DATE_SYSTEM is their only term but for DILUTIONGRID's and PRICEPATH's.
  CLOSINGBID: [[dates, prices, D(2001, 9, 4)]],
  HISTVOL: [[dates, prices, D(2001, 9, 4), 20]],
  BSCALL: [[5, 6.25, D(2001, 5, 1), D(2006, 5, 1), 0.8, 0.05, 0]],
  BSPUT: [[5, 6.25, D(2001, 5, 1), D(2006, 5, 1), 0.8, 0.05, 0]],
  BSGREEKS: [[5, 6.25, D(2001, 5, 1), D(2006, 5, 1), 0.8, 0.05, 0]],
  WARRANTVALUE: [[5, 6.25, D(2001, 5, 1), D(2006, 5, 1), 0.8, 0.05, 1600000, 21862772, 0]],
  DILUTIONGRID: [[10000000, 6, 21862772, [[7.5], [4.3], [2.1], [1]], 2]],
  PRICEPATH: [[dates, prices, D(2001, 9, 4), D(2001, 10, 31), -0.37]],
};

/** Other values to try for a term: a few of the same kind around its default. */
function alternatives(t: TermDefinition): unknown[] {
  if (t.kind === "flag") return [!t.default];
  if (t.kind === "choice") return t.choices!.filter((c) => c !== t.default);
  if (t.kind === "date") {
    const serial = excelSerialFromDay(parseIsoDate(t.default as string)!);
    return [serial + 30, serial - 30, serial + 400];
  }
  const base = t.default as number;
  const whole = ["count", "tradingDays", "calendarDays"].includes(t.kind);
  const raw = base === 0 ? [1, 1000] : [0.5, 0.9, 1.1, 2, 10, 0.1].map((f) => base * f).concat([base + 1, base - 1]);
  return [...new Set(raw.map((v) => (whole ? Math.max(1, Math.round(v)) : v)))].filter((v) => v !== base);
}

/** Functions with a [terms] argument, other than TERM. */
function termFunctions(): string[] {
  return [...loadBundle().functions.keys()].filter((id) => id !== "TERM" && SAMPLES[id] !== undefined);
}

const outcome = (id: string, args: unknown[], terms: unknown) => JSON.stringify(call(id, ...args, terms));

/** Whether overriding `t` changes some function's outcome (not by refusing the value itself). */
function changesSomeFunction(t: TermDefinition): string | undefined {
  for (const id of termFunctions()) {
    for (const args of SAMPLES[id]) {
      const before = outcome(id, args, null);
      for (const alt of alternatives(t)) {
        const after = call(id, ...args, [[t.name, alt]]);
        // The value itself refused (alone or against another term): not a reading of it.
        if ("error" in after && after.error.message.startsWith("term ") && after.error.message.includes(t.name))
          continue;
        if (JSON.stringify(after) !== before) return `${id} with ${t.name} = ${alt}`;
      }
    }
  }
  return undefined;
}

describe("every registry term is read by a function", () => {
  it("has sample arguments for every function that takes [terms]", () => {
    const { functions } = loadBundle();
    const missing = [...functions.keys()].filter((id) => id !== "TERM" && SAMPLES[id] === undefined);
    // Functions without [terms] need no sample.
    const withoutTerms = ["ISTRADEDAY", "TRADEDAY", "TRADEDAYS", "VWAP", "DILUTION", "DILUTEDPRICE", "CLOSINGWARRANTS"];
    assert.deepEqual(
      missing.filter((id) => !withoutTerms.includes(id)),
      [],
    );
  });

  for (const t of TERM_DEFINITIONS) {
    if (SHOWN_BY_TERM_ONLY.has(t.name)) {
      it(`${t.name} is an agreement constant or a recorded event that NEOT.TERM shows`, () => {
        const alt = alternatives(t)[0];
        assert.notDeepEqual(call("TERM", t.name, [[t.name, alt]]), call("TERM", t.name, null));
        assert.equal(changesSomeFunction(t), undefined, "a function reads it: take it off SHOWN_BY_TERM_ONLY");
      });
    } else {
      it(`${t.name} changes the result of at least one function`, () => {
        assert.ok(changesSomeFunction(t), `no function's outcome changes when ${t.name} is overridden`);
      });
    }
  }
});
