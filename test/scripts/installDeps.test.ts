import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createServer, Server } from "node:net";
import os from "node:os";
import path from "node:path";

// `npm run setup` (scripts/install-deps.js), run on a copy of the project's scripts in a
// temporary folder with a stand-in `npm` first on PATH, so that no real install happens:
// it must never delete the node_modules that this checkout's running `npm start` serves
// from, and nothing else (another program or clone on port 3000) may stop it.

const SCRIPTS = path.join(__dirname, "..", "..", "scripts");

function project(lock: string, stamp: string | null): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "neot-setup-"));
  fs.mkdirSync(path.join(root, "scripts"));
  for (const file of ["install-deps.js", "devServerRecord.js"])
    fs.copyFileSync(path.join(SCRIPTS, file), path.join(root, "scripts", file));
  // The stand-in npm: records that `npm ci` ran.
  fs.mkdirSync(path.join(root, "bin"));
  fs.writeFileSync(path.join(root, "bin", "npm"), `#!/bin/sh\necho "$@" > "${root}/npm-ran"\n`, { mode: 0o755 });
  fs.writeFileSync(path.join(root, "package-lock.json"), lock);
  fs.mkdirSync(path.join(root, "node_modules"));
  fs.writeFileSync(path.join(root, "node_modules", "marker"), "installed");
  if (stamp !== null) fs.writeFileSync(path.join(root, "node_modules", ".installed-lock-sha256"), `${stamp}\n`);
  return root;
}

function setup(root: string) {
  return spawnSync(process.execPath, [path.join(root, "scripts", "install-deps.js")], {
    encoding: "utf8",
    env: { ...process.env, PATH: `${path.join(root, "bin")}${path.delimiter}${process.env.PATH}` },
  });
}

function record(root: string, pid: number, checkout = root): void {
  fs.writeFileSync(path.join(root, ".dev-server.json"), JSON.stringify({ pid, checkout, started: "" }));
}

describe("npm run setup", () => {
  const lock = '{"lockfileVersion": 3}\n';
  const sha = createHash("sha256").update(lock).digest("hex");

  it("installs nothing when node_modules holds the locked packages", () => {
    const root = project(lock, sha);
    const result = setup(root);
    assert.equal(result.status, 0, result.stderr);
    assert.match(result.stdout, /nothing to install/);
    assert.ok(fs.existsSync(path.join(root, "node_modules", "marker")));
    fs.rmSync(root, { recursive: true, force: true });
  });

  it("refuses to reinstall while this checkout's own dev server runs, keeping node_modules", () => {
    const root = project(lock, "an older lock");
    try {
      record(root, process.pid); // a live pid: this test's own process stands in for the server
      const result = setup(root);
      assert.equal(result.status, 1);
      assert.match(result.stderr, /this checkout's dev server is running \(pid \d+.*Stop it/s);
      assert.ok(fs.existsSync(path.join(root, "node_modules", "marker")), "node_modules was deleted");
      assert.ok(!fs.existsSync(path.join(root, "npm-ran")), "npm ci ran");
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });

  it("installs when another program or clone listens on port 3000, or the record is stale or another checkout's", async () => {
    const server: Server = createServer();
    const listening = await new Promise<boolean>((resolve) => {
      server.once("error", () => resolve(false));
      server.listen(3000, "127.0.0.1", () => resolve(true));
    });
    const dead = spawnSync(process.execPath, ["-e", "0"]).pid!; // exited: its pid is free
    const roots: string[] = [];
    try {
      for (const write of [
        () => undefined,
        (root: string) => record(root, dead),
        (root: string) => record(root, process.pid, path.join(os.tmpdir(), "another-clone")),
      ]) {
        const root = project(lock, "an older lock");
        roots.push(root);
        write(root);
        const result = setup(root);
        assert.equal(result.status, 0, result.stderr);
        assert.equal(fs.readFileSync(path.join(root, "npm-ran"), "utf8").trim(), "ci --no-audit --no-fund");
        assert.equal(fs.readFileSync(path.join(root, "node_modules", ".installed-lock-sha256"), "utf8").trim(), sha);
      }
    } finally {
      if (listening) await new Promise((resolve) => server.close(resolve));
      for (const root of roots) fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
