/*
 * The layering of src/ as the README's "How it is built" draws it: no import circles; the
 * engine imports nothing outside itself; the term machinery (engine/terms/) imports no
 * instrument folder; the workbook plan (src/workbook/) imports neither the term-sheet
 * readers nor the model, which both build on it.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync, readdirSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

const ROOT = join(__dirname, "..", "..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(path);
    return /\.ts$/.test(e.name) ? [path] : [];
  });
}

/** Each file of src/ (relative to the root) with the files of src/ it imports. */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of sourceFiles(join(ROOT, "src"))) {
    const text = readFileSync(file, "utf8");
    const imports: string[] = [];
    for (const m of text.matchAll(/(?:from|import)\s+["'](\.{1,2}\/[^"']+)["']/g)) {
      const target = resolve(dirname(file), m[1]);
      const ts = existsSync(`${target}.ts`) ? `${target}.ts` : target;
      imports.push(relative(ROOT, ts));
    }
    graph.set(relative(ROOT, file), imports);
  }
  return graph;
}

describe("the import layering of src/", () => {
  const graph = importGraph();
  const edges = [...graph].flatMap(([from, tos]) => tos.map((to) => ({ from, to })));

  it("reads a graph of the whole tree (the check below cannot pass on an empty one)", () => {
    assert.ok(graph.has("src/engine/terms/terms.ts") && graph.has("src/workbook/workbookPlan.ts"));
    assert.ok(edges.length > 200, `only ${edges.length} imports found`);
  });

  it("has no import circle", () => {
    const circles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const stack: string[] = [];
    const visit = (node: string) => {
      state.set(node, "open");
      stack.push(node);
      for (const next of graph.get(node) ?? []) {
        if (!graph.has(next)) continue;
        if (state.get(next) === "open") circles.push([...stack.slice(stack.indexOf(next)), next].join(" → "));
        else if (!state.has(next)) visit(next);
      }
      stack.pop();
      state.set(node, "done");
    };
    for (const node of graph.keys()) if (!state.has(node)) visit(node);
    assert.deepEqual(circles, []);
  });

  it("keeps the engine pure: it imports only engine files and decimal.js", () => {
    const outside = edges.filter((e) => e.from.startsWith("src/engine/") && !e.to.startsWith("src/engine/"));
    assert.deepEqual(outside, []);
    for (const file of [...graph.keys()].filter((f) => f.startsWith("src/engine/"))) {
      const text = readFileSync(join(ROOT, file), "utf8");
      const packages = [...text.matchAll(/from\s+["']([^."'][^"']*)["']/g)].map((m) => m[1]);
      assert.deepEqual(
        packages.filter((p) => p !== "decimal.js"),
        [],
        file,
      );
    }
  });

  it("keeps engine/terms/ to the term machinery: no instrument folder is imported by it", () => {
    const upward = edges.filter(
      (e) =>
        e.from.startsWith("src/engine/terms/") && /^src\/engine\/(?!terms\/|time\/|decimal|errors|messages)/.test(e.to),
    );
    assert.deepEqual(upward, []);
  });

  it("puts the workbook plan under the term-sheet readers and the model, importing neither", () => {
    const upward = edges.filter(
      (e) => e.from.startsWith("src/workbook/") && /^src\/(termsheet|model|taskpane|functions)\//.test(e.to),
    );
    assert.deepEqual(upward, []);
    const users = new Set(edges.filter((e) => e.to.startsWith("src/workbook/")).map((e) => e.from.split("/")[1]));
    assert.ok(users.has("termsheet") && users.has("model"), `src/workbook/ is used by ${[...users].join(", ")}`);
  });
});
