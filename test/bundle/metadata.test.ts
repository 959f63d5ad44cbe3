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
  result: { type?: string; dimensionality?: string };
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
  // The rest of the catalog (seed 000 Exhibit A–B and §1–5, seed 001, seed 003), shipped
  // with the same argument conventions; `table` is a spilled array.
  "VWAP(prices[], volumes[]): number",
  "CEOWARRANTS(shares_sold, terms[]?): number",
  "CEOWARRANTPRICE(vwap, terms[]?): number",
  "CEOOTHERFEE(proceeds, prior_proceeds?, terms[]?): number",
  "NASDCAP(compensation, gross_proceeds, terms[]?): boolean",
  "NASDHEADROOM(compensation, gross_proceeds, terms[]?): number",
  "COMMITPMT(initial_closing_date, second_closing_date, as_of_date, terms[]?): number",
  "COMMITPMTTOTAL(initial_closing_date, second_closing_date, as_of_date, terms[]?): number",
  "INITCONVPRICE(dates[], prices[], issue_date, terms[]?): number",
  "CONVSHARES(principal, conversion_price, terms[]?): number",
  "FLOORSHARES(principal, conversion_price, floor_price, terms[]?): number",
  "FLOORCASH(dates[], prices[], principal, conversion_price, floor_price, conversion_date, terms[]?): number",
  "ACCRUEDINT(principal, from_date, to_date, terms[]?): number",
  "REDEMPTION(principal, from_date, redemption_date, terms[]?): number",
  "MATURITY(issue_date, terms[]?): number",
  "SECONDCLOSING(initial_closing_date, terms[]?): number",
  "CONVPRICEAUDIT(dates[], prices[], issue_date, conversion_date, terms[]?): table",
  "FIRSTEXERCISE(notice_date?, event_date?, terms[]?): number",
  "FEB2000(field, purchaser?, terms[]?): number",
  "FEB2000TABLE(terms[]?): table",
  "FEB2000NOTICE(sent, method, terms[]?): number",
  "DILUTION(outstanding, new_shares): number",
  "DILUTEDPRICE(price, outstanding, new_shares): number",
  "NEEDSAPPROVAL(shares, outstanding, issue_price, book_value, market_value, terms[]?): boolean",
  "BELOWMINBID(dates[], prices[], date, terms[]?): boolean",
  "DAYSBELOWMINBID(dates[], prices[], date, terms[]?): number",
  "WARRANTSHARES(dates[], prices[], principal, issue_date, terms[]?): number",
  "WARRANTPRICE(dates[], prices[], issue_date, terms[]?): number",
  "WARRANTEXPIRY(issue_date, terms[]?): number",
  "REGFILINGDUE(closing_date, terms[]?): number",
  "REGEFFECTIVEDUE(closing_date, terms[]?): number",
  "SECREPLYDUE(receipt_date, terms[]?): number",
  "SVDFILINGDUE(form_10k_date, terms[]?): number",
  "SVDEFFECTIVEDUE(terms[]?): number",
  "ROFRREPLYDUE(receipt_date, terms[]?): number",
  "ROFRREPLYDUETIME(receipt_date, terms[]?): number",
  "ROFRRENOTICE(initial_notice_date, terms[]?): number",
  "ROFRPERIODEND(terms[]?): number",
  // The schedules behind CONVPRICE, DELAYPMT and DELAYPMTDMV, with the same arguments.
  "CONVPRICESERIES(dates[], prices[], issue_date, end_date?, terms[]?): table",
  "DELAYSCHEDULE(basis, event_date, cure_date?, as_of_date?, terms[]?): table",
  "DELAYSCHEDULEDMV(dates[], prices[], shares, event_date, cure_date?, as_of_date?, terms[]?): table",
];

const idOf = (line: string) => line.slice(0, line.indexOf("("));

function signature(f: FunctionMetadata): string {
  const parameters = f.parameters.map(
    (p) => `${p.name}${p.dimensionality === "matrix" ? "[]" : ""}${p.optional ? "?" : ""}`,
  );
  return `${f.id}(${parameters.join(", ")}): ${f.result.dimensionality === "matrix" ? "table" : f.result.type}`;
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
