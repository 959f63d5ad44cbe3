import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createServer, Server } from "node:net";
import os from "node:os";
import path from "node:path";

// `npm run setup` (scripts/install-deps.js), run on a copy of the project's scripts in a
// temporary folder, so that no real install happens: it must never delete the
// node_modules that a running `npm start` serves from.

const SCRIPT = path.join(__dirname, "..", "..", "scripts", "install-deps.js");

function project(lock: string, stamp: string | null): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), "neot-setup-"));
  fs.mkdirSync(path.join(root, "scripts"));
  fs.copyFileSync(SCRIPT, path.join(root, "scripts", "install-deps.js"));
  fs.writeFileSync(path.join(root, "package-lock.json"), lock);
  fs.mkdirSync(path.join(root, "node_modules"));
  fs.writeFileSync(path.join(root, "node_modules", "marker"), "installed");
  if (stamp !== null) fs.writeFileSync(path.join(root, "node_modules", ".installed-lock-sha256"), `${stamp}\n`);
  return root;
}

function setup(root: string) {
  return spawnSync(process.execPath, [path.join(root, "scripts", "install-deps.js")], { encoding: "utf8" });
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

  it("refuses to reinstall while a server listens on the dev server's port, keeping node_modules", async function () {
    const server: Server = createServer();
    const listening = await new Promise<boolean>((resolve) => {
      server.once("error", () => resolve(false));
      server.listen(3000, "127.0.0.1", () => resolve(true));
    });
    // Port 3000 already taken by something else (a real dev server) tests the same path.
    const root = project(lock, "an older lock");
    try {
      const result = setup(root);
      assert.equal(result.status, 1);
      assert.match(result.stderr, /serving on port 3000.*Stop it/s);
      assert.ok(fs.existsSync(path.join(root, "node_modules", "marker")), "node_modules was deleted");
    } finally {
      if (listening) await new Promise((resolve) => server.close(resolve));
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});
