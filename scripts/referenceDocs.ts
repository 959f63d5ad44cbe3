/**
 * Renders the README's function and term reference from the source of truth: the
 * custom functions' JSDoc (the same metadata Excel shows in Insert Function) and the term
 * registry. `npm run docs` rewrites the marked sections of README.md; a test fails when
 * they are stale.
 */
import fs from "node:fs";
import path from "node:path";
import { generateCustomFunctionsMetadata } from "custom-functions-metadata";
import { TERM_DEFINITIONS } from "../src/engine/terms/termRegistry";

const ROOT = path.join(__dirname, "..");
const CATALOG = path.join(ROOT, "src", "functions", "catalog");
export const README = path.join(ROOT, "README.md");

interface FunctionMetadata {
  id: string;
  description?: string;
  parameters: { name: string; description?: string; optional?: boolean }[];
  result?: { dimensionality?: string };
}

/** Families in the order a banker reads the deals; files not listed come last. */
const FAMILY_ORDER = [
  "calendar.ts", "debentures.ts", "newWarrants.ts", "registration.ts", "commitments.ts", "callableWarrants.ts",
  "exerciseRestrictions.ts", "rightOfFirstRefusal.ts", "agreementFigures.ts", "februaryPurchase.ts", "cantor.ts", "nasdaqRules.ts",
];

const cell = (text: string) => text.replace(/\|/g, "\\|").replace(/\s+/g, " ").trim();

/** The function reference: one table per catalog file (clause family). */
export async function functionReference(): Promise<string> {
  const rank = (f: string) => (FAMILY_ORDER.indexOf(f) + FAMILY_ORDER.length + 1) % (FAMILY_ORDER.length + 1);
  const files = fs
    .readdirSync(CATALOG)
    .filter((f) => f.endsWith(".ts"))
    .sort((a, b) => rank(a) - rank(b) || a.localeCompare(b));
  const sections: string[] = [];
  for (const file of files) {
    const result = await generateCustomFunctionsMetadata(path.join(CATALOG, file));
    if (result.errors.length > 0) throw new Error(`${file}: ${result.errors.join("; ")}`);
    const functions: FunctionMetadata[] = JSON.parse(result.metadataJson).functions;
    const family = fs.readFileSync(path.join(CATALOG, file), "utf8").match(/NEOT\.\* custom functions: (.*)/)?.[1].replace(/\.$/, "") ?? file;
    const heading = family.charAt(0).toUpperCase() + family.slice(1);
    const rows = functions.map((f) => {
      const args = f.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name)).join(", ");
      const params = f.parameters.map((p) => `<br>• \`${p.name}\`: ${cell(p.description ?? "")}`).join("");
      const spill = f.result?.dimensionality === "matrix" ? " *(spills)*" : "";
      return `| \`NEOT.${f.id}(${args})\`${spill} | ${cell(f.description ?? "")}${params} |`;
    });
    sections.push(`#### ${heading}\n\n| function | what it returns, its clause, its arguments |\n| --- | --- |\n${rows.join("\n")}`);
  }
  return sections.join("\n\n");
}

/** The term reference: every name a `[terms]` range or a term sheet may set. */
export function termReference(): string {
  const rows = TERM_DEFINITIONS.map((t) => {
    const value = t.kind === "fraction" && typeof t.default === "number" ? `${+(t.default * 100).toFixed(6)}%` : String(t.default);
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
}
