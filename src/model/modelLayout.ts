import { absoluteReference, cellAddress, columnLetters } from "../workbook/a1";
import {
  DATE_FORMAT,
  MONEY_FORMAT,
  PERCENT_FORMAT,
  PRICE_FORMAT,
  TEXT_FORMAT,
  WHOLE_FORMAT,
} from "../workbook/excelValues";
import { termValueName, termsBlockName } from "../termsheet/termSheet";
import { CellValue } from "../workbook/workbookPlan";
import { CellRole, DealModel, ModelCell, ModelChart, ModelName, ModelSpill, PriceSource } from "./dealModel";

/** The units the model shows, each with its number format. */
export const UNITS = {
  date: { unit: "date", format: DATE_FORMAT },
  usd: { unit: "USD", format: MONEY_FORMAT },
  price: { unit: "USD per share", format: PRICE_FORMAT },
  shares: { unit: "shares", format: WHOLE_FORMAT },
  days: { unit: "trading days", format: WHOLE_FORMAT },
  flag: { unit: "TRUE/FALSE", format: "General" },
  percent: { unit: "fraction", format: PERCENT_FORMAT },
  text: { unit: "text", format: TEXT_FORMAT },
} as const;
export type Unit = keyof typeof UNITS;

/** The model sheet of a deal: `DEB_T1_MODEL`. */
export function modelSheetName(dealId: string): string {
  return `${dealId}_MODEL`;
}

/** A model name: `DEB_T1_MODEL.AS_OF`. */
export function modelName(dealId: string, key: string): string {
  return `${modelSheetName(dealId)}.${key}`;
}

/** `NEOT.<ID>(args…)`; every NEOT call of the model is written here. */
export function neot(id: string, ...args: string[]): string {
  return `NEOT.${id}(${args.join(",")})`;
}

/** The formula text, blank while any of `required` (names or expressions) is blank. */
export function unlessBlank(required: readonly string[], expression: string): string {
  return required.length === 0 ? `=${expression}` : `=IF(${anyBlank(required)},"",${expression})`;
}

/**
 * A spill's formula that waits for its inputs: while `blank` (a condition over the inputs,
 * e.g. `OR(A="",B="")`) holds, the anchor shows `note` (one cell, no spill, no error);
 * once the banker fills them the call spills. Excel's IF returns the array of the branch
 * it takes, so the schedule spills as an unwrapped call would.
 * @example awaitingInputs('DEB_T1_MODEL.ISSUE_DATE=""', "Fill in: issue date", "NEOT.MATURITY(x)") //=> '=IF(DEB_T1_MODEL.ISSUE_DATE="","Fill in: issue date",NEOT.MATURITY(x))'
 */
export function awaitingInputs(blank: string, note: string, expression: string): string {
  return `=IF(${blank},"${note.replace(/"/g, '""')}",${expression})`;
}

/**
 * `OR(a="",b="")` for several names, `a=""` for one: the condition that one of them is blank.
 * @example anyBlank(["A", "B"]) //=> 'OR(A="",B="")'
 */
export function anyBlank(required: readonly string[]): string {
  return required.length === 1 ? `${required[0]}=""` : `OR(${required.map((r) => `${r}=""`).join(",")})`;
}

/** The rows and columns of the sheet's left part: A label, B value, C unit, D clause or source. */
const LABEL = 1;
const VALUE = 2;
const FIRST_BLOCK_ROW = 5;
const SPILL_TITLE_ROW = 5;

/**
 * Lays out a deal's model top to bottom on the left (inputs, results, recorded figures,
 * tables) and its spills side by side on the right, each owning its columns from the
 * anchor down. The one place cell addresses are computed: every name, formula and chart
 * position comes from here.
 */
export class ModelLayout {
  readonly sheet: string;
  private readonly cells: ModelCell[] = [];
  private readonly names: ModelName[] = [];
  private readonly spills: Omit<ModelSpill, "address" | "row" | "column">[] = [];
  private readonly charts: { spill: number; chart: Omit<ModelChart, "spill" | "levelColumns" | "placeAt"> }[] = [];
  private readonly used = new Set<string>();
  private row = FIRST_BLOCK_ROW;
  private width = 4;

