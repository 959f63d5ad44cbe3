// `npm run lint`: typescript-eslint's recommended rules plus the Office add-in template's
// (eslint-plugin-office-addins' recommended config: Excel.run/context.sync usage and
// prettier formatting). That config bundles an older copy of the @typescript-eslint plugin;
// its rules are kept and the plugin itself comes from typescript-eslint.
"use strict";

const tseslint = require("typescript-eslint");
const officeAddins = require("eslint-plugin-office-addins");

const officeRecommended = officeAddins.configs.recommended.map((config) => {
  if (!config.plugins || !config.plugins["@typescript-eslint"]) return config;
  const plugins = { ...config.plugins };
  delete plugins["@typescript-eslint"];
  return {
    ...config,
    plugins,
    languageOptions: { ...config.languageOptions, parser: tseslint.parser, ecmaVersion: 2022 },
  };
});

module.exports = tseslint.config(
  { ignores: ["dist/**", "deploy/**", "node_modules/**", "test-output/**"] },
  ...tseslint.configs.recommended,
  ...officeRecommended,
  {
    // TypeScript itself checks undefined names and allows a value and a type, or overloads,
    // under one name (typescript-eslint's advice for no-undef and no-redeclare).
    files: ["**/*.ts"],
    rules: { "no-undef": "off", "no-redeclare": "off" },
  },
  {
    rules: {
      // Same shape as the code has: 120 columns, double quotes, trailing commas.
      "prettier/prettier": ["error", { endOfLine: "auto", printWidth: 120 }],
    },
  },
  {
    // Build and tool scripts are CommonJS run by Node.
    files: ["*.js", "scripts/**/*.js", "bench/**/*.js"],
    languageOptions: {
      sourceType: "commonjs",
      globals: {
        require: "readonly",
        module: "writable",
        __dirname: "readonly",
        process: "readonly",
        console: "readonly",
        Buffer: "readonly",
        setTimeout: "readonly",
      },
    },
    rules: { "@typescript-eslint/no-require-imports": "off" },
  },
  {
    // Scripts that run in the task pane's webview: the ES5 old-webview notice, and the
    // Excel stand-in the browser tests load into the page (it also exports for Node).
    files: ["src/taskpane/**/*.js", "test/taskpane/**/*.js"],
    languageOptions: {
      sourceType: "script",
      globals: {
        window: "readonly",
        document: "readonly",
        navigator: "readonly",
        module: "writable",
        globalThis: "readonly",
      },
    },
  },
);
