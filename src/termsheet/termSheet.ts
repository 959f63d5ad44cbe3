import { Decimal } from "../engine/decimal";
import { TermsError } from "../engine/errors";
import { messages } from "../engine/messages";
import { TermDefinition, TermKind, TermValue } from "../engine/terms/termDefinition";
import { findTerm } from "../engine/terms/termRegistry";
import { Terms, readTermValue } from "../engine/terms/terms";
import { isoDate, parseIsoDate } from "../engine/time/civilDate";
import { cellTextProblem, excelDateProblem, sheetNameProblem } from "../workbook/excelLimits";
import { excelNameProblem } from "../workbook/excelName";
import { exactCellProblem } from "../workbook/excelNumbers";
import { PANE_OBJECT_NAMES, reservedDealIdProblem } from "../workbook/paneObjects";
import { Checked, Problem } from "../workbook/problem";
import { COLUMN_KINDS, ColumnKind, TableCell } from "../workbook/excelValues";

/**
 * The term-sheet file format, version 1 — what the task pane imports and exports:
 *
 * ```json
 * {
 *   "format": "neot-term-sheet",
 *   "version": 1,
 *   "deal": { "id": "DEB_T1", "title": "…", "source": "seed 000, Exhibit A" },
 *   "terms": [ { "name": "CONV_INITIAL_PCT", "value": 1.2 }, … ],
 *   "tables": [ { "id": "CLOSING_WARRANTS", "title": "…", "source": "…",
 *                 "columns": [ { "name": "Holder", "kind": "text" }, … ],
 *                 "rows": [ ["HBK Master Fund L.P.", 26250, 12.98, "1999-01-29"], … ] } ]
 * }
 * ```
 *
 * - `deal.id`: 1–24 capital letters, digits and underscores, starting with a letter; it
 *   names the deal's sheet, its block name `<id>_TERMS` and its value names
 *   `<id>.<TERM>` (e.g. `DEB_T1.CONV_INITIAL_PCT`).
 * - `terms`: registry term names (any case; written upper case), each at most once, with
 *   a value the engine accepts for the term's kind (`readTermValue`): numbers for
 *   fractions (1.2 = 120%; "120%" is read too), prices, money, days and counts; `true` /
 *   `false` for flags; the choice's text; "YYYY-MM-DD" for dates. Unit and source clause
 *   come from the registry, not from the file.
 * - `tables` (optional): schedules that are not terms (Exhibits C and D, the February 2000
 *   purchasers). Column kinds: text, count (whole number ≥ 0), price (> 0), money (≥ 0),
 *   fraction (≥ 0), date ("YYYY-MM-DD").
 * - Unknown fields are errors (a misspelt "vaule" must not be ignored silently).
 * The canonical text of a term sheet is {@link serializeTermSheet}'s.
 */
export const TERM_SHEET_FORMAT = "neot-term-sheet";
export const TERM_SHEET_VERSION = 1;

export interface TermSheetDeal {
  readonly id: string;
  readonly title: string;
  readonly source: string;
}

export interface TermSheetTerm {
  /** The registry name, upper case. */
  readonly name: string;
  readonly value: TermValue;
}

export interface TableColumn {
  readonly name: string;
  readonly kind: ColumnKind;
}

export interface TermSheetTable {
  readonly id: string;
  readonly title: string;
  readonly source: string;
  readonly columns: readonly TableColumn[];
  readonly rows: readonly (readonly TableCell[])[];
}

/** A validated term sheet: every term registered and every value accepted by the engine. */
export interface TermSheet {
  readonly deal: TermSheetDeal;
  readonly terms: readonly TermSheetTerm[];
  readonly tables: readonly TermSheetTable[];
}

/** Sheet and table names the pane itself uses; a deal may not take them. */
export const RESERVED_DEAL_IDS: readonly string[] = PANE_OBJECT_NAMES;

const DEAL_ID = /^[A-Z][A-Z0-9_]{0,23}$/;
const TABLE_ID = /^[A-Z][A-Z0-9_]{0,30}$/;
const COLUMN_NAME = /^[A-Za-z][A-Za-z0-9_]{0,63}$/;

/** The defined name of a deal's (term, value) block: `DEB_T1_TERMS`. */
export function termsBlockName(dealId: string): string {
  return `${dealId}_TERMS`;
}

/** The defined name of one term's value cell: `DEB_T1.CONV_INITIAL_PCT`. */
export function termValueName(dealId: string, term: string): string {
  return `${dealId}.${term}`;
}

