/*
 * The built pages in every engine Excel shows them in (test/browsers/engines.ts): Chromium
 * for WebView2 and Edge, WebKit for Excel on the Mac, Firefox for Excel on the web in a
 * bank's browser. In each: the pane's core flow on the Excel stand-in (a preset reviewed
 * and written, a price CSV imported, a deal model built and refreshed, a failed write
 * undone), axe-core in each state of that flow, the old-webview message, and functions.html
 * registering every id of functions.json. Screenshots per engine and state go to
 * test-output/engines/<engine>/. npm test builds dist/ first.
 *
 * Nothing may leave the machine: each page's resources must all come from the local
 * server (Performance API, the same in every engine), and its Content Security Policy,
 * served as built, must record no violation.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { excelSerialFromDay, isoDate } from "../../src/engine/time/civilDate";
import { isTradingDay } from "../../src/engine/time/nasdaqCalendar";
import { planDealModel } from "../../src/model/planDealModel";
import { DEAL_PRESETS, presetTermSheet } from "../../src/termsheet/presets";
import { day } from "../helpers/prices";
import { DIST } from "./pageServer";
import { EnginePage, SCREENSHOTS, describeInEveryEngine, waitFor } from "./engines";
import { PageServer, servePages } from "./pageServer";

interface Dump {
  sheets: Record<string, Record<string, { value: unknown; numberFormat: string; formula?: string }>>;
  names: Record<string, { ref: string; comment: string }>;
  tables: Record<string, { sheet: string; address: string; style: string }>;
  charts: Record<string, { series: { name: string; values: string }[] }>;
}

const WIDTH = 320;

/** Closing bids on every trading day of April–June 2001, for the model's price table. */
const days: number[] = [];
for (let d = day("2001-04-02"); d <= day("2001-06-29"); d++) if (isTradingDay(d)) days.push(d);
const PRICES = days.map((d, k) => [excelSerialFromDay(d), Math.round((5 + Math.sin(k / 6)) * 100) / 100]);
/** The same days as a Yahoo-style download (Close is a last sale), newest first, M/D/YYYY. */
const PRICE_ROWS = days
  .map((d, k) => {
    const [y, m, dd] = isoDate(d).split("-").map(Number);
    return `${m}/${dd}/${y},5,5.5,4.5,${PRICES[k][1]},4,100000`;
  })
  .reverse();
const deb = presetTermSheet(DEAL_PRESETS.find((p) => p.id === "DEB_T1")!);
const layout = deb.ok ? planDealModel(deb.value) : assert.fail("DEB_T1 preset");
const series = layout.spills.find((s) => s.address === layout.charts[0].spill)!;

const js = (value: unknown) => JSON.stringify(value);
const visible = (selector: string) => `(function () {
  var e = document.querySelector(${js(selector)});
  return !!e && !e.closest("[hidden]") && e.getBoundingClientRect().height > 0;
})()`;

let server: PageServer;
before(async () => {
  assert.ok(existsSync(join(DIST, "taskpane.html")), "dist/ is missing: build first (npm run build)");
  server = await servePages();
});
after(() => server?.close());

