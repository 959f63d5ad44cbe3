// Builds the NEOT Terms add-in into dist/ (`npm run build`) or serves it over HTTPS on
// 127.0.0.1:3000 (`npm run dev-server`).
//
// Switches, as environment variables:
//   OFFICE_JS=local   The pages load office.js from office-js/ beside them instead of
//                     Microsoft's CDN. A build then copies @microsoft/office-js/dist into
//                     dist/office-js/ (about 87 MB); the dev server serves it from
//                     node_modules instead. Default: cdn. `--env OFFICE_JS=local` works
//                     too (npm run build:local-officejs), also on Windows.
//   ADDIN_BASE_URL    Where production serves dist/, ending with "/". The production
//                     build writes dist/manifest.xml with every https://localhost:3000/
//                     of manifest.xml replaced by it. Default: https://neot-terms.example.com/
"use strict";

const crypto = require("crypto");
const fs = require("fs");
const os = require("os");
const path = require("path");
const CopyWebpackPlugin = require("copy-webpack-plugin");
const CustomFunctionsMetadataPlugin = require("custom-functions-metadata-plugin");
const HtmlWebpackPlugin = require("html-webpack-plugin");

const DEV_BASE_URL = "https://localhost:3000/";
const DEFAULT_BASE_URL = "https://neot-terms.example.com/";
const OFFICE_CDN_ORIGIN = "https://appsforoffice.microsoft.com";
const OFFICE_CDN = `${OFFICE_CDN_ORIGIN}/lib/1/hosted/`;
const OFFICE_JS_PACKAGE = path.join(__dirname, "node_modules", "@microsoft", "office-js", "dist");
const CATALOG = path.join(__dirname, "src", "functions", "catalog");

/**
 * Every custom-functions file: the catalog grows by one file per clause family. Read when
 * the build starts, so a running dev server needs a restart to see a new file.
 */
function catalogFiles() {
  return fs
    .readdirSync(CATALOG)
    .filter((name) => name.endsWith(".ts"))
    .sort()
    .map((name) => path.join(CATALOG, name));
}

/** Where the pages load office.js from: "cdn" (default) or "local". */
function officeJsMode(env) {
  const mode = env.OFFICE_JS || process.env.OFFICE_JS || "cdn";
  if (mode !== "cdn" && mode !== "local") throw new Error(`OFFICE_JS must be "cdn" or "local", got "${mode}"`);
  return mode;
}

function productionBaseUrl() {
  const url = process.env.ADDIN_BASE_URL || DEFAULT_BASE_URL;
  if (!/^https:\/\/[^/]+\/(.*\/)?$/.test(url)) {
    throw new Error(`ADDIN_BASE_URL must be an https URL ending with "/", got "${url}"`);
  }
  return url;
}

/**
 * The Content Security Policy of every page. Scripts come from the add-in's own origin
 * and, in CDN mode, from the office.js CDN. office.js also frames a page from where it
 * was loaded (Excel on the web's "trust this host" prompt), hence frame-src/child-src.
 * Nothing else may load or connect elsewhere, which also keeps office.js's telemetry out.
 * (frame-ancestors cannot be set from a meta tag; the host decides who may frame us.)
 */
function contentSecurityPolicy(officeJs) {
  const office = officeJs === "cdn" ? ` ${OFFICE_CDN_ORIGIN}` : "";
  return [
    "default-src 'self'",
    `script-src 'self'${office}`,
    "connect-src 'self'",
    `frame-src 'self'${office}`,
    `child-src 'self'${office}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'none'",
  ].join("; ");
}

/** The HTML pages, each with the same policy and office.js location. */
function pages(officeJs) {
  const templateParameters = {
    contentSecurityPolicy: contentSecurityPolicy(officeJs),
    officeJs: officeJs === "cdn" ? OFFICE_CDN : "office-js/",
  };
  const page = (filename, template, chunks) =>
    new HtmlWebpackPlugin({ filename, template: path.join(__dirname, template), chunks, templateParameters });
  return [
    page("functions.html", "src/functions/functions.html", ["functions"]),
    page("taskpane.html", "src/taskpane/taskpane.html", ["taskpane"]),
    page("support.html", "src/support/support.html", []),
  ];
}

/**
 * The dev server's certificate: office-addin-dev-certs' (which Office trusts once
 * `npx office-addin-dev-certs install` has run) when present and unexpired, else
 * webpack-dev-server's own self-signed one. The files are read directly because that
 * package's getHttpsServerOptions installs missing certificates, which needs sudo.
 */
function devServerHttps() {
  const dir = path.join(os.homedir(), ".office-addin-dev-certs");
  try {
    const cert = fs.readFileSync(path.join(dir, "localhost.crt"));
    const key = fs.readFileSync(path.join(dir, "localhost.key"));
    const ca = fs.readFileSync(path.join(dir, "ca.crt"));
    if (Date.parse(new crypto.X509Certificate(cert).validTo) > Date.now()) {
      return { type: "https", options: { cert, key, ca } };
    }
  } catch {
    // Not installed: fall back below.
  }
  return "https";
}

module.exports = (env, argv) => {
  const production = argv.mode === "production";
  const serving = Boolean(env.WEBPACK_SERVE);
  const officeJs = officeJsMode(env);
  const functions = catalogFiles();
  const manifestBaseUrl = production ? productionBaseUrl() : DEV_BASE_URL;

  const copies = [
    { from: "assets", to: "assets" },
    {
      from: "manifest.xml",
      transform: (content) => content.toString().replaceAll(DEV_BASE_URL, manifestBaseUrl),
    },
    { from: "src/taskpane/*.css", to: "[name][ext]", noErrorOnMissing: true },
  ];
  if (officeJs === "local" && !serving) {
    // Marked minimized so that Terser leaves Microsoft's already-built files alone.
    copies.push({ from: OFFICE_JS_PACKAGE, to: "office-js", info: { minimized: true } });
  }

  return {
    context: __dirname,
    entry: {
      functions,
      taskpane: path.join(__dirname, "src", "taskpane", "taskpane.ts"),
      // The price-file check runs in a Web Worker (src/taskpane/priceCheck.ts loads it).
      priceWorker: path.join(__dirname, "src", "taskpane", "priceWorker.ts"),
    },
    output: { path: path.join(__dirname, "dist"), filename: "[name].js", clean: true },
    resolve: { extensions: [".ts", ".js"] },
    module: {
      rules: [{ test: /\.ts$/, exclude: /node_modules/, loader: "ts-loader", options: { transpileOnly: true } }],
    },
    devtool: production ? false : "source-map",
    // Size hints are for our bundles, not for office.js's own files.
    performance: { assetFilter: (name) => !name.startsWith("office-js/") && !name.endsWith(".map") },
    plugins: [
      // Writes functions.json from the JSDoc and appends CustomFunctions.associate calls.
      new CustomFunctionsMetadataPlugin({ input: functions, output: "functions.json" }),
      ...pages(officeJs),
      new CopyWebpackPlugin({ patterns: copies }),
    ],
    devServer: {
      host: "127.0.0.1",
      port: 3000,
      server: devServerHttps(),
      static: { directory: OFFICE_JS_PACKAGE, publicPath: "/office-js", watch: false },
      // No reload client: webpack-dev-server would inject it into functions.js too, and
      // Excel's JavaScript-only runtime has no DOM for it. Reload the page by hand.
      client: false,
      webSocketServer: false,
      hot: false,
      liveReload: false,
    },
  };
};

// For the tests.
module.exports.catalogFiles = catalogFiles;
module.exports.pages = pages;
module.exports.productionBaseUrl = productionBaseUrl;
