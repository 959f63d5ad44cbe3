/**
 * The one module of the task pane that talks to Excel: it reads what the planners need
 * (sheets, tables, names, the date system) and applies a WorkbookPlan. At write time it
 * reads the workbook again in the same batch and stops, writing nothing, when anything
 * changed since the review (values, formulas, sheets, tables, names, and the number
 * formats and bold of the cells the plan writes, read with the review by readFormats); when a write fails part-way it puts back everything the plan
 * touched: values, formulas, number formats, bold (the only font property it writes), the
 * fill and borders of the cells it gives the Input style (the model's inputs; it touches no
 * other cell's fill or borders), tables (names, ranges, styles; a table left as TableN by a
 * failed rename is deleted), names and sheets.
 * Everything it writes was computed and validated by the pure code in src/termsheet/ and
 * checked by src/workbook/ (the plan, its limits, the changes since the review);
 * nothing here decides a value.
 *
 * Excel APIs used: ExcelApi 1.1–1.7 (ranges, tables, names, getItemOrNullObject,
 * getUsedRangeOrNullObject), 1.9 (Range.getCellProperties / setCellProperties, to put
 * bold back) and 1.13 (Table.resize, to update a table in place): the pane
 * checks for them (excelApiSupport.ts) before offering to write.
 */
import { messages } from "../engine/messages";
import { absoluteReference, blockAddress, parseCellAddress } from "../workbook/a1";
import { CELL_EDGES, inputCellProperties } from "../workbook/cellStyle";
import { parseTableAddress } from "../workbook/a1";
import { CellFormats, formatChanges } from "../workbook/formatChanges";
import { workbookChanges } from "../workbook/workbookChanges";
import { CellValue, SheetState, TableState, WorkbookPlan, WorkbookState } from "../workbook/workbookPlan";

/** `Excel.run` — passed in, so tests can give a stand-in. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Reading and writing a workbook. */
export interface WorkbookHost {
  /** The named sheets (and the sheets holding the named tables), all tables and all names. */
  read(sheets: readonly string[], tables?: readonly string[]): Promise<WorkbookState>;
  /**
   * Applies a plan made from `reviewed`. Rejects with a WorkbookChangedError, writing
   * nothing, when the workbook no longer matches `reviewed`; on a failure part-way
   * restores what was there and rejects with a WorkbookWriteError saying whether the undo
   * worked.
   */
  apply(
    plan: WorkbookPlan,
    reviewed: WorkbookState,
    onProgress?: (done: number, total: number) => void,
    step?: WriteStep,
  ): Promise<void>;
  /**
   * The number formats and bold of the cells `plan` writes on sheets that exist, for the
   * review's state (`WorkbookState.formats`): `apply` stops when they changed since.
   */
  readFormats(plan: WorkbookPlan): Promise<CellFormats[]>;
}

/**
 * More to write in the same batch after a plan, with its own undo (the deal model's
 * chart, whose ranges depend on what Excel computed from the plan's formulas). `prepare`
 * runs before the plan's writes, `write` after them; on a failure `restore` runs first,
 * in the undo's batch, then the plan's own undo.
 */
export interface WriteStep {
  prepare(context: Excel.RequestContext): Promise<void>;
  write(context: Excel.RequestContext): Promise<void>;
  restore(context: Excel.RequestContext): Promise<void>;
}

/** A failed write: the message says whether the workbook was restored. */
export class WorkbookWriteError extends Error {
  constructor(
    message: string,
    readonly restored: boolean,
  ) {
    super(message);
    this.name = "WorkbookWriteError";
  }
}

/** The workbook changed between the review and the write: nothing was written. */
export class WorkbookChangedError extends Error {
  constructor(readonly changes: readonly string[]) {
    super(messages.changedSinceReview(changes.length));
    this.name = "WorkbookChangedError";
  }
}

/** Table rows per write: keeps each request well under Excel on the web's payload limit. */
export const ROWS_PER_SYNC = 2000;

