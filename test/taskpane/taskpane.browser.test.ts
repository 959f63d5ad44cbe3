/*
 * The built task pane (dist/taskpane.html + taskpane.js) in headless Chromium, with an
 * Excel stand-in. npm test builds dist/ first; for a single run build with
 * `npx webpack --mode production`.
 *
 * - dist/ is served by servePages() (test/browsers/pageServer.ts) on 127.0.0.1, with the
 *   page's office.js (Microsoft's CDN URL as built) served from node_modules under
 *   /office-js/ — and so is the one file office.js itself loads from beside it outside
 *   Office (o15apptofilemappingtable.js; Office.onReady waits for it);
 * - every other request that is not to the local server is blocked and recorded, and
 *   each test asserts there was none (chromium.ts);
 * - the stand-in `Excel` (excelStandIn.js) is put before the page's scripts (excel=1).
 *   office.js does not define `Excel` outside Office (its Excel API lives in host files
 *   it loads only inside Excel), so the stand-in survives; a test checks that.
 * A missing Chromium fails the suite.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { call } from "../bundle/loadBundle";
import { excelSerialFromDay, isoDate } from "../../src/engine/time/civilDate";
import { isTradingDay } from "../../src/engine/time/nasdaqCalendar";
import { planDealModel } from "../../src/model/planDealModel";
import { DEAL_PRESETS, presetTermSheet } from "../../src/termsheet/presets";
import { ROOT, USER_AGENTS } from "../browsers/pageServer";
import { day } from "../helpers/prices";
import { modelWorkbook } from "../model/modelWorkbook";
import {
  ChromiumPages,
  OFFICE_DARK,
  OFFICE_LIGHT,
  OpenOptions,
  axeState,
  chooseFile,
  onStandIn,
  screenshot,
  succeeded,
} from "./chromium";
import { modelPicture } from "./modelPicture";

const TERM_SHEETS = join(ROOT, "assets", "term-sheets");

interface Dump {
  sheets: Record<string, Record<string, { value: unknown; numberFormat: string; formula?: string }>>;
  names: Record<string, { ref: string; comment: string }>;
  tables: Record<string, { sheet: string; address: string; style: string }>;
}

/** How a test opens the pane: with the Excel stand-in unless `withExcel` is false. */
type PaneOptions = OpenOptions & { withExcel?: boolean };

