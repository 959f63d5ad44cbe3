/**
 * A hand-made closing-bid history around the New Debentures, used by engine and bundle
 * tests. Every figure below is chosen so the averages can be worked out on paper.
 *
 * Issue date 2001-05-17 (Thursday). The 5 trading days strictly before it are
 * 2001-05-10, -11, -14, -15, -16 (weekend of May 12–13 skipped):
 *   4.875 + 5.125 + 5.25 + 4.9375 + 5.0625 = 25.25; / 5 = 5.05
 *   Initial Conversion Price = 120% × 5.05 = 6.06
 *
 * Conversion date 2001-08-15 is issue + 90 calendar days (May 17 → May 31 is 14 days,
 * + 30 (June) = 44, + 31 (July) = 75, + 15 = 90), so the Subsequent price applies; on
 * 2001-08-14 (day 89) it does not. The 30 trading days strictly before 2001-08-15 are
 * 2001-07-03 … 2001-08-14 with July 4 (Independence Day) skipped:
 *   July: 3, 5, 6, 9–13, 16–20, 23–27, 30, 31 = 20 days; August: 1–3, 6–10, 13, 14 = 10.
 * Ten of them carry low bids 4.10, 4.20, … 5.00 (sum 45.5, average 4.55), the other
 * twenty 6.00:  101% × 4.55 = 4.5955 < 6.06, so the Conversion Price is 4.5955.
 */
export const ISSUE = "2001-05-17";
export const DAY_89 = "2001-08-14";
export const DAY_90 = "2001-08-15";

const LOW_DAYS = [
  "2001-07-05",
  "2001-07-10",
  "2001-07-12",
  "2001-07-18",
  "2001-07-20",
  "2001-07-26",
  "2001-07-31",
  "2001-08-02",
  "2001-08-08",
  "2001-08-13",
];
const LOW_BIDS = [4.1, 4.2, 4.3, 4.4, 4.5, 4.6, 4.7, 4.8, 4.9, 5.0];

const RESET_WINDOW = [
  "2001-07-03",
  "2001-07-05",
  "2001-07-06",
  "2001-07-09",
  "2001-07-10",
  "2001-07-11",
  "2001-07-12",
  "2001-07-13",
  "2001-07-16",
  "2001-07-17",
  "2001-07-18",
  "2001-07-19",
  "2001-07-20",
  "2001-07-23",
  "2001-07-24",
  "2001-07-25",
  "2001-07-26",
  "2001-07-27",
  "2001-07-30",
  "2001-07-31",
  "2001-08-01",
  "2001-08-02",
  "2001-08-03",
  "2001-08-06",
  "2001-08-07",
  "2001-08-08",
  "2001-08-09",
  "2001-08-10",
  "2001-08-13",
  "2001-08-14",
];

/** The bids of the deal above, oldest first; includes a blank row for a holiday. */
export function dealBids(): Record<string, number | null> {
  const bids: Record<string, number | null> = {
    "2001-05-09": 9.99, // outside every window: must not matter
    "2001-05-10": 4.875,
    "2001-05-11": 5.125,
    "2001-05-14": 5.25,
    "2001-05-15": 4.9375,
    "2001-05-16": 5.0625,
    "2001-05-28": null, // Memorial Day, listed with no bid: allowed
  };
  for (const d of RESET_WINDOW) bids[d] = 6;
  LOW_DAYS.forEach((d, i) => (bids[d] = LOW_BIDS[i]));
  return bids;
}

export { LOW_DAYS, RESET_WINDOW };
