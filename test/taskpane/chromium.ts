/*
 * The driver of the Chromium-only browser tests (the pane's states, the pane as a banker uses
 * it, the runtimes): Debian's headless Chromium over playwright-core, on the pages of
 * servePages() (dist/ on 127.0.0.1, office.js from node_modules under /office-js/, the test
 * scripts under /__test/, a recorder of Content Security Policy violations in every page).
 * - Every request to another host is blocked and recorded; leftNothing() asserts there was
 *   none and no policy violation, once every request the page began has ended.
 * - office.js can fail ("missing": its request fails, as on a blocked network) or be replaced
 *   by a stand-in Office that reports Excel with a theme and an answer to isSetSupported.
 * - One page per user agent serves every test, each opening its page by navigating it: a
 *   fresh document, so a fresh stand-in workbook, without the half second a new page's
 *   renderer process takes to start on this 2-core machine.
 * A missing Chromium fails the suite with a message saying how to install it.
 */
import assert from "node:assert/strict";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page, Request, Route } from "playwright-core";
import { CHROMIUM_FLAGS, chromiumPath } from "../browsers/engines";
import { DIST, PageServer, ROOT, servePages } from "../browsers/pageServer";
import { uploadFile } from "../browsers/uploadFile";

/** Screenshots of the pane's states and of a built model (git-ignored; the README's picture of a model is copied from here to assets/readme/). */
const SCREENSHOTS = join(ROOT, "test-output");
const AXE_SOURCE = readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");

/** Theme colours of the kind Office reports (Office.context.officeTheme): a light and a dark one. */
export const OFFICE_LIGHT = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#262626",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#262626",
};
export const OFFICE_DARK = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#363636",
  controlForegroundColor: "#F0F0F0",
};

/** A stand-in office.js: Office.onReady reports Excel, with a theme (light by default) and an answer to isSetSupported (yes by default). */
export interface OfficeStandIn {
  theme?: Record<string, string>;
  excelApi?: boolean;
}

export interface OpenOptions {
  colorScheme?: "light" | "dark";
  userAgent?: string;
  /** office.js as shipped (the default), failing, or a stand-in. */
  officeJs?: "missing" | OfficeStandIn;
}

function officeStandIn(office: OfficeStandIn): string {
  return `window.Office = {
    onReady: function () { return Promise.resolve({ host: "Excel", platform: "PC" }); },
    context: {
      requirements: { isSetSupported: function () { return ${office.excelApi ?? true}; } },
      officeTheme: ${JSON.stringify(office.theme ?? OFFICE_LIGHT)}
    }
  };`;
}

export class ChromiumPages {
  /** The files of office.js the open page got from the local server, in the order they came. */
  officeJsServed: string[] = [];
  /** Uncaught errors and console errors of the open page. */
  errors: string[] = [];
  private blocked: string[] = [];
  private options: OpenOptions = {};
  private current: Page | undefined;
  private readonly pages = new Map<string, Page>();
  private readonly inFlight = new Set<Request>();
  private whenQuiet: (() => void)[] = [];

  private constructor(
    private readonly browser: Browser,
    private readonly server: PageServer,
  ) {}

  /** Headless Chromium and the page server, for a suite's `before`, after checking that dist/ has `page`. */
  static async launch(page: string): Promise<ChromiumPages> {
    // A missing browser fails the run, in CI and everywhere else: a skip would leave it green.
    const executablePath = chromiumPath();
    assert.ok(existsSync(join(DIST, page)), `dist/${page} is missing: build first (npm run build)`);
    const { chromium } = await import("playwright-core");
    const browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
    return new ChromiumPages(browser, await servePages());
  }

  /** Opens `path` (with its query: excel=1 for the Excel stand-in, see servePages) at 320 × 900 px. */
  async open(path: string, options: OpenOptions = {}): Promise<Page> {
    const page = await this.page(options.userAgent ?? "");
    this.options = options;
    this.blocked = [];
    this.officeJsServed = [];
    this.errors = [];
    await page.setViewportSize({ width: 320, height: 900 });
    await page.emulateMedia({ colorScheme: options.colorScheme ?? "light" });
    this.current = page;
    await page.goto(`${this.server.origin}/${path}`);
    return page;
  }

  /** A blank page of its own (no policy, nothing served), closed by the caller. */
  async blankPage(): Promise<Page> {
    return (await this.page("")).context().newPage();
  }

  /**
   * Checks that the open page broke no Content Security Policy rule and asked nothing of
   * another host, once every request it began has been answered or has failed (office.js's
   * among them; its one try elsewhere, a telemetry frame about 3 s after it loads, the policy
   * stops before any request is made). Each check covers what happened since the one before.
   */
  async leftNothing(): Promise<void> {
    const page = this.current;
    if (!page) return;
    await this.quiet(page);
    const csp = await page.evaluate(() => {
      const w = window as unknown as { __csp?: string[] };
      const found = w.__csp ?? [];
      w.__csp = [];
      return found;
    });
    const blocked = this.blocked;
    this.blocked = [];
    assert.deepEqual(csp, [], "Content Security Policy violations");
    assert.deepEqual(blocked, [], "requests to other hosts than the local server");
  }

  async close(): Promise<void> {
    await this.browser.close();
    await this.server.close();
  }

