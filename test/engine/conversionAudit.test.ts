import assert from "node:assert/strict";
import { TermsError } from "../../src/engine/errors";
import { PriceSeries } from "../../src/engine/series/priceSeries";
import { AuditRow, conversionPriceAudit } from "../../src/engine/debentures/conversionAudit";
import { isoDate } from "../../src/engine/time/civilDate";
import { day as d } from "../helpers/prices";

// Initial window (5 trading days before Tuesday 2001-04-17; Apr 13 Good Friday):
// 5.00 + 5.10 + 4.90 + 5.20 + 4.80 = 25.00 → average 5.00 → Initial Conversion Price 6.00.
const INITIAL: [string, number][] = [
  ["2001-04-09", 5.0],
  ["2001-04-10", 5.1],
  ["2001-04-11", 4.9],
  ["2001-04-12", 5.2],
  ["2001-04-16", 4.8],
];

// Reset window: the 30 trading days before Monday 2001-10-01, counted back: Sep 24–28 (5),
// Sep 17–21 (10; Sep 11–14 closed), Sep 10 (11), Sep 4–7 (15; Sep 3 Labor Day), Aug 27–31
// (20), Aug 20–24 (25), Aug 13–17 (30). All 5.00 except the lows below; three bids of 3.80
// tie for 9th–11th place, and the two earlier (Aug 20, Sep 10) are averaged, not Sep 28.
const LOWS: Record<string, number> = {
  "2001-08-14": 3.5,
  "2001-08-20": 3.8,
  "2001-08-22": 3.0,
  "2001-08-29": 3.6,
  "2001-09-04": 3.1,
  "2001-09-10": 3.8,
  "2001-09-17": 3.2,
  "2001-09-18": 3.3,
  "2001-09-21": 3.4,
  "2001-09-25": 3.7,
  "2001-09-28": 3.8,
};
const RESET_DAYS = [
  ...["13", "14", "15", "16", "17", "20", "21", "22", "23", "24", "27", "28", "29", "30", "31"].map(
    (x) => `2001-08-${x}`,
  ),
  ...["04", "05", "06", "07", "10", "17", "18", "19", "20", "21", "24", "25", "26", "27", "28"].map(
    (x) => `2001-09-${x}`,
  ),
];
const AVERAGED = [
  "2001-08-14",
  "2001-08-20",
  "2001-08-22",
  "2001-08-29",
  "2001-09-04",
  "2001-09-10",
  "2001-09-17",
  "2001-09-18",
  "2001-09-21",
  "2001-09-25",
];

const SERIES = PriceSeries.fromRows([
  ...INITIAL.map(([iso, bid]) => ({ date: d(iso), bid })),
  ...RESET_DAYS.map((iso) => ({ date: d(iso), bid: LOWS[iso] ?? 5 })),
]);

const show = (rows: AuditRow[]) =>
  rows.map((r) => [
    r.item,
    r.date === undefined ? "" : isoDate(r.date),
    r.value?.toString() ?? "",
    r.averaged ?? r.note ?? "",
  ]);

describe("conversionPriceAudit (CONVPRICEAUDIT)", () => {
  it("lists the initial window, the 30-day window with exactly the 10 lowest marked, and the summary", () => {
    const rows = show(conversionPriceAudit(SERIES, d("2001-04-17"), d("2001-10-01")));
    assert.equal(RESET_DAYS.length, 30);
    assert.equal(rows.length, 5 + 30 + 5);
    assert.deepEqual(
      rows.slice(0, 5),
      INITIAL.map(([iso, bid]) => ["Initial window bid", iso, String(bid), true]),
    );
    assert.deepEqual(
      rows.slice(5, 35),
      RESET_DAYS.map((iso) => ["Reset window bid", iso, String(LOWS[iso] ?? 5), AVERAGED.includes(iso)]),
    );
    // Ten lowest: 3.0 + 3.1 + 3.2 + 3.3 + 3.4 + 3.5 + 3.6 + 3.7 + 3.8 + 3.8 = 34.4 → 3.44;
    // × 1.01 = 3.4744 < 6.00, so the Conversion Price is 3.4744.
    assert.deepEqual(rows.slice(35), [
      ["Initial average", "", "5", ""],
      ["Initial Conversion Price (120%)", "", "6", ""],
      ["Average of 10 lowest", "", "3.44", ""],
      ["Subsequent Conversion Price (101%)", "", "3.4744", ""],
      ["Conversion Price", "", "3.4744", ""],
    ]);
  });

  it("shows no reset window before issue date + 90 days, with a note", () => {
    // 2001-04-17 + 90 = 2001-07-16 (13 + 31 + 30 + 16); a conversion on 2001-07-15 is before it
    const rows = show(conversionPriceAudit(SERIES, d("2001-04-17"), d("2001-07-15")));
    assert.deepEqual(rows, [
      ...INITIAL.map(([iso, bid]) => ["Initial window bid", iso, String(bid), true]),
      ["Initial average", "", "5", ""],
      ["Initial Conversion Price (120%)", "", "6", ""],
      ["Average of 10 lowest", "", "", "applies from 2001-07-16"],
      ["Subsequent Conversion Price (101%)", "", "", "applies from 2001-07-16"],
      ["Conversion Price", "", "6", ""],
    ]);
  });

  it("reports a missing bid of the reset window like CONVPRICE", () => {
    // Conversion 2001-10-02: the window ends on Oct 1, which has no bid.
    assert.throws(
      () => conversionPriceAudit(SERIES, d("2001-04-17"), d("2001-10-02")),
      (e: unknown) => e instanceof TermsError && e.code === "missing" && e.message.includes("2001-10-01"),
    );
  });
});
