/*
 * Nothing in the README or the help page may name a function that does not exist: every
 * `NEOT.NAME` in README.md, in the help page as written (src/help/help.html) and as built
 * (dist/help.html) must be an id of the built dist/functions.json (npm test builds first).
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";

const ROOT = path.join(__dirname, "..", "..");

/** Each NEOT.NAME in a text (a name is letters, digits, "_" and inner "."), once. */
export function neotNames(text: string): string[] {
  return [...new Set([...text.matchAll(/\bNEOT\.([A-Z0-9_]+(?:\.[A-Z0-9_]+)*)/g)].map((m) => m[1]))];
}

describe("function names in the README and the help page", () => {
  const ids = new Set(
    (JSON.parse(fs.readFileSync(path.join(ROOT, "dist", "functions.json"), "utf8")).functions as { id: string }[]).map(
      (f) => f.id,
    ),
  );

  for (const file of ["README.md", "src/help/help.html", "dist/help.html"]) {
    it(`${file} names only functions of functions.json`, () => {
      const names = neotNames(fs.readFileSync(path.join(ROOT, file), "utf8"));
      assert.ok(names.length > 10, `${file}: the check found almost no names`);
      assert.deepEqual(
        names.filter((n) => !ids.has(n)),
        [],
        `${file} names functions that do not exist`,
      );
    });
  }

  it("finds a name that does not exist (the check can fail)", () => {
    const names = neotNames("Use `=NEOT.FEB2000TABLE()` or NEOT.TRADEDAY; namespace NEOT.");
    assert.deepEqual(names, ["FEB2000TABLE", "TRADEDAY"]);
    assert.ok(!ids.has("FEB2000TABLE"));
  });
});
