/**
 * Renders the README's function and term reference from the source of truth: the
 * custom functions' JSDoc (the same metadata Excel shows in Insert Function) and the term
 * registry. `npm run docs` rewrites the marked sections of README.md and the help page
 * src/help/help.html (shipped as dist/help.html, linked from each function by its
 * @helpurl); a test fails when either is stale. A function's full explanation is its
 * JSDoc @remarks where the 255-character description Excel shows is a summary.
 */
import fs from "node:fs";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { TERM_DEFINITIONS } from "../src/engine/terms/termRegistry";

const ROOT = path.join(__dirname, "..");
const CATALOG = path.join(ROOT, "src", "functions", "catalog");
export const README = path.join(ROOT, "README.md");
export const HELP_PAGE = path.join(ROOT, "src", "help", "help.html");

interface FunctionMetadata {
  id: string;
  description?: string;
  parameters: { name: string; description?: string; optional?: boolean }[];
  result?: { dimensionality?: string };
}

/** Families in the order a banker reads the deals; files not listed come last. */
const FAMILY_ORDER = [
  "calendar.ts",
  "debentures.ts",
  "newWarrants.ts",
  "registration.ts",
  "commitments.ts",
  "callableWarrants.ts",
  "exerciseRestrictions.ts",
  "rightOfFirstRefusal.ts",
  "agreementFigures.ts",
  "februaryPurchase.ts",
  "cantor.ts",
  "nasdaqRules.ts",
  "schedules.ts",
  "valuation.ts",
  "simulation.ts",
];

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();
const html = (text: string) =>
  text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/\s+/g, " ")
    .trim();

/** One clause family: a catalog file's heading and its functions, each with its full explanation. */
interface Family {
  readonly heading: string;
  readonly functions: (FunctionMetadata & { readonly explanation: string; readonly signature: string })[];
}