  constructor(
    readonly dealId: string,
    title: string,
    source: string,
    prices: PriceSource,
  ) {
    this.sheet = modelSheetName(dealId);
    this.put(1, 1, `${title}: model`, TEXT_FORMAT, "title");
    this.put(2, 1, "Deal", TEXT_FORMAT, "label");
    this.put(2, 2, dealId, TEXT_FORMAT, "label");
    this.put(3, 1, "Source", TEXT_FORMAT, "label");
    this.put(3, 2, source, TEXT_FORMAT, "label");
    this.names.push(
      {
        name: this.priceDates,
        refersTo: `=${prices.dates}`,
        comment: `Dates of the closing bids: ${prices.description}`,
      },
      { name: this.priceBids, refersTo: `=${prices.bids}`, comment: `Nasdaq closing bids: ${prices.description}` },
    );
  }

  /** The model's names of the price dates and bids. */
  get priceDates(): string {
    return modelName(this.dealId, "PRICE_DATES");
  }
  get priceBids(): string {
    return modelName(this.dealId, "PRICE_BIDS");
  }
  /** Both, as a function's first two arguments. */
  get priceNames(): [string, string] {
    return [this.priceDates, this.priceBids];
  }

  /** The name of one of the deal's terms (must be on its terms sheet). */
  term(name: string): string {
    return this.use(termValueName(this.dealId, name));
  }

  /** The deal's [terms] block name. */
  get terms(): string {
    return this.use(termsBlockName(this.dealId));
  }

  private use(name: string): string {
    this.used.add(name);
    return name;
  }

  private put(row: number, column: number, value: CellValue, numberFormat: string, role: CellRole): void {
    if (value === "" && role !== "input") return; // a blank input is written: its format and shading
    this.cells.push({ address: cellAddress(row, column), row, column, value, numberFormat, role });
  }

  private nameCell(key: string, row: number, column: number, comment: string, rows = 1): string {
    const name = modelName(this.dealId, key);
    check(!this.names.some((n) => n.name === name), `model name ${name} given twice`);
    this.names.push({
      name,
      refersTo: absoluteReference(this.sheet, row, column, rows),
      comment: comment.slice(0, 255),
    });
    return name;
  }

  /** A section: a blank row, its title and its column headings. */
  section(title: string, headings: readonly string[] = ["Item", "Value", "Unit", "Clause or source"]): void {
    if (this.row > FIRST_BLOCK_ROW) this.row++;
    this.put(this.row++, LABEL, title, TEXT_FORMAT, "title");
    headings.forEach((h, i) => this.put(this.row, LABEL + i, h, TEXT_FORMAT, "heading"));
    this.width = Math.max(this.width, headings.length);
    this.row++;
  }

  /**
   * An input cell, named `<DEAL>_MODEL.<key>`: blank unless the agreements give a value
   * (`value`, or a formula such as "=DEB_T1.TRANCHE_PRINCIPAL").
   */
  input(key: string, label: string, unit: Unit, note: string, value: CellValue = ""): string {
    const r = this.row++;
    this.put(r, LABEL, label, TEXT_FORMAT, "label");
    this.put(r, VALUE, value, UNITS[unit].format, "input");
    this.put(r, VALUE + 1, UNITS[unit].unit, TEXT_FORMAT, "unit");
    this.put(r, VALUE + 2, note, TEXT_FORMAT, "clause");
    return this.nameCell(key, r, VALUE, `${label} (${UNITS[unit].unit}): input`);
  }

  /** A result cell, named `<DEAL>_MODEL.<key>`, holding `formula` (built with unlessBlank). */
  result(key: string, label: string, unit: Unit, clause: string, formula: string): string {
    const r = this.row++;
    this.put(r, LABEL, label, TEXT_FORMAT, "label");
    this.put(r, VALUE, formula, UNITS[unit].format, "result");
    this.put(r, VALUE + 1, UNITS[unit].unit, TEXT_FORMAT, "unit");
    this.put(r, VALUE + 2, clause, TEXT_FORMAT, "clause");
    return this.nameCell(key, r, VALUE, `${label} (${UNITS[unit].unit}); ${clause}`);
  }

  /**
   * A recorded figure beside the contractual one: label, contractual (a formula or a
   * value), recorded value, its source. Named `<key>` (contractual) and `<key>_RECORDED`.
   */
  recorded(
    key: string,
    label: string,
    unit: Unit,
    contractual: CellValue,
    recordedValue: CellValue,
    source: string,
  ): void {
    const r = this.row++;
    this.put(r, LABEL, label, TEXT_FORMAT, "label");
    this.put(r, VALUE, contractual, UNITS[unit].format, "result");
    this.put(
      r,
      VALUE + 1,
      recordedValue,
      typeof recordedValue === "string" ? TEXT_FORMAT : UNITS[unit].format,
      "recorded",
    );
    this.put(r, VALUE + 2, source, TEXT_FORMAT, "clause");
    this.nameCell(key, r, VALUE, `${label}: contractual`);
    this.nameCell(`${key}_RECORDED`, r, VALUE + 1, `${label}: as recorded; ${source}`);
  }