/** The Excel table name of a deal's table: `CLOSING_WTS_WARRANTS`. */
export function dealTableName(dealId: string, tableId: string): string {
  return `${dealId}_${tableId}`;
}

/**
 * Parses and validates a term-sheet file, collecting every problem.
 * @param text - the file's text (UTF-8, a leading byte-order mark is ignored)
 * @returns the term sheet, or every problem found, each with its path
 * @throws never
 * @example parseTermSheet('{"format":"neot-term-sheet","version":1,"deal":{"id":"X_1","title":"t","source":"s"},"terms":[]}').ok //=> true
 */
export function parseTermSheet(text: string): Checked<TermSheet> {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return { ok: false, problems: [{ path: "file", message: messages.notJson((e as Error).message) }] };
  }
  return validateTermSheet(json);
}

/**
 * Validates a parsed term sheet (see the format above), collecting every problem.
 * @throws never
 */
export function validateTermSheet(json: unknown): Checked<TermSheet> {
  const problems: Problem[] = [];
  const add = (path: string, message: string) => problems.push({ path, message });
  if (!isObject(json))
    return { ok: false, problems: [{ path: "file", message: messages.fieldNotObject("the file", json) }] };
  unknownFields(json, "file", ["format", "version", "deal", "terms", "tables"], add);
  if (json.format !== TERM_SHEET_FORMAT) add("format", messages.wrongFormat(json.format));
  if (json.version !== TERM_SHEET_VERSION)
    add("version", messages.unsupportedVersion(json.version, TERM_SHEET_VERSION));

  const deal = readDeal(json.deal, add);
  const terms = readTerms(json.terms, deal?.id, add);
  const tables = json.tables === undefined ? [] : readTables(json.tables, deal?.id, add);
  if (problems.length > 0 || !deal || !terms || !tables) return { ok: false, problems };
  return { ok: true, value: { deal, terms, tables } };
}

type Add = (path: string, message: string) => void;

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function unknownFields(object: Record<string, unknown>, path: string, known: readonly string[], add: Add): void {
  for (const field of Object.keys(object)) {
    if (!known.includes(field)) add(path, messages.unknownField(path, field, known));
  }
}

function text(object: Record<string, unknown>, field: string, path: string, add: Add): string | undefined {
  const value = object[field];
  if (value === undefined || value === null || value === "") {
    add(`${path}.${field}`, messages.fieldRequired(`${path}.${field}`));
    return undefined;
  }
  if (typeof value !== "string") {
    add(`${path}.${field}`, messages.fieldNotText(`${path}.${field}`, value));
    return undefined;
  }
  const tooLong = cellTextProblem(value);
  if (tooLong) {
    add(`${path}.${field}`, messages.textTooLong(value.slice(0, 40), tooLong));
    return undefined;
  }
  return value;
}

function readDeal(value: unknown, add: Add): TermSheetDeal | undefined {
  if (value === undefined) {
    add("deal", messages.fieldRequired("deal"));
    return undefined;
  }
  if (!isObject(value)) {
    add("deal", messages.fieldNotObject("deal", value));
    return undefined;
  }
  unknownFields(value, "deal", ["id", "title", "source"], add);
  const id = text(value, "id", "deal", add);
  const title = text(value, "title", "deal", add);
  const source = text(value, "source", "deal", add);
  let idOk = id !== undefined;
  if (id !== undefined && !DEAL_ID.test(id)) {
    add("deal.id", messages.badDealId(id));
    idOk = false;
  } else if (id !== undefined && reservedDealIdProblem(id)) {
    add("deal.id", messages.reservedDealId(id, reservedDealIdProblem(id)));
    idOk = false;
  } else if (id !== undefined && sheetNameProblem(id)) {
    add("deal.id", messages.badSheetName(id, sheetNameProblem(id)!));
    idOk = false;
  } else if (id !== undefined) {
    const reason = excelNameProblem(termsBlockName(id));
    if (reason) {
      add("deal.id", messages.badExcelName(termsBlockName(id), reason));
      idOk = false;
    }
  }
  return idOk && title !== undefined && source !== undefined ? { id: id!, title, source } : undefined;
}

