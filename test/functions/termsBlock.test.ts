import assert from "node:assert/strict";
import { readTerms, withCallTerms } from "../../src/functions/excelArgs";
import { termsError } from "../helpers/prices";

// A [terms] block as Excel passes it: often two whole columns (A:B, 1,048,576 rows), two used,
// every other cell null (web) or 0 (desktop). It is read in one pass from the end, once a call.
const ROWS = 1_048_576;
function wholeBlock(used: unknown[][], blank: null | 0): unknown[][] {
  const rows: unknown[][] = new Array(ROWS);
  for (let i = 0; i < ROWS; i++) rows[i] = i < used.length ? used[i] : [blank, blank];
  return rows;
}

describe("[terms] as Excel passes it", () => {
  for (const blank of [null, 0] as const) {
    it(`reads two used rows of a whole-column block whose empty cells are ${String(blank)}`, () => {
      const terms = readTerms(
        wholeBlock(
          [
            ["DELAY_PCT", 0.03],
            ["INTEREST_DAY_COUNT", "30/360"],
          ],
          blank,
        ),
      );
      assert.equal(terms.decimal("DELAY_PCT").toString(), "0.03");
      assert.equal(terms.choice("INTEREST_DAY_COUNT"), "30/360");
    });

    it(`names the bad row of a whole-column block whose empty cells are ${String(blank)}`, () => {
      assert.throws(
        () =>
          readTerms(
            wholeBlock(
              [
                ["DELAY_PCT", 0.03],
                ["NOT_A_TERM", 1],
              ],
              blank,
            ),
          ),
        termsError("invalid", 'unknown term "NOT_A_TERM"'),
      );
    });
  }

  it("gives a whole-column block's shape by its real rows and widths", () => {
    const ragged = wholeBlock([["DELAY_PCT", 0.03, "x"]], null);
    assert.throws(
      () => readTerms(ragged),
      termsError(
        "invalid",
        "terms must be two columns (name, value), got a ragged range of 1048576 rows, from 2 cells to 3 cells wide",
      ),
    );
    const three: unknown[][] = new Array(ROWS);
    for (let i = 0; i < ROWS; i++) three[i] = [null, null, null];
    three[0] = ["DELAY_PCT", 0.03, null];
    assert.throws(
      () => readTerms(three),
      termsError("invalid", "terms must be two columns (name, value), got 1048576 rows × 3 columns"),
    );
    // A whole column of empty cells, one column wide: no terms given, the agreement's
    assert.equal(
      readTerms(new Array(ROWS).fill([null]))
        .decimal("DELAY_PCT")
        .toString(),
      "0.02",
    );
  });

  it("reads the call's block once: the body's read of the same array is that reading", () => {
    const block = [["DELAY_PCT", 0.03]];
    const outcome = withCallTerms(block, () => {
      const first = readTerms(block);
      assert.equal(readTerms(block), first);
      return first.decimal("DELAY_PCT").toString();
    });
    assert.equal(outcome, "0.03");
    // After the call the same array is read afresh: a changed cell is seen.
    block[0][1] = 0.04;
    assert.equal(readTerms(block).decimal("DELAY_PCT").toString(), "0.04");
    // A bad block fails before the body runs.
    let ran = false;
    assert.throws(
      () =>
        withCallTerms([["NOT_A_TERM", 1]], () => {
          ran = true;
        }),
      termsError("invalid", "NOT_A_TERM"),
    );
    assert.equal(ran, false);
  });
});
