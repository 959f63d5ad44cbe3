import assert from "node:assert/strict";
import { call } from "./loadBundle";

// The figures of the agreements that had no formula, through the built bundle.
// Excel serials: 2001-04-17 = 36998; 2001-09-04 = 37138 (2001-09-17 = 37151, − 13);
// 2001-10-08 = 37172; 2001-11-08 = 37203 (10-08 + 31); 2001-11-12 = 37207; 2001-11-14 = 37209.

const value = (v: unknown) => ({ value: v });
const code = (outcome: unknown) => (outcome as { error?: { code: string } }).error?.code;

describe("functions bundle: figures of the agreements", () => {
  it("TERM shows an agreement constant and a recorded event, never one for the other", () => {
    assert.deepEqual(call("TERM", "LETTER_TOTAL_PRICE", null), value(24000000)); // seed 000 §1
    assert.deepEqual(call("TERM", "commit_first_amount", null), value(500000)); // §1(c), contractual, per Purchaser
    assert.deepEqual(call("TERM", "RECORDED_COMMIT_PAYMENT", null), value(405000)); // seed 003: reduced and paid
    // 2001-06-11 = 36998 + 13 (rest of April) + 31 (May) + 11 = 37053
    assert.deepEqual(call("TERM", "RECORDED_APPROVAL_DATE", null), value(37053));
    assert.deepEqual(call("TERM", "CONV_INITIAL_PCT", null), value(1.2));
    assert.deepEqual(call("TERM", "SHARE_ROUNDING", null), value("DOWN"));
    assert.deepEqual(call("TERM", "DELAY_PRORATE", null), value(false));
    assert.deepEqual(call("TERM", "LEGAL_FEE_CAP", [["LEGAL_FEE_CAP", 25000]]), value(25000));
    const unknown = call("TERM", "NO_SUCH_TERM", null);
    assert.ok("error" in unknown && unknown.error.code === "#VALUE!" && unknown.error.message.includes("NO_SUCH_TERM"));
  });

  it("COMMONSHARES: $6.0 million at $5.10 = 1,176,470.59 shares, rounded down (or up)", () => {
    assert.deepEqual(call("COMMONSHARES", null), value(1176470));
    assert.deepEqual(call("COMMONSHARES", [["SHARE_ROUNDING", "UP"]]), value(1176471));
  });

  it("COMMONPURCHASEDUE: two business days after Tuesday 2001-04-17 is Thursday 2001-04-19", () => {
    assert.deepEqual(call("COMMONPURCHASEDUE", null), value(37000));
  });

  it("NOTICEBY and AFTERNOTICE: 20 Nasdaq trading days, September 11–14, 2001 closed", () => {
    // After 2001-09-04: Sep 5,6,7,10 (4), 17–21 (9), 24–28 (14), Oct 1–5 (19), Oct 8 (20).
    assert.deepEqual(call("AFTERNOTICE", "REDEMPTION", 37138, null), value(37172));
    assert.deepEqual(call("NOTICEBY", "redemption", 37172, null), value(37138));
    assert.deepEqual(call("NOTICEBY", "FLOOR", 37172, null), value(37138));
    // FLOOR_NOTICE_DAYS 5 after 2001-09-04: Sep 5, 6, 7, 10, 17 → 37151.
    assert.deepEqual(call("AFTERNOTICE", "FLOOR", 37138, [["FLOOR_NOTICE_DAYS", 5]]), value(37151));
    assert.deepEqual(call("AFTERNOTICE", "REDEMPTION", 37138, [["FLOOR_NOTICE_DAYS", 5]]), value(37172));
    const bad = call("NOTICEBY", "CALL", 37172, null);
    assert.ok("error" in bad && bad.error.message.includes("FLOOR, REDEMPTION"));
  });

  it("LEGALFEE and CEOEXPENSES: the lesser of the expenses and the cap", () => {
    assert.deepEqual(call("LEGALFEE", 42000, null), value(30000));
    assert.deepEqual(call("LEGALFEE", 12345.675, null), value(12345.68)); // to the cent, half away from zero
    assert.deepEqual(call("CEOEXPENSES", 75000, null), value(60000));
    assert.deepEqual(call("CEOEXPENSES", 75000, [["CEO_EXPENSE_CAP", 70000]]), value(70000));
    assert.equal(code(call("LEGALFEE", -1, null)), "#VALUE!");
  });

  it("CEOSETTLE: the third business day after a sale (Veterans Day 2001-11-12 closed for banks)", () => {
    // Thursday 2001-11-08: Fri 11-09 (1), Tue 11-13 (2), Wed 11-14 (3).
    assert.deepEqual(call("CEOSETTLE", 37203, null), value(37209));
    // On Nasdaq (open on Veterans Day): 11-09, 11-12, 11-13.
    assert.deepEqual(call("CEOSETTLE", 37203, [["BUSINESS_DAY_CALENDAR", "NASDAQ"]]), value(37208));
  });

  it("LOCKUPSTART and LOCKUPEND: five trading days before the terms, five after the final settlement", () => {
    // Before Monday 2001-11-12: 11-09, 08, 07, 06, 05 → 37200. After 2001-11-14: 15, 16, 19, 20, 21 → 37216.
    assert.deepEqual(call("LOCKUPSTART", 37207, null), value(37200));
    assert.deepEqual(call("LOCKUPEND", 37209, null), value(37216));
  });

  it("CEOWARRANTEXPIRY and CEOWARRANTFREE: five years and one year after issuance", () => {
    // 2001-11-14 + 5 years: 365 × 5 + 1 (2004-02-29) = 1826 days; + 1 year: 365 days.
    assert.deepEqual(call("CEOWARRANTEXPIRY", 37209, null), value(39035));
    assert.deepEqual(call("CEOWARRANTFREE", 37209, null), value(37574));
  });

  it("CLASSBSHARES: the contract's 2,000,000, or the recorded 1,706,800 after 586,400 ÷ 2 exercised", () => {
    assert.deepEqual(call("CLASSBSHARES", null, null), value(2000000));
    assert.deepEqual(call("CLASSBSHARES", 293200, null), value(1706800));
    assert.equal(code(call("CLASSBSHARES", 2000001, null)), "#VALUE!");
    assert.equal(code(call("CLASSBSHARES", 1.5, null)), "#VALUE!");
  });

  it("SVDINCREASE: 450,000 − 420,487 = 29,513 shares per Purchaser", () => {
    assert.deepEqual(call("SVDINCREASE", null), value(29513));
  });

  it("SPAPURCHASE NET_PROCEEDS and SPAWARRANTEXPIRY (seed 001)", () => {
    // $8,000,000 − the $5,000 legal fee of §4.1
    assert.deepEqual(call("SPAPURCHASE", "NET_PROCEEDS", null, null), value(7995000));
    assert.equal(code(call("SPAPURCHASE", "NET_PROCEEDS", 1, null)), "#VALUE!");
    // 2000-02-25 (36581) + 5 years: 366 + 365 + 365 + 365 + 366 = 1827 days → 38408 (2005-02-25)
    assert.deepEqual(call("SPAWARRANTEXPIRY", 36581, null), value(38408));
  });

  it("CLOSINGWARRANTS: the totals of Exhibits C and D", () => {
    // C: 26,250 + 48,750 + 63,420 + 52,000 + 157,500 + 40,000 + 96,853 = 484,773
    // D: 63,420 + 52,000 + 157,500 + 40,000 + 96,853 = 409,773; both: 894,546
    assert.deepEqual(call("CLOSINGWARRANTS", "SHARES", "C"), value(484773));
    assert.deepEqual(call("CLOSINGWARRANTS", "shares", "d"), value(409773));
    assert.deepEqual(call("CLOSINGWARRANTS", "SHARES", null), value(894546));
    assert.deepEqual(call("CLOSINGWARRANTS", "WARRANTS", null), value(12));
    // D: 63,420 × 14.235 = 902,783.70; 52,000 × 21 = 1,092,000; 157,500 × 19.672 = 3,098,340;
    // 40,000 × 10.47 = 418,800; 96,853 × 10.13 = 981,120.89 → 6,493,044.59
    assert.deepEqual(call("CLOSINGWARRANTS", "EXERCISE_PROCEEDS", "D"), value(6493044.59));
    // C adds 26,250 × 12.98 = 340,725 and 48,750 × 12.98 = 632,775 → 7,466,544.59
    assert.deepEqual(call("CLOSINGWARRANTS", "EXERCISE_PROCEEDS", "C"), value(7466544.59));
    assert.equal(code(call("CLOSINGWARRANTS", "SHARES", "E")), "#VALUE!");
  });
});