/** The workbook host over `Excel.run`. */
export function excelWorkbook(run: ExcelRun): WorkbookHost {
  return {
    read: (sheets, tables = []) => run((context) => readWorkbook(context, sheets, tables)),
    readFormats: (plan) =>
      run(async (context) => {
        const loaded = loadAreas(context, plan);
        await context.sync();
        return loaded.map(formatsOf);
      }),
    async apply(plan, reviewed, onProgress, step) {
      let snapshot: Snapshot | undefined;
      try {
        // One batch: check that nothing changed since the review, note what the plan
        // overwrites, then write.
        await run(async (context) => {
          const now = await readWorkbook(
            context,
            reviewed.sheets.map((s) => s.name),
            [],
          );
          const changes = workbookChanges(reviewed, now);
          if (changes.length > 0) throw new WorkbookChangedError(changes);
          await step?.prepare(context);
          const taken = await takeSnapshot(context, plan);
          // A number format or bold changed on a cell the plan writes is an edit too.
          const formatting = reviewed.formats ? formatChanges(reviewed.formats, taken.areas.map(formatsOf)) : [];
          if (formatting.length > 0) throw new WorkbookChangedError(formatting);
          snapshot = taken;
          await write(context, plan, snapshot, onProgress);
          await step?.write(context);
        });
      } catch (error) {
        if (error instanceof WorkbookChangedError) throw error;
        if (snapshot === undefined) throw new WorkbookWriteError(messages.writeNotStarted(detail(error)), true);
        const before = snapshot;
        try {
          await run(async (context) => {
            await step?.restore(context);
            await restore(context, plan, before);
          });
        } catch (undoError) {
          throw new WorkbookWriteError(messages.undoFailed(detail(error), detail(undoError)), false);
        }
        throw new WorkbookWriteError(messages.writeUndone(detail(error)), true);
      }
    },
  };
}

