// `npm run setup`: installs exactly the locked packages (npm ci) unless node_modules already
// holds them. npm ci deletes node_modules first, so running it while `npm start` serves
// from node_modules would leave that server serving broken bundles without its
// certificate (webpack-dev-server keeps it under node_modules/.cache). So: nothing to do
// when the lock file is the one last installed; otherwise refuse only while THIS checkout's
// own dev server runs (its pid, recorded by `npm start` in .dev-server.json, is alive),
// and say how to go on. Another program, or another clone's server, on port 3000 does not
// block a checkout: its node_modules is not served by them.
"use strict";

const { spawnSync } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const path = require("path");
const { runningServer } = require("./devServerRecord");

const ROOT = path.join(__dirname, "..");
const LOCK = path.join(ROOT, "package-lock.json");
const STAMP = path.join(ROOT, "node_modules", ".installed-lock-sha256");

function lockHash() {
  return crypto.createHash("sha256").update(fs.readFileSync(LOCK)).digest("hex");
}

function installedHash() {
  try {
    return fs.readFileSync(STAMP, "utf8").trim();
  } catch {
    return null;
  }
}

const wanted = lockHash();
if (installedHash() === wanted) {
  console.log("setup: node_modules already holds package-lock.json's packages; nothing to install");
  process.exit(0);
}

const server = runningServer(ROOT);
if (server) {
  console.error(
    `setup: the packages need (re)installing, which deletes node_modules, but this checkout's dev server is running` +
      ` (pid ${server.pid}, \`npm start\`). Stop it (Ctrl+C in its terminal, or \`npm stop\`), then run this again.`,
  );
  process.exit(1);
}
const npm = spawnSync("npm", ["ci", "--no-audit", "--no-fund"], {
  cwd: ROOT,
  stdio: "inherit",
  shell: process.platform === "win32",
});
if (npm.status !== 0) process.exit(npm.status ?? 1);
fs.writeFileSync(STAMP, `${wanted}\n`);
