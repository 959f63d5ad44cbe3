/*
 * The manifest's requirement sets against what the code calls. Office installs the add-in
 * only where every declared set is supported, so a set declared below what the code uses
 * means broken cells or a broken pane on the Excel builds in between.
 *
 * What the code uses is derived, not listed by hand: every identifier of src/functions and
 * src/taskpane is resolved with the TypeScript checker, and each one declared in Office's
 * typings (@types/office-js, @types/custom-functions-runtime) contributes the set its
 * documentation names ("[Api set: ExcelApi 1.13]"). So a new Excel call or error code
 * raises the requirement by itself.
 */
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

const ROOT = path.join(__dirname, "..", "..");
const SOURCES = ["src/functions", "src/taskpane"];
const API_SET = /\[Api set: (ExcelApi|CustomFunctionsRuntime) (\d+(?:\.\d+)*)\s*\]/;

const compare = (a: string, b: string) => {
  const [x, y] = [a.split(".").map(Number), b.split(".").map(Number)];
  for (let i = 0; i < Math.max(x.length, y.length); i++)
    if ((x[i] ?? 0) !== (y[i] ?? 0)) return (x[i] ?? 0) - (y[i] ?? 0);
  return 0;
};

/** Each requirement set the sources use, with its highest version and an API that needs it. */
function usedSets(): Map<string, { version: string; api: string }> {
  const files = SOURCES.flatMap((dir) =>
    fs.readdirSync(path.join(ROOT, dir), { recursive: true }).map((f) => path.join(ROOT, dir, String(f))),
  ).filter((f) => f.endsWith(".ts"));
  const config = ts.getParsedCommandLineOfConfigFile(
    path.join(ROOT, "tsconfig.json"),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  )!;
  const program = ts.createProgram(files, config.options);
  const checker = program.getTypeChecker();
  const used = new Map<string, { version: string; api: string }>();
  for (const file of files) {
    const visit = (node: ts.Node): void => {
      if (ts.isIdentifier(node)) {
        const symbol = checker.getSymbolAtLocation(node);
        const declaration = symbol?.declarations?.[0];
        if (
          declaration &&
          /@types[\\/](office-js|custom-functions-runtime)[\\/]/.test(declaration.getSourceFile().fileName)
        ) {
          const doc = ts
            .getJSDocCommentsAndTags(declaration)
            .map((d) => d.getText())
            .join("\n");
          const m = API_SET.exec(doc);
          if (m) {
            const known = used.get(m[1]);
            if (!known || compare(m[2], known.version) > 0)
              used.set(m[1], {
                version: m[2],
                api: `${checker.getFullyQualifiedName(symbol!)} (${path.relative(ROOT, file)})`,
              });
          }
        }
      }
      ts.forEachChild(node, visit);
    };
    visit(program.getSourceFile(file)!);
  }
  return used;
}

/** The sets manifest.xml requires, name → minimum version. */
function declaredSets(): Map<string, string> {
  const xml = fs.readFileSync(path.join(ROOT, "manifest.xml"), "utf8");
  const sets = /<Sets(?:\s+DefaultMinVersion="([^"]+)")?\s*>([\s\S]*?)<\/Sets>/.exec(xml);
  assert.ok(sets, "manifest.xml has no <Requirements><Sets>");
  return new Map(
    [...sets[2].matchAll(/<Set\s+Name="([^"]+)"(?:\s+MinVersion="([^"]+)")?\s*\/>/g)].map((m) => [
      m[1],
      m[2] ?? sets[1] ?? "1.1",
    ]),
  );
}

describe("manifest.xml requirement sets", function () {
  this.timeout(60000);
  let used: Map<string, { version: string; api: string }>;
  before(() => (used = usedSets()));

  it("finds what the code uses: CustomFunctions.Error for the functions, Excel calls for the pane", () => {
    // A derivation that found nothing would let any manifest pass.
    assert.ok(used.has("CustomFunctionsRuntime"), "no CustomFunctions API found in src/functions");
    assert.ok(used.has("ExcelApi"), "no Excel API found in src/taskpane");
    // Table.resize (excelWorkbook.ts) is ExcelApi 1.13; CustomFunctions.Error is 1.2 at least.
    assert.ok(compare(used.get("ExcelApi")!.version, "1.13") >= 0, JSON.stringify([...used]));
    assert.ok(compare(used.get("CustomFunctionsRuntime")!.version, "1.2") >= 0, JSON.stringify([...used]));
  });

  it("declares at least every set version the code uses", () => {
    const declared = declaredSets();
    for (const [name, { version, api }] of used) {
      const min = declared.get(name);
      assert.ok(
        min !== undefined,
        `manifest.xml does not require ${name}; the code needs ${name} ${version} for ${api}`,
      );
      assert.ok(compare(min, version) >= 0, `manifest.xml requires ${name} ${min}, but ${api} needs ${version}`);
    }
  });
});
