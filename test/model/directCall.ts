/** A NEOT call found in a formula; `index` when the formula takes one cell of its table. */
export interface FoundCall {
  readonly id: string;
  readonly args: string[];
  /** `INDEX(NEOT.X(…),row,column)`: the 1-based row and column taken. */
  readonly index?: [number, number];
}

/**
 * The NEOT call inside a formula, with its arguments as text: `=IF(A="","",NEOT.X(a,b))`
 * gives { id: "X", args: ["a", "b"] }. Only the first NEOT call is taken (the model's
 * formulas hold one, perhaps with another among its arguments); quotes and nested
 * parentheses are respected. `INDEX(NEOT.X(a),5,2)` gives index [5, 2].
 */
export function neotCall(formula: string): FoundCall | undefined {
  const start = formula.indexOf("NEOT.");
  if (start < 0) return undefined;
  const open = formula.indexOf("(", start);
  const id = formula.slice(start + 5, open);
  const args: string[] = [];
  let depth = 0;
  let quoted = false;
  let current = "";
  for (let i = open + 1; i < formula.length; i++) {
    const ch = formula[i];
    if (ch === '"') quoted = !quoted;
    if (!quoted && ch === "(") depth++;
    if (!quoted && ch === ")") {
      if (depth === 0) {
        args.push(current);
        const taken = formula.slice(0, start).endsWith("INDEX(") ? /^\),(\d+),(\d+)\)/.exec(formula.slice(i)) : null;
        return {
          id,
          args: args.length === 1 && args[0] === "" ? [] : args,
          ...(taken ? { index: [Number(taken[1]), Number(taken[2])] as [number, number] } : {}),
        };
      }
      depth--;
    }
    if (!quoted && depth === 0 && ch === ",") {
      args.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  throw new Error(`unbalanced formula ${formula}`);
}
