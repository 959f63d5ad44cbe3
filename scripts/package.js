// `npm run package`: the folder a bank's IT puts on any HTTPS static host, with the
// production manifest that points at it. ADDIN_BASE_URL says where the folder will be
// served (https, ending with "/"); without it, or with a development or placeholder host,
// this refuses. It builds into deploy/ and then checks the folder:
// - every URL of manifest.xml and functions.json under ADDIN_BASE_URL is a file of it,
//   and no other host is named there (besides XML namespaces);
// - every page carries the build's Content Security Policy, and no inline script;
// - no localhost, loopback or placeholder host anywhere in its text files.
"use strict";

const { spawnSync } = require("child_process");
const { URL } = require("url");
const fs = require("fs");
const path = require("path");
const { contentSecurityPolicy, DEFAULT_BASE_URL, DEV_BASE_URL, OFFICE_CDN } = require("../webpack.config.js");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "deploy");

/** Why this base URL cannot be deployed, or null. */
function refusal(baseUrl) {
  if (!baseUrl)
    return (
      "ADDIN_BASE_URL is not set: say where the add-in will be served, e.g.\n" +
      "  ADDIN_BASE_URL=https://addins.example-bank.com/neot-terms/ npm run package"
    );
  let url;
  try {
    url = new URL(baseUrl);
  } catch {
    return `ADDIN_BASE_URL is not a URL: "${baseUrl}"`;
  }
  if (url.protocol !== "https:")
    return `ADDIN_BASE_URL must be https (Office loads add-ins over HTTPS only), got "${baseUrl}"`;
  if (!baseUrl.endsWith("/")) return `ADDIN_BASE_URL must end with "/", got "${baseUrl}"`;
  if (url.search || url.hash) return `ADDIN_BASE_URL must have no query or fragment, got "${baseUrl}"`;
  const host = url.hostname;
  if (placeholderHost(host))
    return `ADDIN_BASE_URL names a development or placeholder host (${host}), not where IT serves the add-in`;
  return null;
}

function placeholderHost(host) {
  return (
    host === "localhost" ||
    host.endsWith(".localhost") ||
    /^127\./.test(host) ||
    host === "[::1]" ||
    host === "0.0.0.0" ||
    /(^|\.)(example\.(com|net|org)|example|invalid|test)$/.test(host)
  );
}

function filesUnder(dir) {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const file = path.join(dir, e.name);
    return e.isDirectory() ? filesUnder(file) : [file];
  });
}

/** What is wrong with a packaged folder for this base URL: [] when it can be deployed. */
function checkPackage(dir, baseUrl) {
  const problems = [];
  const why = refusal(baseUrl);
  if (why) return [why];
  for (const name of ["manifest.xml", "functions.json", "functions.js", "functions.html", "taskpane.html"])
    if (!fs.existsSync(path.join(dir, name))) problems.push(`${name} is missing`);
  if (problems.length) return problems;

  const urlsOf = (text) => text.match(/https?:\/\/[^\s"'<>)]+/g) ?? [];
  const manifest = fs.readFileSync(path.join(dir, "manifest.xml"), "utf8");
  const functionsJson = fs.readFileSync(path.join(dir, "functions.json"), "utf8");
  // XML namespaces are names, not addresses.
  const namespaces = new Set([...manifest.matchAll(/xmlns(?::\w+)?="([^"]+)"/g)].map((m) => m[1]));
  for (const [file, text] of [
    ["manifest.xml", manifest],
    ["functions.json", functionsJson],
  ]) {
    const urls = urlsOf(text).filter((u) => !namespaces.has(u));
    if (file === "manifest.xml" && urls.length === 0) problems.push("manifest.xml names no URL");
    for (const url of urls) {
      if (!url.startsWith(baseUrl)) {
        problems.push(`${file} names ${url}, which is not under ADDIN_BASE_URL ${baseUrl}`);
        continue;
      }
      const relative = decodeURIComponent(new URL(url).pathname.slice(new URL(baseUrl).pathname.length));
      const target = path.join(dir, relative);
      if (!relative || !target.startsWith(dir) || !fs.existsSync(target) || !fs.statSync(target).isFile())
        problems.push(`${file} names ${url}, but the folder has no file ${relative || "(none)"}`);
    }
  }

  const policy = contentSecurityPolicy("cdn");
  for (const file of filesUnder(dir).filter((f) => f.endsWith(".html"))) {
    const name = path.relative(dir, file);
    const html = fs.readFileSync(file, "utf8");
    const found = /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html);
    if (!found) problems.push(`${name} has no Content Security Policy`);
    else if (found[1] !== policy)
      problems.push(`${name} has another Content Security Policy than the build's: ${found[1]}`);
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g))
      if (!/\bsrc=/.test(m[1]) || m[2].trim()) problems.push(`${name} has an inline script`);
    for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) {
      const src = m[1];
      if (/^https?:/.test(src) ? !src.startsWith(OFFICE_CDN) : !fs.existsSync(path.join(path.dirname(file), src)))
        problems.push(`${name} loads ${src}, which is neither a file of the folder nor office.js`);
    }
  }

  const bad = [DEV_BASE_URL, DEFAULT_BASE_URL, "localhost", "127.0.0.1", "example.com", ".invalid/"];
  for (const file of filesUnder(dir).filter((f) => /\.(html|json|xml|css)$/.test(f))) {
    const text = fs.readFileSync(file, "utf8");
    for (const host of bad) if (text.includes(host)) problems.push(`${path.relative(dir, file)} mentions ${host}`);
  }
  return [...new Set(problems)];
}

function main() {
  const baseUrl = process.env.ADDIN_BASE_URL;
  const why = refusal(baseUrl);
  if (why) {
    console.error(`package: refused. ${why}`);
    process.exit(1);
  }
  console.log(`package: building for ${baseUrl} into deploy/`);
  const webpack = spawnSync(
    process.execPath,
    [require.resolve("webpack-cli/bin/cli.js"), "--mode", "production", "--output-path", OUT],
    { cwd: ROOT, stdio: "inherit", env: { ...process.env, ADDIN_BASE_URL: baseUrl } },
  );
  if (webpack.status !== 0) process.exit(webpack.status ?? 1);
  const problems = checkPackage(OUT, baseUrl);
  if (problems.length) {
    console.error(`package: deploy/ cannot be deployed:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    process.exit(1);
  }
  console.log(
    `package: deploy/ is ready. Put its files at ${baseUrl} on any HTTPS static host, then deploy\n` +
      '  deploy/manifest.xml (README: "Deploying for a bank\'s IT").',
  );
}

module.exports = { checkPackage, refusal };
if (require.main === module) main();
