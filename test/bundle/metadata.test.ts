import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { DIST } from "./loadBundle";

interface Parameter {
  name: string;
  description?: string;
  dimensionality?: string;
  optional?: boolean;
}
interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  parameters: Parameter[];
  result: { type?: string };
}

// The shipped contract: ids are stored in users' workbooks and arguments are positional,
// so none of these may change. Each line is the signature as functions.json describes it:
// `[]` marks a range (dimensionality "matrix"), `?` an optional argument.
const CONTRACT = [
  "ISTRADEDAY(date): boolean",
  "TRADEDAY(start_date, days): number",
  "TRADEDAYS(start_date, end_date): number",
  "CONVPRICE(dates[], prices[], issue_date, conversion_date, terms[]?): number",
  "CALLPRICE(dates[], prices[], delivery_date, terms[]?): number",
  "CEOFEE(proceeds, prior_proceeds?): number",
  "DELAYPMT(basis, event_date, cure_date?, as_of_date?, terms[]?): number",
  "DELAYPMTDMV(dates[], prices[], shares, event_date, cure_date?, as_of_date?, terms[]?): number",
];

const idOf = (line: string) => line.slice(0, line.indexOf("("));

function signature(f: FunctionMetadata): string {
  const parameters = f.parameters.map(
    (p) => `${p.name}${p.dimensionality === "matrix" ? "[]" : ""}${p.optional ? "?" : ""}`,
  );
  return `${f.id}(${parameters.join(", ")}): ${f.result.type}`;
}

function catalogFiles(): string[] {
  const { catalogFiles } = require("../../webpack.config.js") as { catalogFiles: () => string[] };
  return catalogFiles();
}

describe("functions.json", () => {
  const metadata = (): FunctionMetadata[] =>
    JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")).functions;

  it("keeps the signature of every shipped function", () => {
    const actual = new Map(metadata().map((f) => [f.id, signature(f)]));
    assert.deepEqual(
      CONTRACT.map((line) => actual.get(idOf(line)) ?? `${idOf(line)} is missing`),
      CONTRACT,
    );
  });

  it("shows each shipped function under its id", () => {
    const shipped = new Set(CONTRACT.map(idOf));
    const renamed = metadata().filter((f) => shipped.has(f.id) && f.name !== f.id);
    assert.deepEqual(renamed.map((f) => `${f.id} shown as ${f.name}`), []);
  });

  it("describes every function and every parameter", () => {
    const undescribed = metadata().flatMap((f) => [
      ...(f.description?.trim() ? [] : [f.id]),
      ...f.parameters.filter((p) => !p.description?.trim()).map((p) => `${f.id}(${p.name})`),
    ]);
    assert.deepEqual(undescribed, []);
  });

  it("is what the catalog's JSDoc generates, without errors", async () => {
    const result = await generateCustomFunctionsMetadata(catalogFiles());
    assert.deepEqual(result.errors, []);
    assert.deepEqual(
      JSON.parse(result.metadataJson),
      JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")),
      "dist/functions.json is stale: run npm run build",
    );
  });
});
