import assert from "node:assert/strict";
import { callExercisePrice } from "../../src/engine/warrants/callPrice";
import { Terms } from "../../src/engine/terms/terms";
import { day, seriesOf, throwsTerms } from "../helpers/prices";

// Seed 000 §3(b): lesser of $33.75 and 95% of the bid on the trading day after delivery
// when the 5-day average before delivery is below $5.00; seed 003: 97% otherwise.
describe("callExercisePrice", () => {
  // Delivery 2001-05-17 (Thu): window 2001-05-10, -11, -14, -15, -16; next day 2001-05-18.
  const window = (bids: number[]) => ({
    "2001-05-10": bids[0],
    "2001-05-11": bids[1],
    "2001-05-14": bids[2],
    "2001-05-15": bids[3],
    "2001-05-16": bids[4],
  });

  it("takes 95% of the next day's bid when the 5-day average is below $5.00", () => {
    // (4.6 + 4.7 + 4.8 + 4.9 + 5.0) / 5 = 24 / 5 = 4.80 < 5.00; 95% × 4.00 = 3.80
    const s = seriesOf({ ...window([4.6, 4.7, 4.8, 4.9, 5.0]), "2001-05-17": 9.99, "2001-05-18": 4 });
    assert.equal(callExercisePrice(s, day("2001-05-17")).toString(), "3.8");
  });

  it("takes 97% when the average is exactly $5.00 (not below)", () => {
    // (4.9 + 5.1 + 5 + 5 + 5) / 5 = 5.00; 97% × 6.50 = 6.305
    const s = seriesOf({ ...window([4.9, 5.1, 5, 5, 5]), "2001-05-18": 6.5 });
    assert.equal(callExercisePrice(s, day("2001-05-17")).toString(), "6.305");
  });

  it("caps the price at $33.75", () => {
    // average 40 ≥ 5; 97% × 40 = 38.80 > 33.75
    const s = seriesOf({ ...window([40, 40, 40, 40, 40]), "2001-05-18": 40 });
    assert.equal(callExercisePrice(s, day("2001-05-17")).toString(), "33.75");
  });

  it("uses the first trading day after delivery: Good Friday 2001-04-13 is skipped", () => {
    // Delivery Thu 2001-04-12: window 04-05, 04-06, 04-09, 04-10, 04-11 (avg 4.00);
    // next trading day Mon 2001-04-16: 95% × 3.00 = 2.85
    const s = seriesOf({
      "2001-04-05": 4,
      "2001-04-06": 4,
      "2001-04-09": 4,
      "2001-04-10": 4,
      "2001-04-11": 4,
      "2001-04-16": 3,
    });
    assert.equal(callExercisePrice(s, day("2001-04-12")).toString(), "2.85");
  });

  it("takes overridden terms", () => {
    const s = seriesOf({ ...window([4.6, 4.7, 4.8, 4.9, 5.0]), "2001-05-18": 4 });
    const terms = Terms.fromPairs([
      ["CALL_THRESHOLD_PRICE", 4.5],
      ["CALL_CAP_PRICE", 3.5],
    ]);
    // 4.80 ≥ 4.50 → 97% × 4 = 3.88, capped at 3.50
    assert.equal(callExercisePrice(s, day("2001-05-17"), terms).toString(), "3.5");
  });

  it("names the missing next-day bid", () => {
    const s = seriesOf(window([4.6, 4.7, 4.8, 4.9, 5.0]));
    throwsTerms(() => callExercisePrice(s, day("2001-05-17")), "missing", /^no closing bid for 2001-05-18$/);
  });
});
