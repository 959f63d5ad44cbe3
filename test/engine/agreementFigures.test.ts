import assert from "node:assert/strict";
import { Decimal } from "../../src/engine/decimal";
import { callableWarrantSharesLeft, svdSharesAdded } from "../../src/engine/warrants/agreementShares";
import {
  ceoSettlementDate,
  ceoWarrantExpiry,
  ceoWarrantUnlockDate,
  lockupEnd,
  lockupStart,
} from "../../src/engine/cantor/cantorDates";
import { closingWarrantTotal } from "../../src/engine/warrants/closingWarrants";
import { commonPurchaseDeadline, commonPurchaseShares } from "../../src/engine/letter/commonPurchase";
import { reimbursedExpenses } from "../../src/engine/letter/expenseCaps";
import { earliestAfterNotice, latestNoticeDate } from "../../src/engine/letter/noticePeriods";
import { Terms } from "../../src/engine/terms/terms";
import { dayFromParts, isoDate } from "../../src/engine/time/civilDate";
import { termsError } from "../helpers/prices";

const d = (iso: string) => {
  const [y, m, dd] = iso.split("-").map(Number);
  return dayFromParts(y, m, dd);
};
const D = (n: number) => new Decimal(n);
const value = (name: string) => Terms.defaults.lookup(name).value as Decimal;

describe("figures of the agreements", () => {
  it("adds up seed 000 §1: $6.0 million of common stock + $10 million + $8 million = $24 million", () => {
    const parts = value("COMMON_PURCHASE_AMOUNT")
      .plus(value("TRANCHE_PRINCIPAL"))
      .plus(value("SECOND_TRANCHE_PRINCIPAL"));
    assert.equal(parts.toString(), value("LETTER_TOTAL_PRICE").toString());
  });

  it("buys 1,176,470 shares under §1(a) by April 19, 2001", () => {
    // 6,000,000 ÷ 5.10 = 1,176,470.588…; down to whole shares
    assert.equal(commonPurchaseShares().toString(), "1176470");
    // Tuesday 2001-04-17 + two business days (Wednesday, Thursday)
    assert.equal(isoDate(commonPurchaseDeadline()), "2001-04-19");
    // Letter of Friday 2001-10-05: Columbus Day Monday is not a business day → Wednesday 10-10
    assert.equal(isoDate(commonPurchaseDeadline(Terms.fromPairs([["LETTER_DATE", "2001-10-05"]]))), "2001-10-10");
  });

  it("counts the 20-Trading-Day notices on Nasdaq days, the notice day excluded", () => {
    // After 2001-09-04: Sep 5–7 (3), Sep 10 (4), Sep 17–21 (9), Sep 24–28 (14), Oct 1–5 (19), Oct 8 (20)
    assert.equal(isoDate(earliestAfterNotice("FLOOR", d("2001-09-04"))), "2001-10-08");
    assert.equal(isoDate(latestNoticeDate("REDEMPTION", d("2001-10-08"))), "2001-09-04");
  });

  it("caps reimbursed expenses: $30,000 legal, $60,000 Cantor", () => {
    assert.equal(reimbursedExpenses("LEGAL", D(42000)).toString(), "30000");
    assert.equal(reimbursedExpenses("LEGAL", D(29999.995)).toString(), "30000"); // to the cent, half away from zero
    assert.equal(reimbursedExpenses("CANTOR", D(12345.67)).toString(), "12345.67");
    assert.throws(() => reimbursedExpenses("CANTOR", D(-1)), termsError("invalid", "expenses", "-1"));
  });

  it("dates Cantor's settlement, lock-up and warrants", () => {
    // Thursday 2001-11-08 + 3 business days: Fri 11-09, (Mon 11-12 Veterans Day observed), Tue 11-13, Wed 11-14
    assert.equal(isoDate(ceoSettlementDate(d("2001-11-08"))), "2001-11-14");
    // Five Nasdaq trading days before Monday 2001-11-12: 11-09, 08, 07, 06, 05
    assert.equal(isoDate(lockupStart(d("2001-11-12"))), "2001-11-05");
    // Five after 2001-11-14: 15, 16, 19, 20, 21 (Thanksgiving is 11-22)
    assert.equal(isoDate(lockupEnd(d("2001-11-14"))), "2001-11-21");
    assert.equal(isoDate(ceoWarrantExpiry(d("2001-11-14"))), "2006-11-14");
    assert.equal(isoDate(ceoWarrantUnlockDate(d("2004-02-29"))), "2005-02-28"); // EDATE clamps
  });

  it("gives the contractual and the recorded Class B shares apart", () => {
    assert.equal(callableWarrantSharesLeft(D(0)).toString(), "2000000");
    // seed 003: 586,400 exercised by both holders → 293,200 each → 1,706,800 left each, the recorded figure
    const exercisedEach = (value("RECORDED_CALL_EXERCISED") as Decimal).dividedBy(2);
    assert.equal(callableWarrantSharesLeft(exercisedEach).toString(), value("RECORDED_CALL_REMAINING").toString());
    assert.throws(
      () => callableWarrantSharesLeft(D(2_000_001)),
      termsError("invalid", "2000001", "CALL_WARRANT_SHARES"),
    );
  });

  it("adds 29,513 Second Vesting Date Shares per Purchaser under §4 (450,000 − 420,487)", () => {
    assert.equal(svdSharesAdded().toString(), "29513");
  });

  it("totals Exhibits C and D", () => {
    assert.equal(closingWarrantTotal("SHARES").toString(), "894546"); // 484,773 + 409,773
    assert.equal(closingWarrantTotal("WARRANTS", "c").toString(), "7");
    assert.throws(() => closingWarrantTotal("PRICE"), termsError("invalid", "PRICE"));
  });
});
