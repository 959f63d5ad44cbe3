/*
 * The three browser engines Excel shows the task pane in, behind one small interface:
 * - Chromium (WebView2, Edge, Chrome): playwright-core with Debian's chromium;
 * - Firefox (Excel on the web in Firefox): puppeteer-core over WebDriver BiDi with Debian's
 *   firefox-esr, no separate driver;
 * - WebKit (Excel on the Mac, Safari): selenium-webdriver with WebKitWebDriver and
 *   MiniBrowser from Debian's webkit2gtk-driver, in an Xvfb display of its own when there
 *   is none (on macOS: safaridriver and Safari).
 * Which engines run: BROWSERS (comma-separated: chromium,firefox,webkit), all three by
 * default. A selected engine whose browser or driver is missing fails its suite with a
 * message saying how to install it; it is never skipped. Paths can be given with
 * CHROMIUM_PATH, FIREFOX_PATH, WEBKIT_DRIVER_PATH and MINIBROWSER_PATH.
 */
import { ChildProcess, spawn } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Builder, By, Capabilities } from "selenium-webdriver";
import { DriverService } from "selenium-webdriver/remote";
import { ROOT } from "./pageServer";
import { uploadFile } from "./uploadFile";

export type EngineName = "chromium" | "firefox" | "webkit";
export const ENGINES: EngineName[] = ["chromium", "firefox", "webkit"];

/** Screenshots per engine and state, for a person to compare (git-ignored). */
export const SCREENSHOTS = join(ROOT, "test-output", "engines");

/**
 * One open page. Every script is a JavaScript expression, evaluated in the page; its value
 * (awaited) must be JSON. It comes back as JSON text (inJson): WebKitWebDriver takes about
 * 16 s to hand over a workbook dump of 800,000 characters as an object, under 0.1 s as text.
 */
export interface EnginePage {
  goto(url: string): Promise<void>;
  evaluate<T>(expression: string): Promise<T>;
  click(selector: string): Promise<void>;
  /** Puts one file with this name and text into the file input. */
  setFile(selector: string, name: string, text: string): Promise<void>;
  screenshot(path: string): Promise<void>;
  close(): Promise<void>;
}

export interface Engine {
  name: EngineName;
  /** Opens a page of this width and height (CSS pixels). */
  newPage(width: number, height: number): Promise<EnginePage>;
  close(): Promise<void>;
}

const SETUP = 'run `npm run setup-tests` (Debian) or see the README\'s "Browsers for the tests"';

/** The expression's value (awaited) as JSON text, for the driver to carry as one string. */
function inJson(expression: string): string {
  return `Promise.resolve().then(function () { return (${expression}); })
    .then(function (value) { return JSON.stringify(value === undefined ? null : value); })`;
}

function need(path: string, what: string, install: string): string {
  if (!existsSync(path)) throw new Error(`${what} is missing at ${path}: ${install}, or ${SETUP}`);
  return path;
}

/** Debian's Chromium (or CHROMIUM_PATH); missing, a failure saying how to install it. */
export function chromiumPath(): string {
  return need(
    process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    "Chromium",
    "apt-get install chromium (or set CHROMIUM_PATH)",
  );
}

/** Headless, and quiet on this closed network: no background, component or sync requests. */
export const CHROMIUM_FLAGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

