import { DetailedCellError, HyperFormula as HF } from "hyperformula";
import { DealModel } from "../../src/model/dealModel";
import { planDealModel } from "../../src/model/planDealModel";
import { rangePriceSource } from "../../src/model/priceSource";
import { parseCellAddress } from "../../src/workbook/a1";
import { planDealImport } from "../../src/termsheet/dealSheet";
import { TermSheet } from "../../src/termsheet/termSheet";
import { HyperFormula } from "./neotPlugin";

/**
 * A workbook in HyperFormula as the pane writes it for one deal: the deal's terms sheet
 * (planDealImport's values and names), a Prices sheet with two columns referenced in
 * place, and the model sheet with its names, from planDealModel.
 */
export interface ModelWorkbook {
  readonly hf: HF;
  readonly model: DealModel;
  readonly prices: { dates: number[]; bids: (number | null)[] };
  /** The value of a model name's cell (a number, text, boolean, null or an error). */
  value(name: string): unknown;
  /** The value of a model-sheet cell by its A1 address. */
  cell(address: string): unknown;
  /** Puts a value into a model name's (input) cell. */
  set(name: string, value: unknown): void;
  /** Sets the closing bid of price row `i`. */
  setBid(i: number, bid: number | null): void;
  /** The values of a spill, heading row first, down to its last non-empty row. */
  spill(anchor: string): unknown[][];
}

const at = (address: string) => {
  const a = parseCellAddress(address.replace(/^.*!/, ""))!;
  return { row: a.row - 1, col: a.column - 1 };
};

export function modelWorkbook(sheet: TermSheet, prices: { dates: number[]; bids: (number | null)[] }): ModelWorkbook {
  // Array arithmetic on: a schedule waits for its inputs inside IF, and Excel's IF spills the array it returns.
  // No smart rounding: cells show the functions' doubles as they are, as Excel keeps them.
  const hf = HyperFormula.buildEmpty({ licenseKey: "gpl-v3", useArrayArithmetic: true, smartRounding: false });
  const id = sheet.deal.id;
  const imported = planDealImport(sheet, { sheets: [], tables: [], names: [] });
  if (!imported.ok) throw new Error(JSON.stringify(imported.problems));
  const termsSheet = hf.getSheetId(hf.addSheet(id))!;
  for (const r of imported.value.plan.ranges)
    hf.setCellContents(
      { sheet: termsSheet, ...at(r.address.split(":")[0]) },
      r.values.map((row) => [...row]),
    );
  for (const n of imported.value.plan.names) {
    const [first, last] = n.address.split(":");
    const abs = (a: string) => a.replace(/([A-Z]+)(\d+)/, "$$$1$$$2");
    hf.addNamedExpression(n.name, `='${n.sheet}'!${abs(first)}${last ? `:${abs(last)}` : ""}`);
  }
  const priceSheet = hf.getSheetId(hf.addSheet("Prices"))!;
  hf.setCellContents({ sheet: priceSheet, row: 0, col: 0 }, [
    ["Date", "ClosingBid"],
    ...prices.dates.map((d, i) => [d, prices.bids[i]]),
  ]);
  const n = prices.dates.length;
  const model = planDealModel(sheet, rangePriceSource("Prices", `A2:A${n + 1}`, `B2:B${n + 1}`));
  const modelSheet = hf.getSheetId(hf.addSheet(model.sheet))!;
  for (const name of model.names) hf.addNamedExpression(name.name, name.refersTo);
  hf.suspendEvaluation();
  for (const c of model.cells)
    hf.setCellContents({ sheet: modelSheet, row: c.row - 1, col: c.column - 1 }, [[c.value === "" ? null : c.value]]);
  for (const s of model.spills)
    hf.setCellContents({ sheet: modelSheet, row: s.row - 1, col: s.column - 1 }, [[s.formula]]);
  hf.resumeEvaluation();

  const cellOf = (name: string) => {
    const found = model.names.find((x) => x.name === name);
    if (!found) throw new Error(`no model name ${name}`);
    return { sheet: modelSheet, ...at(found.refersTo.split("!")[1].replace(/\$/g, "")) };
  };
  const read = (v: unknown) => (v instanceof DetailedCellError ? { error: v.value, message: v.message } : v);
  return {
    hf,
    model,
    prices,
    value: (name) => read(hf.getCellValue(cellOf(name))),
    cell: (address) => read(hf.getCellValue({ sheet: modelSheet, ...at(address) })),
    set: (name, value) => void hf.setCellContents(cellOf(name), [[value as never]]),
    setBid: (i, bid) => void hf.setCellContents({ sheet: priceSheet, row: i + 1, col: 1 }, [[bid]]),
    spill(anchor) {
      const { row, col } = at(anchor);
      const s = model.spills.find((x) => x.address === anchor)!;
      const rows: unknown[][] = [];
      for (let r = row; ; r++) {
        const line = Array.from({ length: s.columns }, (_, c) =>
          read(hf.getCellValue({ sheet: modelSheet, row: r, col: col + c })),
        );
        if (line.every((v) => v === null)) return rows;
        rows.push(line);
      }
    },
  };
}
