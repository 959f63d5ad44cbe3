import assert from "node:assert/strict";
import { Day, dayFromParts, excelSerialFromDay, partsFromDay } from "../../src/engine/time/civilDate";
import { addTradingDays } from "../../src/engine/time/nasdaqCalendar";
import { ExcelRun, excelWorkbook } from "../../src/taskpane/excelWorkbook";
import { parsePriceCsv } from "../../src/termsheet/priceCsv";
import { PRICE_SHEET, PRICE_TABLE, planPriceImport } from "../../src/termsheet/pricePlan";
import { problemsOf } from "../../src/workbook/problem";
import { Random, fuzzSeed } from "../fuzz/random";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { createExcelStandIn } = require("./excelStandIn.js");

/**
 * Property: any valid price file, however it is written (separator, decimal mark,
 * thousands grouping, "$", date style, quoting, header or not, extra columns, row order,
 * line ends, blank lines), imports into NEOT_Prices as exactly the bids it holds, each on
 * its date, oldest first. Files are generated at random (FUZZ_SEED=<n> reproduces a run).
 */

type Style = {
  separator: "," | ";" | "\t";
  mark: "." | ",";
  dates: "iso" | "mdy" | "dmy";
  header: boolean;
};

/** A bid as text with the given decimal mark: 0, 1, 2 or 4 decimals (never 3, which alone can't tell the mark). */
function bidText(r: Random, cents: number, places: number, mark: "." | ",", group: boolean, dollar: boolean): string {
  const scaled = (cents / 100).toFixed(places);
  const [digits, fraction] = scaled.split(".");
  const whole = group ? digits.replace(/\B(?=(\d{3})+(?!\d))/g, mark === "." ? "," : ".") : digits;
  return (dollar ? "$" : "") + whole + (fraction === undefined ? "" : mark + fraction);
}

function dateText(d: Day, style: Style["dates"], pad: boolean): string {
  const { year, month, day } = partsFromDay(d);
  const two = (n: number) => (pad && n < 10 ? `0${n}` : String(n));
  if (style === "iso") return `${year}-${month < 10 ? "0" : ""}${month}-${day < 10 ? "0" : ""}${day}`;
  return style === "mdy" ? `${two(month)}/${two(day)}/${year}` : `${two(day)}/${two(month)}/${year}`;
}

/** A field as CSV: quoted when it must be (separator, quote) and sometimes when it needn't. */
function field(r: Random, text: string, separator: string): string {
  const must = text.includes(separator) || text.includes('"') || text.includes("\n");
  return must || r.chance(0.2) ? `"${text.replace(/"/g, '""')}"` : text;
}

interface Generated {
  readonly text: string;
  /** [serial, bid or ""] oldest first, as NEOT_Prices must hold them. */
  readonly expected: (number | string)[][];
}

function generate(r: Random): Generated {
  const separator = r.pick([",", ";", "\t"] as const);
  const style: Style = {
    separator,
    // A comma-separated file uses the decimal point; the others either.
    mark: separator === "," ? "." : r.pick([".", ","] as const),
    dates: r.pick(["iso", "mdy", "dmy"] as const),
    header: r.chance(0.7),
  };
  const pad = r.chance(0.5);
  const dollar = r.chance(0.3);
  const count = r.int(3, 40);
  let day = addTradingDays(dayFromParts(r.int(1995, 2020), r.int(1, 12), r.int(1, 28)), 1);
  const rows: { date: Day; bid: number | null; text: string }[] = [];
  for (let i = 0; i < count; i++) {
    const missing = i > 0 && r.chance(0.1);
    const cents = r.int(1, 2000000); // $0.01 to $20,000.00
    const places = i === 0 ? 2 : r.pick([0, 1, 2, 4]);
    const value = Number((cents / 100).toFixed(places));
    const bid = missing || value === 0 ? null : value;
    const text =
      bid === null
        ? r.pick(["", "N/A", "null", "-", "0"])
        : bidText(r, cents, places, style.mark, r.chance(0.3), dollar);
    rows.push({ date: day, bid, text });
    day = addTradingDays(day, r.int(1, 3));
  }
  // A date that tells the order: a day above 12 (the generator must make files a reader can decide).
  if (style.dates !== "iso" && !rows.some((x) => partsFromDay(x.date).day > 12)) {
    let d = rows[rows.length - 1].date;
    do d = addTradingDays(d, 1);
    while (partsFromDay(d).day <= 12);
    rows.push({ date: d, bid: 1.5, text: bidText(r, 150, 2, style.mark, false, dollar) });
  }
  const extra = style.header && r.chance(0.5);
  const bidHeader = r.pick(["Closing Bid", "Bid", "Close", "ClosingBid", "closing_bid"]);
  const ordered = r.chance(0.5) ? rows : [...rows].reverse();
  const lines: string[] = [];
  if (style.header)
    lines.push(
      (extra ? ["Date", "Volume", bidHeader, "Note"] : ["Date", bidHeader])
        .map((h) => field(r, h, separator))
        .join(separator),
    );
  for (const row of ordered) {
    const cells = [dateText(row.date, style.dates, pad), row.text];
    if (extra) {
      cells.splice(1, 0, String(r.int(0, 99999)));
      cells.push(r.pick(["", "ok", 'said "hi", then left', "a; b\tc"]));
    }
    lines.push(cells.map((c) => field(r, c, separator)).join(separator));
    if (r.chance(0.05)) lines.push("");
  }
  const text =
    (r.chance(0.2) ? "\uFEFF" : "") + lines.join(r.chance(0.3) ? "\r\n" : "\n") + (r.chance(0.5) ? "\n" : "");
  const expected = rows.map((x) => [excelSerialFromDay(x.date), x.bid ?? ""]);
  return { text, expected };
}

describe("price import property: a random valid file reads back exactly the bids it holds", () => {
  const seed = fuzzSeed(20010417);
  it(`imports 150 random files (seed ${seed}) and reads back every bid on its date`, async function () {
    this.timeout(30000);
    const r = new Random(seed);
    for (let n = 0; n < 150; n++) {
      const { text, expected } = generate(r);
      const parsed = parsePriceCsv(text);
      assert.ok(parsed.ok, `file ${n}:\n${text}\n${JSON.stringify(problemsOf(parsed).slice(0, 3))}`);
      const standIn = createExcelStandIn();
      const host = excelWorkbook(standIn.Excel.run as ExcelRun);
      const state = await host.read([PRICE_SHEET], [PRICE_TABLE]);
      const planned = planPriceImport(parsed.value, state);
      assert.ok(planned.ok, JSON.stringify(problemsOf(planned)));
      await host.apply(planned.value.plan, state);
      const table = standIn.dump().tables[PRICE_TABLE];
      assert.equal(table.address, `A1:B${expected.length + 1}`, `file ${n}`);
      assert.deepEqual(standIn.values(PRICE_SHEET, `A2:B${expected.length + 1}`), expected, `file ${n}:\n${text}`);
    }
  });
});
