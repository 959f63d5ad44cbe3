import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { DIST, loadBundle } from "./loadBundle";

// The metadata plugin writes functions.json and appends one CustomFunctions.associate
// call per function to the bundle; Excel needs both to agree.
describe("functions bundle registration", () => {
  const metadataIds = (): string[] =>
    JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")).functions.map((f: { id: string }) => f.id);

  it("loads with CustomFunctions as its only global", () => {
    assert.ok(loadBundle().functions.size > 0);
  });

  it("associates every id of functions.json exactly once", () => {
    const { associations } = loadBundle();
    const problems = metadataIds()
      .map((id) => [id, associations.filter((a) => a === id).length] as const)
      .filter(([, count]) => count !== 1)
      .map(([id, count]) => `${id} associated ${count} times`);
    assert.deepEqual(problems, []);
  });

  it("associates no id that functions.json lacks", () => {
    const ids = new Set(metadataIds());
    assert.deepEqual(
      loadBundle().associations.filter((id) => !ids.has(id)),
      [],
    );
  });
});
