import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import webpack from "webpack";

// The manifest and the HTML pages as built into dist/ by `npm run build`: what Office
// downloads. xmllint comes from Debian's libxml2-utils.

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const OFFICE_JS_PACKAGE = path.join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
const OFFICE_CDN_ORIGIN = "https://appsforoffice.microsoft.com";
const PAGES = ["functions.html", "taskpane.html", "support.html", "index.html"];

// eslint-disable-next-line @typescript-eslint/no-require-imports -- webpack.config.js is CommonJS, without types
const buildConfig = require("../../webpack.config.js") as {
  pages(officeJs: "cdn" | "local"): webpack.WebpackPluginInstance[];
  productionBaseUrl(): string;
};

function xmllint(...args: string[]): string {
  const result = spawnSync("xmllint", args, { encoding: "utf8" });
  if (result.error) throw new Error(`cannot run xmllint (Debian package libxml2-utils): ${result.error.message}`);
  assert.equal(result.status, 0, result.stderr);
  return result.stdout.trim();
}

/** An XPath step matching an element by local name, whatever its namespace. */
const el = (name: string) => `*[local-name()='${name}']`;
const ofType = (type: string) => `[@*[local-name()='type']='${type}']`;

/** The value of the resource (string, URL or image) with this id. */
function resource(file: string, id: string): string {
  return xmllint("--xpath", `string(//*[@id='${id}']/@DefaultValue)`, file);
}

/** The value of the resource that the element at `elementPath` refers to by resid. */
function referenced(file: string, elementPath: string): string {
  const id = xmllint("--xpath", `string(${elementPath}/@resid)`, file);
  assert.ok(id, `no resid at ${elementPath}`);
  return resource(file, id);
}

