/**
 * Excel's structured references to a table column, written by Excel's documented rules
 * (Microsoft, "Using structured references with Excel tables", syntax rules):
 *
 * - `Tbl[Col]` when the header has no special character (a space alone is allowed);
 * - `Tbl[[Col]]`, the header in its own pair of brackets, when it has any of: tab, line
 *   feed, carriage return, comma, colon, period, brackets, pound sign, quotation marks,
 *   braces, dollar, caret, ampersand, asterisk, plus, equal, minus, greater or less than,
 *   division sign (`/`), or starts with `@`;
 * - inside the brackets, `[`, `]`, `#` and `'` are escaped with a single quote (`'#`), and
 *   so is `@` (this project's choice: `Tbl[@Col]` means "Col on this row", so an `@` of the
 *   header itself is always written escaped and never read as "this row").
 *
 * Pure: used by the model's price selection (priceSelection.ts) and by the tests.
 */
import { excelNameProblem } from "./excelName";

/** Characters that make a header need its own pair of brackets (a space alone does not). */
const NEEDS_OWN_BRACKETS = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/@]/;

/** Characters escaped with a single quote inside a column specifier. */
const ESCAPED = /(['#[\]@])/g;

/**
 * A column specifier for a header: `[Close]`, `[Trade Date]`, `[[Close/Last]]`, `[['#Bids]]`.
 * @param header - the column's header exactly as in the table (not empty)
 * @returns the specifier, brackets included
 * @throws Error for an empty header (a table column always has one)
 * @example columnSpecifier("Close/Last") //=> "[[Close/Last]]"
 */
export function columnSpecifier(header: string): string {
  if (header === "") throw new Error("a table column has a header: got an empty one");
  const escaped = header.replace(ESCAPED, "'$1");
  return NEEDS_OWN_BRACKETS.test(header) ? `[[${escaped}]]` : `[${escaped}]`;
}

/**
 * The structured reference to the whole data body of one column of a table.
 * @param table - the table's name (a valid Excel name)
 * @param header - the column's header exactly as in the table
 * @returns e.g. "Feed2Tbl[[Close/Last]]"
 * @throws Error for a table name Excel would refuse, or an empty header
 * @example columnReference("Feed3Tbl", "@Date") //=> "Feed3Tbl[['@Date]]"
 */
export function columnReference(table: string, header: string): string {
  const problem = excelNameProblem(table);
  if (problem) throw new Error(`table name ${table}: ${problem}`);
  return `${table}${columnSpecifier(header)}`;
}

/**
 * Reads a column specifier back to its header, by the same rules: `[Close]` →
 * "Close", `[[Close/Last]]` → "Close/Last", `[['#Bids]]` → "#Bids". A specifier Excel
 * would refuse (a special character in single brackets, an unescaped `[`, `]`, `#`, `'` or
 * `@` inside double brackets, unbalanced brackets) gives undefined; so does `[@Col]`,
 * which is not a column but one row of it.
 * @example headerOfSpecifier("[Close/Last]") //=> undefined
 */
export function headerOfSpecifier(specifier: string): string | undefined {
  const inner = /^\[\[(.*)\]\]$/s.exec(specifier);
  const text = inner ? inner[1] : /^\[(.*)\]$/s.exec(specifier)?.[1];
  if (text === undefined || text === "") return undefined;
  let header = "";
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (!inner && NEEDS_OWN_BRACKETS.test(ch)) return undefined;
    if (ch === "'") {
      const next = text[i + 1];
      if (next === undefined || !/['#[\]@]/.test(next)) return undefined;
      header += next;
      i++;
      continue;
    }
    if (/[[\]#@]/.test(ch)) return undefined;
    header += ch;
  }
  return header;
}