function readTerms(value: unknown, dealId: string | undefined, add: Add): TermSheetTerm[] | undefined {
  if (value === undefined) {
    add("terms", messages.fieldRequired("terms"));
    return undefined;
  }
  if (!Array.isArray(value)) {
    add("terms", messages.fieldNotList("terms", value));
    return undefined;
  }
  const terms: TermSheetTerm[] = [];
  const seen = new Set<string>();
  value.forEach((entry, i) => {
    const path = `terms[${i}]`;
    if (!isObject(entry)) return add(path, messages.fieldNotObject(path, entry));
    unknownFields(entry, path, ["name", "value"], add);
    const name = text(entry, "name", path, add);
    if (name === undefined) return;
    const where = `${path} ${name}`;
    const definition = findTerm(name);
    if (!definition) return add(where, messages.unknownTerm(name.trim()));
    if (seen.has(definition.name)) return add(where, messages.duplicateTerm(definition.name));
    seen.add(definition.name);
    if (entry.value === undefined || entry.value === null) {
      return add(where, messages.fieldRequired(`${path}.value`));
    }
    let termValue = readValue(definition, entry.value, where, add);
    const outside =
      definition.kind === "date" && termValue !== undefined ? excelDateProblem(termValue as number) : undefined;
    if (outside) {
      add(where, messages.notADateCell(`term ${definition.name}`, outside));
      termValue = undefined;
    }
    const inexact = termValue instanceof Decimal ? exactCellProblem(definition.kind, termValue) : undefined;
    if (inexact) {
      add(where, messages.inexactAmount(`term ${definition.name}`, inexact));
      termValue = undefined;
    }
    if (dealId !== undefined) {
      const reason = excelNameProblem(termValueName(dealId, definition.name));
      if (reason) return add(where, messages.badExcelName(termValueName(dealId, definition.name), reason));
    }
    if (termValue !== undefined) terms.push({ name: definition.name, value: termValue });
  });
  checkRulesBetweenTerms(terms, add);
  return terms;
}

/**
 * The engine's rules between terms (termRules.ts: windows >= counts, bands ascending, …),
 * the sheet's values over the agreement's: the functions would refuse such a block, so
 * the import refuses it first.
 */
function checkRulesBetweenTerms(terms: readonly TermSheetTerm[], add: Add): void {
  try {
    Terms.fromValues(new Map(terms.map((t) => [t.name, t.value] as const)));
  } catch (e) {
    if (!(e instanceof TermsError)) throw e;
    add("terms", e.message);
  }
}

/** A term's value through the engine's own rule, the problem recorded instead of thrown. */
function readValue(definition: TermDefinition, raw: unknown, path: string, add: Add): TermValue | undefined {
  try {
    return readTermValue(definition, raw);
  } catch (e) {
    if (!(e instanceof TermsError)) throw e;
    add(path, e.message);
    return undefined;
  }
}

function readTables(value: unknown, dealId: string | undefined, add: Add): TermSheetTable[] | undefined {
  if (!Array.isArray(value)) {
    add("tables", messages.fieldNotList("tables", value));
    return undefined;
  }
  const tables: TermSheetTable[] = [];
  const seen = new Set<string>();
  value.forEach((entry, i) => {
    const path = `tables[${i}]`;
    if (!isObject(entry)) return add(path, messages.fieldNotObject(path, entry));
    unknownFields(entry, path, ["id", "title", "source", "columns", "rows"], add);
    const id = text(entry, "id", path, add);
    const title = text(entry, "title", path, add);
    const source = text(entry, "source", path, add);
    let idOk = id !== undefined;
    if (id !== undefined) {
      if (!TABLE_ID.test(id) || id === "TERMS") {
        add(`${path}.id`, messages.badTableId(id));
        idOk = false;
      } else if (seen.has(id)) {
        add(`${path}.id`, messages.duplicateTable(id));
        idOk = false;
      } else if (dealId !== undefined) {
        const reason = excelNameProblem(dealTableName(dealId, id));
        if (reason) {
          add(`${path}.id`, messages.badExcelName(dealTableName(dealId, id), reason));
          idOk = false;
        } else if (PANE_OBJECT_NAMES.includes(dealTableName(dealId, id))) {
          add(`${path}.id`, messages.paneObjectName(dealTableName(dealId, id)));
          idOk = false;
        }
      }
      seen.add(id);
    }
    const columns = readColumns(entry.columns, `${path}.columns`, add);
    const rows = columns ? readRows(entry.rows, columns, `${path}.rows`, add) : undefined;
    if (idOk && title !== undefined && source !== undefined && columns && rows) {
      tables.push({ id: id!, title, source, columns, rows });
    }
  });
  return tables;
}

