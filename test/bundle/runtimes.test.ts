/*
 * The built functions bundle against Excel's oldest custom-functions runtime: the
 * JavaScript-only runtime of Office for Windows before version 2403 and of perpetual
 * Office through 2021, which runs ECMAScript 2016 only (Microsoft, "Runtimes in Office
 * Add-ins"). The syntax is checked here; the built-ins by running every bundle and fuzz
 * test again in the ES2016 realm (BUNDLE_REALM=es2016, part of `npm test`).
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import vm from "node:vm";
import { parse } from "acorn";
import { DIST } from "./loadBundle";
import { POST_ES2016_BUILT_INS, createEs2016Context } from "./es2016Realm";

const es2016 = (code: string) => parse(code, { ecmaVersion: 2016, sourceType: "script" });

describe("runtimes: dist/functions.js in Excel's ECMAScript 2016 runtime", () => {
  it("parses with an ECMAScript 2016 grammar", () => {
    const file = path.join(DIST, "functions.js");
    assert.ok(fs.existsSync(file), `${file} is missing: run npm run build first`);
    assert.doesNotThrow(() => es2016(fs.readFileSync(file, "utf8")));
  });

  it("would refuse what the source may use but the runtime cannot parse", () => {
    // The grammar check can fail: each of these is later than ES2016.
    for (const code of [
      "a ?? b",
      "a?.b",
      "({ ...a })",
      "async function f() {}",
      "for await (const x of y);",
      "/(?<y>\\d)/",
    ]) {
      assert.throws(() => es2016(code), SyntaxError, code);
    }
    assert.doesNotThrow(() => es2016("[1].includes(2 ** 3)")); // ES2016 itself is fine
  });

  it("the ES2016 realm lacks every post-2016 built-in but keeps ES2016's own", () => {
    const context = createEs2016Context({});
    const present = (p: string) =>
      vm.runInContext(`(function () { try { return ${p} !== undefined; } catch (e) { return false; } })()`, context);
    for (const [p] of POST_ES2016_BUILT_INS) assert.equal(present(p), false, p);
    for (const p of ["Array.prototype.includes", "Object.assign", "String.prototype.repeat", "Promise", "Map"]) {
      assert.equal(present(p), true, p);
    }
    assert.equal(vm.runInContext("[[1], [2]].flat", context), undefined, "flat would be 'not a function' there");
  });
});
