import assert from "node:assert/strict";
import { ExcelError } from "../bundle/loadBundle";
import { FunctionMeta } from "./argumentLists";
import { NON_FINITE_GUARD, invoke, negativeZeroViolation, show, violation } from "./invariants";

// The fuzz test is only as good as its checks: each invariant must catch the bug it is
// there for. Outcomes below are made by hand, as a broken function would produce them.

const NUMBER_FN: FunctionMeta = { id: "F", name: "F", parameters: [{ name: "x" }], result: { type: "number" } };
const SPILL_FN: FunctionMeta = { id: "T", name: "T", parameters: [], result: { dimensionality: "matrix" } };
const plain = { args: [1], mode: "random" as const };

describe("fuzz invariants (violation)", () => {
  it("accepts a finite number of the declared type and an error with a message", () => {
    assert.equal(violation(NUMBER_FN, plain, { value: 6.06 }), undefined);
    assert.equal(
      violation(NUMBER_FN, plain, { error: { code: "#N/A", message: "no closing bid for 2001-05-03" } }),
      undefined,
    );
    assert.equal(
      violation(SPILL_FN, plain, {
        value: [
          ["a", 1],
          ["b", true],
        ],
      }),
      undefined,
    );
  });

  it("flags an exception that is not CustomFunctions.Error", () => {
    const outcome = invoke(() => {
      throw new TypeError("x is undefined");
    }, []);
    assert.match(violation(NUMBER_FN, plain, outcome) ?? "", /uncaught exception .*TypeError: x is undefined/);
  });

  it("keeps a CustomFunctions.Error as an error outcome", () => {
    const outcome = invoke(() => {
      throw new ExcelError("#VALUE!", "date must be a date, got TRUE");
    }, []);
    assert.deepEqual(outcome, { error: { code: "#VALUE!", message: "date must be a date, got TRUE" } });
  });

  it("flags #VALUE! and #N/A without a message, and unknown codes", () => {
    assert.match(violation(NUMBER_FN, plain, { error: { code: "#VALUE!", message: " " } }) ?? "", /without a message/);
    assert.match(violation(NUMBER_FN, plain, { error: { code: "#N/A" } }) ?? "", /without a message/);
    assert.match(violation(NUMBER_FN, plain, { error: { code: "#OOPS" } }) ?? "", /unknown error code/);
  });

  it("flags an engine crash hidden behind an internal error, but not the non-finite guard", () => {
    const crash = { error: { code: "#VALUE!", message: "internal error: Cannot read properties of undefined" } };
    assert.match(violation(NUMBER_FN, plain, crash) ?? "", /engine crash/);
    assert.equal(violation(NUMBER_FN, plain, { error: { code: "#VALUE!", message: NON_FINITE_GUARD } }), undefined);
  });

  it("flags NaN and ±Infinity, in a scalar or inside a spilled array", () => {
    assert.match(violation(NUMBER_FN, plain, { value: NaN }) ?? "", /non-finite/);
    assert.match(violation(SPILL_FN, plain, { value: [["price", Infinity]] }) ?? "", /non-finite/);
    assert.match(violation(SPILL_FN, plain, { value: [[1], [-Infinity]] }) ?? "", /non-finite/);
  });

  it("flags a number returned for an oracle case", () => {
    const call = { ...plain, mode: "oracle" as const, mustFail: 'required x is "abc"' };
    assert.match(
      violation(NUMBER_FN, call, { value: 0 }) ?? "",
      /returned 0 for invalid input \(required x is "abc"\)/,
    );
  });

  it("flags a result of another type than functions.json declares, and ragged or empty spills", () => {
    assert.match(violation(NUMBER_FN, plain, { value: "6.06" }) ?? "", /not of type number/);
    assert.match(violation(NUMBER_FN, plain, { value: undefined }) ?? "", /not of type number/);
    assert.match(violation(SPILL_FN, plain, { value: [[1, 2], [3]] }) ?? "", /rectangular/);
    assert.match(violation(SPILL_FN, plain, { value: [] }) ?? "", /rectangular/);
    assert.match(violation(SPILL_FN, plain, { value: [[null]] }) ?? "", /rectangular/);
  });

  it("prints arguments so that NaN, -0, blanks and text can be told apart", () => {
    assert.equal(
      show([
        [NaN, -0, null],
        ["", "1e3", undefined, Infinity],
      ]),
      '[[NaN, -0, null], ["", "1e3", undefined, Infinity]]',
    );
  });
});

describe("fuzz invariants (negativeZeroViolation)", () => {
  it("flags a function that treats -0 as negative, and accepts one that does not", () => {
    const signCheck = (x: unknown) => {
      if (Object.is(x, -0)) throw new ExcelError("#VALUE!", "x must not be negative, got 0");
      return 1;
    };
    const args = [0];
    assert.match(
      negativeZeroViolation(signCheck, args, 0, invoke(signCheck, args)) ?? "",
      /-0 does not act as 0 in argument 1/,
    );
    const fine = (x: unknown) => (x as number) + 1;
    assert.equal(negativeZeroViolation(fine, args, 0, invoke(fine, args)), undefined);
  });
});
