/**
 * The NEOT call inside a formula, with its arguments as text: `=IF(A="","",NEOT.X(a,b))`
 * gives { id: "X", args: ["a", "b"] }. Only the first NEOT call is taken (the model's
 * formulas hold one); quotes and nested parentheses are respected.
 */
export function neotCall(formula: string): { id: string; args: string[] } | undefined {
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
        return { id, args: args.length === 1 && args[0] === "" ? [] : args };
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
