/*
 * dist/ served on 127.0.0.1 (random port) the same way to every browser engine, so that no
 * test needs request interception, which only Chromium's client offers:
 * - the pages' office.js URL (Microsoft's CDN) is rewritten to /office-js/, served from
 *   node_modules/@microsoft/office-js/dist: office.js served locally, from the page's own
 *   origin, which the page's Content Security Policy ('self') allows as it is;
 * - a page's query string asks for test scripts, served from /__test/ and put first in
 *   <head> (files, not inline scripts: the policy allows none):
 *     excel=1        the Excel stand-in (test/taskpane/excelStandIn.js) as window.Excel;
 *     functions=1    a CustomFunctions stand-in that records every associate(id, fn);
 *     ua=NAME        navigator.userAgent of an old webview (trident, edgehtml);
 *   and every page gets a recorder of Content Security Policy violations (window.__csp)
 *   and of uncaught errors (window.__errors);
 * - /__test/axe.js is axe-core, for a test to add to a page.
 * The Content Security Policy itself is served exactly as built.
 */
import { existsSync, readFileSync } from "node:fs";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
// The build's own office.js address and the package the dev server serves it from.
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build configuration
const { OFFICE_CDN, OFFICE_JS_PACKAGE } = require("../../webpack.config.js") as {
  OFFICE_CDN: string;
  OFFICE_JS_PACKAGE: string;
};
const STAND_IN = join(ROOT, "test", "taskpane", "excelStandIn.js");

export const USER_AGENTS: Record<string, string> = {
  trident: "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko",
  edgehtml:
    "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/70.0.3538.102 Safari/537.36 Edge/18.19041",
};

/** Content types of the files the test servers send. */
export const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".png": "image/png",
  ".xml": "application/xml",
};

/** Every violation of the page's policy, except office.js's own (its frame and inline styles, which the policy keeps out by design). */
const CSP_RECORDER = `
window.__csp = [];
window.__blockedFrames = [];
window.__errors = [];
window.addEventListener("error", function (e) { window.__errors.push(String(e.message) + " at " + e.filename + ":" + e.lineno); });
window.addEventListener("unhandledrejection", function (e) { window.__errors.push("unhandled rejection: " + String(e.reason && e.reason.stack || e.reason)); });
document.addEventListener("securitypolicyviolation", function (e) {
  var frame = e.violatedDirective.indexOf("frame-src") === 0 || e.violatedDirective.indexOf("child-src") === 0;
  var officeFrame = frame && e.blockedURI.indexOf(location.origin) !== 0;
  var officeJs = e.sourceFile.indexOf(location.origin + "/office-js/") === 0;
  if (officeFrame) window.__blockedFrames.push(e.blockedURI);
  if (!officeFrame && !officeJs) window.__csp.push(e.violatedDirective + " " + e.blockedURI + " from " + e.sourceFile);
});`;

const EXCEL_INIT = `
window.__standIn = window.createExcelStandIn();
window.Excel = window.__standIn.Excel;`;

/** Installed before custom-functions-runtime.js, which cannot replace its associate (outside Office it has no host to talk to). */
const CUSTOM_FUNCTIONS = `
function ExcelError(code, message) { this.code = code; this.message = message; }
var registered = {};
var standIn = {
  Error: ExcelError,
  ErrorCode: { invalidValue: "#VALUE!", notAvailable: "#N/A", invalidNumber: "#NUM!", divisionByZero: "#DIV/0!", nullReference: "#NULL!" }
};
function associate(id, fn) { registered[id] = fn; }
Object.defineProperty(standIn, "associate", { get: function () { return associate; }, set: function () {} });
Object.defineProperty(window, "CustomFunctions", { get: function () { return standIn; }, set: function () {}, configurable: false });
window.__registered = registered;`;

function userAgentScript(name: string): string {
  const agent = USER_AGENTS[name];
  if (!agent) throw new Error(`unknown user agent ${name}`);
  return `Object.defineProperty(Navigator.prototype, "userAgent", { get: function () { return ${JSON.stringify(agent)}; }, configurable: true });`;
}

function testScript(name: string, query: URLSearchParams): string | undefined {
  if (name === "csp.js") return CSP_RECORDER;
  if (name === "excel-stand-in.js") return readFileSync(STAND_IN, "utf8");
  if (name === "excel-init.js") return EXCEL_INIT;
  if (name === "custom-functions.js") return CUSTOM_FUNCTIONS;
  if (name === "user-agent.js") return userAgentScript(query.get("ua") ?? "");
  if (name === "axe.js") return readFileSync(require.resolve("axe-core/axe.min.js"), "utf8");
  return undefined;
}

/** The page as built, with office.js from this server and the test scripts its query asks for first in <head>. */
function page(file: string, query: URLSearchParams): string {
  const scripts = ["csp.js"];
  const ua = query.get("ua");
  if (ua) scripts.push(`user-agent.js?ua=${encodeURIComponent(ua)}`);
  if (query.get("excel")) scripts.push("excel-stand-in.js", "excel-init.js");
  if (query.get("functions")) scripts.push("custom-functions.js");
  const tags = scripts.map((s) => `<script src="/__test/${s}"></script>`).join("");
  const html = readFileSync(file, "utf8").split(OFFICE_CDN).join("/office-js/");
  // After the policy's meta tag, so that the policy governs the test scripts too.
  return html.replace(/(<meta http-equiv="Content-Security-Policy"[^>]*>)/, `$1${tags}`);
}

function within(root: string, path: string): string | undefined {
  const file = join(root, normalize(path).replace(/^(\.\.[/\\])+/, ""));
  return file.startsWith(root) && existsSync(file) ? file : undefined;
}

export interface PageServer {
  origin: string;
  close(): Promise<void>;
}

/** Serves dist/ (and office.js and the test scripts) on 127.0.0.1 at a random port; nothing else. */
export function servePages(): Promise<PageServer> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const path = decodeURIComponent(url.pathname);
    const send = (type: string, body: string | Buffer) =>
      res.writeHead(200, { "content-type": type, "cache-control": "no-store" }).end(body);
    if (path.startsWith("/__test/")) {
      const script = testScript(path.slice("/__test/".length), url.searchParams);
      return script === undefined ? res.writeHead(404).end() : send(TYPES[".js"], script);
    }
    const file = path.startsWith("/office-js/")
      ? within(OFFICE_JS_PACKAGE, path.slice("/office-js/".length))
      : within(DIST, path === "/" ? "index.html" : path);
    if (!file) return res.writeHead(404).end();
    const type = TYPES[extname(file)] ?? "application/octet-stream";
    return send(type, extname(file) === ".html" ? page(file, url.searchParams) : readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({
        origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    ),
  );
}