  /** Once no request of the pages is under way; after a round trip to `page`, so that every request it began before now has been reported. */
  private async quiet(page: Page): Promise<void> {
    await page.evaluate(() => undefined);
    if (this.inFlight.size > 0) await new Promise<void>((resolve) => this.whenQuiet.push(resolve));
  }

  /** The page for this user agent ("" for Chromium's own), made on first use. */
  private async page(userAgent: string): Promise<Page> {
    const made = this.pages.get(userAgent);
    if (made) return made;
    const context = await this.browser.newContext({
      acceptDownloads: true,
      serviceWorkers: "block",
      userAgent: userAgent || undefined,
    });
    await context.route("**/*", (route) => this.route(route));
    this.watch(context);
    const page = await context.newPage();
    page.on("pageerror", (error) => this.errors.push(String(error)));
    page.on("console", (m) => (m.type() === "error" ? this.errors.push(m.text()) : undefined));
    this.pages.set(userAgent, page);
    return page;
  }

  private async route(route: Route): Promise<void> {
    const url = route.request().url();
    const officeJs = `${this.server.origin}/office-js/`;
    const replaced = this.options.officeJs;
    if (url === `${officeJs}office.js` && replaced !== undefined)
      return replaced === "missing"
        ? route.abort("internetdisconnected")
        : route.fulfill({ status: 200, contentType: "text/javascript", body: officeStandIn(replaced) });
    if (url.startsWith(officeJs)) {
      const response = await route.fetch();
      if (response.ok()) this.officeJsServed.push(url.slice(officeJs.length));
      return route.fulfill({ response });
    }
    if (url.startsWith(`${this.server.origin}/`) || url.startsWith("blob:") || url.startsWith("data:"))
      return route.continue();
    this.blocked.push(url);
    return route.abort("blockedbyclient");
  }

  /**
   * Counts the context's requests under way, each until its answer or its failure (a body
   * nobody reads never finishes loading); blob: and data: ones are the page's own memory.
   */
  private watch(context: BrowserContext): void {
    const ended = (request: Request) => {
      this.inFlight.delete(request);
      if (this.inFlight.size > 0) return;
      const waiting = this.whenQuiet;
      this.whenQuiet = [];
      for (const resolve of waiting) resolve();
    };
    context.on("request", (request) => {
      if (/^https?:/.test(request.url())) this.inFlight.add(request);
    });
    context.on("response", (response) => ended(response.request()));
    context.on("requestfailed", ended);
  }
}

/**
 * Waits until the pane is idle, so that axe-core and a screenshot see a state and not a step
 * on the way to one: no action under way (the pane marks its <main> aria-busy while one runs and
 * clears it once focus has moved), its start-up read of the workbook done (which fills the
 * export list, with a placeholder when there is no deal), and the fonts loaded.
 */
export async function paneIdle(page: Page): Promise<void> {
  await page.waitForFunction(
    () =>
      document.fonts.status === "loaded" &&
      document.querySelector('[aria-busy="true"]') === null &&
      (document.body.dataset.ready !== "excel" || document.querySelector("#export-deal option") !== null),
  );
}

/** axe-core from node_modules, evaluated through the browser's debugging protocol (which the page's CSP does not govern), on the whole page. */
async function axeViolations(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => "axe" in window))) await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    type Result = { violations: { id: string; nodes: { target: string[]; failureSummary?: string }[] }[] };
    const axe = (window as unknown as { axe: { run(c: Document, o: object): Promise<Result> } }).axe;
    const result = await axe.run(document, { resultTypes: ["violations"] });
    return result.violations.map(
      (v) => `${v.id}: ${v.nodes.map((n) => `${n.target.join(" ")} (${n.failureSummary ?? ""})`).join("; ")}`,
    );
  });
}

/** A full-page screenshot, as test-output/`file`. */
export async function screenshot(page: Page, file: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, file), fullPage: true });
}

/** The pane's violations in its state once idle, and its screenshot (test-output/`file`). */
export async function axeState(page: Page, file: string): Promise<string[]> {
  await paneIdle(page);
  const violations = await axeViolations(page);
  await screenshot(page, file);
  return violations;
}

/** Chooses a file of this name and text in the file input `selector`, as the banker would. */
/**
 * Runs `fn` on the page's Excel stand-in (window.__standIn) with `arg`, and gives its result:
 * `fn` goes as its source text, so it may use nothing but its two parameters.
 */
export function onStandIn<S, T, R = unknown>(page: Page, fn: (s: S, arg: T) => R, arg: T): Promise<R> {
  return page.evaluate(
    ({ body, arg }) => {
      const s = (window as unknown as { __standIn: unknown }).__standIn;
      return new Function("s", "arg", `return (${body})(s, arg);`)(s, arg);
    },
    { body: fn.toString(), arg },
  ) as Promise<R>;
}

/** Waits for a card's success message that includes `text`. */
export async function succeeded(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (t) => Array.from(document.querySelectorAll(".card > .status.success")).some((s) => s.textContent?.includes(t)),
    text,
  );
}

export function chooseFile(page: Page, selector: string, name: string, text: string): Promise<void> {
  return page.setInputFiles(selector, uploadFile(name, text));
}