async function launchChromium(): Promise<Engine> {
  const executablePath = chromiumPath();
  const { chromium } = await import("playwright-core");
  // A fresh profile (--user-data-dir), which Playwright takes as a persistent context.
  const profile = mkdtempSync(join(tmpdir(), "neot-chromium-"));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath,
    headless: true,
    args: CHROMIUM_FLAGS,
  });
  for (const page of context.pages()) await page.close();
  return {
    name: "chromium",
    async newPage(width, height) {
      const page = await context.newPage();
      await page.setViewportSize({ width, height });
      return {
        goto: async (url) => void (await page.goto(url)),
        evaluate: async (expression) => JSON.parse(await page.evaluate<string>(inJson(expression))),
        click: (selector) => page.click(selector),
        setFile: (selector, name, text) => page.setInputFiles(selector, uploadFile(name, text)),
        screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
        close: () => page.close(),
      };
    },
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

async function launchFirefox(): Promise<Engine> {
  const executablePath = need(
    process.env.FIREFOX_PATH ?? "/usr/bin/firefox-esr",
    "Firefox",
    "apt-get install firefox-esr (or set FIREFOX_PATH)",
  );
  const puppeteer = (await import("puppeteer-core")).default;
  const profile = mkdtempSync(join(tmpdir(), "neot-firefox-"));
  const browser = await puppeteer.launch({
    browser: "firefox",
    protocol: "webDriverBiDi",
    executablePath,
    headless: true,
    userDataDir: profile,
    // Nothing leaves the machine: no updates, telemetry or remote settings.
    extraPrefsFirefox: {
      "app.update.enabled": false,
      "datareporting.policy.dataSubmissionEnabled": false,
      "toolkit.telemetry.enabled": false,
      "browser.safebrowsing.malware.enabled": false,
      "browser.safebrowsing.phishing.enabled": false,
      "network.captive-portal-service.enabled": false,
      "network.connectivity-service.enabled": false,
    },
  });
  return {
    name: "firefox",
    async newPage(width, height) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      await page.setViewport({ width, height });
      return {
        goto: async (url) => void (await page.goto(url)),
        evaluate: async (expression) => JSON.parse((await page.evaluate(inJson(expression))) as string),
        click: (selector) => page.click(selector),
        setFile: async (selector, name, text) => {
          const input = await page.$(selector);
          if (!input) throw new Error(`no ${selector}`);
          await (input as unknown as { uploadFile(path: string): Promise<void> }).uploadFile(uploadFile(name, text));
        },
        screenshot: async (path) => void (await page.screenshot({ path, fullPage: true })),
        close: () => context.close(),
      };
    },
    close: async () => {
      await browser.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** An X display for MiniBrowser: DISPLAY when set, else an Xvfb of our own, ended with the engine. */
async function xDisplay(): Promise<{ display: string; xvfb?: ChildProcess }> {
  if (process.env.DISPLAY) return { display: process.env.DISPLAY };
  need("/usr/bin/Xvfb", "Xvfb", "apt-get install xvfb xauth");
  const xvfb = spawn("/usr/bin/Xvfb", ["-displayfd", "3", "-nolisten", "tcp", "-screen", "0", "1280x1024x24"], {
    stdio: ["ignore", "ignore", "ignore", "pipe"],
  });
  const display = await new Promise<string>((resolve, reject) => {
    let text = "";
    xvfb.stdio[3]!.on("data", (chunk: Buffer) => {
      text += chunk.toString();
      if (text.includes("\n")) resolve(`:${text.trim()}`);
    });
    xvfb.once("exit", (code) => reject(new Error(`Xvfb exited (${code}) before giving its display`)));
  });
  return { display, xvfb };
}

function miniBrowser(): string {
  if (process.env.MINIBROWSER_PATH) return process.env.MINIBROWSER_PATH;
  const lib = "/usr/lib/x86_64-linux-gnu";
  const versions = existsSync(lib) ? readdirSync(lib).filter((n) => /^webkit2gtk-4\.\d+$/.test(n)) : [];
  const found = versions.sort().map((v) => join(lib, v, "MiniBrowser"));
  return found.filter((f) => existsSync(f)).pop() ?? join(lib, "webkit2gtk-4.1", "MiniBrowser");
}

/** A port free on 127.0.0.1 now, for the driver to listen on. */
function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once("error", reject);
    probe.listen(0, "127.0.0.1", () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

async function launchWebKit(): Promise<Engine> {
  const mac = process.platform === "darwin";
  const driverPath = need(
    process.env.WEBKIT_DRIVER_PATH ?? (mac ? "/usr/bin/safaridriver" : "/usr/bin/WebKitWebDriver"),
    mac ? "safaridriver" : "WebKitWebDriver",
    mac ? "run `safaridriver --enable` once" : "apt-get install webkit2gtk-driver (or set WEBKIT_DRIVER_PATH)",
  );
  const capabilities = mac
    ? new Capabilities({ browserName: "safari" })
    : new Capabilities({
        browserName: "MiniBrowser",
        "webkitgtk:browserOptions": {
          binary: need(miniBrowser(), "MiniBrowser", "apt-get install webkit2gtk-driver (or set MINIBROWSER_PATH)"),
          args: ["--automation"],
        },
      });
  const { display, xvfb } = mac ? { display: "", xvfb: undefined } : await xDisplay();
  const port = await freePort();
  const service = new DriverService.Builder(driverPath)
    .setLoopback(true)
    .setHostname("127.0.0.1")
    .setPort(port)
    .setEnvironment({ ...process.env, ...(display ? { DISPLAY: display } : {}) })
    .build();
  const url = await service.start(20000);
  let driver;
  try {
    driver = await new Builder().usingServer(url).withCapabilities(capabilities).build();
  } catch (error) {
    await service.kill();
    xvfb?.kill();
    throw error;
  }
  const d = driver;
  // One window, reused: each new page is the same window at a new address.
  return {
    name: "webkit",
    async newPage(width, height) {
      await d.get("about:blank");
      // The window's outer size includes no chrome in MiniBrowser's automation mode; set the viewport it leaves.
      await d.manage().window().setRect({ width, height });
      const inner = await d.executeScript<[number, number]>("return [window.innerWidth, window.innerHeight]");
      if (inner[0] !== width)
        await d
          .manage()
          .window()
          .setRect({ width: 2 * width - inner[0], height: 2 * height - inner[1] });
      return {
        goto: (url) => d.get(url),
        evaluate: async <T>(expression: string) => {
          const answer = await d.executeAsyncScript<{ json?: string; error?: string }>(
            `var done = arguments[arguments.length - 1];
             ${inJson(expression)}
               .then(function (json) { done({ json: json }); },
                     function (error) { done({ error: String(error && error.stack || error) }); });`,
          );
          if (answer.error !== undefined) throw new Error(answer.error);
          return JSON.parse(answer.json!) as T;
        },
        click: async (selector) => d.findElement(By.css(selector)).click(),
        setFile: async (selector, name, text) => d.findElement(By.css(selector)).sendKeys(uploadFile(name, text)),
        screenshot: async (path) => writeFileSync(path, await d.takeScreenshot(), "base64"),
        close: async () => void (await d.get("about:blank")),
      };
    },
    close: async () => {
      await d.quit();
      await service.kill();
      xvfb?.kill();
    },
  };
}

export function selectedEngines(): EngineName[] {
  const asked = (process.env.BROWSERS ?? ENGINES.join(","))
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  for (const name of asked)
    if (!ENGINES.includes(name as EngineName))
      throw new Error(`BROWSERS: unknown engine ${name} (${ENGINES.join(", ")})`);
  return asked as EngineName[];
}

export function launch(name: EngineName): Promise<Engine> {
  return { chromium: launchChromium, firefox: launchFirefox, webkit: launchWebKit }[name]();
}

/**
 * `describe(title in engine)` once per selected engine, with the engine launched before
 * its tests and closed after them. A browser that cannot start fails the `before` hook.
 */
export function describeInEveryEngine(title: string, fn: (engine: () => Engine, name: EngineName) => void): void {
  for (const name of selectedEngines()) {
    describe(`${title} in ${name}`, function () {
      let engine: Engine | undefined;
      before(async function () {
        this.timeout(60000);
        mkdirSync(join(SCREENSHOTS, name), { recursive: true });
        engine = await launch(name);
      });
      after(async function () {
        this.timeout(30000);
        await engine?.close();
      });
      fn(() => engine ?? notStarted(name), name);
    });
  }
}

function notStarted(name: string): never {
  throw new Error(`${name} did not start`);
}

/** Polls an expression until it is truthy: a condition, not a fixed sleep. */
export async function waitFor(page: EnginePage, expression: string, timeout = 4000): Promise<void> {
  const until = Date.now() + timeout;
  for (;;) {
    if (await page.evaluate<boolean>(`Boolean(${expression})`)) return;
    if (Date.now() > until) throw new Error(`timed out waiting for ${expression}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
