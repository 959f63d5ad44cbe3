import assert from "node:assert/strict";
import { Terms, readTermValue } from "../../src/engine/terms/terms";
import { TERM_DEFINITIONS, findTerm } from "../../src/engine/terms/termRegistry";
import { day, throwsTerms } from "../helpers/prices";

describe("Terms", () => {
  it("gives the seed defaults when nothing is overridden", () => {
    // Seed 000, Exhibit A: 120%, 5, 90, 101%, 30, 10; §3(b): $33.75, $5.00, 95%; Exhibit A: 2%
    const d = Terms.defaults;
    assert.equal(d.decimal("CONV_INITIAL_PCT").toString(), "1.2");
    assert.equal(d.whole("CONV_INITIAL_WINDOW"), 5);
    assert.equal(d.whole("CONV_RESET_DELAY_DAYS"), 90);
    assert.equal(d.decimal("CONV_RESET_PCT").toString(), "1.01");
    assert.equal(d.whole("CONV_RESET_WINDOW"), 30);
    assert.equal(d.whole("CONV_RESET_LOWEST"), 10);
    assert.equal(d.decimal("CALL_CAP_PRICE").toString(), "33.75");
    assert.equal(d.decimal("CALL_THRESHOLD_PRICE").toString(), "5");
    assert.equal(d.decimal("CALL_PCT_BELOW").toString(), "0.95");
    assert.equal(d.decimal("CALL_PCT_OTHERWISE").toString(), "0.97");
    assert.equal(d.decimal("DELAY_PCT").toString(), "0.02");
    assert.equal(d.flag("DELAY_PRORATE"), false);
  });

  it("overrides by name in any case, skipping blank rows", () => {
    const t = Terms.fromPairs([
      ["conv_reset_pct", 1.02],
      [null, null],
      ["", ""],
      [0, 0],
      ["Delay_Prorate", "TRUE"],
    ]);
    assert.equal(t.decimal("CONV_RESET_PCT").toString(), "1.02");
    assert.equal(t.flag("DELAY_PRORATE"), true);
    assert.equal(t.decimal("CONV_INITIAL_PCT").toString(), "1.2");
  });

  it("reads percentages as Excel stores them (1.2) or as text with a % sign", () => {
    assert.equal(
      Terms.fromPairs([["CONV_INITIAL_PCT", "115%"]])
        .decimal("CONV_INITIAL_PCT")
        .toString(),
      "1.15",
    );
    assert.equal(
      Terms.fromPairs([["CONV_INITIAL_PCT", 1.15]])
        .decimal("CONV_INITIAL_PCT")
        .toString(),
      "1.15",
    );
  });

  it("refuses unknown names, names given twice and values without a name", () => {
    throwsTerms(() => Terms.fromPairs([["CONV_PRICE_PCT", 1]]), "invalid", /unknown term "CONV_PRICE_PCT"/);
    throwsTerms(
      () =>
        Terms.fromPairs([
          ["DELAY_PCT", 0.02],
          ["delay_pct", 0.03],
        ]),
      "invalid",
      /term "DELAY_PCT" is given twice/,
    );
    throwsTerms(() => Terms.fromPairs([[null, 5]]), "invalid", /terms row 1: value has no term name/);
    throwsTerms(() => Terms.fromPairs([[42, 5]]), "invalid", /name/);
  });

  it("refuses values of the wrong kind, naming the term", () => {
    throwsTerms(
      () => Terms.fromPairs([["CONV_RESET_WINDOW", 30.5]]),
      "invalid",
      /CONV_RESET_WINDOW must be a whole number of trading days/,
    );
    throwsTerms(() => Terms.fromPairs([["CONV_RESET_WINDOW", 0]]), "invalid", /CONV_RESET_WINDOW/);
    throwsTerms(
      () => Terms.fromPairs([["CALL_CAP_PRICE", 0]]),
      "invalid",
      /CALL_CAP_PRICE must be a price greater than zero/,
    );
    throwsTerms(() => Terms.fromPairs([["DELAY_PCT", -0.02]]), "invalid", /DELAY_PCT/);
    throwsTerms(() => Terms.fromPairs([["DELAY_PCT", "two percent"]]), "invalid", /DELAY_PCT.*text "two percent"/);
    throwsTerms(() => Terms.fromPairs([["DELAY_PRORATE", "yes"]]), "invalid", /DELAY_PRORATE must be TRUE or FALSE/);
    throwsTerms(() => Terms.fromPairs([["CONV_RESET_PCT", Infinity]]), "invalid", /CONV_RESET_PCT/);
  });

  it("reads date terms from a date cell (serial) or ISO text", () => {
    const definition = { ...findTerm("DELAY_PCT")!, name: "SOME_DATE", kind: "date" as const, default: "2002-12-31" };
    assert.equal(readTermValue(definition, 37621), day("2002-12-31")); // Excel serial of 2002-12-31
    assert.equal(readTermValue(definition, "2002-12-31"), day("2002-12-31"));
    throwsTerms(() => readTermValue(definition, "2002-02-30"), "invalid", /SOME_DATE must be a date/);
    throwsTerms(() => readTermValue(definition, 60), "invalid", /SOME_DATE/);
  });
});

describe("term registry", () => {
  it("has unique names that are valid Excel names and cannot be read as cell references", () => {
    const names = TERM_DEFINITIONS.map((t) => t.name);
    assert.equal(new Set(names).size, names.length, "duplicate term names");
    for (const name of names) assert.match(name, /^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/, name);
  });

  it("has a seed default that passes its own validation, a unit and a clause for every term", () => {
    for (const t of TERM_DEFINITIONS) {
      assert.doesNotThrow(() => readTermValue(t, t.default), t.name);
      assert.ok(t.unit && t.clause && t.description, t.name);
    }
  });
});