/** The @remarks of each function of a catalog file, by id. */
function remarksOf(source: string): Map<string, string> {
  const remarks = new Map<string, string>();
  for (const block of source.match(/\/\*\*[\s\S]*?\*\//g) ?? []) {
    const id = /@customfunction (\w+)/.exec(block)?.[1];
    const text = /@remarks ([\s\S]*?)(?=\n\s*\* @|\n\s*\*\/)/.exec(block)?.[1];
    if (id && text) remarks.set(id, text.replace(/\n\s*\*/g, " ").trim());
  }
  return remarks;
}

/** The catalog, family by family, in reading order. */
async function families(): Promise<Family[]> {
  const rank = (f: string) => (FAMILY_ORDER.indexOf(f) + FAMILY_ORDER.length + 1) % (FAMILY_ORDER.length + 1);
  const files = fs
    .readdirSync(CATALOG)
    .filter((f) => f.endsWith(".ts"))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const result: Family[] = [];
  for (const file of files) {
    const generated = await generateCustomFunctionsMetadata(path.join(CATALOG, file));
    if (generated.errors.length > 0) throw new Error(`${file}: ${generated.errors.join("; ")}`);
    const source = fs.readFileSync(path.join(CATALOG, file), "utf8");
    const remarks = remarksOf(source);
    const family = source.match(/NEOT\.\* custom functions: (.*)/)?.[1].replace(/\.$/, "") ?? file;
    const functions = (JSON.parse(generated.metadataJson).functions as FunctionMetadata[]).map((f) => ({
      ...f,
      explanation: remarks.get(f.id) ?? f.description ?? "",
      signature: `NEOT.${f.id}(${f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ")})`,
    }));
    result.push({ heading: family.charAt(0).toUpperCase() + family.slice(1), functions });
  }
  return result;
}

/** The function reference: one table per catalog file (clause family). */
export async function functionReference(): Promise<string> {
  return (await families())
    .map(({ heading, functions }) => {
      const rows = functions.map((f) => {
        const params = f.parameters.map((p) => `<br>• \`${p.name}\`: ${cell(p.description ?? "")}`).join("");
        const spill = f.result?.dimensionality === "matrix" ? " *(spills)*" : "";
        return `| \`${f.signature}\`${spill} | ${cell(f.explanation)}${params} |`;
      });
      return `#### ${heading}\n\n| function | what it returns, its clause, its arguments |\n| --- | --- |\n${rows.join("\n")}`;
    })
    .join("\n\n");
}

/**
 * The help page every function's @helpurl links (one anchor per function id), as an
 * HtmlWebpackPlugin template: the build gives it the same Content Security Policy as the
 * other pages.
 */
export async function helpPage(): Promise<string> {
  const sections = (await families()).map(({ heading, functions }) => {
    const entries = functions.map((f) => {
      const params = f.parameters.map(
        (p) =>
          `          <li><code>${p.name}</code>${p.optional ? " (optional)" : ""}: ${html(p.description ?? "")}</li>`,
      );
      return [
        `      <section id="${f.id}">`,
        `        <h3><code>${html(f.signature)}</code></h3>`,
        `        <p>${html(f.explanation)}</p>`,
        ...(params.length > 0 ? ["        <ul>", ...params, "        </ul>"] : []),
        "      </section>",
      ].join("\n");
    });
    return [`      <h2>${html(heading)}</h2>`, ...entries].join("\n");
  });
  return `<!doctype html>
<!-- Generated by \`npm run docs\` from the functions' JSDoc (scripts/referenceDocs.ts): do not edit. -->
<html lang="en">
  <head>
    <meta charset="utf-8" />
    <meta name="viewport" content="width=device-width, initial-scale=1" />
    <meta http-equiv="Content-Security-Policy" content="<%= contentSecurityPolicy %>" />
    <title>NEOT Terms functions</title>
  </head>
  <body>
    <main>
      <h1>NEOT Terms functions</h1>
      <p>
        Dates are Excel dates. Functions that count Nasdaq trading days or business days accept
        1990-01-01 to 2100-12-31; the others accept any Excel date (1900-01-01 to 9999-12-31).
        A date result outside Excel's dates is #NUM!. [terms] is an optional two-column range of
        term names and values; blank means the agreement's terms.
      </p>
${sections.join("\n")}
    </main>
  </body>
</html>
`;
}

/** The term reference: every name a `[terms]` range or a term sheet may set. */
export function termReference(): string {
  const rows = TERM_DEFINITIONS.map((t) => {
    const value =
      t.kind === "fraction" && typeof t.default === "number" ? `${+(t.default * 100).toFixed(6)}%` : String(t.default);
    const choices = t.choices ? ` (${t.choices.join(", ")})` : "";
    return `| \`${t.name}\` | ${cell(value)}${choices} | ${t.unit} | ${cell(t.description)} | ${cell(t.clause)} |`;
  });
  return `| term | seed default | unit | meaning | source |\n| --- | --- | --- | --- | --- |\n${rows.join("\n")}`;
}

/** README.md with the marked sections replaced by the current reference. */
export async function renderReadme(readme: string): Promise<string> {
  const replace = (text: string, marker: string, body: string) => {
    const pattern = new RegExp(`(<!-- ${marker}:start -->)[\\s\\S]*?(<!-- ${marker}:end -->)`);
    if (!pattern.test(text)) throw new Error(`README.md lacks the ${marker} markers`);
    return text.replace(pattern, (_, start, end) => `${start}\n${body}\n${end}`);
  };
  return replace(replace(readme, "functions", await functionReference()), "terms", termReference());
}

if (require.main === module) {
  renderReadme(fs.readFileSync(README, "utf8")).then((text) => fs.writeFileSync(README, text));
  helpPage().then((text) => {
    fs.mkdirSync(path.dirname(HELP_PAGE), { recursive: true });
    fs.writeFileSync(HELP_PAGE, text);
  });
}
