/*
 * Issue 17 in the built pane (dist/), in headless Chromium at 320 px with the Excel
 * stand-in: the pane and the model sheet as a banker uses them. Each fixed state is
 * checked with axe-core (no violation) and for sideways scrolling in the system's light and
 * dark themes and Office's dark theme, and screenshotted to test-output/
 * (issue17-<theme>-<state>.png).
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { INPUT_FILL } from "../../src/workbook/cellStyle";
import { ROOT } from "../browsers/pageServer";
import { ChromiumPages, OFFICE_DARK, OpenOptions, axeState, chooseFile, onStandIn, succeeded } from "./chromium";

const PRICES = join(ROOT, "test", "fixtures", "prices");
/** A deal id of the longest kind (24 characters): its messages must wrap inside the pane. */
const LONG_ID = "ABCDEFGHIJKLMNOPQRSTUVWX";
const LONG_DEAL = JSON.stringify({
  format: "neot-term-sheet",
  version: 1,
  deal: { id: LONG_ID, title: "A deal with a long id", source: "seed 000, Exhibit A" },
  terms: [{ name: "TRANCHE_PRINCIPAL", value: 10000000 }],
});

const THEMES: Record<string, OpenOptions> = {
  light: { colorScheme: "light" },
  dark: { colorScheme: "dark" },
  "office-dark": { officeJs: { theme: OFFICE_DARK } },
};