function detail(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function withoutSheet(address: string): string {
  return address.replace(/^.*!/, "");
}

async function readWorkbook(
  context: Excel.RequestContext,
  sheetNames: readonly string[],
  tableNames: readonly string[],
): Promise<WorkbookState> {
  const workbook = context.workbook;
  const names = workbook.names.load("items/name,items/formula");
  const tables = workbook.tables.load("items/name");
  await context.sync();

  const tableInfo = tables.items.map((t) => ({
    table: t,
    sheet: t.worksheet.load("name"),
    range: t.getRange().load("address"),
  }));
  await context.sync();
  const tableStates: TableState[] = tableInfo.map(({ table, sheet, range }) => ({
    name: table.name,
    sheet: sheet.name,
    address: withoutSheet(range.address),
  }));

  const wanted = [...sheetNames];
  for (const t of tableStates) {
    if (tableNames.some((n) => n.toUpperCase() === t.name.toUpperCase())) wanted.push(t.sheet);
  }
  const unique = wanted.filter((s, i) => wanted.findIndex((o) => o.toUpperCase() === s.toUpperCase()) === i);
  const sheets = unique.map((name) => {
    const sheet = workbook.worksheets.getItemOrNullObject(name).load("name");
    return { name, sheet };
  });
  await context.sync();
  const used = sheets.map(({ sheet }) =>
    sheet.isNullObject ? undefined : sheet.getUsedRangeOrNullObject(true).load("address,values,formulas"),
  );
  // The serial of 2001-04-17 in the workbook's own date system: 36998 in 1900, 35536 in 1904.
  const probe = workbook.functions.date(2001, 4, 17).load("value");
  await context.sync();

  const sheetStates: SheetState[] = sheets.map(({ name, sheet }, i) => {
    if (sheet.isNullObject) return { name, exists: false, grid: [] };
    const range = used[i]!;
    if (range.isNullObject) return { name: sheet.name, exists: true, grid: [], formulas: [] };
    return {
      name: sheet.name,
      exists: true,
      grid: placeGrid(range.address, range.values),
      formulas: placeGrid(range.address, range.formulas),
    };
  });
  return {
    sheets: sheetStates,
    tables: tableStates,
    names: names.items.map((n) => ({ name: n.name, formula: String(n.formula) })),
    dateSystem: probe.value === DATE_1904_PROBE ? 1904 : 1900,
  };
}

/** `DATE(2001, 4, 17)` in a 1904 workbook: 36998 − 1462. */
const DATE_1904_PROBE = 35536;

/** The values of a used range placed in a grid from A1. */
function placeGrid(address: string, values: unknown[][]): CellValue[][] {
  const top = parseCellAddress(withoutSheet(address).split(":")[0])!;
  const grid: CellValue[][] = Array.from({ length: top.row - 1 }, () => []);
  for (const row of values) grid.push([...Array<CellValue>(top.column - 1).fill(""), ...(row as CellValue[])]);
  return grid;
}

/**
 * The cell formatting the undo puts back besides number formats: bold, the only font or
 * fill property a write changes. Fills, colours and italics are never written, so they
 * are left alone (setting a fill back to "#FFFFFF" would turn "no fill" into white).
 */
const FORMAT_PROPERTIES = { format: { font: { bold: true } } } as const;

/**
 * What the undo puts back on cells the write gives the Input style: bold, and their fill
 * and borders as they were ("no fill" kept as pattern None, never as white).
 */
const STYLE_PROPERTIES = {
  format: {
    font: { bold: true },
    fill: { color: true, pattern: true },
    borders: { color: true, style: true, weight: true },
  },
} as const;

/**
 * Cell properties read before a write, as the undo writes them back: a cell without a fill
 * gets "no fill" (pattern None), not the white that Excel reports as its colour; only the four
 * edges the Input style writes are put back.
 */
function restorable(formats: Excel.CellProperties[][]): Excel.SettableCellProperties[][] {
  return formats.map((row) =>
    row.map((cell) => {
      const f = cell.format;
      if (!f?.fill && !f?.borders) return cell as Excel.SettableCellProperties;
      const fill = f.fill && (f.fill.pattern === "None" ? { pattern: "None" as const } : { ...f.fill });
      const borders: Excel.CellBorderCollection = {};
      for (const edge of CELL_EDGES) if (f.borders?.[edge]) borders[edge] = { ...f.borders[edge] };
      return { format: { font: f.font, ...(fill ? { fill } : {}), ...(f.borders ? { borders } : {}) } };
    }),
  );
}

/** What a plan may overwrite, as it was before. */
interface Snapshot {
  readonly names: Map<string, { formula: string; comment: string } | undefined>;
  readonly areas: {
    sheet: string;
    address: string;
    formatsOnly?: boolean;
    styleOnly?: boolean;
    formulas: unknown[][];
    numberFormat: unknown[][];
    formats: Excel.SettableCellProperties[][];
  }[];
  /** Every table of the workbook (upper-case name → address and style): any other is deleted. */
  readonly tables: Map<string, { address: string; style: string }>;
}

/** The blocks a plan writes on sheets that exist, loaded (formulas, number formats, cell properties) for the next sync. */
function loadAreas(context: Excel.RequestContext, plan: WorkbookPlan) {
  const workbook = context.workbook;
  const isNew = (sheet: string) => plan.newSheets.some((s) => s.toUpperCase() === sheet.toUpperCase());
  const areas: { sheet: string; address: string; formatsOnly?: boolean; styleOnly?: boolean; styled?: boolean }[] = [];
  for (const r of plan.ranges)
    if (!isNew(r.sheet))
      areas.push({
        sheet: r.sheet,
        address: r.address,
        formatsOnly: r.formatsOnly,
        styleOnly: r.styleOnly,
        styled: r.style !== undefined,
      });
  for (const t of plan.tables) {
    if (isNew(t.sheet)) continue;
    areas.push({ sheet: t.sheet, address: t.address });
    if (t.previousAddress) areas.push({ sheet: t.sheet, address: t.previousAddress });
  }
  return areas.map((a) => {
    const range = workbook.worksheets.getItem(a.sheet).getRange(a.address).load("formulas,numberFormat");
    return { ...a, range, formats: range.getCellProperties(a.styled ? STYLE_PROPERTIES : FORMAT_PROPERTIES) };
  });
}

/** A loaded block's number formats and bold, after the sync. */
function formatsOf(a: {
  sheet: string;
  address: string;
  range?: Excel.Range;
  numberFormat?: unknown[][];
  formats: { value: Excel.CellProperties[][] } | Excel.SettableCellProperties[][];
}): CellFormats {
  const props = Array.isArray(a.formats) ? a.formats : a.formats.value;
  return {
    sheet: a.sheet,
    address: a.address,
    numberFormats: a.numberFormat ?? a.range!.numberFormat,
    bold: props.map((row) => row.map((c) => Boolean(c.format?.font?.bold))),
  };
}

async function takeSnapshot(context: Excel.RequestContext, plan: WorkbookPlan): Promise<Snapshot> {
  const workbook = context.workbook;
  const nameItems = plan.names.map((n) => ({
    name: n.name,
    item: workbook.names.getItemOrNullObject(n.name).load("formula,comment"),
  }));
  const loaded = loadAreas(context, plan);
  const tables = workbook.tables.load("items/name,items/style");
  await context.sync();
  const tableRanges = tables.items.map((t) => ({ name: t.name, style: t.style, range: t.getRange().load("address") }));
  await context.sync();
  return {
    names: new Map(
      nameItems.map(({ name, item }) => [
        name,
        item.isNullObject ? undefined : { formula: String(item.formula), comment: item.comment },
      ]),
    ),
    areas: loaded.map(({ sheet, address, formatsOnly, styleOnly, range, formats }) => ({
      sheet,
      address,
      formatsOnly,
      styleOnly,
      formulas: range.formulas,
      numberFormat: range.numberFormat,
      formats: restorable(formats.value),
    })),
    tables: new Map(
      tableRanges.map((t) => [t.name.toUpperCase(), { address: withoutSheet(t.range.address), style: t.style }]),
    ),
  };
}

async function write(
  context: Excel.RequestContext,
  plan: WorkbookPlan,
  snapshot: Snapshot,
  onProgress?: (done: number, total: number) => void,
): Promise<void> {
  const workbook = context.workbook;
  const sheet = (name: string) => workbook.worksheets.getItem(name);
  const chunks = plan.tables.reduce((n, t) => n + Math.max(1, Math.ceil(t.rows.length / ROWS_PER_SYNC)), 0);
  const total = 2 + chunks;
  let done = 0;
  const step = async () => {
    await context.sync();
    onProgress?.(++done, total);
  };

  for (const name of plan.newSheets) workbook.worksheets.add(name);
  // Names first, so that formulas written next find every name they use.
  for (const n of plan.names) {
    if (snapshot.names.get(n.name) === undefined)
      workbook.names.add(n.name, n.formula ?? sheet(n.sheet).getRange(n.address), n.comment);
    else {
      const existing = workbook.names.getItem(n.name);
      existing.formula = n.formula ?? reference(n.sheet, n.address);
      existing.comment = n.comment;
    }
  }
  for (const r of plan.ranges) {
    const range = sheet(r.sheet).getRange(r.address);
    if (!r.styleOnly) {
      range.numberFormat = r.numberFormats as unknown[][];
      if (!r.formatsOnly) range.values = r.values as unknown[][];
    }
    if (r.bold) range.format.font.bold = true;
    if (r.style === "input") {
      const place = parseTableAddress(r.address)!;
      range.setCellProperties(inputCellProperties(place.rows, place.columns) as Excel.SettableCellProperties[][]);
    }
  }
  await step();

  for (const t of plan.tables) {
    const place = parseTableAddress(t.address)!;
    const ws = sheet(t.sheet);
    const header = ws.getRange(blockAddress(place.top, place.left, 1, place.columns));
    header.numberFormat = [t.headers.map(() => "@")];
    header.values = [t.headers as string[]];
    header.format.font.bold = true;
    for (let start = 0; start < t.rows.length || start === 0; start += ROWS_PER_SYNC) {
      const rows = t.rows.slice(start, start + ROWS_PER_SYNC);
      if (rows.length > 0) {
        const body = ws.getRange(blockAddress(place.top + 1 + start, place.left, rows.length, place.columns));
        body.numberFormat = rows.map(() => t.columnFormats as string[]);
        body.values = rows as unknown[][];
      }
      if (start + ROWS_PER_SYNC >= t.rows.length) break;
      await step();
    }
    if (t.previousAddress) {
      const table = workbook.tables.getItem(t.name);
      table.resize(t.address);
      if (t.clearAfter) ws.getRange(t.clearAfter).clear("Contents");
    } else {
      const table = ws.tables.add(t.address, true);
      table.name = t.name;
    }
    await step();
  }

  for (const a of plan.autofit) sheet(a.sheet).getRange(a.columns).format.autofitColumns();
  const first = plan.ranges[0]?.sheet ?? plan.tables[0]?.sheet;
  if (first) sheet(first).activate();
  await step();
}

function reference(sheet: string, address: string): string {
  const place = parseTableAddress(address)!;
  return absoluteReference(sheet, place.top, place.left, place.rows, place.columns);
}

async function restore(context: Excel.RequestContext, plan: WorkbookPlan, snapshot: Snapshot): Promise<void> {
  const workbook = context.workbook;
  const names = plan.names.map((n) => ({
    name: n.name,
    item: workbook.names.getItemOrNullObject(n.name).load("name"),
  }));
  const tables = workbook.tables.load("items/name");
  const sheets = plan.newSheets.map((s) => workbook.worksheets.getItemOrNullObject(s).load("name"));
  await context.sync();

  for (const { name, item } of names) {
    const before = snapshot.names.get(name);
    if (item.isNullObject) continue;
    if (before === undefined) item.delete();
    else {
      item.formula = before.formula;
      item.comment = before.comment;
    }
  }
  // Tables: any table that was not there (a new one, or one left as TableN) goes; the
  // others get their range and style back.
  for (const table of tables.items) {
    const before = snapshot.tables.get(table.name.toUpperCase());
    if (before === undefined) table.delete();
    else {
      table.resize(before.address);
      table.style = before.style;
    }
  }
  for (const a of snapshot.areas) {
    const range = workbook.worksheets.getItem(a.sheet).getRange(a.address);
    if (!a.styleOnly) {
      range.numberFormat = a.numberFormat;
      if (!a.formatsOnly) range.formulas = a.formulas;
    }
    range.setCellProperties(a.formats);
  }
  for (const s of sheets) if (!s.isNullObject) s.delete();
  await context.sync();
}
