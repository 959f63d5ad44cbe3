import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { DIST, call } from "./loadBundle";

// The same dates in a 1900 and in a 1904 workbook, through the built bundle. Excel's 1904
// date system counts from 1904-01-01 = 0, so every serial from then on is 1,462 lower than
// in the 1900 system (1900 serial of 1904-01-01: 365 × 4 + 1 leap day + Excel's fictitious
// 1900-02-29 = 1,462). A 1904 workbook says so with the term DATE_SYSTEM = 1904.

const OFFSET = 1462;
const APR_17 = 36998; // 2001-04-17 in the 1900 system
const as1904 = (serial1900: number) => serial1900 - OFFSET;
const DATE_1904: [string, unknown][] = [["DATE_SYSTEM", 1904]];
const column = (...cells: unknown[]) => cells.map((cell) => [cell]);

describe("bundle: the 1904 date system (DATE_SYSTEM)", () => {
  it("reads and returns TRADEDAY's dates in the workbook's system", () => {
    // 2001-04-17 (Tue) + 5 trading days: Apr 18, 19, 20, 23, 24 (no holiday) → 2001-04-24.
    assert.deepEqual(call("TRADEDAY", APR_17, 5), { value: APR_17 + 7 });
    assert.deepEqual(call("TRADEDAY", as1904(APR_17), 5, DATE_1904), { value: as1904(APR_17 + 7) }); // 35543
    assert.equal(as1904(APR_17), 35536);
    // 2001-09-10 (37144) + 1 trading day → 2001-09-17 (37151): Sep 11–14 were closed.
    assert.deepEqual(call("TRADEDAY", 37144, 1), { value: 37151 });
    assert.deepEqual(call("TRADEDAY", as1904(37144), 1, DATE_1904), { value: as1904(37151) });
    // Misread as 1900, 35682 is 1997-09-09, and the next trading day is the 10th.
    assert.deepEqual(call("TRADEDAY", as1904(37144), 1), { value: as1904(37145) });
  });

  it("sees 2001-09-11 closed in both systems, where a 1904 serial misread as 1900 would be a trading day", () => {
    // 2001-09-11 = 2001-04-17 + 147 days (13 + 31 + 30 + 31 + 31 + 11) = 37145.
    const SEP_11 = APR_17 + 147;
    assert.deepEqual(call("ISTRADEDAY", SEP_11), { value: false });
    assert.deepEqual(call("ISTRADEDAY", as1904(SEP_11), DATE_1904), { value: false });
    // Read as a 1900 serial, 35683 is 1997-09-10, a Wednesday the Nasdaq was open.
    assert.deepEqual(call("ISTRADEDAY", as1904(SEP_11)), { value: true });
  });

  it("counts TRADEDAYS the same", () => {
    // 2001-04-17 … 2001-04-24, both ends included: Apr 17, 18, 19, 20, 23, 24 = 6.
    assert.deepEqual(call("TRADEDAYS", APR_17, APR_17 + 7), { value: 6 });
    assert.deepEqual(call("TRADEDAYS", as1904(APR_17), as1904(APR_17 + 7), DATE_1904), { value: 6 });
  });

  it("returns deadlines as the workbook's serials", () => {
    // Exhibit A: file within 30 days of the closing: 2001-04-17 + 30 = 2001-05-17.
    assert.deepEqual(call("REGFILINGDUE", APR_17, null), { value: APR_17 + 30 });
    assert.deepEqual(call("REGFILINGDUE", as1904(APR_17), DATE_1904), { value: as1904(APR_17 + 30) });
  });

  it("owes the same Registration Delay Payments", () => {
    // Event 2001-04-17, counted to 2001-07-28 (37100): Apr 17, May 17, Jun 17, Jul 17 →
    // 4 × 2% × 10,000,000 = 800,000 (Exhibit A).
    assert.deepEqual(call("DELAYPMT", 10000000, APR_17, null, 37100, null), { value: 800000 });
    assert.deepEqual(call("DELAYPMT", 10000000, as1904(APR_17), null, as1904(37100), DATE_1904), { value: 800000 });
  });

  it("reads a price history's dates in the workbook's system, and spills its dates back in it", () => {
    // The 5 trading days before 2001-04-17 (Apr 13 was Good Friday): Apr 9–12 and 16.
    // 5.00 + 5.10 + 4.90 + 5.20 + 4.80 = 25.00 → average 5.00 → 120% = 6.00 (Exhibit A).
    const dates = [36990, 36991, 36992, 36993, 36997];
    const bids = column(5, 5.1, 4.9, 5.2, 4.8);
    assert.deepEqual(call("INITCONVPRICE", column(...dates), bids, APR_17, null), { value: 6 });
    const dates1904 = column(...dates.map(as1904));
    assert.deepEqual(call("INITCONVPRICE", dates1904, bids, as1904(APR_17), DATE_1904), { value: 6 });
    const audit = call("CONVPRICEAUDIT", dates1904, bids, as1904(APR_17), as1904(APR_17 + 30), DATE_1904);
    assert.ok("value" in audit, JSON.stringify(audit));
    const windowDates = (audit.value as unknown[][])
      .filter((row) => row[0] === "Initial window bid")
      .map((row) => row[1]);
    assert.deepEqual(windowDates, dates.map(as1904));
  });

  it("does not reuse a 1900 reading of the same cells for a 1904 workbook", () => {
    // Same date cells, first read as 1900 (2001), then as 1904 (2005): the 1904 reading has
    // no bid in the five trading days before 2005-04-18 (36998 in 1904), so it must not be 6.
    const dates = column(36990, 36991, 36992, 36993, 36997);
    const bids = column(5, 5.1, 4.9, 5.2, 4.8);
    assert.deepEqual(call("INITCONVPRICE", dates, bids, APR_17, null), { value: 6 });
    const out = call("INITCONVPRICE", dates, bids, APR_17, DATE_1904);
    assert.ok(!("value" in out) || out.value !== 6, JSON.stringify(out));
  });

  it("reads a date-time the same (SPANOTICE)", () => {
    // SPA §4.2: a fax sent Friday 2000-02-25 (36581) at 9:00 p.m., after 8:00 p.m., is
    // effective the next Business Day, Monday 2000-02-28 (36584).
    assert.deepEqual(call("SPANOTICE", 36581 + 21 / 24, "FAX", null), { value: 36584 });
    assert.deepEqual(call("SPANOTICE", as1904(36581) + 21 / 24, "FAX", DATE_1904), { value: as1904(36584) });
  });

  it("reads a date term in the block's own system, wherever the DATE_SYSTEM row is", () => {
    // SVD_EFFECTIVE_DATE set to 2001-06-15 = 2001-04-17 + 59 days (13 + 31 + 15) = 37057.
    const JUN_15 = APR_17 + 59;
    assert.deepEqual(call("SVDEFFECTIVEDUE", [["SVD_EFFECTIVE_DATE", JUN_15]]), { value: JUN_15 });
    assert.deepEqual(
      call("SVDEFFECTIVEDUE", [
        ["SVD_EFFECTIVE_DATE", as1904(JUN_15)],
        ["DATE_SYSTEM", "1904"],
      ]),
      {
        value: as1904(JUN_15),
      },
    );
  });

  it("treats 1900 as the default and refuses another system", () => {
    assert.deepEqual(call("TRADEDAY", APR_17, 5, [["DATE_SYSTEM", 1900]]), { value: APR_17 + 7 });
    const out = call("TRADEDAY", APR_17, 5, [["DATE_SYSTEM", 1905]]);
    assert.ok("error" in out && out.error.code === "#VALUE!", JSON.stringify(out));
    assert.match(out.error.message, /DATE_SYSTEM.*1900, 1904/);
  });
});

