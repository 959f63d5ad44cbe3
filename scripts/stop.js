// `npm stop`: ends this checkout's dev server, the one `npm start` recorded in
// .dev-server.json (scripts/devServerRecord.js), on every platform. On Windows and macOS
// it first lets office-addin-debugging stop the sideloaded add-in and its own server.
"use strict";

const { spawnSync } = require("child_process");
const path = require("path");
const { alive, runningServer } = require("./devServerRecord");

const ROOT = path.join(__dirname, "..");

if (process.platform === "win32" || process.platform === "darwin") {
  spawnSync("npx", ["office-addin-debugging", "stop", "manifest.xml"], {
    cwd: ROOT,
    stdio: "inherit",
    shell: process.platform === "win32",
  });
}

const server = runningServer(ROOT);
if (!server) {
  console.log("stop: this checkout's dev server is not running");
  process.exit(0);
}
process.kill(server.pid, "SIGTERM");
const until = Date.now() + 10000;
const wait = () => {
  if (!alive(server.pid)) {
    console.log(`stop: stopped the dev server (pid ${server.pid})`);
    return;
  }
  if (Date.now() > until) {
    console.error(`stop: the dev server (pid ${server.pid}) is still running after 10 s`);
    process.exit(1);
  }
  setTimeout(wait, 100);
};
wait();
