/*
 * The built pages in headless Chromium as the hosts that are not Excel's JavaScript-only
 * runtime load them:
 * - dist/functions.html, the way Excel on the web and on Mac load custom functions (a
 *   browser page running custom-functions-runtime.js, then functions.js), with a
 *   CustomFunctions stand-in: every id of functions.json must be registered and answer;
 * - dist/taskpane.html with the user agent of Internet Explorer 11 (Trident) and Edge
 *   Legacy (EdgeHTML) webviews: old-webview.js must show its message instead of a blank pane.
 * dist/ is served by servePages() on 127.0.0.1, office.js files from
 * node_modules/@microsoft/office-js/dist; every other request is blocked, and each test
 * asserts there was none (chromium.ts). A missing Chromium fails the suite.
 */
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "acorn";
import type { Page } from "playwright-core";
import { DIST, ROOT, USER_AGENTS } from "../browsers/pageServer";
import { ChromiumPages } from "./chromium";

describe("runtimes: the built pages in Chromium and in old webviews", function () {
  this.timeout(60000);
  let pages: ChromiumPages;

  before(async () => {
    pages = await ChromiumPages.launch("functions.html");
  });

  after(() => pages?.close());

  // After each test, on the page it left open: nothing asked of another host, no CSP violation.
  afterEach(() => pages.leftNothing());

  /** A page whose requests stay on this machine; office.js files come from the npm package. */
  const open = (path: string, userAgent?: string): Promise<Page> => pages.open(path, { userAgent });

  it("registers every function of functions.json from functions.html, and each one answers", async () => {
    // functions=1: the CustomFunctions stand-in, installed before any script runs; its
    // associate cannot be replaced, as outside Office custom-functions-runtime.js would do
    // (it has no host to talk to).
    const page = await open("functions.html?functions=1");
    await page.waitForLoadState("load");
    assert.deepEqual(pages.errors, [], "errors while loading functions.html");
    await page.waitForFunction(
      () => Object.keys((window as unknown as { __registered: object }).__registered).length > 0,
    );
    const ids = (
      JSON.parse(readFileSync(join(DIST, "functions.json"), "utf8")).functions as {
        id: string;
        parameters: unknown[];
      }[]
    ).map((f) => ({
      id: f.id,
      arity: f.parameters.length,
    }));
    const answers = await page.evaluate((all) => {
      const registered = (window as unknown as { __registered: Record<string, (...args: unknown[]) => unknown> })
        .__registered;
      const ExcelError = (window as unknown as { CustomFunctions: { Error: new () => object } }).CustomFunctions.Error;
      return all.map(({ id, arity }) => {
        const fn = registered[id];
        if (!fn) return `${id}: not registered`;
        try {
          // Every argument blank: a value, or an Excel error saying what is missing.
          fn(...new Array(arity).fill(null));
          return "ok";
        } catch (error) {
          return error instanceof ExcelError ? "ok" : `${id}: threw ${String(error)}`;
        }
      });
    }, ids);
    assert.deepEqual(
      answers.filter((a) => a !== "ok"),
      [],
    );
    assert.equal(answers.length, ids.length);
    // And a real answer: 2001-04-17 (36998) + 5 Nasdaq trading days = 2001-04-24 (37005).
    assert.equal(
      await page.evaluate(() =>
        (window as unknown as { __registered: Record<string, (...a: unknown[]) => unknown> }).__registered.TRADEDAY(
          36998,
          5,
          null,
        ),
      ),
      37005,
    );
  });

  for (const [name, agent] of [
    ["Internet Explorer 11 (Trident)", USER_AGENTS.trident],
    ["Edge Legacy (EdgeHTML)", USER_AGENTS.edgehtml],
  ]) {
    it(`shows the old-webview message instead of the pane in ${name}`, async () => {
      const page = await open("taskpane.html", agent);
      await page.waitForSelector("#old-webview", { state: "visible", timeout: 10000 });
      assert.match(
        await page.locator("#old-webview").innerText(),
        /cannot show the NEOT Terms task pane[\s\S]*functions still work[\s\S]*Office 2021 or later, or to Microsoft 365/,
      );
      assert.equal(await page.locator("#pane").isVisible(), false);
    });
  }

  it("keeps the message hidden in a current browser", async () => {
    const page = await open("taskpane.html");
    await page.waitForLoadState("load");
    assert.equal(await page.locator("#old-webview").isVisible(), false);
    assert.equal(await page.locator("#pane").isVisible(), true);
  });

  it("old-webview.js parses as ECMAScript 5, as written and as built", () => {
    for (const file of [join(ROOT, "src", "taskpane", "oldWebview.js"), join(DIST, "old-webview.js")]) {
      assert.doesNotThrow(() => parse(readFileSync(file, "utf8"), { ecmaVersion: 5 }), file);
    }
    assert.throws(() => parse("const a = () => 1;", { ecmaVersion: 5 }), SyntaxError); // the check can fail
  });
});
