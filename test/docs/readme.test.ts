import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { README, renderReadme } from "../../scripts/referenceDocs";

/** package.json's engines.node, and the major of each line it declares ("^22.12.0 || ^24…" → 22, 24…). */
function engines(): { range: string; majors: string[] } {
  const pkg = JSON.parse(fs.readFileSync(path.join(path.dirname(README), "package.json"), "utf8"));
  const range: string = pkg.engines.node;
  return { range, majors: range.match(/\^(\d+)\./g)!.map((m) => m.slice(1, -1)) };
}

describe("README", () => {
  it("has the current function and term reference (run `npm run docs` after changing either)", async () => {
    const readme = fs.readFileSync(README, "utf8");
    assert.ok(readme === (await renderReadme(readme)), "README.md reference is stale: run `npm run docs`");
  });

  it("names the test command that .ci/run calls", () => {
    const readme = fs.readFileSync(README, "utf8");
    const ci = fs.readFileSync(path.join(path.dirname(README), ".ci", "run"), "utf8");
    assert.match(readme, /npm run setup-tests && npm test/);
    assert.match(ci, /npm run setup-tests/);
    assert.match(ci, /npm test/);
  });

  it("states the Node lines that package.json's engines declares", () => {
    const readme = fs.readFileSync(README, "utf8");
    const { range, majors } = engines();
    assert.ok(readme.includes(`\`${range}\``), `README does not state engines ${range}`);
    for (const major of majors)
      assert.match(readme, new RegExp(`Node [0-9, ]*\\b${major}\\b`), `README does not name Node ${major}`);
  });

  it("has CI test every Node line that package.json's engines declares, the newest with the whole suite", () => {
    const { majors } = engines();
    const ci = fs.readFileSync(path.join(path.dirname(README), ".ci", "run"), "utf8");
    const other = /^OTHER_LTS="([\d ]*)"$/m.exec(ci)?.[1].split(" ").filter(Boolean) ?? [];
    const newest = /^NEWEST_LTS=(\d+)$/m.exec(ci)?.[1];
    assert.deepEqual([...other, newest], majors);
    assert.match(ci, /^for line in \$OTHER_LTS; do$[^]*?npm test -- build unit bundle es2016$/m);
    assert.match(ci, /node_path "\$NEWEST_LTS"[^]*?^PATH="\$LINE_PATH" npm test$/m);
  });
});