describe("the pane as a banker uses it (issue 17), in Chromium at 320 px", function () {
  this.timeout(60000);
  let pages: ChromiumPages;
  let page: Page;

  before(async () => {
    pages = await ChromiumPages.launch("taskpane.html");
  });
  after(() => pages?.close());
  // After each test, on the page it left open: no CSP violation, nothing asked of another host.
  afterEach(() => pages.leftNothing());

  /** The pane at 320 px with a fresh stand-in; office.js from node_modules, or a stand-in Office with a theme. */
  async function open(options: OpenOptions = {}): Promise<void> {
    page = await pages.open("taskpane.html?excel=1", options);
    await page.waitForSelector("body[data-ready=excel]", { timeout: 20000 });
  }

  type StandIn = {
    seedCell(s: string, a: string, v: unknown, f?: string): void;
    seedName(n: string, s: string, a: string): void;
    seedFormat(s: string, a: string, f: Record<string, unknown>): void;
    setSpill(s: string, a: string, r: number, c: number): void;
    failAllWritesFrom(n: number): void;
    dump(): { sheets: Record<string, Record<string, { value: unknown; fill?: string; borders?: unknown }>> };
  };
  /** Runs `fn` on the page's stand-in. */
  const control = <T, R>(fn: (s: StandIn, arg: T) => R, arg: T) => onStandIn(page, fn, arg);
  const dump = () => control((s) => s.dump(), null);
  const fileInput = (id: string, name: string, text: string) => chooseFile(page, `#${id}`, name, text);
  const pageWidth = () => page.evaluate(() => document.documentElement.scrollWidth);
  const reviewed = () => page.waitForSelector("#review:not([hidden])");

  /** A fixed state: no axe violation, no sideways scroll, and a screenshot. */
  async function checkState(theme: string, state: string): Promise<void> {
    const found = await axeState(page, `issue17-${theme}-${state}.png`);
    const width = await pageWidth();
    if (width > 320) found.push(`the page is ${width} px wide`);
    assert.deepEqual(found, [], state);
  }

  it("review at 320 px: each row shows the term's label, its value as Excel shows it and the change, with no sideways scroll", async () => {
    await open();
    await page.selectOption("#preset", "DEB_T2");
    await page.click("#check-preset");
    await reviewed();
    const rows = await page.evaluate(() =>
      Array.from(document.querySelectorAll("#review-rows tr")).map((tr) => {
        const r = tr.getBoundingClientRect();
        const label = tr.querySelector(".item-label")?.textContent ?? "";
        return {
          label,
          text: (tr as HTMLElement).innerText,
          right: r.right,
          fits: tr.scrollWidth <= tr.clientWidth + 1,
        };
      }),
    );
    const principal = rows.find((r) => r.text.includes("TRANCHE_PRINCIPAL"))!;
    assert.match(principal.label, /^Original principal amount/);
    assert.match(principal.text, /added\s+\$8,000,000\.00/);
    assert.match(rows.find((r) => r.text.includes("CONV_INITIAL_PCT"))!.text, /added\s+120%/);
    for (const r of rows) assert.ok(r.fits && r.right <= 320, `a row does not fit: ${r.text}`);
    const box = await page.evaluate(() => {
      const b = document.getElementById("review-scroll")!;
      return b.scrollWidth - b.clientWidth;
    });
    assert.ok(box <= 0, "the review box scrolls sideways");
    assert.ok((await pageWidth()) <= 320);
  });

  it("a conflict's explanation is whole beside the box that accepts it", async () => {
    await open();
    await control((s) => {
      s.seedCell("Mine", "A1", 42);
      s.seedName("DEB_T1_MODEL.AS_OF", "Mine", "A1");
    }, null);
    await page.selectOption("#preset", "DEB_T1");
    await page.click("#check-preset");
    await reviewed();
    await page.click("#write");
    await succeeded(page, "Wrote DEB_T1");
    await page.waitForSelector("#model-deal option[value=DEB_T1]", { state: "attached" });
    await page.selectOption("#model-deal", "DEB_T1");
    await fileInput("prices-file", "bids.csv", "Date,Bid\n2001-04-16,5.1\n2001-04-17,5.25\n");
    await reviewed();
    await page.click("#write");
    await succeeded(page, "closing bids");
    await page.click("#build-model");
    await reviewed();
    const item = page.locator("#conflicts-list li", { hasText: "DEB_T1_MODEL.AS_OF" });
    assert.match(await item.innerText(), /points to Mine!\$A\$1; the build re-points it to 'DEB_T1_MODEL'!\$B\$\d+/);
    const fits = await item.evaluate((li) => {
      const r = li.getBoundingClientRect();
      return li.scrollWidth <= li.clientWidth + 1 && r.right <= 320 && getComputedStyle(li).overflow !== "hidden";
    });
    assert.ok(fits, "the explanation is clipped or wider than the pane");
    // Beside the box: the list sits just above the checkbox, in the same block.
    assert.equal(
      await page.evaluate(
        () =>
          document.getElementById("conflicts-list")!.nextElementSibling?.querySelector("#accept-conflicts") !== null,
      ),
      true,
    );
  });

  it("messages with a 24-character deal id wrap inside the pane, a failed undo's too", async () => {
    await open();
    await fileInput("termsheet-file", "long.json", LONG_DEAL);
    await reviewed();
    assert.ok((await pageWidth()) <= 320, "the review widens the pane");
    await page.click("#write");
    await succeeded(page, `Wrote ${LONG_ID}`);
    assert.ok((await pageWidth()) <= 320, "the success message widens the pane");
    await fileInput("termsheet-file", "long.json", LONG_DEAL.replace("10000000", "8000000"));
    await reviewed();
    await control((s) => s.failAllWritesFrom(2), null);
    await page.click("#write");
    await page.waitForSelector(".status.error");
    assert.match(await page.locator(".status.error").innerText(), /undoing it failed too/);
    assert.ok((await pageWidth()) <= 320, `a failed undo widens the pane to ${await pageWidth()} px`);
  });

  it("a Nasdaq.com file: the review names Close/Last as a last sale and writes only once the banker confirms", async () => {
    await open();
    await fileInput("prices-file", "nasdaq.csv", readFileSync(join(PRICES, "nasdaq-historical.csv"), "utf8"));
    await reviewed();
    assert.match(await page.locator("#review-summary").innerText(), /column "Close\/Last", a last sale price/);
    assert.match(
      await page.locator("#conflicts-list").innerText(),
      /took "Close\/Last", a last sale price, as the closing bid/,
    );
    assert.equal(await page.locator("#accept-label").innerText(), "Use this last sale price as the closing bid");
    assert.equal(await page.locator("#write").isDisabled(), true);
    await page.check("#accept-conflicts");
    await page.click("#write");
    await succeeded(page, "Wrote 6 closing bids");
  });

  it("the model's inputs are shaded and bordered after Build model, and the message says so", async () => {
    await open();
    await page.selectOption("#preset", "DEB_T1");
    await page.click("#check-preset");
    await reviewed();
    await page.click("#write");
    await succeeded(page, "Wrote DEB_T1");
    await fileInput("prices-file", "bids.csv", "Date,Bid\n2001-04-16,5.1\n2001-04-17,5.25\n");
    await reviewed();
    await page.click("#write");
    await succeeded(page, "closing bids");
    await page.waitForSelector("#model-deal option[value=DEB_T1]", { state: "attached" });
    await page.selectOption("#model-deal", "DEB_T1");
    await page.click("#build-model");
    await reviewed();
    await page.click("#write");
    await succeeded(page, "Fill the inputs (shaded, with a border)");
    const cells = (await dump()).sheets.DEB_T1_MODEL;
    const shaded = Object.entries(cells).filter(([, c]) => c.fill === INPUT_FILL);
    assert.ok(shaded.length >= 9, `${shaded.length} shaded cells`);
    // A second Build model with nothing filled keeps nothing: the defaults are the pane's own.
    await page.click("#build-model");
    await reviewed();
    assert.match(await page.locator("#review-summary").innerText(), /no input holds a value of yours yet/);
  });

  it("a number format changed between the review and Write stops the write and is listed", async () => {
    await open();
    await page.selectOption("#preset", "DEB_T1");
    await page.click("#check-preset");
    await reviewed();
    await page.click("#write");
    await succeeded(page, "Wrote DEB_T1");
    await page.click("#check-preset");
    await reviewed();
    await control((s) => s.seedFormat("DEB_T1", "A1", { numberFormat: "0.00%" }), null);
    await page.click("#write");
    await page.waitForSelector(".status.error");
    assert.match(await page.locator(".status.error").innerText(), /the workbook changed since the review \(1 change\)/);
    assert.deepEqual(await page.locator("#error-list li").allInnerTexts(), [
      "cell DEB_T1!A1: number format was @, now 0.00% since the review",
    ]);
  });

  for (const theme of Object.keys(THEMES)) {
    /** Each state a test, on the page the one before left (the first of a describe opens it). */
    const state = (name: string, reach: () => Promise<unknown>) =>
      it(`has no axe-core violation: ${name}`, async () => {
        await reach();
        await checkState(theme, name);
      });

    describe(`the review with labels and with a last sale to confirm, in the ${theme} theme`, () => {
      state("review-labels", async () => {
        await open(THEMES[theme]);
        await page.selectOption("#preset", "DEB_T2");
        await page.click("#check-preset");
        await reviewed();
      });
      state("last-sale-to-confirm", async () => {
        await page.click("#cancel");
        await fileInput("prices-file", "nasdaq.csv", readFileSync(join(PRICES, "nasdaq-historical.csv"), "utf8"));
        await reviewed();
      });
    });

    describe(`a long deal id, a format edit stopping the write and a failed undo, in the ${theme} theme`, () => {
      state("long-id-review", async () => {
        await open(THEMES[theme]);
        await fileInput("termsheet-file", "long.json", LONG_DEAL);
        await reviewed();
      });
      state("long-id-written", async () => {
        await page.click("#write");
        await succeeded(page, `Wrote ${LONG_ID}`);
      });
      state("format-edit-stops-write", async () => {
        await fileInput("termsheet-file", "long.json", LONG_DEAL.replace("10000000", "8000000"));
        await reviewed();
        await control((s, id) => s.seedFormat(id, "A1", { numberFormat: "0.00%" }), LONG_ID);
        await page.click("#write");
        await page.waitForSelector(".status.error");
      });
      state("undo-failed", async () => {
        await fileInput("termsheet-file", "long.json", LONG_DEAL.replace("10000000", "8000000"));
        await reviewed();
        await control((s) => s.failAllWritesFrom(2), null);
        await page.click("#write");
        await page.waitForSelector(".status.error");
      });
    });

    describe(`a conflict beside its checkbox and the model's review and build, in the ${theme} theme`, () => {
      state("conflict-beside-checkbox", async () => {
        await open(THEMES[theme]);
        await control((s) => {
          s.seedCell("Mine", "A1", 42);
          s.seedName("DEB_T2_TERMS", "Mine", "A1");
        }, null);
        await page.selectOption("#preset", "DEB_T2");
        await page.click("#check-preset");
        await reviewed();
      });
      state("model-review", async () => {
        await page.check("#accept-conflicts");
        await page.click("#write");
        await succeeded(page, "Wrote DEB_T2");
        await fileInput("prices-file", "bids.csv", readFileSync(join(PRICES, "bloomberg-px-bid.csv"), "utf8"));
        await reviewed();
        await page.click("#write");
        await succeeded(page, "closing bids");
        await page.waitForSelector("#model-deal option[value=DEB_T2]", { state: "attached" });
        await page.selectOption("#model-deal", "DEB_T2");
        await page.click("#build-model");
        await reviewed();
      });
      state("model-built", async () => {
        await page.click("#write");
        await succeeded(page, "Built DEB_T2_MODEL");
      });
    });
  }
});
