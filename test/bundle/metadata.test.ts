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
  helpUrl?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
}

// The shipped contract: ids are stored in users' workbooks and arguments are positional,
// so none of these may change. Each line is the signature as functions.json describes it:
// `[]` marks a range (dimensionality "matrix"), `?` an optional argument.
const CONTRACT = [
  // [terms] added later for DATE_SYSTEM: an optional last argument keeps stored formulas valid.
  "ISTRADEDAY(date, terms[]?): boolean",
  "TRADEDAY(start_date, days, terms[]?): number",
  "TRADEDAYS(start_date, end_date, terms[]?): number",
  "CONVPRICE(dates[], prices[], issue_date, conversion_date, terms[]?): number",
  "CALLPRICE(dates[], prices[], delivery_date, terms[]?): number",
  "CEOFEE(proceeds, prior_proceeds?, terms[]?): number",
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
  "SPAPURCHASE(field, purchaser?, terms[]?): number",
  "SPATABLE(terms[]?): table",
  "SPANOTICE(sent, method, terms[]?): number",
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
  "ISBUSINESSDAY(date, terms[]?): boolean",
  "BUSINESSDAY(start_date, days, terms[]?): number",
  "SPAWARRANTEXPIRY(issue_date, terms[]?): number",
  "TERM(name, terms[]?): any",
  "COMMONSHARES(terms[]?): number",
  "COMMONPURCHASEDUE(terms[]?): number",
  "NOTICEBY(notice, date, terms[]?): number",
  "AFTERNOTICE(notice, notice_date, terms[]?): number",
  "LEGALFEE(expenses, terms[]?): number",
  "CEOEXPENSES(expenses, terms[]?): number",
  "CEOSETTLE(sale_date, terms[]?): number",
  "LOCKUPSTART(terms_date, terms[]?): number",
  "LOCKUPEND(final_settlement_date, terms[]?): number",
  "CEOWARRANTEXPIRY(issue_date, terms[]?): number",
  "CEOWARRANTFREE(issue_date, terms[]?): number",
  "CLASSBSHARES(exercised_shares?, terms[]?): number",
  "SVDINCREASE(terms[]?): number",
  "CLOSINGWARRANTS(field, exhibit?): number",
  // The schedules behind CONVPRICE, DELAYPMT and DELAYPMTDMV, with the same arguments.
  "CONVPRICESERIES(dates[], prices[], issue_date, end_date?, terms[]?): table",
  "DELAYSCHEDULE(basis, event_date, cure_date?, as_of_date?, terms[]?): table",
  "DELAYSCHEDULEDMV(dates[], prices[], shares, event_date, cure_date?, as_of_date?, terms[]?): table",
  // Valuation and scenarios (issue 16): ids and argument order as the issue fixed them.
  "CLOSINGBID(dates[], prices[], date, terms[]?): number",
  "HISTVOL(dates[], prices[], end_date, days?, terms[]?): number",
  "BSCALL(spot, strike, valuation_date, expiry_date, volatility, rate, dividend_yield?, terms[]?): number",
  "BSPUT(spot, strike, valuation_date, expiry_date, volatility, rate, dividend_yield?, terms[]?): number",
  "BSGREEKS(spot, strike, valuation_date, expiry_date, volatility, rate, dividend_yield?, terms[]?): table",
  "WARRANTVALUE(spot, strike, valuation_date, expiry_date, volatility, rate, warrants, outstanding, dividend_yield?, terms[]?): number",
  "DILUTIONGRID(principal, initial_conversion_price, outstanding, price_levels[], floor_price?, terms[]?): table",
  "PRICEPATH(dates[], prices[], from_date, to_date, change, terms[]?): table",
];

const idOf = (line: string) => line.slice(0, line.indexOf("("));

function signature(f: FunctionMetadata): string {
  const parameters = f.parameters.map(
    (p) => `${p.name}${p.dimensionality === "matrix" ? "[]" : ""}${p.optional ? "?" : ""}`,
  );
  return `${f.id}(${parameters.join(", ")}): ${f.result.dimensionality === "matrix" ? "table" : (f.result.type ?? "any")}`;
}

function productionBaseUrl(): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, without types
  return (require("../../webpack.config.js") as { productionBaseUrl: () => string }).productionBaseUrl();
}

function catalogFiles(): string[] {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, without types
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
    assert.deepEqual(
      renamed.map((f) => `${f.id} shown as ${f.name}`),
      [],
    );
  });

  it("has no id Excel could read as a cell reference (A1 or R1C1)", () => {
    // A1: 1 to 3 letters then a row number (FEB2000 is column FEB, row 2000);
    // R1C1: R and/or C, each with an optional number (R2, C3, R2C3, RC).
    const a1 = /^[A-Z]{1,3}[0-9]+$/i;
    const r1c1 = /^(R[0-9]*C?[0-9]*|C[0-9]*)$/i;
    const ids = metadata().map((f) => f.id);
    assert.ok(ids.length > 40, "functions.json lists the catalog");
    assert.deepEqual(
      ids.filter((id) => a1.test(id) || r1c1.test(id)),
      [],
    );
    // The patterns themselves: the ids renamed for this reason would fail.
    assert.ok(a1.test("FEB2000") && a1.test("XFD1048576") && r1c1.test("R2C3") && r1c1.test("RC"));
    assert.ok(!a1.test("CEOFEE") && !r1c1.test("REDEMPTION") && !r1c1.test("CONVPRICE"));
  });

  it("describes every function and every parameter", () => {
    const undescribed = metadata().flatMap((f) => [
      ...(f.description?.trim() ? [] : [f.id]),
      ...f.parameters.filter((p) => !p.description?.trim()).map((p) => `${f.id}(${p.name})`),
    ]);
    assert.deepEqual(undescribed, []);
  });

  it("keeps every description within the 255 characters Excel's Insert Function shows", () => {
    const long = metadata().flatMap((f) => [
      ...(f.description!.length > 255 ? [`${f.id}: ${f.description!.length}`] : []),
      ...f.parameters
        .filter((p) => p.description!.length > 255)
        .map((p) => `${f.id}(${p.name}): ${p.description!.length}`),
    ]);
    assert.deepEqual(long, []);
  });

  it("says in each date argument's help which dates it accepts", () => {
    const silent = metadata().flatMap((f) =>
      f.parameters
        .filter((p) => /(^|_)date$|^sent$/.test(p.name) && !/1990 to 2100|Any Excel date/.test(p.description!))
        .map((p) => `${f.id}(${p.name})`),
    );
    assert.deepEqual(silent, []);
  });

  it("links every function to its own anchor on the help page shipped in dist/", () => {
    const base = productionBaseUrl();
    const html = fs.readFileSync(path.join(DIST, "help.html"), "utf8");
    const wrong = metadata().filter((f) => f.helpUrl !== `${base}help.html#${f.id}` || !html.includes(`id="${f.id}"`));
    assert.deepEqual(
      wrong.map((f) => `${f.id}: ${f.helpUrl}`),
      [],
    );
  });

  it("is what the catalog's JSDoc generates, without errors", async () => {
    const result = await generateCustomFunctionsMetadata(catalogFiles());
    assert.deepEqual(result.errors, []);
    // The production build points the help links at where dist/ is served.
    assert.deepEqual(
      JSON.parse(result.metadataJson.split("https://localhost:3000/").join(productionBaseUrl())),
      JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")),
      "dist/functions.json is stale: run npm run build",
    );
  });
});
