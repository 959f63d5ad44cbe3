/*
 * The built pages in headless Chromium as the hosts that are not Excel's JavaScript-only
 * runtime load them:
 * - dist/functions.html, the way Excel on the web and on Mac load custom functions (a
 *   browser page running custom-functions-runtime.js, then functions.js), with a
 *   CustomFunctions stand-in: every id of functions.json must be registered and answer;
 * - dist/taskpane.html with the user agent of Internet Explorer 11 (Trident) and Edge
 *   Legacy (EdgeHTML) webviews: old-webview.js must show its message instead of a blank pane.
 * dist/ is served from 127.0.0.1; office.js files are fulfilled from
 * node_modules/@microsoft/office-js/dist; every other request is blocked, and each test
 * asserts there was none. Skipped, with a message, only when /usr/bin/chromium is absent
 * and CI is not set.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { Server } from "node:http";
import { join, normalize } from "node:path";
import { parse } from "acorn";
import type { Browser, Page } from "playwright-core";
import { DIST, OFFICE_CDN, OFFICE_JS_DIST, ROOT, TRIDENT, launchChromium, serveDist } from "./chromium";

const EDGE_HTML =
  "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041";

describe("runtimes: the built pages in Chromium and in old webviews", function () {
  this.timeout(60000);
  let browser: Browser;
  let server: Server;
  let origin: string;
  let blocked: string[];

  before(async function () {
    browser = await launchChromium(this, "functions.html");
    ({ server, origin } = await serveDist());
  });

  after(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  /** A page whose requests stay on this machine; office.js files come from the npm package. */
  async function open(userAgent?: string): Promise<Page> {
    blocked = [];
    const context = await browser.newContext({ userAgent, serviceWorkers: "block" });
    const page = await context.newPage();
    await page.route("**/*", async (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`)) return route.continue();
      const file = url.startsWith(OFFICE_CDN)
        ? join(OFFICE_JS_DIST, normalize(new URL(url).pathname.slice("/lib/1/hosted/".length)))
        : "";
      if (file.startsWith(OFFICE_JS_DIST + "/") && existsSync(file)) {
        return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file, "utf8") });
      }
      blocked.push(url);
      return route.abort("blockedbyclient");
    });
    return page;
  }

  async function close(page: Page): Promise<void> {
    await page.waitForTimeout(200);
    await page.context().close();
    assert.deepEqual(blocked, [], "requests to other hosts than the local server");
  }

  it("registers every function of functions.json from functions.html, and each one answers", async () => {
    const page = await open();
    // The stand-in: installed before any script runs; its associate cannot be replaced, as
    // outside Office custom-functions-runtime.js would do (it has no host to talk to).
    // (Plain JavaScript text: the page gets it as written.)
    await page.addInitScript(`
      function ExcelError(code, message) { this.code = code; this.message = message; }
      var registered = {};
      var standIn = {
        Error: ExcelError,
        ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!", nullReference: "#NULL!" },
      };
      function associate(id, fn) { registered[id] = fn; }
      Object.defineProperty(standIn, "associate", { get: function () { return associate; }, set: function () {} });
      Object.defineProperty(window, "CustomFunctions", { get: function () { return standIn; }, set: function () {}, configurable: false });
      window.__registered = registered;
    `);
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(String(error)));
    page.on("console", (m) => (m.type() === "error" ? errors.push(m.text()) : undefined));
    await page.goto(`${origin}/functions.html`);
    await page.waitForLoadState("load");
    assert.deepEqual(errors, [], "errors while loading functions.html");
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
    await close(page);
  });

  for (const [name, agent] of [
    ["Internet Explorer 11 (Trident)", TRIDENT],
    ["Edge Legacy (EdgeHTML)", EDGE_HTML],
  ]) {
    it(`shows the old-webview message instead of the pane in ${name}`, async () => {
      const page = await open(agent);
      await page.goto(`${origin}/taskpane.html`);
      await page.waitForSelector("#old-webview", { state: "visible", timeout: 10000 });
      assert.match(
        await page.locator("#old-webview").innerText(),
        /cannot show the NEOT Terms task pane[\s\S]*functions still work[\s\S]*Office 2021 or later, or to Microsoft 365/,
      );
      assert.equal(await page.locator("#pane").isVisible(), false);
      await close(page);
    });
  }

  it("keeps the message hidden in a current browser", async () => {
    const page = await open();
    await page.goto(`${origin}/taskpane.html`);
    await page.waitForLoadState("load");
    assert.equal(await page.locator("#old-webview").isVisible(), false);
    assert.equal(await page.locator("#pane").isVisible(), true);
    await close(page);
  });

  it("old-webview.js parses as ECMAScript 5, as written and as built", () => {
    for (const file of [join(ROOT, "src", "taskpane", "oldWebview.js"), join(DIST, "old-webview.js")]) {
      assert.doesNotThrow(() => parse(readFileSync(file, "utf8"), { ecmaVersion: 5 }), file);
    }
    assert.throws(() => parse("const a = () => 1;", { ecmaVersion: 5 }), SyntaxError); // the check can fail
  });
});
