// `npm test`: every part of the suite, then how long each took. The parts run in three
// stages; within a stage, lanes run side by side (this machine has two cores, and each lane
// keeps one busy), the parts of a lane one after another:
//   1. lint | the two type-checks | build
//   2. unit | bundle, then es2016
//   3. the browser engines, one at a time (a browser keeps both cores busy on its own)
// A part that fails fails the run (after the others have run, except when the build fails:
// the stages after it need it). Output of side-by-side parts is printed whole, part by
// part, as each ends. The browser parts run each engine of test/browsers/engines.ts on its
// own (BROWSERS=<engine>), so a missing browser fails its part with the message saying how
// to install it. The es2016 part fuzzes 2,500 calls per function (FUZZ_CALLS) instead of the
// bundle part's 10,000: the same bundle and calls, in a realm without post-2016 built-ins.
//   npm test                       every part
//   npm test -- unit bundle        only these parts (names as in the table)
"use strict";

const { spawn } = require("child_process");
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
  {
    name: "lint",
    // Cached by content (node_modules/.cache, like webpack's): a file or config not changed since the last run is not linted again.
    args: [
      bin("eslint", "bin/eslint.js"),
      ".",
      "--max-warnings",
      "0",
      "--cache",
      "--cache-strategy",
      "content",
      "--cache-location",
      path.join(ROOT, "node_modules", ".cache", "eslint", ""),
    ],
  },
  { name: "typecheck", args: [bin("typescript", "bin/tsc"), "--noEmit", "-p", "tsconfig.json"] },
  { name: "typecheck es2016", args: [bin("typescript", "bin/tsc"), "-p", "tsconfig.es2016.json"] },
  { name: "build", args: [bin("webpack-cli", "bin/cli.js"), "--mode", "production"], needed: true },
  { name: "unit", args: mocha("--ignore", BROWSER_TESTS, ...BUNDLE_TESTS.flatMap((g) => ["--ignore", g])) },
  { name: "bundle", args: mocha(...isolated, ...BUNDLE_TESTS) },
  {
    name: "es2016",
    args: mocha(...isolated, ...BUNDLE_TESTS),
    env: { BUNDLE_REALM: "es2016", FUZZ_CALLS: process.env.FUZZ_CALLS ?? "2500" },
  },
  { name: "chromium", args: mocha(...isolated, BROWSER_TESTS), env: { BROWSERS: "chromium" } },
  { name: "firefox", args: mocha(...isolated, "test/browsers/*.browser.test.ts"), env: { BROWSERS: "firefox" } },
  { name: "webkit", args: mocha(...isolated, "test/browsers/*.browser.test.ts"), env: { BROWSERS: "webkit" } },
];

const STAGES = [
  [["lint"], ["typecheck", "typecheck es2016"], ["build"]],
  [["unit"], ["bundle", "es2016"]],
  [["chromium", "firefox", "webkit"]],
];

const asked = process.argv.slice(2);
for (const name of asked)
  if (!PARTS.some((p) => p.name === name)) {
    console.error(`test: no part "${name}"; parts: ${PARTS.map((p) => p.name).join(", ")}`);
    process.exit(2);
  }
const part = (name) => PARTS.find((p) => p.name === name);
const wanted = (name) => asked.length === 0 || asked.includes(name);

/** Runs one part; its output goes straight through when it runs alone, else is kept and printed whole at its end. */
function run(p, alone) {
  return new Promise((resolve) => {
    const t = Date.now();
    if (alone) console.log(`\n==> ${p.name}`);
    const child = spawn(process.execPath, p.args, {
      cwd: ROOT,
      stdio: alone ? "inherit" : ["ignore", "pipe", "pipe"],
      env: { ...process.env, ...p.env },
    });
    const kept = [];
    if (!alone) for (const stream of [child.stdout, child.stderr]) stream.on("data", (chunk) => kept.push(chunk));
    const end = (ok) => {
      if (!alone) process.stdout.write(`\n==> ${p.name}\n${Buffer.concat(kept).toString()}`);
      resolve({ name: p.name, seconds: (Date.now() - t) / 1000, ok, needed: p.needed });
    };
    child.on("error", (error) => {
      kept.push(Buffer.from(`${error.message}\n`));
      end(false);
    });
    child.on("close", (code) => end(code === 0));
  });
}

async function main() {
  const results = [];
  const started = Date.now();
  for (const stage of STAGES) {
    const lanes = stage.map((lane) => lane.filter(wanted).map(part)).filter((lane) => lane.length > 0);
    const alone = lanes.length === 1;
    const done = await Promise.all(
      lanes.map(async (lane) => {
        const out = [];
        for (const p of lane) out.push(await run(p, alone));
        return out;
      }),
    );
    results.push(...done.flat());
    const stop = done.flat().find((r) => !r.ok && r.needed);
    if (stop) {
      console.error(`test: ${stop.name} failed; the parts after it need it`);
      break;
    }
  }

  const total = (Date.now() - started) / 1000;
  const width = Math.max(...results.map((r) => r.name.length), 5);
  console.log(
    `\nTime per part (Node ${process.version}; side-by-side parts overlap, so they add up to more than the total):`,
  );
  for (const r of results)
    console.log(`  ${r.name.padEnd(width)}  ${r.seconds.toFixed(1).padStart(6)} s  ${r.ok ? "ok" : "FAILED"}`);
  console.log(`  ${"total".padEnd(width)}  ${total.toFixed(1).padStart(6)} s`);
  const failed = results.filter((r) => !r.ok);
  console.log(`parts: ${results.length - failed.length} ok, ${failed.length} failed`);
  process.exit(failed.length ? 1 : 0);
}

main();