describe("bundle: serial 0 of a 1904 workbook is 1904-01-01, Excel's first date there", () => {
  const value = (message: string) => ({ error: { code: "#VALUE!", message } });

  it("reads 0 as 1904-01-01 for a date argument, and a blank as blank", () => {
    // 1904-01-01 + 60 months = 1909-01-01: 366 (1904) + 365 × 3 + 366 (1908) = 1,827 days → 1904 serial 1827
    assert.deepEqual(call("MATURITY", 0, DATE_1904), { value: 1827 });
    // 1904-01-01 → 1905-01-01 (1904 serial 366): 366 days; 1,000,000 × 5% × 366 / 360 = 50,833.33
    assert.deepEqual(call("ACCRUEDINT", 1_000_000, 0, 366, DATE_1904), { value: 50833.33 });
    assert.deepEqual(call("MATURITY", null, DATE_1904), value("issue_date is required"));
    // In a 1900 workbook 0 is no date (Excel shows 1900-01-00)
    assert.deepEqual(call("MATURITY", 0, null), value("issue_date must be a date, got 0"));
  });

  it("reads an optional date of 0 as 1904-01-01, a blank one as omitted", () => {
    // cure date 0 = 1904-01-01, before the Event Date 2001-04-17
    assert.deepEqual(
      call("DELAYPMT", 10000000, as1904(APR_17), 0, as1904(37100), DATE_1904),
      value("cure date 1904-01-01 is before the event date 2001-04-17"),
    );
    // 4 payments (Apr 17, May 17, Jun 17, Jul 17) × 200,000, as above
    assert.deepEqual(call("DELAYPMT", 10000000, as1904(APR_17), null, as1904(37100), DATE_1904), { value: 800000 });
  });

  it("reads a date term of 0 as 1904-01-01 and returns that day as 0", () => {
    assert.deepEqual(call("SVDEFFECTIVEDUE", [["SVD_EFFECTIVE_DATE", 0], ...DATE_1904]), { value: 0 });
  });

  it("keeps a price row of 0s a blank row, as desktop Excel passes empty cells", () => {
    // 120% × 5.00 = 6 (the five bids of the test above), with empty rows (0 and null) between them
    const dates1904 = column(...[36990, 0, 36991, 36992, null, 36993, 36997].map((d) => (d ? as1904(d) : d)));
    const bids = column(5, 0, 5.1, 4.9, null, 5.2, 4.8);
    assert.deepEqual(call("INITCONVPRICE", dates1904, bids, as1904(APR_17), DATE_1904), { value: 6 });
  });
});

