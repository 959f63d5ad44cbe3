/*
 * What the browser tests share: dist/ served from 127.0.0.1 on a random port, and Debian's
 * headless Chromium launched with the flags this closed network needs. A missing Chromium
 * fails the suite with a message saying how to install it.
 */
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { createServer, Server } from "node:http";
import { AddressInfo } from "node:net";
import { extname, join, normalize } from "node:path";
import type { Browser } from "playwright-core";
import { TYPES } from "../browsers/pageServer";

export const ROOT = join(__dirname, "..", "..");
export const DIST = join(ROOT, "dist");
export const CHROMIUM = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";
export const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
export const OFFICE_JS_DIST = join(ROOT, "node_modules", "@microsoft", "office-js", "dist");
export const TRIDENT = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

/** A static server for dist/ on 127.0.0.1, random port; nothing outside dist/ is served. */
export function serveDist(): Promise<{ server: Server; origin: string }> {
  const server = createServer((req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(
      /^(\.\.[/\\])+/,
      "",
    );
    const file = join(DIST, path);
    if (!file.startsWith(DIST) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" }).end(readFileSync(file));
  });
  return new Promise((resolve) =>
    server.listen(0, "127.0.0.1", () =>
      resolve({ server, origin: `http://127.0.0.1:${(server.address() as AddressInfo).port}` }),
    ),
  );
}

/**
 * Headless Chromium for a suite's `before`, after checking that dist/ has `page`.
 */
export async function launchChromium(_suite: Mocha.Context, page: string): Promise<Browser> {
  // A missing browser fails the run, in CI and everywhere else: a skip would leave it green.
  if (!existsSync(CHROMIUM))
    throw new Error(
      `Chromium is missing at ${CHROMIUM}: apt-get install chromium, set CHROMIUM_PATH, or run \`npm run setup-tests\``,
    );
  assert.ok(existsSync(join(DIST, page)), `dist/${page} is missing: build first (npm run build)`);
  const { chromium } = await import("playwright-core");
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
    ],
  });
}
