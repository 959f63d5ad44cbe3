// `npm test`: every part of the suite in turn, then how long each took. A part that fails
// fails the run (after the others have run, except those that need the build). The browser
// parts run each engine of test/browsers/engines.ts on its own (BROWSERS=<engine>), so a
// missing browser fails its part with the message saying how to install it.
//   npm test                       every part
//   npm test -- unit bundle        only these parts (names as in the table)
"use strict";

const { spawnSync } = require("child_process");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const bin = (pkg, file) => path.join(ROOT, "node_modules", pkg, file);
const MOCHA = [bin("mocha", "bin/mocha.js")];
const BROWSER_TESTS = "test/**/*.browser.test.ts";
const BUNDLE_TESTS = ["test/bundle/**/*.test.ts", "test/fuzz/**/*.test.ts"];
const mocha = (...args) => [...MOCHA, ...args];
const isolated = [
  "--no-config",
  "--require",
  "tsx/cjs",
  "--require",
  "test/helpers/timeLimit.ts",
  "--extension",
  "ts",
  "--timeout",
  "5000",
];

const PARTS = [
  { name: "lint", args: [bin("eslint", "bin/eslint.js"), ".", "--max-warnings", "0"] },
  { name: "typecheck", args: [bin("typescript", "bin/tsc"), "--noEmit", "-p", "tsconfig.json"] },
  { name: "typecheck es2016", args: [bin("typescript", "bin/tsc"), "-p", "tsconfig.es2016.json"] },
  { name: "build", args: [bin("webpack-cli", "bin/cli.js"), "--mode", "production"], needed: true },
  { name: "unit", args: mocha("--ignore", BROWSER_TESTS, ...BUNDLE_TESTS.flatMap((g) => ["--ignore", g])) },
  { name: "bundle", args: mocha(...isolated, ...BUNDLE_TESTS) },
  { name: "es2016", args: mocha(...isolated, ...BUNDLE_TESTS), env: { BUNDLE_REALM: "es2016" } },
  { name: "chromium", args: mocha(...isolated, BROWSER_TESTS), env: { BROWSERS: "chromium" } },
  { name: "firefox", args: mocha(...isolated, "test/browsers/*.browser.test.ts"), env: { BROWSERS: "firefox" } },
  { name: "webkit", args: mocha(...isolated, "test/browsers/*.browser.test.ts"), env: { BROWSERS: "webkit" } },
];

const asked = process.argv.slice(2);
for (const name of asked)
  if (!PARTS.some((p) => p.name === name)) {
    console.error(`test: no part "${name}"; parts: ${PARTS.map((p) => p.name).join(", ")}`);
    process.exit(2);
  }

const results = [];
const started = Date.now();
for (const part of PARTS.filter((p) => asked.length === 0 || asked.includes(p.name))) {
  console.log(`\n==> ${part.name}`);
  const t = Date.now();
  const run = spawnSync(process.execPath, part.args, {
    cwd: ROOT,
    stdio: "inherit",
    env: { ...process.env, ...part.env },
  });
  const ok = run.status === 0;
  results.push({ name: part.name, seconds: (Date.now() - t) / 1000, ok });
  if (!ok && part.needed) {
    console.error(`test: ${part.name} failed; the parts after it need it`);
    break;
  }
}

const total = (Date.now() - started) / 1000;
const width = Math.max(...results.map((r) => r.name.length), 5);
console.log(`\nTime per part (Node ${process.version}):`);
for (const r of results)
  console.log(`  ${r.name.padEnd(width)}  ${r.seconds.toFixed(1).padStart(6)} s  ${r.ok ? "ok" : "FAILED"}`);
console.log(`  ${"total".padEnd(width)}  ${total.toFixed(1).padStart(6)} s`);
const failed = results.filter((r) => !r.ok);
console.log(`parts: ${results.length - failed.length} ok, ${failed.length} failed`);
process.exit(failed.length ? 1 : 0);