describe("DATE_SYSTEM reaches every function that reads a date", () => {
  const CATALOG = path.join(__dirname, "..", "..", "src", "functions", "catalog");

  it("gives every function with a date argument or a dates range a [terms] argument", () => {
    const { functions } = JSON.parse(fs.readFileSync(path.join(DIST, "functions.json"), "utf8")) as {
      functions: { id: string; parameters: { name: string }[] }[];
    };
    const datedWithoutTerms = functions
      .filter((f) => f.parameters.some((p) => /date|dates$|^sent$/.test(p.name)))
      .filter((f) => !f.parameters.some((p) => p.name === "terms"))
      .map((f) => f.id);
    assert.deepEqual(datedWithoutTerms, []);
  });

  it("has every function with a [terms] argument hand it to excelCall, which sets the date system", () => {
    const missing: string[] = [];
    for (const file of fs.readdirSync(CATALOG).filter((f) => f.endsWith(".ts"))) {
      const source = fs.readFileSync(path.join(CATALOG, file), "utf8");
      for (const m of source.matchAll(/export function (\w+)\(([^)]*)\)[^{]*\{([\s\S]*?)\n\}/g)) {
        if (/\bterms\??:/.test(m[2]) && !/excelCall\(\s*terms,/.test(m[3])) missing.push(`${file}: ${m[1]}`);
      }
    }
    assert.deepEqual(missing, []);
  });
});
