/**
 * The look of the cells the banker fills: the model's inputs. Excel's built-in "Input" cell
 * style (Home > Cell Styles > Input): a light orange fill, a thin grey border all round. The
 * pane writes it as cell properties (Range.setCellProperties, ExcelApi 1.9), so the same
 * call that writes it can put the cells' earlier fill and borders back.
 */

/** The "Input" style's fill and border colours. */
export const INPUT_FILL = "#FFCC99";
export const INPUT_BORDER = "#7F7F7F";

/** The four edges a cell's border has in Excel's cell properties. */
export const CELL_EDGES = ["top", "bottom", "left", "right"] as const;

/** One cell's properties in the Input style, as Range.setCellProperties takes them. */
export interface InputCellProperties {
  readonly format: {
    readonly fill: { readonly color: string; readonly pattern: "Solid" };
    readonly borders: Readonly<
      Record<
        (typeof CELL_EDGES)[number],
        { readonly style: "Continuous"; readonly color: string; readonly weight: "Thin" }
      >
    >;
  };
}

/**
 * The Input style for every cell of a block of `rows` × `columns`.
 * @example inputCellProperties(1, 1)[0][0].format.fill.color //=> "#FFCC99"
 */
export function inputCellProperties(rows: number, columns: number): InputCellProperties[][] {
  const edge = { style: "Continuous", color: INPUT_BORDER, weight: "Thin" } as const;
  const cell: InputCellProperties = {
    format: {
      fill: { color: INPUT_FILL, pattern: "Solid" },
      borders: { top: edge, bottom: edge, left: edge, right: edge },
    },
  };
  return Array.from({ length: rows }, () => Array.from({ length: columns }, () => cell));
}
