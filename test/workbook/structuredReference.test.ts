import assert from "node:assert/strict";
import { columnReference, columnSpecifier, headerOfSpecifier } from "../../src/workbook/structuredReference";

// Excel's rules for a column specifier (Microsoft, "Using structured references with Excel
// tables", structured reference syntax rules). Columns: header as in the table → what a
// formula must say. Each group names the rule it checks.
const CASES: readonly [header: string, specifier: string][] = [
  // No special character: one pair of brackets.
  ["Date", "[Date]"],
  ["ClosingBid", "[ClosingBid]"],
  ["PX_BID", "[PX_BID]"],
  ["2001", "[2001]"],
  // A space alone is the documented exception: still one pair ("DeptSales[Total Amount]").
  ["Trade Date", "[Trade Date]"],
  ["Adj Close", "[Adj Close]"],
  // Each listed special character needs the header's own pair of brackets.
  ["Close/Last", "[[Close/Last]]"],
  ["Bid, close", "[[Bid, close]]"],
  ["Bid:close", "[[Bid:close]]"],
  ["Px.Bid", "[[Px.Bid]]"],
  ['Bid "NMS"', '[[Bid "NMS"]]'],
  ["{Bid}", "[[{Bid}]]"],
  ["Total$Amount", "[[Total$Amount]]"],
  ["Bid^2", "[[Bid^2]]"],
  ["Bid&Ask", "[[Bid&Ask]]"],
  ["Bid*", "[[Bid*]]"],
  ["Bid+1", "[[Bid+1]]"],
  ["Bid=", "[[Bid=]]"],
  ["Bid-Ask", "[[Bid-Ask]]"],
  ["Bid>0", "[[Bid>0]]"],
  ["Bid<0", "[[Bid<0]]"],
  ["Bid\tAsk", "[[Bid\tAsk]]"],
  ["Bid\nclose", "[[Bid\nclose]]"],
  ["Bid\rclose", "[[Bid\rclose]]"],
  // [ ] # ' are escaped with a single quote, inside their own brackets.
  ["#Bids", "[['#Bids]]"],
  ["Bid [USD]", "[[Bid '[USD']]]"],
  ["Holder's bid", "[[Holder''s bid]]"],
  // "@" would read as "this row" (Tbl[@Date]): escaped, in its own brackets.
  ["@Date", "[['@Date]]"],
  ["Bid@close", "[[Bid'@close]]"],
];

describe("structuredReference: column specifiers by Excel's rules", () => {
  for (const [header, specifier] of CASES) {
    it(`writes ${JSON.stringify(header)} as ${JSON.stringify(specifier)}, and reads it back`, () => {
      assert.equal(columnSpecifier(header), specifier);
      assert.equal(headerOfSpecifier(specifier), header);
    });
  }

  it("qualifies a specifier with its table: Feed2Tbl[[Close/Last]], Feed3Tbl[['@Date]]", () => {
    assert.equal(columnReference("Feed2Tbl", "Close/Last"), "Feed2Tbl[[Close/Last]]");
    assert.equal(columnReference("Feed3Tbl", "@Date"), "Feed3Tbl[['@Date]]");
    assert.equal(columnReference("NEOT_Prices", "Date"), "NEOT_Prices[Date]");
  });

  it("refuses a table name Excel would refuse, and an empty header", () => {
    assert.throws(() => columnReference("A1", "Date"), /table name A1: it reads as the cell reference A1/);
    assert.throws(() => columnReference("My Feed", "Date"), /table name My Feed/);
    assert.throws(() => columnSpecifier(""), /empty/);
  });
});

// What Excel refuses (or reads as something else): each must not read as a column.
const REFUSED: readonly [specifier: string, why: string][] = [
  ["[Close/Last]", "a special character needs double brackets"],
  ["[Px.Bid]", "a period needs double brackets"],
  ["[@Date]", '"this row" of Date, not the column'],
  ["[[#Bids]]", "# unescaped"],
  ["[[Bid [USD]]]", "[ ] unescaped"],
  ["[[Holder's bid]]", "' unescaped"],
  ["[[@Date]]", "@ unescaped"],
  ["[['x]]", "' escapes only [ ] # ' @"],
  ["[]", "no header"],
  ["Date", "no brackets"],
  ["[Date", "unbalanced"],
];

describe("structuredReference: what Excel refuses does not read as a column", () => {
  for (const [specifier, why] of REFUSED) {
    it(`${specifier}: ${why}`, () => assert.equal(headerOfSpecifier(specifier), undefined));
  }
});