describe("task pane in Chromium (built dist/)", function () {
  this.timeout(60000);
  let pages: ChromiumPages;
  let page: Page;

  before(async () => {
    pages = await ChromiumPages.launch("taskpane.html");
  });

  after(() => pages?.close());

  /**
   * Opens the pane at 320 px wide with a fresh Excel stand-in; optionally without one, in a
   * dark system theme, with another user agent, or with office.js replaced: "missing" (the
   * request fails, as on a blocked network) or a stand-in Office that reports the host
   * Excel with a theme and an answer to isSetSupported.
   */
  async function open(options: PaneOptions = {}): Promise<void> {
    page = await pages.open(options.withExcel === false ? "taskpane.html" : "taskpane.html?excel=1", options);
    await page.waitForSelector("body[data-ready]", { timeout: 20000 });
  }

  // After each test, on the page it left open: no CSP violation, nothing asked of another host.
  afterEach(() => pages.leftNothing());

  const dump = (): Promise<Dump> =>
    page.evaluate(() => (window as unknown as { __standIn: { dump(): Dump } }).__standIn.dump());
  const writes = (): Promise<number> =>
    page.evaluate(() => (window as unknown as { __standIn: { writes: string[] } }).__standIn.writes.length);
  /** The one status message on the pane (each card has a status line; at most one speaks). */
  const status = () =>
    page.evaluate(() =>
      Array.from(document.querySelectorAll(".card > .status"))
        .map((s) => (s as HTMLElement).innerText)
        .filter(Boolean)
        .join(" | "),
    );
  /** The user's own name DEB_T2_TERMS, on a sheet Mine the pane did not create: a conflict for deal DEB_T2. */
  const seedUsersOwnName = () =>
    page.evaluate(() => {
      type Seeding = {
        seedCell(a: string, b: string, c: unknown): void;
        seedName(a: string, b: string, c: string): void;
      };
      const s = (window as unknown as { __standIn: Seeding }).__standIn;
      s.seedCell("Mine", "C3", 42);
      s.seedName("DEB_T2_TERMS", "Mine", "C3");
    });
  const focused = () => page.evaluate(() => document.activeElement?.id);
  const errorItems = () => page.locator("#error-list li").allInnerTexts();
  const fileInput = (id: string, name: string, text: string) => chooseFile(page, `#${id}`, name, text);

  it("loads at 320 px with office.js served locally, keeps the Excel stand-in and fits without scrolling sideways", async () => {
    await open();
    assert.deepEqual(pages.officeJsServed, ["office.js", "o15apptofilemappingtable.js"]);
    assert.equal(await page.getAttribute("body", "data-ready"), "excel");
    assert.equal(
      await page.evaluate(
        () =>
          (window as unknown as { Excel: unknown; __standIn: { Excel: unknown } }).Excel ===
          (window as unknown as { __standIn: { Excel: unknown } }).__standIn.Excel,
      ),
      true,
    );
    assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= 320), "horizontal scroll at 320 px");
    assert.equal(await page.locator("#preset option").count(), 8);
    assert.equal(await status(), "", "no message before any action");
    assert.equal(await page.locator("#host-note").isHidden(), true);
  });

  it("imports a preset: every term a named cell, the block named for [terms]", async () => {
    await open();
    await page.selectOption("#preset", "DEB_T2");
    await page.click("#check-preset");
    await page.waitForSelector("#review:not([hidden])");
    assert.match(await page.locator("#review-summary").innerText(), /creates the sheet DEB_T2/);
    assert.ok((await page.locator("#review-rows tr").count()) > 20);
    assert.equal(await writes(), 0, "nothing is written before the banker says so");
    await page.click("#write");
    await page.waitForFunction(() => document.querySelector(".status.success") !== null);
    assert.match(await status(), /Wrote DEB_T2/);
    const wb = await dump();
    assert.equal(wb.names["DEB_T2.TRANCHE_PRINCIPAL"].ref, "DEB_T2!B6");
    assert.equal(wb.sheets.DEB_T2.B6.value, 8000000); // seed 000 §1(b): $8 million at the Second Closing
    assert.equal(wb.sheets.DEB_T2.A6.value, "TRANCHE_PRINCIPAL");
    assert.match(wb.names.DEB_T2_TERMS.ref, /^DEB_T2!A6:B\d+$/);
    assert.deepEqual(await page.locator("#export-deal option").allInnerTexts(), ["DEB_T2"]);
  });

  describe("imports every preset into a terms block that the built functions accept as [terms]", () => {
    // One after the other into one workbook. Each block is passed, as Excel would pass the
    // named range DEAL_TERMS, to DELAYPMT of dist/functions.js: an unknown name or a bad value
    // there would be #VALUE!. Every preset keeps the seed's 2% (Exhibit A), so an Event on
    // 2001-04-17 (serial 36998) counted to 2001-07-28 (37100) owes Apr 17, May 17, Jun 17 and
    // Jul 17: 4 × 2% × 10,000,000 = 800,000.
    before(() => open());

    it("offers the 8 presets", async () => {
      const ids = await page
        .locator("#preset option")
        .evaluateAll((options) => options.map((o) => (o as HTMLOptionElement).value));
      assert.equal(ids.length, 8);
      assert.deepEqual(
        ids,
        DEAL_PRESETS.map((p) => p.id),
      );
    });

    for (const { id } of DEAL_PRESETS)
      it(`imports ${id}`, async () => {
        await page.selectOption("#preset", id);
        await page.click("#check-preset");
        await page.waitForSelector("#review:not([hidden])");
        await page.click("#write");
        await page.waitForFunction(
          (deal) => document.querySelector(".status.success")?.textContent?.includes(`Wrote ${deal}`),
          id,
        );
        const wb = await dump();
        const [, sheet, first, last] = /^(.+)!A(\d+):B(\d+)$/.exec(wb.names[`${id}_TERMS`].ref)!;
        const block: unknown[][] = [];
        for (let row = Number(first); row <= Number(last); row++) {
          block.push([wb.sheets[sheet][`A${row}`]?.value ?? null, wb.sheets[sheet][`B${row}`]?.value ?? null]);
          assert.equal(wb.names[`${id}.${block[block.length - 1][0]}`].ref, `${sheet}!B${row}`);
        }
        assert.deepEqual(call("DELAYPMT", 10000000, 36998, null, 37100, block), { value: 800000 }, id);
      });
  });

  it("imports a term-sheet file with a table, and exports it back byte for byte", async () => {
    await open();
    const text = readFileSync(join(TERM_SHEETS, "CLOSING_WTS.json"), "utf8");
    await fileInput("termsheet-file", "CLOSING_WTS.json", text);
    await page.waitForSelector("#review:not([hidden])");
    assert.match(await page.locator("#review-rows").innerText(), /table CLOSING_WTS_WARRANTS\s+added\s+12 rows/);
    await page.click("#write");
    await page.waitForFunction(() => document.querySelector(".status.success") !== null);
    const wb = await dump();
    assert.deepEqual(wb.tables.CLOSING_WTS_WARRANTS, {
      sheet: "CLOSING_WTS",
      address: "G5:M17",
      style: "TableStyleMedium2",
    });
    assert.equal(wb.sheets.CLOSING_WTS.K8.value, 63420); // Exhibit C, item 3: 63,420 shares at $14.235
    assert.equal(wb.sheets.CLOSING_WTS.L8.value, 14.235);

    await page.selectOption("#export-deal", "CLOSING_WTS");
    const [download] = await Promise.all([
      page.waitForEvent("download", { timeout: 10000 }),
      page.click("#export"),
    ]).catch(async (e) => {
      throw new Error(`${e}\nstatus: ${await status()}\nproblems: ${(await errorItems()).join("\n")}`);
    });
    assert.equal(download.suggestedFilename(), "CLOSING_WTS.json");
    const exported = readFileSync(await download.path(), "utf8");
    assert.equal(exported, text);
  });

  it("shows what a re-import changes and updates in place", async () => {
    await open();
    const text = readFileSync(join(TERM_SHEETS, "CALL_B.json"), "utf8");
    await fileInput("termsheet-file", "CALL_B.json", text);
    await page.click("#write");
    await page.waitForFunction(() => document.querySelector(".status.success") !== null);
    const edited = text.replace(
      '{ "name": "CALL_CAP_PRICE", "value": 33.75 }',
      '{ "name": "CALL_CAP_PRICE", "value": 30 }',
    );
    assert.notEqual(edited, text);
    await fileInput("termsheet-file", "CALL_B-edited.json", edited);
    await page.waitForSelector("#review:not([hidden])");
    assert.match(
      await page.locator("#review-summary").innerText(),
      /updates the sheet CALL_B in place: 0 added, 1 changed/,
    );
    assert.match(await page.locator("#review-rows").innerText(), /CALL_CAP_PRICE\s+changed\s+\$33\.75 → \$30\.00/);
    const ref = (await dump()).names["CALL_B.CALL_CAP_PRICE"].ref;
    await page.click("#write");
    await page.waitForFunction(() => document.querySelector(".status.success") !== null);
    const wb = await dump();
    assert.equal(wb.names["CALL_B.CALL_CAP_PRICE"].ref, ref);
    assert.equal(wb.sheets.CALL_B[ref.split("!")[1]].value, 30);
  });

  it("imports a price CSV into NEOT_Prices (Date, ClosingBid), oldest first", async () => {
    await open();
    const csv =
      "Date,Open,High,Low,Close,Adj Close,Volume\n4/18/2001,5.2,5.3,5,5.0625,4,87000\n4/17/2001,5.1,5.3,5,5.25,4,98000\n4/16/2001,5,5.2,4.9,5.1,4,120000\n";
    await fileInput("prices-file", "neot.csv", csv);
    await page.waitForSelector("#review:not([hidden])");
    assert.match(
      await page.locator("#review-summary").innerText(),
      /\(column "Close", a last sale price\): 3 trading days from 2001-04-16 to 2001-04-18/,
    );
    assert.equal(
      await page.locator("#review-reading").innerText(),
      "Read with separator ','; decimal point '.'; dates read as month/day/year.",
    );
    // Close is a last sale, not the closing bid: written only once the banker confirms it.
    assert.equal(await page.locator("#write").isDisabled(), true);
    await page.check("#accept-conflicts");
    await page.click("#write");
    await page.waitForFunction(() => document.querySelector(".status.success") !== null);
    const wb = await dump();
    assert.deepEqual(wb.tables.NEOT_Prices, { sheet: "Prices", address: "A1:B4", style: "TableStyleMedium2" });
    // 2001-04-16 is serial 36997 (2001-04-17 = 36998)
    const cells = wb.sheets.Prices;
    assert.deepEqual(
      ["A1", "B1", "A2", "B2", "A3", "B3", "A4", "B4"].map((a) => cells[a].value),
      ["Date", "ClosingBid", 36997, 5.1, 36998, 5.25, 36999, 5.0625],
    );
    assert.equal(cells.A2.numberFormat, "yyyy-mm-dd");
    // The table's columns, as NEOT_Prices[Date] and NEOT_Prices[ClosingBid] pass them, feed
    // the built functions: DELAYPMTDMV for an Event on 2001-04-17 counted to that day owes
    // one payment, 2% × 450,000 × max(5.25 on the Event Date, 5.10 the day before) = 47,250.
    const column = (letter: string) => [2, 3, 4].map((row) => [cells[`${letter}${row}`].value]);
    assert.deepEqual(call("DELAYPMTDMV", column("A"), column("B"), 450000, 36998, null, 36998), { value: 47250 });
  });

  it("lists every problem of a bad term sheet and writes nothing", async () => {
    await open();
    const bad = JSON.stringify({
      format: "neot-term-sheet",
      version: 1,
      deal: { id: "BAD_DEAL", title: "Bad", source: "test" },
      terms: [
        { name: "CONV_INITIAL_PCT", value: -1 },
        { name: "NO_SUCH_TERM", value: 1 },
        { name: "CALL_CAP_PRICE", value: "abc" },
      ],
    });
    await fileInput("termsheet-file", "bad.json", bad);
    await page.waitForSelector("#errors:not([hidden])");
    const items = await errorItems();
    assert.equal(items.length, 3, items.join("\n"));
    assert.match(items[0], /terms\[0\] CONV_INITIAL_PCT: term CONV_INITIAL_PCT must be a percentage/);
    assert.match(items[1], /unknown term "NO_SUCH_TERM"/);
    assert.match(items[2], /term CALL_CAP_PRICE must be a price greater than zero, got text "abc"/);
    // One message, in the card whose control was used, the list under it, and focus back
    // on that control to choose a corrected file.
    assert.equal(await status(), "bad.json cannot be imported: 3 problems to fix, listed below. Nothing was written.");
    assert.equal(await page.locator("#deal-heading ~ .status").innerText(), await status());
    assert.equal(
      await page.evaluate(() =>
        document.querySelector("#error-list")?.closest(".card")?.getAttribute("aria-labelledby"),
      ),
      "deal-heading",
    );
    assert.equal(await focused(), "termsheet-file");
    assert.equal(await writes(), 0);
    assert.deepEqual((await dump()).sheets, {});
  });

  it("lists every bad row of a price file by line and writes nothing", async () => {
    await open();
    await fileInput(
      "prices-file",
      "bad.csv",
      "Date,Bid\n2001-04-16,5.1\n2001-04-14,5\n2001-04-17,-2\n2001-04-16,5\nnot a date,4\n",
    );
    await page.waitForSelector("#errors:not([hidden])");
    const items = await errorItems();
    assert.deepEqual(items, [
      "line 3: 2001-04-14 is not a Nasdaq trading day, so it has no closing bid",
      "line 4: closing bid must be a positive number, got -2",
      "line 5: 2001-04-16 appears twice (lines 2 and 5)",
      'line 6: date must be YYYY-MM-DD, YYYYMMDD, M/D/YYYY, D/M/YYYY, M.D.YYYY or D.M.YYYY, got text "not a date"',
    ]);
    assert.equal(await writes(), 0);
  });

  it("checks 130,000 bad lines off the page's thread: the first 100 problems, a count of the rest, no crash", async () => {
    await open();
    const lines = ["Date,Bid"];
    for (let i = 0; i < 130000; i++) lines.push(`2001-04-16,x${i}`);
    await fileInput("prices-file", "huge.csv", lines.join("\n"));
    await page.waitForSelector("#errors:not([hidden])", { timeout: 30000 });
    const items = await errorItems();
    assert.equal(items.length, 100);
    assert.equal(items[0], 'line 2: closing bid must be a positive number, got text "x0"');
    assert.equal(await page.locator("#errors-more").innerText(), "…and 129,900 more problems, not listed.");
    assert.equal(
      await status(),
      "huge.csv cannot be imported: 130,000 problems to fix, listed below. Nothing was written.",
    );
    // The list scrolls, so it is a tab stop (the keyboard can scroll it).
    assert.equal(await page.getAttribute("#error-list", "tabindex"), "0");
    assert.equal(await writes(), 0);
  });

  it("shows a progress bar and a Cancel button while checking a large file, and Cancel stops the check", async () => {
    await open();
    const lines = ["Date,Bid"];
    for (let i = 0; i < 600000; i++) lines.push(`2001-04-16,${i}.5`);
    await fileInput("prices-file", "large.csv", lines.join("\n"));
    // Its check takes seconds here (a worker reading 12 MB), so Cancel comes in the middle of it,
    // once the worker has reported a first share done.
    await page.waitForSelector("#cancel-check:not([hidden])", { timeout: 30000 });
    await page.waitForFunction(() => {
      const bar = document.querySelector<HTMLProgressElement>("#progress")!;
      return bar.value > 0 && bar.value < 1;
    });
    assert.equal(await page.locator("#progress-area").isVisible(), true);
    assert.equal(await page.locator("#cancel-check").isVisible(), true);
    await page.click("#cancel-check");
    await page.waitForFunction(
      () =>
        document
          .querySelector("#prices-file")
          ?.closest(".card")
          ?.querySelector(".status")
          ?.textContent?.includes("cancelled"),
      undefined,
      { timeout: 30000 },
    );
    assert.equal(await status(), "Checking large.csv was cancelled. Nothing was written.");
    assert.equal(await page.locator("#cancel-check").isHidden(), true);
    assert.equal(await focused(), "prices-file");
    assert.equal(await writes(), 0);
  });

  it("shows the user's own names as conflicts and writes only once they are accepted", async () => {
    await open();
    await seedUsersOwnName();
    await page.selectOption("#preset", "DEB_T2");
    await page.click("#check-preset");
    await page.waitForSelector("#review:not([hidden])");
    assert.match(
      await page.locator("#review-rows").innerText(),
      /name DEB_T2_TERMS\s+not the pane's: will be changed\s+the name DEB_T2_TERMS was not made by this pane and points to Mine!\$C\$3; the import re-points it to DEB_T2!A6:B\d+/,
    );
    assert.equal(await page.locator("#write").isDisabled(), true);
    await page.check("#accept-conflicts");
    assert.equal(await page.locator("#write").isDisabled(), false);
    await page.click("#write");
    await page.waitForFunction(() => document.querySelector(".status.success") !== null);
    assert.match((await dump()).names.DEB_T2_TERMS.ref, /^DEB_T2!A6:B\d+$/);
  });

  it("stops the write and shows what changed when a cell was edited after the review", async () => {
    await open();
    await page.selectOption("#preset", "CALL_B");
    await page.click("#check-preset");
    await page.click("#write");
    await page.waitForFunction(() => document.querySelector(".status.success") !== null);
    await page.click("#check-preset");
    await page.waitForSelector("#review:not([hidden])");
    const before = await dump();
    await page.evaluate(() =>
      (window as unknown as { __standIn: { seedCell(a: string, b: string, c: unknown): void } }).__standIn.seedCell(
        "CALL_B",
        "B6",
        "=1+1",
      ),
    );
    await page.click("#write");
    await page.waitForSelector("#errors:not([hidden])");
    const items = await errorItems();
    assert.equal(items.length, 1, items.join("\n"));
    assert.match(items[0], /^cell CALL_B!B6: was .+, now the formula =1\+1$/);
    assert.equal(
      await status(),
      "Nothing was written: the workbook changed since the review (1 change); review the import again. What changed:",
    );
    assert.equal(await focused(), "check-preset");
    const after = await dump();
    assert.equal(after.sheets.CALL_B.B6.formula, "=1+1");
    after.sheets.CALL_B.B6 = before.sheets.CALL_B.B6;
    assert.deepEqual(after, before);
  });

  it("warns in the review of a 1904 workbook and writes its serials", async () => {
    await open();
    await page.evaluate(() =>
      (window as unknown as { __standIn: { setDateSystem(n: number): void } }).__standIn.setDateSystem(1904),
    );
    await fileInput("prices-file", "neot.csv", "Date,Bid\n2001-04-17,5.25\n");
    await page.waitForSelector("#review:not([hidden])");
    assert.match(
      await page.locator("#review-reading").innerText(),
      /This workbook uses the 1904 date system: dates are written as its serials \(1,462 lower/,
    );
    await page.click("#write");
    await page.waitForFunction(() => document.querySelector(".status.success") !== null);
    assert.equal((await dump()).sheets.Prices.A2.value, 36998 - 1462); // 2001-04-17
  });

  it("undoes a write that fails part-way and says so", async () => {
    await open();
    await page.selectOption("#preset", "SVD_SHARES");
    await page.click("#check-preset");
    await page.waitForSelector("#review:not([hidden])");
    await page.evaluate(() =>
      (window as unknown as { __standIn: { failAtWrite(n: number): void } }).__standIn.failAtWrite(5),
    );
    await page.click("#write");
    await page.waitForSelector(".status.error");
    // One message (not a list of "1 problem"), next to the control that began the review.
    assert.match(
      await status(),
      /^Writing to the workbook failed and was undone: stand-in failure at write 5 \(.+\)\.$/,
    );
    assert.deepEqual(await errorItems(), []);
    assert.equal(await page.locator("#errors").isHidden(), true);
    assert.equal(await focused(), "check-preset");
    const wb = await dump();
    assert.deepEqual(wb, { sheets: {}, names: {}, tables: {}, charts: {} });
  });

  it("works from the keyboard: labelled controls in order, Enter on a button, focus on the next control after each action", async () => {
    await open();
    for (const id of ["preset", "termsheet-file", "prices-file", "export-deal"]) {
      assert.equal(await page.locator(`label[for="${id}"]`).count(), 1, `label for #${id}`);
    }
    await page.focus("#preset");
    await page.keyboard.press("Tab");
    assert.equal(await focused(), "check-preset");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#review:not([hidden])");
    // The review opens just below the deal card, and focus is on Write, which the review describes.
    assert.equal(
      await page.evaluate(() =>
        document.querySelector("#review")?.previousElementSibling?.getAttribute("aria-labelledby"),
      ),
      "deal-heading",
    );
    assert.equal(await focused(), "write");
    assert.equal(await page.getAttribute("#write", "aria-describedby"), "review-summary review-reading");
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    assert.equal(outline, "solid");
    await page.keyboard.press("Tab");
    assert.equal(await focused(), "cancel");
    await page.keyboard.press("Enter");
    assert.equal(await status(), "Review cancelled. Nothing was written.");
    assert.equal(await focused(), "check-preset", "after Cancel");
    await page.keyboard.press("Enter");
    await page.waitForSelector("#review:not([hidden])");
    await page.keyboard.press("Enter");
    await page.waitForFunction(() => document.querySelector(".status.success") !== null);
    assert.equal(await focused(), "check-preset", "after Write");
    assert.equal(await page.getAttribute("#deal-heading ~ .status", "aria-live"), "polite");
    assert.match(await page.locator("#deal-heading ~ .status").innerText(), /^Wrote DEB_T1:/);
  });

  it("makes a scroll box a tab stop only while it scrolls", async () => {
    await open();
    await page.selectOption("#preset", "DEB_T2");
    await page.click("#check-preset");
    await page.waitForSelector("#review:not([hidden])");
    assert.equal(await page.getAttribute("#review-scroll", "tabindex"), "0", "a long review scrolls");
    await page.click("#cancel");
    // A price review without conflicts has no table: its (empty) box is hidden, not a tab stop.
    await fileInput("prices-file", "neot.csv", "Date,Bid\n2001-04-17,5.25\n");
    await page.waitForSelector("#review:not([hidden])");
    assert.equal(await page.locator("#review-scroll").isHidden(), true);
    assert.equal(await page.getAttribute("#review-scroll", "tabindex"), null);
    assert.equal(await focused(), "write");
  });

  it("breaks no money, date or term name inside its token at 320 px, and the review does not scroll sideways", async () => {
    await open();
    await page.selectOption("#preset", "DEB_T2");
    await page.click("#check-preset");
    await page.waitForSelector("#review:not([hidden])");
    // Each cell or token must lie on one line: its text's boxes all share one top.
    const cells = await page.evaluate(() => {
      const tokens = Array.from(
        document.querySelectorAll("#review-rows .item-code, #review-rows td[class^='change-'], #review-rows .token"),
      );
      const broken: (string | null)[] = [];
      for (const token of tokens) {
        const range = document.createRange();
        range.selectNodeContents(token);
        if (new Set(Array.from(range.getClientRects()).map((r) => Math.round(r.top))).size > 1)
          broken.push(token.textContent);
      }
      return { count: tokens.length, broken };
    });
    assert.ok(cells.count > 60, `${cells.count} cells checked`);
    assert.deepEqual(cells.broken, []);
    assert.ok(
      await page.evaluate(() => document.documentElement.scrollWidth <= 320),
      "the page itself does not scroll sideways",
    );
    assert.match(await page.locator("#review-rows").innerText(), /TRANCHE_PRINCIPAL\s+added\s+\$8,000,000\.00/);
    const box = await page.evaluate(() => {
      const b = document.getElementById("review-scroll")!;
      return { scroll: b.scrollWidth, client: b.clientWidth };
    });
    assert.ok(box.scroll <= box.client, `the review box scrolls sideways: ${box.scroll} > ${box.client}`);
  });

  it("without Excel, still checks files but cannot write, and says so instead of asking for a write", async () => {
    await open({ withExcel: false });
    assert.equal(await page.getAttribute("body", "data-ready"), "check-only");
    assert.equal(await page.getAttribute("body", "data-host"), "outside-excel");
    assert.match(
      await page.locator("#host-note").innerText(),
      /^Opened outside Excel: this pane checks term sheets and price files but cannot write them/,
    );
    await page.selectOption("#preset", "DEB_T1");
    await page.click("#check-preset");
    await page.waitForSelector("#review:not([hidden])");
    assert.equal(await page.locator("#write").isDisabled(), true);
    assert.equal(await status(), "Preset DEB_T1 checked. Writing needs Excel: open this pane from Excel to write it.");
    assert.equal(await focused(), "cancel", "Write is disabled: the next control is Cancel");
  });

  it("tells a blocked office.js apart from a page opened outside Excel", async () => {
    await open({ withExcel: false, officeJs: "missing" });
    assert.equal(await page.getAttribute("body", "data-host"), "no-office-js");
    const note = await page.locator("#host-note").innerText();
    assert.match(note, /office\.js\) did not load/);
    assert.match(note, /Inside Excel this means the network blocked it/);
    assert.doesNotMatch(note, /outside Excel/);
  });

  it("says what this Excel lacks when ExcelApi 1.13 is missing, before any review", async () => {
    await open({ officeJs: { excelApi: false } });
    assert.equal(await page.getAttribute("body", "data-host"), "old-excel");
    assert.match(await page.locator("#host-note").innerText(), /lacks the ExcelApi 1\.13 requirement set/);
    assert.equal(await page.locator("#write").isDisabled(), true);
  });

  it("takes Office's theme colours, keeping AA contrast", async () => {
    await open({ officeJs: { theme: OFFICE_DARK } });
    assert.equal(await page.getAttribute("html", "data-theme"), "dark");
    const colours = await page.evaluate(() => ({
      canvas: getComputedStyle(document.body).backgroundColor,
      card: getComputedStyle(document.querySelector(".card")!).backgroundColor,
      text: getComputedStyle(document.querySelector(".card")!).color,
    }));
    // #262626 = rgb(38, 38, 38); #363636 = rgb(54, 54, 54); #f0f0f0 = rgb(240, 240, 240)
    assert.deepEqual(colours, { canvas: "rgb(38, 38, 38)", card: "rgb(54, 54, 54)", text: "rgb(240, 240, 240)" });
    await page.selectOption("#preset", "DEB_T2");
    await page.click("#check-preset");
    await page.waitForSelector("#review:not([hidden])");
    assert.deepEqual(await axeState(page, "pane-office-dark-preset-review.png"), []);
  });

  describe("accessibility: axe-core in every state of the pane, at 320 px", () => {
    // The system's light and dark settings (the pane outside Office), and Office's dark theme.
    const THEMES = {
      light: { colorScheme: "light" },
      dark: { colorScheme: "dark" },
      "office-dark": { officeJs: { theme: OFFICE_DARK } },
    } satisfies Record<string, PaneOptions>;
    for (const theme of Object.keys(THEMES) as (keyof typeof THEMES)[]) {
      describe(`in the ${theme} theme (screenshots in test-output/)`, () => {
        /**
         * A state of the pane, a test of its own: `reach` brings the pane there, from where the
         * state before left it or on a fresh page, and axe-core finds no violation in it.
         */
        const state = (name: string, reach: () => Promise<unknown>) =>
          it(`has no violation: ${name}`, async () => {
            await reach();
            assert.deepEqual(await axeState(page, `pane-${theme}-${name}.png`), [], `axe-core violations in ${name}`);
          });
        const fresh = (options: PaneOptions = {}) => open({ ...THEMES[theme], ...options });

        state("initial", () => fresh());
        state("preset-review", async () => {
          await page.selectOption("#preset", "DEB_T2");
          await page.click("#check-preset");
          await page.waitForSelector("#review:not([hidden])");
        });
        state("after-write", async () => {
          await page.click("#write");
          await page.waitForFunction(() => document.querySelector(".status.success") !== null);
        });
        // The deal model card, for the deal just written: its review (or its problems).
        state("model-review", async () => {
          await page.waitForSelector("#model-deal option[value=DEB_T2]", { state: "attached" });
          await page.selectOption("#model-deal", "DEB_T2");
          await page.click("#build-model");
          await page.waitForSelector("#review:not([hidden]), #errors:not([hidden])");
        });
        state("term-sheet-review", async () => {
          if (await page.locator("#review").isVisible()) await page.click("#cancel");
          await fileInput("termsheet-file", "CALL_B.json", readFileSync(join(TERM_SHEETS, "CALL_B.json"), "utf8"));
          await page.waitForSelector("#review:not([hidden])");
        });
        state("after-cancel", () => page.click("#cancel"));
        state("price-problems", async () => {
          await fresh();
          const bad = ["Date,Bid"];
          for (let i = 0; i < 150; i++) bad.push(`2001-04-16,x${i}`);
          await fileInput("prices-file", "bad.csv", bad.join("\n"));
          await page.waitForSelector("#errors:not([hidden])");
        });
        state("conflicts", async () => {
          await fresh();
          await seedUsersOwnName();
          await page.selectOption("#preset", "DEB_T2");
          await page.click("#check-preset");
          await page.waitForSelector("#review:not([hidden])");
        });
        state("write-error", async () => {
          await page.check("#accept-conflicts");
          await page.evaluate(() =>
            (window as unknown as { __standIn: { failAtWrite(n: number): void } }).__standIn.failAtWrite(5),
          );
          await page.click("#write");
          await page.waitForSelector(".status.error");
        });
        state("1904-warning", async () => {
          await fresh();
          await page.evaluate(() =>
            (window as unknown as { __standIn: { setDateSystem(n: number): void } }).__standIn.setDateSystem(1904),
          );
          await fileInput("prices-file", "neot.csv", "Date,Bid\n2001-04-16,5.1\n2001-04-17,5.25\n");
          await page.waitForSelector("#review:not([hidden])");
        });
        state("excelapi-missing", () =>
          fresh({ officeJs: { excelApi: false, theme: theme === "light" ? OFFICE_LIGHT : OFFICE_DARK } }),
        );
        state("outside-excel", () => fresh({ withExcel: false, officeJs: undefined }));
        state("office-js-missing", () => fresh({ withExcel: false, officeJs: "missing" }));
        state("old-webview", async () => {
          await fresh({ userAgent: USER_AGENTS.trident });
          await page.waitForSelector("#old-webview", { state: "visible" });
        });
      });
    }
  });

  describe("deal model", () => {
    /** Closing bids on every trading day from 2001-04-02 to 2001-10-31: 5.00 + a wobble, drifting down. */
    const days: number[] = [];
    for (let d = day("2001-04-02"); d <= day("2001-10-31"); d++) if (isTradingDay(d)) days.push(d);
    const bids = days.map((_, k) => Math.round((5 + Math.sin(k / 6) * 1.2 - k * 0.012) * 100) / 100);
    const csv = ["Date,Bid", ...days.map((d, k) => `${isoDate(d)},${bids[k]}`)].join("\n");
    const deb = presetTermSheet(DEAL_PRESETS.find((p) => p.id === "DEB_T1")!);
    const layout = deb.ok ? planDealModel(deb.value) : assert.fail("DEB_T1 preset");
    const chart = layout.charts[0];
    const series = layout.spills.find((s) => s.address === chart.spill)!;
    type Control = {
      setSpill(a: string, b: string, c: number, d: number): void;
      seedCell(a: string, b: string, c: unknown, d?: string): void;
      select(a: string, b: string): void;
    };
    const control = <T>(fn: (s: Control, arg: T) => void, arg: T) => onStandIn(page, fn, arg);
    const spill = (rows: number) =>
      control((s, a) => s.setSpill("DEB_T1_MODEL", a.anchor, a.rows, 4), { anchor: series.address, rows });
    const shot = (file: string) => screenshot(page, file);

    async function importDeal(withPrices: boolean): Promise<void> {
      await page.selectOption("#preset", "DEB_T1");
      await page.click("#check-preset");
      await page.waitForSelector("#review:not([hidden])");
      await page.click("#write");
      await succeeded(page, "Wrote DEB_T1");
      if (withPrices) {
        await fileInput("prices-file", "neot.csv", csv);
        await page.waitForSelector("#review:not([hidden])");
        await page.click("#write");
        await succeeded(page, "closing bids");
      }
      await page.waitForSelector("#model-deal option[value=DEB_T1]", { state: "attached" });
      await page.selectOption("#model-deal", "DEB_T1");
    }

    describe("builds, re-builds and refreshes a deal's model: reviewed first, the chart follows the schedule", () => {
      // One page, a step per test: DEB_T1 and its closing bids written first.
      before(async () => {
        await open();
        await importDeal(true);
      });
      const issue = layout.names.find((n) => n.name === "DEB_T1_MODEL.ISSUE_DATE")!.refersTo.replace(/^.*!|\$/g, "");

      it("reviews the build first and writes nothing before the banker says so", async () => {
        assert.equal(await page.locator("#model-prices").innerText(), "Prices: the table NEOT_Prices.");
        await spill(6); // the series shows a heading and five trading days
        const writtenBefore = await writes();
        await page.click("#build-model");
        await page.waitForSelector("#review:not([hidden])");
        assert.equal(await writes(), writtenBefore, "nothing is written before the banker says so");
        assert.match(
          await page.locator("#review-summary").innerText(),
          /DEB_T1 model: writing creates the sheet DEB_T1_MODEL\. Nothing outside DEB_T1_MODEL and its names changes\./,
        );
        assert.match(
          await page.locator("#review-rows").innerText(),
          /chart DEB_T1_CONVPRICE_CHART\s+added\s+DEB_T1: closing bid and Conversion Price/,
        );
        await shot("model-review-320.png");
      });

      it("builds the model on the price table, with its three charts", async () => {
        await page.click("#write");
        await succeeded(page, "Built DEB_T1_MODEL");
        const wb = await dump();
        assert.equal(wb.names["DEB_T1_MODEL.PRICE_BIDS"].ref, "NEOT_Prices[ClosingBid]");
        const charts = (
          wb as unknown as { charts: Record<string, { title: string; series: { name: string; values: string }[] }> }
        ).charts;
        // The bids and Conversion Price by day; the shares and the dilution by price level.
        assert.deepEqual(Object.keys(charts), [
          "DEB_T1_MODEL!DEB_T1_CONVPRICE_CHART",
          "DEB_T1_MODEL!DEB_T1_SHARES_CHART",
          "DEB_T1_MODEL!DEB_T1_DILUTION_CHART",
        ]);
        assert.deepEqual(
          charts["DEB_T1_MODEL!DEB_T1_DILUTION_CHART"].series.map((s) => s.name),
          ["Shares ÷ outstanding", "Nasdaq approval threshold"],
        );
        assert.deepEqual(
          charts["DEB_T1_MODEL!DEB_T1_CONVPRICE_CHART"].series.map((s) => s.name),
          ["Closing bid", "Conversion Price", "Floor Price", "Nasdaq minimum bid"],
        );
        await shot("model-built-320.png");
      });

      it("re-builds in place, keeping the issue date the banker filled and a note below the model", async () => {
        await control(
          (s, a) => {
            s.seedCell("DEB_T1_MODEL", a.issue, a.serial, "yyyy-mm-dd");
            s.seedCell("DEB_T1_MODEL", "A400", "my note");
          },
          { issue, serial: excelSerialFromDay(day("2001-05-14")) },
        );
        await page.click("#build-model");
        await page.waitForSelector("#review:not([hidden])");
        assert.match(
          await page.locator("#review-summary").innerText(),
          /updates the sheet DEB_T1_MODEL in place, keeping 1 input you filled/,
        );
        assert.match(
          await page.locator("#review-rows").innerText(),
          new RegExp(`inputs you filled\\s+kept as you filled them\\s+${issue}\\s`),
        );
        await page.click("#write");
        await succeeded(page, "Built DEB_T1_MODEL");
        const wb = await dump();
        assert.equal(wb.sheets.DEB_T1_MODEL[issue].value, excelSerialFromDay(day("2001-05-14")));
        assert.equal(wb.sheets.DEB_T1_MODEL.A400.value, "my note");
      });

      it("refreshes the charts to the 39 trading days the series spills once prices grew", async () => {
        await spill(40);
        await page.click("#refresh-model");
        await succeeded(page, "Refreshed the 3 charts of DEB_T1_MODEL");
        const refreshed = (await dump()) as unknown as { charts: Record<string, { series: { values: string }[] }> };
        const last = series.row + 39; // data rows from series.row + 1: 39 of them
        for (const s of refreshed.charts["DEB_T1_MODEL!DEB_T1_CONVPRICE_CHART"].series)
          assert.match(s.values, new RegExp(`[A-Z]+${series.row + 1}:[A-Z]+${last}$`));
        await shot("model-refreshed-320.png");
        assert.ok(
          await page.evaluate(() => document.documentElement.scrollWidth <= 320),
          "horizontal scroll at 320 px",
        );
      });
    });

    describe("points the model at prices already in the workbook, checked like a price file, and references them in place", () => {
      // One page, a step per test: DEB_T1 written, 20 trading days of prices on a sheet Feed.
      before(async () => {
        await open();
        await importDeal(false);
        await control(
          (s, rows) => {
            s.seedCell("Feed", "A1", "Day");
            s.seedCell("Feed", "B1", "Close");
            rows.forEach((r, i) => {
              s.seedCell("Feed", `A${i + 2}`, r[0], "yyyy-mm-dd");
              s.seedCell("Feed", `B${i + 2}`, r[1]);
            });
          },
          days.slice(0, 20).map((d, k) => [excelSerialFromDay(d), bids[k]]),
        );
      });

      it("refuses a selection of three columns", async () => {
        await control((s) => s.select("Feed", "A1:C3"), 0);
        await page.click("#model-use-selection");
        await page.waitForSelector("#errors:not([hidden])");
        assert.deepEqual(await errorItems(), [
          "selection: select two columns side by side, dates then closing bids (the selection is A1:C3)",
        ]);
      });

      it("refuses a Saturday among the dates, with the CSV import's message", async () => {
        await control((s) => {
          s.seedCell("Feed", "A22", 37044, "yyyy-mm-dd"); // 2001-06-02, a Saturday
          s.seedCell("Feed", "B22", 5);
          s.select("Feed", "A1:B22");
        }, 0);
        await page.click("#model-use-selection");
        await page.waitForSelector("#errors:not([hidden])");
        assert.deepEqual(await errorItems(), [
          "row 22: 2001-06-02 is not a Nasdaq trading day, so it has no closing bid",
        ]);
      });

      it("takes two columns of trading days, checked", async () => {
        await control((s) => s.select("Feed", "A1:B21"), 0);
        await page.click("#model-use-selection");
        await succeeded(page, "20 trading days checked");
        assert.equal(
          await page.locator("#model-prices").innerText(),
          "Prices: the ranges Feed!A2:A21 and Feed!B2:B21 (20 trading days, checked).",
        );
        await shot("model-prices-320.png");
      });

      it("builds the model on those ranges, in place, with no price table made", async () => {
        await page.click("#build-model");
        await page.waitForSelector("#review:not([hidden])");
        await page.click("#write");
        await succeeded(page, "Built DEB_T1_MODEL");
        const wb = await dump();
        assert.equal(wb.names["DEB_T1_MODEL.PRICE_DATES"].ref, "Feed!A2:A21"); // the stand-in's dump of 'Feed'!$A$2:$A$21
        assert.equal(wb.names["DEB_T1_MODEL.PRICE_BIDS"].ref, "Feed!B2:B21");
        assert.equal(wb.sheets.Prices, undefined, "no price table was made");
      });
    });

    it("renders a built model as computed by a formula engine written elsewhere, for the README", async () => {
      const mw = modelWorkbook(deb.ok ? deb.value : assert.fail(), {
        dates: days.map((d) => excelSerialFromDay(d)),
        bids,
      });
      mw.set("DEB_T1_MODEL.AS_OF", excelSerialFromDay(day("2001-10-31")));
      mw.set("DEB_T1_MODEL.ISSUE_DATE", excelSerialFromDay(day("2001-05-14")));
      mw.set("DEB_T1_MODEL.CONVERSION_DATE", excelSerialFromDay(day("2001-10-15")));
      mw.set("DEB_T1_MODEL.FLOOR_PRICE", 3);
      const html = modelPicture(mw);
      assert.match(html, /<polyline/);
      // A blank page of its own: the pane's Content Security Policy would refuse the picture's styles.
      const picture = await pages.blankPage();
      await picture.setViewportSize({ width: 1500, height: 900 });
      await picture.setContent(html);
      await screenshot(picture, "deal-model.png");
      await picture.close();
    });
  });
});
