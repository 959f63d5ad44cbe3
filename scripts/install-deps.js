// `npm run setup`: installs exactly the locked packages (npm ci) unless node_modules already
// holds them. npm ci deletes node_modules first, so running it while `npm start` serves
// from node_modules would leave that server serving broken bundles without its
// certificate (webpack-dev-server keeps it under node_modules/.cache). So: nothing to do
// when the lock file is the one last installed; otherwise refuse while something listens
// on the dev server's port, and say how to go on.
"use strict";

const { spawnSync } = require("child_process");
const crypto = require("crypto");
const fs = require("fs");
const net = require("net");
const path = require("path");

const ROOT = path.join(__dirname, "..");
const LOCK = path.join(ROOT, "package-lock.json");
const STAMP = path.join(ROOT, "node_modules", ".installed-lock-sha256");
const DEV_PORT = 3000;

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

/** Calls back with whether something accepts connections on 127.0.0.1:port. */
function listening(port, callback) {
  const socket = net.connect({ host: "127.0.0.1", port });
  const done = (answer) => {
    socket.destroy();
    callback(answer);
  };
  socket.setTimeout(1000, () => done(false));
  socket.once("connect", () => done(true));
  socket.once("error", () => done(false));
}

const wanted = lockHash();
if (installedHash() === wanted) {
  console.log("setup: node_modules already holds package-lock.json's packages; nothing to install");
  process.exit(0);
}

listening(DEV_PORT, (busy) => {
  if (busy) {
    console.error(
      `setup: the packages need (re)installing, which deletes node_modules, but something is serving on port ${DEV_PORT}` +
        " (probably `npm start`). Stop it (Ctrl+C in its terminal, or `npm stop`), then run this again.",
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
});
