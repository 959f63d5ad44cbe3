import assert from "node:assert/strict";
import { Decimal } from "../../src/engine/decimal";
import { messages } from "../../src/engine/messages";
import { Terms } from "../../src/engine/terms/terms";
import { readCell, readPriceSeries, readTerms, readVector } from "../../src/functions/excelArgs";
import { termsError } from "../helpers/prices";

// Every message that echoes what the banker gave shows it as given: a number as that number
// (a fraction also as its percentage, since the cell may be formatted as one), text as text,
// and a range's shape by its real rows and columns. One case per class of message.
const refused = (...fragments: string[]) => termsError("invalid", ...fragments);

describe("messages show the value as given", () => {
  describe("term rules (termRules.ts)", () => {
    it("shows a number given for a percentage term as that number, with its percentage", () => {
      // CEOFEE(1e6,,{"CEO_TIER1_RATE",1.5}): 1.5 is what a cell showing 150% holds
      assert.throws(
        () => Terms.fromPairs([["CEO_TIER1_RATE", 1.5]]),
        refused("term CEO_TIER1_RATE must be at most 100%, got 1.5 (150%)"),
      );
      assert.throws(
        () => Terms.fromPairs([["CONV_INITIAL_PCT", 120]]),
        refused("term CONV_INITIAL_PCT must be above 0% and at most 1000%, got 120 (12000%)"),
      );
    });

    it("shows text given for a percentage term as that text", () => {
      assert.throws(
        () => Terms.fromPairs([["CEO_TIER1_RATE", "150%"]]),
        refused('term CEO_TIER1_RATE must be at most 100%, got text "150%"'),
      );
      assert.throws(
        () => Terms.fromPairs([["LEGAL_FEE_CAP", "0"]]),
        refused('term LEGAL_FEE_CAP must be greater than zero, got text "0"'),
      );
    });

    it("shows both terms of a rule between two as given, the default one as the agreement's", () => {
      assert.throws(
        () => Terms.fromPairs([["LEGAL_FEE_CAP", 0]]),
        refused("term LEGAL_FEE_CAP must be greater than zero, got 0"),
      );
      // CALL_PCT_OTHERWISE is the agreement's 97% (seed 000 §3(b)); 0.98 typed as 98%
      assert.throws(
        () => Terms.fromPairs([["CALL_PCT_BELOW", 0.98]]),
        refused("term CALL_PCT_BELOW 0.98 (98%) must not exceed CALL_PCT_OTHERWISE 0.97 (97%)"),
      );
      assert.throws(
        () => Terms.fromPairs([["CONV_RESET_LOWEST", 40]]),
        refused("term CONV_RESET_LOWEST 40 must not exceed CONV_RESET_WINDOW 30"),
      );
    });

    it("shows a term sheet's value (read, not typed) as its number, with its percentage", () => {
      // Terms.fromValues is how the term-sheet import checks the rules: only the read value is known
      assert.throws(
        () => Terms.fromValues(new Map([["INTEREST_RATE", new Decimal(2)]])),
        refused("term INTEREST_RATE must be at most 100%, got 2 (200%)"),
      );
    });
  });

  describe("shapes (excelArgs.ts)", () => {
    it("counts a ragged range's real rows and its narrowest and widest rows", () => {
      // One column of 200,001 rows whose row 100,001 is empty ([]), not one cell
      const column: unknown[][] = [];
      for (let i = 0; i < 200_001; i++) column.push(i === 100_000 ? [] : [36998]);
      assert.throws(
        () => readVector(column, "dates"),
        refused("dates must be one row or one column, got a ragged range of 200001 rows, from 0 cells to 1 cell wide"),
      );
      // …and one row two cells wide
      column[100_000] = [36998, 5];
      assert.throws(
        () => readPriceSeries(column, column),
        refused("dates must be one row or one column, got a ragged range of 200001 rows, from 1 cell to 2 cells wide"),
      );
    });

    it("counts a block's rows and columns, in the singular for one", () => {
      assert.throws(
        () =>
          readVector(
            [
              [1, 2],
              [3, 4],
              [5, 6],
            ],
            "prices",
          ),
        refused("prices must be one row or one column, got 3 rows × 2 columns"),
      );
      assert.equal(
        messages.notOneDimensional("dates", 1, 1),
        "dates must be one row or one column, got 1 row × 1 column",
      );
    });

    it("says a scalar argument must be one cell, with the range's shape", () => {
      assert.throws(
        () => readCell([[1, 2, 3]], "principal"),
        refused("principal must be one cell, got 1 row × 3 columns"),
      );
      assert.throws(
        () => readCell([[1], [2]], "principal"),
        refused("principal must be one cell, got 2 rows × 1 column"),
      );
    });

    it("gives a [terms] block's shape by rows and columns", () => {
      assert.throws(
        () =>
          readTerms([
            ["DELAY_PCT", 0.03, "x"],
            [null, null, null],
          ]),
        refused("terms must be two columns (name, value), got 2 rows × 3 columns"),
      );
      assert.throws(
        () =>
          readTerms([
            ["DELAY_PCT", 0.03, "x"],
            ["CONV_RESET_WINDOW", 30],
          ]),
        refused("terms must be two columns (name, value), got a ragged range of 2 rows, from 2 cells to 3 cells wide"),
      );
    });
  });

  describe("values (describe)", () => {
    it("shows numbers as numbers, text as quoted text, booleans as Excel shows them", () => {
      assert.equal(messages.notANumber("principal", 1.5), "principal must be a number, got 1.5");
      assert.equal(messages.notANumber("principal", "1.5"), 'principal must be a number, got text "1.5"');
      assert.equal(messages.notADate("issue_date", false), "issue_date must be a date, got FALSE");
      assert.equal(
        messages.badTermValue("DELAY_PCT", "a percentage (120% or 1.2)", ""),
        "term DELAY_PCT must be a percentage (120% or 1.2), got a blank",
      );
    });
  });
});
