import { PRICE_TABLE } from "../workbook/paneObjects";
import { WorkbookState } from "../workbook/workbookPlan";
import { MODEL_SUFFIX } from "../workbook/paneObjects";

/** A deal model whose prices are not the pane's price table, and what it reads instead. */
export interface ModelElsewhere {
  /** The model sheet, e.g. "DEB_T1_MODEL". */
  readonly model: string;
  /** What its PRICE_DATES and PRICE_BIDS names refer to (no leading "="). */
  readonly dates: string;
  readonly bids: string;
}

/**
 * The deal models of a workbook that read their prices from somewhere other than the pane's
 * price table (prices the banker selected in place), found by their PRICE_DATES and
 * PRICE_BIDS names: a price file imported now goes to the table, and these models go on
 * reading what they read, which the review must say.
 * @param state - the workbook's names, as read
 * @returns each such model, by sheet name
 * @throws never
 * @example modelsReadingElsewhere({ sheets: [], tables: [], names: [{ name: "DEB_T1_MODEL.PRICE_DATES", formula: "='Feed'!$A$2:$A$9" }, { name: "DEB_T1_MODEL.PRICE_BIDS", formula: "='Feed'!$B$2:$B$9" }] })[0].model //=> "DEB_T1_MODEL"
 */
export function modelsReadingElsewhere(state: WorkbookState): ModelElsewhere[] {
  const out: ModelElsewhere[] = [];
  const strip = (f: string) => f.replace(/^=/, "");
  const ours = (f: string) => strip(f).replace(/\$/g, "").toUpperCase().startsWith(`${PRICE_TABLE.toUpperCase()}[`);
  for (const dates of state.names) {
    const m = /^(.+)\.PRICE_DATES$/i.exec(dates.name);
    if (!m || !m[1].toUpperCase().endsWith(MODEL_SUFFIX)) continue;
    const bids = state.names.find((n) => n.name.toUpperCase() === `${m[1]}.PRICE_BIDS`.toUpperCase());
    if (!bids || (ours(dates.formula) && ours(bids.formula))) continue;
    out.push({ model: m[1], dates: strip(dates.formula), bids: strip(bids.formula) });
  }
  return out;
}

/**
 * What a price import says about models that do not read the price table (empty: none).
 * @example pricesElsewhereNote([{ model: "DEB_T1_MODEL", dates: "'Feed'!$A$2:$A$9", bids: "'Feed'!$B$2:$B$9" }]) //=> "DEB_T1_MODEL reads its prices from 'Feed'!$A$2:$A$9 and 'Feed'!$B$2:$B$9, not from NEOT_Prices: …"
 */
export function pricesElsewhereNote(models: readonly ModelElsewhere[]): string {
  return models
    .map(
      (m) =>
        `${m.model} reads its prices from ${m.dates} and ${m.bids}, not from ${PRICE_TABLE}: this file does not change its figures. To use these prices there, select the Date and ClosingBid columns of ${PRICE_TABLE}, Use selected prices, then Build model.`,
    )
    .join(" ");
}
