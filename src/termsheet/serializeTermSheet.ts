import { Decimal } from "../engine/decimal";
import { TermDefinition } from "../engine/terms/termDefinition";
import { findTerm } from "../engine/terms/termRegistry";
import { TermValue } from "../engine/terms/termDefinition";
import { isoDate } from "../engine/time/civilDate";
import { TableCell } from "../workbook/excelValues";
import { TERM_SHEET_FORMAT, TERM_SHEET_VERSION, TermSheet } from "./termSheet";

/** A term value as the JSON value a term sheet holds. */
export type JsonTermValue = number | boolean | string;

/**
 * A validated term value in its canonical JSON form: a number for numeric kinds (1.2 for
 * 120%), true/false for flags, the choice's text, "YYYY-MM-DD" for dates.
 * @example jsonTermValue(findTerm("CONV_INITIAL_PCT")!, new Decimal("1.2")) //=> 1.2
 */
export function jsonTermValue(definition: TermDefinition, value: TermValue): JsonTermValue {
  switch (definition.kind) {
    case "flag":
    case "choice":
      return value as boolean | string;
    case "date":
      return isoDate(value as number);
    default:
      return (value as Decimal).toNumber();
  }
}

/**
 * The canonical text of a term sheet: two-space indentation, one term, column or table
 * row per line, fields in the order of the format, "\n" line ends and a final newline.
 * Importing a canonical file and exporting it gives back the same bytes.
 * @throws Error for a term that is not registered (a validated TermSheet has none)
 * @example serializeTermSheet(sheet).startsWith('{\n  "format": "neot-term-sheet",') //=> true
 */
export function serializeTermSheet(sheet: TermSheet): string {
  const j = (v: unknown) => JSON.stringify(v);
  const inline = (fields: [string, unknown][]) => `{ ${fields.map(([k, v]) => `${j(k)}: ${j(v)}`).join(", ")} }`;
  const list = (items: string[], indent: string) =>
    items.length === 0 ? "[]" : `[\n${items.map((s) => indent + "  " + s).join(",\n")}\n${indent}]`;
  const row = (cells: readonly TableCell[]) => `[${cells.map(j).join(", ")}]`;

  const terms = sheet.terms.map(({ name, value }) => {
    const definition = findTerm(name);
    if (!definition) throw new Error(`term ${name} is not registered`);
    return inline([
      ["name", definition.name],
      ["value", jsonTermValue(definition, value)],
    ]);
  });
  const tables = sheet.tables.map((t) =>
    [
      "{",
      `      "id": ${j(t.id)},`,
      `      "title": ${j(t.title)},`,
      `      "source": ${j(t.source)},`,
      `      "columns": ${list(
        t.columns.map((c) =>
          inline([
            ["name", c.name],
            ["kind", c.kind],
          ]),
        ),
        "      ",
      )},`,
      `      "rows": ${list(t.rows.map(row), "      ")}`,
      "    }",
    ].join("\n"),
  );
  return [
    "{",
    `  "format": ${j(TERM_SHEET_FORMAT)},`,
    `  "version": ${TERM_SHEET_VERSION},`,
    '  "deal": {',
    `    "id": ${j(sheet.deal.id)},`,
    `    "title": ${j(sheet.deal.title)},`,
    `    "source": ${j(sheet.deal.source)}`,
    "  },",
    `  "terms": ${list(terms, "  ")},`,
    `  "tables": ${list(tables, "  ")}`,
    "}",
    "",
  ].join("\n");
}
