import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

// `npm run package` (scripts/package.js): its refusals, and its check of a folder, run on
// copies of the plain build's dist/ (which npm test builds first) moved to a base URL.

const ROOT = path.join(__dirname, "..", "..");
const DIST = path.join(ROOT, "dist");
const SCRIPT = path.join(ROOT, "scripts", "package.js");
// eslint-disable-next-line @typescript-eslint/no-require-imports -- a CommonJS script of the project
const { checkPackage, refusal } = require(SCRIPT) as {
  checkPackage(dir: string, baseUrl: string | undefined): string[];
  refusal(baseUrl: string | undefined): string | null;
};
// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build configuration
const { DEFAULT_BASE_URL } = require(path.join(ROOT, "webpack.config.js")) as { DEFAULT_BASE_URL: string };
const BASE = "https://addins.bank-intranet.net/neot-terms/";

/** dist/ copied, with the plain build's placeholder base replaced by `base`. */
function packaged(base: string): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "neot-package-"));
  fs.cpSync(DIST, dir, { recursive: true });
  for (const name of ["manifest.xml", "functions.json"]) {
    const file = path.join(dir, name);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").split(DEFAULT_BASE_URL).join(base));
  }
  return dir;
}

describe("npm run package", () => {
  it("refuses without ADDIN_BASE_URL, saying how to give it, before building anything", () => {
    const env = { ...process.env };
    delete env.ADDIN_BASE_URL;
    const result = spawnSync(process.execPath, [SCRIPT], { encoding: "utf8", env });
    assert.equal(result.status, 1);
    assert.match(result.stderr, /refused\. ADDIN_BASE_URL is not set.*ADDIN_BASE_URL=https:\/\/.* npm run package/s);
    assert.doesNotMatch(result.stdout, /building/);
  });

  it("refuses http, a missing final slash, and development or placeholder hosts", () => {
    for (const url of [
      "http://addins.bank-intranet.net/neot-terms/",
      "https://addins.bank-intranet.net/neot-terms",
      "https://localhost:3000/",
      "https://127.0.0.1/",
      "https://neot-terms.example.com/",
      DEFAULT_BASE_URL,
      "not a url",
    ])
      assert.ok(refusal(url), url);
    assert.equal(refusal(BASE), null);
  });

  it("the plain build is not deployable: its host is a placeholder", () => {
    assert.match(DEFAULT_BASE_URL, /\.invalid\//);
    assert.ok(fs.readFileSync(path.join(DIST, "manifest.xml"), "utf8").includes(DEFAULT_BASE_URL));
    assert.ok(checkPackage(DIST, DEFAULT_BASE_URL).length > 0);
    // Checked as if deployed elsewhere, its URLs point outside the base.
    assert.ok(checkPackage(DIST, BASE).some((p) => /not under ADDIN_BASE_URL/.test(p)));
  });

  it("passes a folder whose every URL resolves to one of its files, under a strict policy", () => {
    const dir = packaged(BASE);
    try {
      assert.deepEqual(checkPackage(dir, BASE), []);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("finds a missing file, a changed or missing policy, an inline script and a localhost URL", () => {
    const dir = packaged(BASE);
    try {
      fs.rmSync(path.join(dir, "assets", "icon-80.png"));
      const help = path.join(dir, "help.html");
      fs.writeFileSync(
        help,
        fs.readFileSync(help, "utf8").replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, ""),
      );
      const support = path.join(dir, "support.html");
      fs.writeFileSync(
        support,
        fs
          .readFileSync(support, "utf8")
          .replace("default-src 'self'", "default-src *")
          .replace("</head>", "<script>1</script></head>"),
      );
      const manifest = path.join(dir, "manifest.xml");
      fs.writeFileSync(
        manifest,
        fs.readFileSync(manifest, "utf8").replace(`${BASE}support.html`, "https://localhost:3000/support.html"),
      );
      const problems = checkPackage(dir, BASE).join("\n");
      assert.match(problems, /manifest\.xml names .*icon-80\.png, but the folder has no file assets\/icon-80\.png/);
      assert.match(problems, /help\.html has no Content Security Policy/);
      assert.match(problems, /support\.html has another Content Security Policy/);
      assert.match(problems, /support\.html has an inline script/);
      assert.match(problems, /manifest\.xml names https:\/\/localhost:3000\/support\.html, which is not under/);
      assert.match(problems, /manifest\.xml mentions localhost/);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