function readColumns(value: unknown, path: string, add: Add): TableColumn[] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    add(path, value === undefined ? messages.fieldRequired(path) : messages.fieldNotList(path, value));
    return undefined;
  }
  const columns: TableColumn[] = [];
  const names = new Set<string>();
  let ok = true;
  value.forEach((entry, i) => {
    const where = `${path}[${i}]`;
    if (!isObject(entry)) {
      ok = false;
      return add(where, messages.fieldNotObject(where, entry));
    }
    unknownFields(entry, where, ["name", "kind"], add);
    const name = text(entry, "name", where, add);
    const kind = entry.kind;
    if (name === undefined) ok = false;
    else if (!COLUMN_NAME.test(name)) {
      ok = false;
      add(where, messages.badColumnName(name));
    } else if (names.has(name.toUpperCase())) {
      ok = false;
      add(where, messages.duplicateColumn(name));
    }
    if (name !== undefined) names.add(name.toUpperCase());
    if (!COLUMN_KINDS.includes(kind as ColumnKind)) {
      ok = false;
      add(where, messages.badColumnKind(kind, COLUMN_KINDS));
    }
    if (ok) columns.push({ name: name!, kind: kind as ColumnKind });
  });
  return ok ? columns : undefined;
}

function readRows(value: unknown, columns: readonly TableColumn[], path: string, add: Add): TableCell[][] | undefined {
  if (!Array.isArray(value) || value.length === 0) {
    add(
      path,
      value === undefined
        ? messages.fieldRequired(path)
        : Array.isArray(value)
          ? messages.emptyTable(path)
          : messages.fieldNotList(path, value),
    );
    return undefined;
  }
  const rows: TableCell[][] = [];
  let ok = true;
  value.forEach((row, r) => {
    const where = `${path}[${r}]`;
    if (!Array.isArray(row)) {
      ok = false;
      return add(where, messages.fieldNotList(where, row));
    }
    if (row.length !== columns.length) {
      ok = false;
      return add(where, messages.rowLength(where, columns.length, row.length));
    }
    const cells: TableCell[] = [];
    row.forEach((cell, c) => {
      const canonical = tableCell(columns[c].kind, cell);
      const limit = canonical === undefined ? undefined : cellLimitProblem(columns[c].kind, canonical);
      if (canonical === undefined) {
        ok = false;
        add(
          `${where}[${c}]`,
          messages.badCell(`${where}[${c}]`, columns[c].name, COLUMN_EXPECTED[columns[c].kind], cell),
        );
      } else if (limit) {
        ok = false;
        add(`${where}[${c}]`, limit);
      } else cells.push(canonical);
    });
    rows.push(cells);
  });
  return ok ? rows : undefined;
}

/** Excel's limits on a valid cell: a date it has, a text it can hold. */
function cellLimitProblem(kind: ColumnKind, cell: TableCell): string | undefined {
  if (kind === "date") {
    const reason = excelDateProblem(parseIsoDate(cell as string)!);
    return reason && messages.notADateCell(`date ${cell}`, reason);
  }
  if (typeof cell === "number") {
    const inexact = exactCellProblem(kind, cell);
    return inexact && messages.inexactAmount(`${kind} ${cell}`, inexact);
  }
  const reason = typeof cell === "string" ? cellTextProblem(cell) : undefined;
  return reason && messages.textTooLong(String(cell).slice(0, 40), reason);
}

const COLUMN_EXPECTED: Record<ColumnKind, string> = {
  text: "text",
  count: "a whole number, 0 or more",
  price: "a price greater than zero",
  money: "an amount of zero or more",
  fraction: "a percentage as a number (0.2 = 20%)",
  date: 'a date "YYYY-MM-DD"',
};

/**
 * A table cell of `kind` in canonical form, or undefined when it is not one. Dates may
 * come as "YYYY-MM-DD" or, read back from a workbook, as Excel serials (see
 * dealSheet.ts, which converts before calling).
 */
export function tableCell(kind: ColumnKind, value: unknown): TableCell | undefined {
  if (kind === "text") return typeof value === "string" && value !== "" ? value : undefined;
  if (kind === "date") {
    if (typeof value !== "string") return undefined;
    const day = parseIsoDate(value);
    return day === undefined ? undefined : isoDate(day);
  }
  if (typeof value !== "number" || !Number.isFinite(value)) return undefined;
  const ok = kind === "count" ? Number.isInteger(value) && value >= 0 : kind === "price" ? value > 0 : value >= 0;
  return ok ? value : undefined;
}

/** Kinds of terms and columns that a term sheet writes as a number of the workbook. */
export type ValueKind = TermKind | ColumnKind;