describeInEveryEngine("the pane and the functions page", (engine, name) => {
  let page: EnginePage | undefined;

  async function open(file: string, query: string): Promise<EnginePage> {
    page = await engine().newPage(WIDTH, 900);
    await page.goto(`${server.origin}/${file}?${query}`);
    return page;
  }

  /**
   * Closes the page after checking it broke no CSP rule and loaded nothing from elsewhere:
   * office.js's telemetry frame is its one request to another host, and the policy blocks it
   * (its violation event may come a moment after the request shows).
   */
  async function leftNothing(p: EnginePage): Promise<void> {
    const foreign = `performance.getEntriesByType("resource").map(function (e) { return e.name; })
      .filter(function (u) { return u.indexOf(location.origin + "/") !== 0 && !/^(blob|data):/.test(u); })
      .filter(function (u) { return !(window.__blockedFrames || []).some(function (b) { return u.indexOf(b) === 0; }); })`;
    await waitFor(p, `${foreign}.length === 0`, 1000).catch(() => undefined);
    const [csp, leaked, errors] = await p.evaluate<[string[], string[], string[]]>(
      `[window.__csp || [], ${foreign}, window.__errors || []]`,
    );
    await p.close();
    assert.deepEqual(errors, [], "uncaught errors in the page");
    assert.deepEqual(csp, [], "Content Security Policy violations");
    assert.deepEqual(leaked, [], "resources from other hosts than the local server, not blocked by the policy");
  }

  afterEach(async () => {
    if (!page) return;
    const p = page;
    page = undefined;
    await leftNothing(p);
  });

  const shot = (p: EnginePage, state: string) => p.screenshot(join(SCREENSHOTS, name, `${state}.png`));
  const text = (p: EnginePage, selector: string) =>
    p.evaluate<string>(`(document.querySelector(${js(selector)}) || {}).innerText || ""`);
  const dump = (p: EnginePage) => p.evaluate<Dump>("window.__standIn.dump()");
  /** Chooses an option the way a select does when the user picks it. */
  const choose = (p: EnginePage, selector: string, value: string) =>
    p.evaluate(`(function () {
      var s = document.querySelector(${js(selector)});
      s.value = ${js(value)};
      s.dispatchEvent(new Event("input", { bubbles: true }));
      s.dispatchEvent(new Event("change", { bubbles: true }));
    })()`);
  const succeeded = (p: EnginePage, words: string) =>
    waitFor(
      p,
      `Array.prototype.some.call(document.querySelectorAll(".card > .status.success"), function (s) { return s.textContent.indexOf(${js(words)}) !== -1; })`,
    );

  /** axe-core on the whole page, added from the local server as the policy allows ('self'); and a screenshot. */
  async function axe(p: EnginePage, state: string): Promise<void> {
    await p.evaluate(`window.axe ? null : new Promise(function (resolve, reject) {
      var s = document.createElement("script");
      s.src = "/__test/axe.js";
      s.onload = function () { resolve(null); };
      s.onerror = function () { reject(new Error("axe.js did not load")); };
      document.head.appendChild(s);
    })`);
    const violations = await p.evaluate<
      string[]
    >(`axe.run(document, { resultTypes: ["violations"] }).then(function (r) {
      return r.violations.map(function (v) {
        return v.id + ": " + v.nodes.map(function (n) { return n.target.join(" ") + " (" + (n.failureSummary || "") + ")"; }).join("; ");
      });
    })`);
    await shot(p, state);
    assert.deepEqual(violations, [], `axe-core violations in ${state}`);
  }

  /**
   * The core flow on one page, a step per test, as a banker goes through it: each step
   * starts where the one before left the pane and the stand-in workbook.
   */
  describe("the core flow, step by step on one page", () => {
    let p: EnginePage;
    before(async function () {
      this.timeout(10000);
      p = await engine().newPage(WIDTH, 900);
      await p.goto(`${server.origin}/taskpane.html?excel=1`);
      await waitFor(p, `document.body.getAttribute("data-ready") === "excel"`, 8000);
    });
    after(async function () {
      this.timeout(10000);
      if (p) await leftNothing(p);
    });

    it("opens at 320 px without sideways scroll and with no axe-core violation", async () => {
      assert.ok(
        await p.evaluate<boolean>("document.documentElement.scrollWidth <= window.innerWidth"),
        "sideways scroll",
      );
      assert.equal(await p.evaluate<number>("document.querySelectorAll('#preset option').length"), 8);
      await axe(p, "1-initial");
    });

    it("reviews a preset and writes nothing before Write", async () => {
      await choose(p, "#preset", "DEB_T2");
      await p.click("#check-preset");
      await waitFor(p, visible("#review"));
      assert.match(await text(p, "#review-summary"), /creates the sheet DEB_T2/);
      assert.equal(await p.evaluate<number>("window.__standIn.writes.length"), 0, "nothing written before Write");
      await axe(p, "2-preset-review");
    });

    it("writes the preset: every term a named cell, the pane busy (aria-busy) while it writes", async () => {
      // Each aria-busy the pane's own <main> takes; the old-webview message's <main> takes none.
      await p.evaluate(`(function () {
        window.__busy = [];
        new MutationObserver(function (changes) {
          changes.forEach(function (c) { window.__busy.push(c.target.id + "=" + c.target.getAttribute("aria-busy")); });
        }).observe(document.body, { subtree: true, attributeFilter: ["aria-busy"] });
      })()`);
      await p.click("#write");
      await succeeded(p, "Wrote DEB_T2");
      const busy = await p.evaluate<string[]>("window.__busy");
      assert.deepEqual([busy[0], busy[busy.length - 1]], ["pane=true", "pane=false"], busy.join(", "));
      assert.ok(
        busy.every((b) => b.startsWith("pane=")),
        busy.join(", "),
      );
      const wb = await dump(p);
      assert.equal(wb.names["DEB_T2.TRANCHE_PRINCIPAL"].ref, "DEB_T2!B6");
      assert.equal(wb.sheets.DEB_T2.B6.value, 8000000); // seed 000 §1(b): $8 million at the Second Closing
      await axe(p, "3-after-write");
    });

    it("reviews a price CSV, asking to confirm a last sale", async () => {
      const csv = ["Date,Open,High,Low,Close,Adj Close,Volume", ...PRICE_ROWS].join("\n");
      await p.setFile("#prices-file", "neot.csv", csv);
      await waitFor(p, visible("#review"));
      assert.match(
        await text(p, "#review-summary"),
        new RegExp(`a last sale price\\): ${PRICE_ROWS.length} trading days from 2001-04-02 to 2001-06-29`),
      );
      assert.equal(await p.evaluate<boolean>(`document.getElementById("write").disabled`), true);
      await axe(p, "4-price-review");
    });

    it("writes the prices into NEOT_Prices, oldest first, once the last sale is accepted", async () => {
      await p.click("#accept-conflicts");
      await p.click("#write");
      await succeeded(p, "closing bids");
      const cells = (await dump(p)).sheets.Prices;
      assert.deepEqual(
        ["A1", "B1", "A2", "B2"].map((a) => cells[a].value),
        ["Date", "ClosingBid", PRICES[0][0], PRICES[0][1]],
      );
    });

    it("reviews the deal model of a deal just written", async () => {
      await writePresetOn(p, "DEB_T1");
      await waitFor(p, `document.querySelector("#model-deal option[value=DEB_T1]")`);
      await choose(p, "#model-deal", "DEB_T1");
      await p.evaluate(`window.__standIn.setSpill("DEB_T1_MODEL", ${js(series.address)}, 6, 4)`);
      await p.click("#build-model");
      await waitFor(p, visible("#review"));
      assert.match(await text(p, "#review-summary"), /DEB_T1 model: writing creates the sheet DEB_T1_MODEL/);
      await axe(p, "5-model-review");
    });

    it("builds the model", async () => {
      await p.click("#write");
      await succeeded(p, "Built DEB_T1_MODEL");
      // The bids and Conversion Price by day; the shares and the dilution by price level.
      assert.deepEqual(Object.keys((await dump(p)).charts).sort(), [
        "DEB_T1_MODEL!DEB_T1_CONVPRICE_CHART",
        "DEB_T1_MODEL!DEB_T1_DILUTION_CHART",
        "DEB_T1_MODEL!DEB_T1_SHARES_CHART",
      ]);
      await shot(p, "6-model-built");
    });

    it("refreshes the model's chart to the rows its series now spills", async () => {
      await p.evaluate(`window.__standIn.setSpill("DEB_T1_MODEL", ${js(series.address)}, 40, 4)`);
      await p.click("#refresh-model");
      await succeeded(p, "Refreshed the 3 charts of DEB_T1_MODEL");
      const chart = (await dump(p)).charts["DEB_T1_MODEL!DEB_T1_CONVPRICE_CHART"];
      for (const s of chart.series)
        assert.match(s.values, new RegExp(`[A-Z]+${series.row + 1}:[A-Z]+${series.row + 39}$`));
      await axe(p, "7-model-refreshed");
    });
  });

  it("undoes a write that fails part-way and says so, leaving the workbook as it was", async () => {
    const p = await open("taskpane.html", "excel=1");
    await waitFor(p, `document.body.getAttribute("data-ready") === "excel"`);
    await choose(p, "#preset", "SVD_SHARES");
    await p.click("#check-preset");
    await waitFor(p, visible("#review"));
    await p.evaluate("window.__standIn.failAtWrite(5)");
    await p.click("#write");
    await waitFor(p, `document.querySelector(".status.error")`);
    assert.match(
      await p.evaluate<string>(`document.querySelector(".status.error").innerText`),
      /^Writing to the workbook failed and was undone: stand-in failure at write 5 \(.+\)\.$/,
    );
    assert.deepEqual(await dump(p), { sheets: {}, names: {}, tables: {}, charts: {} });
    await axe(p, "8-write-undone");
  });

  async function writePresetOn(p: EnginePage, id: string): Promise<void> {
    await choose(p, "#preset", id);
    await p.click("#check-preset");
    await waitFor(p, visible("#review"));
    await p.click("#write");
    await succeeded(p, `Wrote ${id}`);
  }

  for (const ua of ["trident", "edgehtml"]) {
    it(`shows the old-webview message instead of the pane (${ua} user agent)`, async () => {
      const p = await open("taskpane.html", `ua=${ua}`);
      await waitFor(p, visible("#old-webview"));
      assert.match(
        await text(p, "#old-webview"),
        /cannot show the NEOT Terms task pane[\s\S]*functions still work[\s\S]*Office 2021 or later, or to Microsoft 365/,
      );
      assert.equal(await p.evaluate<boolean>(visible("#pane")), false);
      await axe(p, `old-webview-${ua}`);
    });
  }

  it("registers every function of functions.json from functions.html, and each one answers", async () => {
    const p = await open("functions.html", "functions=1");
    const all = (
      JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")).functions as {
        id: string;
        parameters: unknown[];
      }[]
    ).map((f) => ({ id: f.id, arity: f.parameters.length }));
    await waitFor(p, `Object.keys(window.__registered).length >= ${all.length}`);
    const answers = await p.evaluate<string[]>(`(function (all) {
      return all.map(function (f) {
        var fn = window.__registered[f.id];
        if (!fn) return f.id + ": not registered";
        try { fn.apply(null, new Array(f.arity).fill(null)); return "ok"; }
        catch (error) { return error instanceof CustomFunctions.Error ? "ok" : f.id + ": threw " + String(error); }
      });
    })(${js(all)})`);
    assert.deepEqual(
      answers.filter((a) => a !== "ok"),
      [],
    );
    assert.equal(answers.length, all.length);
    // 2001-04-17 (36998) + 5 Nasdaq trading days = 2001-04-24 (37005).
    assert.equal(await p.evaluate<number>("window.__registered.TRADEDAY(36998, 5, null)"), 37005);
  });
});
