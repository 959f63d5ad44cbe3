import assert from "node:assert/strict";
import { modelsReadingElsewhere, pricesElsewhereNote } from "../../src/model/modelPriceSources";
import { WorkbookState } from "../../src/workbook/workbookPlan";

// Issue 17, item 6: a price file imported while a model reads prices selected in place.

const names = (list: [string, string][]): WorkbookState => ({
  sheets: [],
  tables: [],
  names: list.map(([name, formula]) => ({ name, formula })),
});

describe("modelsReadingElsewhere", () => {
  it("finds a model whose price names point at selected ranges, and says what it reads", () => {
    const state = names([
      ["DEB_T1_MODEL.PRICE_DATES", "='Feed'!$A$2:$A$9"],
      ["DEB_T1_MODEL.PRICE_BIDS", "='Feed'!$B$2:$B$9"],
      ["DEB_T2_MODEL.PRICE_DATES", "=NEOT_Prices[Date]"],
      ["DEB_T2_MODEL.PRICE_BIDS", "=NEOT_Prices[ClosingBid]"],
      ["DEB_T1.TRANCHE_PRINCIPAL", "='DEB_T1'!$B$6"],
    ]);
    const found = modelsReadingElsewhere(state);
    assert.deepEqual(found, [{ model: "DEB_T1_MODEL", dates: "'Feed'!$A$2:$A$9", bids: "'Feed'!$B$2:$B$9" }]);
    assert.equal(
      pricesElsewhereNote(found),
      "DEB_T1_MODEL reads its prices from 'Feed'!$A$2:$A$9 and 'Feed'!$B$2:$B$9, not from NEOT_Prices: this file does not change its figures. To use these prices there, select the Date and ClosingBid columns of NEOT_Prices, Use selected prices, then Build model.",
    );
  });

  it("finds a model over another table's columns too, and none when every model reads NEOT_Prices", () => {
    assert.equal(
      modelsReadingElsewhere(
        names([
          ["X_MODEL.PRICE_DATES", "=Feed2Tbl[Date]"],
          ["X_MODEL.PRICE_BIDS", "=Feed2Tbl[[Close/Last]]"],
        ]),
      )[0].bids,
      "Feed2Tbl[[Close/Last]]",
    );
    assert.deepEqual(
      modelsReadingElsewhere(
        names([
          ["X_MODEL.PRICE_DATES", "=NEOT_Prices[Date]"],
          ["X_MODEL.PRICE_BIDS", "=NEOT_Prices[ClosingBid]"],
        ]),
      ),
      [],
    );
    assert.equal(pricesElsewhereNote([]), "");
  });
});
