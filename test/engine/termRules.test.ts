import assert from "node:assert/strict";
import { Terms } from "../../src/engine/terms/terms";
import { RULED_TERMS, checkTermRules } from "../../src/engine/terms/termRules";
import { termsError } from "../helpers/prices";

const refused = (...fragments: string[]) => termsError("invalid", ...fragments);

describe("term rules (overrides that cannot mean what the clause says)", () => {
  it("holds for the seed's own terms", () => {
    const defaults = Terms.defaults;
    assert.doesNotThrow(() => checkTermRules((name) => defaults.lookup(name).value, new Set(RULED_TERMS)));
  });

  it("refuses more lowest bids than the window holds, naming both terms", () => {
    // "the average of the 10 lowest ... of the 30 Trading Days": 40 of 30 cannot be averaged.
    assert.throws(
      () => Terms.fromPairs([["CONV_RESET_LOWEST", 40]]),
      refused("CONV_RESET_LOWEST 40", "CONV_RESET_WINDOW 30"),
    );
    assert.throws(
      () => Terms.fromPairs([["CONV_RESET_WINDOW", 8]]),
      refused("CONV_RESET_LOWEST 10", "CONV_RESET_WINDOW 8"),
    );
    // Both changed together, consistently: fine (the 8 lowest of 8 days is their average).
    assert.doesNotThrow(() =>
      Terms.fromPairs([
        ["CONV_RESET_WINDOW", 8],
        ["CONV_RESET_LOWEST", 8],
      ]),
    );
  });

  it("refuses commission bands out of order and a zero cap", () => {
    assert.throws(
      () => Terms.fromPairs([["CEO_TIER2_MAX", 30_000_000]]),
      refused("CEO_TIER2_MAX 30000000", "CEO_MAX_PROCEEDS 25000000"),
    );
    assert.throws(() => Terms.fromPairs([["LEGAL_FEE_CAP", 0]]), refused("LEGAL_FEE_CAP", "greater than zero"));
    assert.throws(() => Terms.fromPairs([["CEO_OTHER_MAX", 0]]), refused("CEO_OTHER_MAX"));
  });

  it("refuses rates above 100% and price percentages outside 0%–1000%", () => {
    // 5 means 500%: a 5% rate typed as 5 instead of 5% or 0.05.
    assert.throws(() => Terms.fromPairs([["INTEREST_RATE", 5]]), refused("INTEREST_RATE", "at most 100%", "500%"));
    assert.throws(() => Terms.fromPairs([["CONV_INITIAL_PCT", 120]]), refused("CONV_INITIAL_PCT", "12000%"));
    assert.throws(() => Terms.fromPairs([["WARRANT_PRICE_PCT", 0]]), refused("WARRANT_PRICE_PCT"));
    assert.doesNotThrow(() =>
      Terms.fromPairs([
        ["INTEREST_RATE", "100%"],
        ["CONV_INITIAL_PCT", 10],
      ]),
    );
  });

  it("refuses a lower call percentage above the upper one, and parts above their wholes", () => {
    assert.throws(
      () => Terms.fromPairs([["CALL_PCT_BELOW", 0.98]]),
      refused("CALL_PCT_BELOW 0.98", "CALL_PCT_OTHERWISE 0.97"),
    );
    assert.throws(
      () => Terms.fromPairs([["SVD_SHARES_EXERCISED", 500_000]]),
      refused("SVD_SHARES_EXERCISED", "SVD_SHARES_PER_PURCHASER 450000"),
    );
    assert.throws(
      () => Terms.fromPairs([["CEO_WARRANT_LOCK_YEARS", 6]]),
      refused("CEO_WARRANT_LOCK_YEARS 6", "CEO_WARRANT_YEARS 5"),
    );
  });
});