  /**
   * A table of `rows` rows under `headings`: `cell(rowIndex, address)` gives each cell's
   * value, where `address(key, rowIndex)` is the A1 address of column `key` in a row.
   * Each column is named `<DEAL>_MODEL.<key>` (the whole column of the table).
   */
  table(
    columns: readonly {
      key: string;
      heading: string;
      unit: Unit;
      role: "input" | "result";
      cell: (i: number, at: (key: string, i: number) => string) => CellValue;
    }[],
    rows: number,
  ): void {
    const top = this.row;
    columns.forEach((c, j) => this.put(top, LABEL + j, `${c.heading} (${UNITS[c.unit].unit})`, TEXT_FORMAT, "heading"));
    const at = (key: string, i: number) => {
      const j = columns.findIndex((c) => c.key === key);
      check(j >= 0 && i >= 0 && i < rows, `no cell ${key}[${i}] in the table`);
      return cellAddress(top + 1 + i, LABEL + j);
    };
    for (let i = 0; i < rows; i++) {
      columns.forEach((c, j) => this.put(top + 1 + i, LABEL + j, c.cell(i, at), UNITS[c.unit].format, c.role));
    }
    columns.forEach((c, j) =>
      this.nameCell(c.key, top + 1, LABEL + j, `${c.heading} (${UNITS[c.unit].unit}) of each row`, rows),
    );
    this.width = Math.max(this.width, columns.length);
    this.row = top + 1 + rows;
  }

  /** A note row: text across the block. */
  note(text: string): void {
    this.put(this.row++, LABEL, text, TEXT_FORMAT, "note");
  }

  /**
   * A spilled table on the right, with its title above the anchor; `maxRows` bounds a table
   * of fixed length (its rows below the heading row). Returns its index for {@link chart}.
   */
  spill(
    title: string,
    headings: readonly string[],
    columnFormats: readonly string[],
    formula: string,
    maxRows?: number,
  ): number {
    this.spills.push({ title, headings, columnFormats, formula, columns: headings.length, maxRows });
    return this.spills.length - 1;
  }

  /** A line chart over spill `spill` (see ModelChart). */
  chart(spill: number, chart: Omit<ModelChart, "spill" | "levelColumns" | "placeAt">): void {
    this.charts.push({ spill, chart });
  }

  /** The plan: spills placed right of the widest block, one empty column apart; charts below the blocks. */
  build(): DealModel {
    const spills: ModelSpill[] = [];
    /** Each chart's level columns, by its index: right of its spill, after the other charts' of that spill. */
    const levelColumns = new Map<number, number[]>();
    let column = this.width + 2;
    this.spills.forEach((s, index) => {
      const row = SPILL_TITLE_ROW + 1;
      this.put(SPILL_TITLE_ROW, column, s.title, TEXT_FORMAT, "title");
      spills.push({ ...s, address: cellAddress(row, column), row, column });
      let next = column + s.columns;
      this.charts.forEach((c, k) => {
        if (c.spill !== index) return;
        const reserved = c.chart.levels.map(() => next++);
        c.chart.levels.forEach((l, j) => this.put(SPILL_TITLE_ROW, reserved[j], l.label, TEXT_FORMAT, "heading"));
        levelColumns.set(k, reserved);
      });
      column = next + 1;
    });
    let chartRow = this.row + 2;
    const charts: ModelChart[] = this.charts.map(({ spill, chart }, k) => {
      const placeAt = `A${chartRow}:${columnLetters(Math.max(this.width, 6))}${chartRow + 19}`;
      chartRow += 21;
      return { ...chart, spill: spills[spill].address, levelColumns: levelColumns.get(k) ?? [], placeAt };
    });
    return {
      dealId: this.dealId,
      sheet: this.sheet,
      cells: this.cells,
      names: this.names,
      spills,
      charts,
      uses: [...this.used].sort(),
    };
  }
}

function check(condition: boolean, message: string): asserts condition {
  if (!condition) throw new Error(message);
}
