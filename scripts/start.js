// `npm start`. On Windows and macOS: trusts a development certificate for localhost
// (office-addin-dev-certs; asks for the password once, then reuses it), then
// office-addin-debugging starts the dev server (`npm run dev-server`) and sideloads the
// add-in into desktop Excel; `npm stop` ends both. Elsewhere there is no desktop Excel,
// so this runs the dev server until Ctrl+C (or `npm stop`) and explains how to load the
// add-in into Excel on the web. Either way this process records itself in .dev-server.json
// while it runs, for `npm run setup` and `npm stop` (scripts/devServerRecord.js).
"use strict";

const { spawn, spawnSync } = require("child_process");
const https = require("https");
const path = require("path");
const { removeRecord, writeRecord } = require("./devServerRecord");

const ROOT = path.join(__dirname, "..");

const DEV_SERVER = "https://localhost:3000/";
const PROBE = "https://127.0.0.1:3000/functions.json";

/** Runs a command in this terminal and exits with its status. */
function run(command, args) {
  const child = spawn(command, args, { stdio: "inherit", shell: process.platform === "win32" });
  writeRecord(ROOT, process.pid);
  child.on("exit", (code, signal) => {
    removeRecord(ROOT, process.pid);
    process.exit(code ?? (signal ? 1 : 0));
  });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
  return child;
}

/** Calls `then` once the dev server answers (its certificate may be self-signed). */
function whenServing(then) {
  const retry = () => setTimeout(() => whenServing(then), 1000);
  https
    .get(PROBE, { rejectUnauthorized: false }, (response) => {
      response.resume();
      if (response.statusCode === 200) then();
      else retry();
    })
    .on("error", retry);
}

const webInstructions = `
NEOT Terms is served at ${DEV_SERVER} (listening on 127.0.0.1:3000).
Desktop Excel cannot sideload add-ins on this platform; use Excel on the web:
  1. In the browser you will use for Excel, open ${DEV_SERVER}taskpane.html
     and accept the certificate warning. The manifest loads everything from
     localhost:3000, which is this machine, so the browser must trust the dev
     certificate under that name (office-addin-dev-certs' certificate if
     installed, else a self-signed one).
  2. Open a workbook in Excel on the web.
  3. Insert > Add-ins (or Home > Add-ins) > More Add-ins > Upload My Add-in, and choose
     manifest.xml from the project's top folder (not dist/manifest.xml).
  4. Type =NEOT. in a cell; Home > NEOT Terms opens the task pane.
The server rebuilds on every change; reload the workbook to load the new code.
Stop with Ctrl+C.
`;

if (process.platform === "win32" || process.platform === "darwin") {
  const shell = process.platform === "win32";
  const certificates = spawnSync("npx", ["office-addin-dev-certs", "install"], { stdio: "inherit", shell });
  if (certificates.status !== 0) process.exit(certificates.status ?? 1);
  const debugging = ["office-addin-debugging", "start", "manifest.xml", "desktop", "--app", "excel"];
  run("npx", [...debugging, "--dev-server-port", "3000"]);
} else {
  // webpack's own CLI, without npm in between, so that a signal to this process reaches it.
  run(process.execPath, [require.resolve("webpack-cli/bin/cli.js"), "serve", "--mode", "development"]);
  whenServing(() => console.log(webInstructions));
}