describe("manifest.xml", () => {
  const source = path.join(ROOT, "manifest.xml");
  const built = path.join(DIST, "manifest.xml");
  const base = buildConfig.productionBaseUrl();

  it("is well-formed XML, as written and as built", () => {
    xmllint("--noout", source, built);
  });

  it("puts the functions in the NEOT namespace", () => {
    assert.equal(resource(source, "Functions.Namespace"), "NEOT");
    assert.equal(resource(built, "Functions.Namespace"), "NEOT");
  });

  it("uses the JavaScript-only custom functions runtime, not a shared runtime", () => {
    assert.equal(xmllint("--xpath", `count(//${el("Runtimes")})`, source), "0");
  });

  it("points the custom functions at functions.js, functions.html and functions.json", () => {
    const functions = `//${el("ExtensionPoint")}${ofType("CustomFunctions")}`;
    assert.equal(referenced(built, `${functions}/${el("Script")}/${el("SourceLocation")}`), `${base}functions.js`);
    assert.equal(referenced(built, `${functions}/${el("Page")}/${el("SourceLocation")}`), `${base}functions.html`);
    assert.equal(referenced(built, `${functions}/${el("Metadata")}/${el("SourceLocation")}`), `${base}functions.json`);
  });

  it("opens taskpane.html from a button on the Home tab", () => {
    const action = `//${el("OfficeTab")}[@id='TabHome']//${el("Action")}${ofType("ShowTaskpane")}`;
    assert.equal(referenced(built, `${action}/${el("SourceLocation")}`), `${base}taskpane.html`);
  });

  it("has no localhost or 127.0.0.1 address once built", () => {
    const text = fs.readFileSync(built, "utf8");
    assert.ok(!text.includes("localhost"), "dist/manifest.xml mentions localhost");
    assert.ok(!text.includes("127.0.0.1"), "dist/manifest.xml mentions 127.0.0.1");
  });

  it("points every https URL of the built manifest at a file of dist/ under the production base", () => {
    const urls = fs.readFileSync(built, "utf8").match(/https:\/\/[^\s"'<>]+/g) ?? [];
    assert.ok(urls.length > 0);
    const inDist = (url: string) => url.startsWith(base) && fs.existsSync(path.join(DIST, url.slice(base.length)));
    const wrong = urls.filter((url) => !inDist(url));
    assert.deepEqual(wrong, [], `expected files of dist/ under ${base}`);
  });
});

/** The directives of a page's Content-Security-Policy meta tag, which must precede any script. */
function contentSecurityPolicy(html: string): Map<string, string[]> {
  const match = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
  assert.ok(match, "no Content-Security-Policy meta tag");
  const firstScript = html.indexOf("<script");
  assert.ok(firstScript === -1 || match.index < firstScript, "a script comes before the policy");
  const directives = match[1].split(";").map((directive) => directive.trim().split(/\s+/));
  return new Map(directives.map(([name, ...sources]) => [name, sources]));
}

const urlsIn = (html: string) => html.match(/https?:\/\/[^\s"'<>;]+/g) ?? [];
const localReferences = (html: string) =>
  [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((m) => m[1]).filter((ref) => !/^https?:/.test(ref));

describe("HTML pages, office.js from the CDN (the default build)", () => {
  for (const page of PAGES) {
    const html = () => fs.readFileSync(path.join(DIST, page), "utf8");

    it(`${page} has a strict Content Security Policy`, () => {
      const policy = contentSecurityPolicy(html());
      assert.deepEqual(policy.get("default-src"), ["'self'"]);
      assert.deepEqual(policy.get("script-src"), ["'self'", OFFICE_CDN_ORIGIN]);
      assert.deepEqual(policy.get("connect-src"), ["'self'"]);
      assert.deepEqual(policy.get("object-src"), ["'none'"]);
    });

    it(`${page} refers to no site but the office.js CDN`, () => {
      assert.deepEqual(
        urlsIn(html()).filter((url) => new URL(url).origin !== OFFICE_CDN_ORIGIN),
        [],
      );
    });

    it(`${page} refers only to files that dist/ has`, () => {
      assert.deepEqual(
        localReferences(html()).filter((ref) => !fs.existsSync(path.join(DIST, ref))),
        [],
      );
    });
  }
});

describe("HTML pages, office.js served with the add-in (OFFICE_JS=local)", () => {
  // Renders only the pages, with the build's own page definitions, so that the 87 MB
  // office.js copy of a real OFFICE_JS=local build is not needed.
  let out: string;
  before(async function () {
    this.timeout(30000); // a webpack run: a hook, not a test, so not held to a test's 5 s
    out = fs.mkdtempSync(path.join(os.tmpdir(), "neot-pages-"));
    await new Promise<void>((resolve, reject) =>
      webpack(
        { mode: "production", context: ROOT, entry: {}, output: { path: out }, plugins: buildConfig.pages("local") },
        (error, stats) => {
          if (error) reject(error);
          else if (stats?.hasErrors()) reject(new Error(stats.toString("errors-only")));
          else resolve();
        },
      ),
    );
  });
  after(() => fs.rmSync(out, { recursive: true, force: true }));

  for (const page of PAGES) {
    const html = () => fs.readFileSync(path.join(out, page), "utf8");

    it(`${page} allows scripts from the add-in's own origin only`, () => {
      const policy = contentSecurityPolicy(html());
      assert.deepEqual(policy.get("default-src"), ["'self'"]);
      assert.deepEqual(policy.get("script-src"), ["'self'"]);
      assert.deepEqual(policy.get("frame-src"), ["'self'"]);
    });

    it(`${page} refers to no other site at all`, () => {
      assert.deepEqual(urlsIn(html()), []);
    });

    it(`${page} loads office.js files that the office-js package has`, () => {
      const officeJs = localReferences(html()).filter((ref) => ref.startsWith("office-js/"));
      const inPackage = (ref: string) => fs.existsSync(path.join(OFFICE_JS_PACKAGE, ref.slice("office-js/".length)));
      const missing = officeJs.filter((ref) => !inPackage(ref));
      assert.deepEqual(missing, []);
    });
  }
});
