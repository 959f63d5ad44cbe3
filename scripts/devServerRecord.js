// The record of this checkout's running dev server: .dev-server.json at the checkout's top
// (git-ignored), with the server's pid and the checkout's path. `npm start` writes it and
// removes it when the server ends; `npm run setup` reads it to refuse a reinstall only
// while this checkout's own server runs; `npm stop` ends that pid.
"use strict";

const fs = require("fs");
const path = require("path");

const NAME = ".dev-server.json";

function recordPath(root) {
  return path.join(root, NAME);
}

/** Whether a process with this pid exists (signal 0 checks without sending anything). */
function alive(pid) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return error.code === "EPERM";
  }
}

/** The running dev server of this checkout ({ pid, checkout, started }), or null (a stale record is removed). */
function runningServer(root) {
  let record;
  try {
    record = JSON.parse(fs.readFileSync(recordPath(root), "utf8"));
  } catch {
    return null;
  }
  const mine = record && record.checkout === path.resolve(root) && Number.isInteger(record.pid);
  if (mine && alive(record.pid)) return record;
  fs.rmSync(recordPath(root), { force: true });
  return null;
}

function writeRecord(root, pid) {
  const record = { pid, checkout: path.resolve(root), started: new Date().toISOString() };
  fs.writeFileSync(recordPath(root), `${JSON.stringify(record, null, 2)}\n`);
}

function removeRecord(root, pid) {
  try {
    const record = JSON.parse(fs.readFileSync(recordPath(root), "utf8"));
    if (record.pid === pid) fs.rmSync(recordPath(root), { force: true });
  } catch {
    // Already gone.
  }
}

module.exports = { NAME, alive, runningServer, writeRecord, removeRecord };
