import assert from "node:assert/strict";
import { Decimal } from "../../src/engine/decimal";
import { TermsError } from "../../src/engine/errors";
import { volumeWeightedAverage } from "../../src/engine/series/vwap";
import { cantorWarrantExercisePrice, cantorWarrantShares } from "../../src/engine/cantor/cantorWarrants";
import { SALES_AGREEMENT_TIERS, ceoCommission, salesAgreementTiers } from "../../src/engine/cantor/ceoCommission";
import { isWithinNasdCap, nasdCapHeadroom } from "../../src/engine/cantor/nasdCap";
import { otherAgreementCommission } from "../../src/engine/cantor/otherAgreementCommission";
import { Terms } from "../../src/engine/terms/terms";
import { termsError } from "../helpers/prices";

const D = (x: number | string) => new Decimal(x);

describe("ceoCommission", () => {
  it("is $900,000 on the full $25 million, the prospectus' table", () => {
    // 4% × 10,000,000 + 3.5% × 10,000,000 + 3% × 5,000,000 = 400,000 + 350,000 + 150,000
    assert.equal(ceoCommission(D(25_000_000)).toString(), "900000");
  });

  it("charges each band's rate on the part of a placement that falls in it", () => {
    // prior 9,000,000; this placement 3,000,000 ends at 12,000,000:
    // 1,000,000 × 4% + 2,000,000 × 3.5% = 40,000 + 70,000 = 110,000
    assert.equal(ceoCommission(D(3_000_000), D(9_000_000)).toString(), "110000");
    // 1,234.56 × 4% = 49.3824 → 49.38
    assert.equal(ceoCommission(D("1234.56")).toString(), "49.38");
  });

  it("refuses cumulative sales past $25 million, naming the amount", () => {
    assert.throws(() => ceoCommission(D(1), D(25_000_000)), termsError("range", "25000001", "25000000"));
    assert.throws(() => ceoCommission(D(-1)), termsError("invalid", "-1"));
  });
});

describe("salesAgreementTiers", () => {
  it("builds the seed's bands from the CEO_ terms", () => {
    assert.deepEqual(
      SALES_AGREEMENT_TIERS.map((t) => [t.upTo.toString(), t.rate.toString()]),
      [
        ["10000000", "0.04"],
        ["20000000", "0.035"],
        ["25000000", "0.03"],
      ],
    );
  });

  it("follows overridden terms", () => {
    const tiers = salesAgreementTiers(Terms.fromPairs([["CEO_MAX_PROCEEDS", 30_000_000]]));
    // 400,000 + 350,000 + 3% × 10,000,000 = 1,050,000
    assert.equal(ceoCommission(D(30_000_000), D(0), tiers).toString(), "1050000");
  });

  it("refuses band ends out of order, naming both", () => {
    assert.throws(
      () => Terms.fromPairs([["CEO_TIER2_MAX", 5_000_000]]),
      termsError("invalid", "CEO_TIER1_MAX 10000000", "CEO_TIER2_MAX 5000000"),
    );
  });
});

describe("volumeWeightedAverage", () => {
  it("divides the value of the sales by the shares sold", () => {
    // 10,000 × 4.04 + 30,000 × 4.20 = 40,400 + 126,000 = 166,400; 166,400 / 40,000 = 4.16
    const v = volumeWeightedAverage([
      { price: 4.04, volume: 10_000 },
      { price: 4.2, volume: 30_000 },
    ]);
    assert.equal(v.price.toString(), "4.16");
    assert.equal(v.volume.toString(), "40000");
    assert.equal(v.value.toString(), "166400");
  });

  it("keeps the average unrounded", () => {
    // (1 × 1 + 2 × 2) / 3 = 5/3, to the engine's 40 significant digits
    const v = volumeWeightedAverage([
      { price: 1, volume: 1 },
      { price: 2, volume: 2 },
    ]);
    assert.equal(v.price.toString(), "1.666666666666666666666666666666666666667");
  });

  it("skips rows with neither price nor volume (blank or desktop Excel's 0)", () => {
    const v = volumeWeightedAverage([
      { price: null, volume: null },
      { price: 4.1, volume: 3 },
      { price: 0, volume: 0 },
      { price: 0, volume: null },
    ]);
    // 4.1 × 3 / 3 = 4.1
    assert.equal(v.price.toString(), "4.1");
  });

  it("refuses bad rows, naming the row", () => {
    const cases: [{ price: number | null; volume: number | null }[], string][] = [
      [
        [
          { price: 4, volume: 1 },
          { price: -4, volume: 1 },
        ],
        "row 2: price must be a positive number, got -4",
      ],
      [[{ price: 4, volume: -1 }], "row 1: volume must be a number of zero or more, got -1"],
      [
        [
          { price: 4, volume: 1 },
          { price: 4, volume: null },
        ],
        "row 2: price has no volume",
      ],
      [[{ price: 0, volume: 100 }], "row 1: volume has no price"],
      [[{ price: Number.NaN, volume: 1 }], "row 1: price must be a positive number, got a non-finite number"],
      [[{ price: null, volume: null }], "the volumes add up to zero: there is no sale to average"],
      [[], "the volumes add up to zero: there is no sale to average"],
    ];
    for (const [rows, message] of cases) {
      assert.throws(
        () => volumeWeightedAverage(rows),
        (e: unknown) => e instanceof TermsError && e.code === "invalid" && e.message === message,
      );
    }
  });
});

describe("cantorWarrantShares", () => {
  it("is 10% of the shares sold", () => {
    assert.equal(cantorWarrantShares(D(40_000)).toString(), "4000"); // 40,000 × 10%
    assert.equal(cantorWarrantShares(D(0)).toString(), "0");
  });

  it("rounds a fraction down by default, or as CEO_WARRANT_ROUNDING says", () => {
    const nearest = Terms.fromPairs([["CEO_WARRANT_ROUNDING", "NEAREST"]]);
    const up = Terms.fromPairs([["CEO_WARRANT_ROUNDING", "up"]]);
    // 40,005 × 10% = 4,000.5: DOWN 4,000, NEAREST (half up) 4,001, UP 4,001
    assert.equal(cantorWarrantShares(D(40_005)).toString(), "4000");
    assert.equal(cantorWarrantShares(D(40_005), nearest).toString(), "4001");
    assert.equal(cantorWarrantShares(D(40_005), up).toString(), "4001");
    // 40,004 × 10% = 4,000.4: NEAREST 4,000, UP 4,001
    assert.equal(cantorWarrantShares(D(40_004), nearest).toString(), "4000");
    assert.equal(cantorWarrantShares(D(40_004), up).toString(), "4001");
  });

  it("refuses fractional and negative share counts", () => {
    assert.throws(() => cantorWarrantShares(D("100.5")), termsError("invalid", "shares sold", "100.5"));
    assert.throws(() => cantorWarrantShares(D(-10)), termsError("invalid", "-10"));
  });
});

describe("cantorWarrantExercisePrice", () => {
  it("is 130% of the volume-weighted average sales price, unrounded", () => {
    assert.equal(cantorWarrantExercisePrice(D("4.16")).toString(), "5.408"); // 4.16 × 1.3
    // 1.3 × 5/3 = 6.5/3 = 2.1666…, computed from the 40-digit average
    const vwap = volumeWeightedAverage([
      { price: 1, volume: 1 },
      { price: 2, volume: 2 },
    ]).price;
    assert.equal(cantorWarrantExercisePrice(vwap).toFixed(10), "2.1666666667");
  });

  it("reads the percentage from CEO_WARRANT_PRICE_PCT and refuses an average of zero", () => {
    assert.equal(
      cantorWarrantExercisePrice(D(4), Terms.fromPairs([["CEO_WARRANT_PRICE_PCT", "125%"]])).toString(),
      "5",
    );
    assert.throws(() => cantorWarrantExercisePrice(D(0)), termsError("invalid", "average sales price", "0"));
  });
});

describe("otherAgreementCommission", () => {
  it("is a flat 4% of the gross proceeds, rounded to the cent", () => {
    assert.equal(otherAgreementCommission(D(1_000_000)).toString(), "40000"); // 4% × 1,000,000
    assert.equal(otherAgreementCommission(D(8_400_000)).toString(), "336000"); // 4% × 8,400,000
    // 4% × 12.625 = 0.505 → 0.51 (half away from zero)
    assert.equal(otherAgreementCommission(D("12.625")).toString(), "0.51");
    // the rate is flat: the same $1,000,000 costs $40,000 after $7,000,000 of earlier sales
    assert.equal(otherAgreementCommission(D(1_000_000), D(7_000_000)).toString(), "40000");
  });

  it("refuses cumulative sales past $8.4 million, naming the amount and the cap", () => {
    // 8,000,000 + 500,000 = 8,500,000 > 8,400,000
    assert.throws(
      () => otherAgreementCommission(D(500_000), D(8_000_000)),
      termsError("range", "cumulative gross sales 8500000 exceeds the Other Agreement's 8400000"),
    );
    assert.throws(() => otherAgreementCommission(D(-5)), termsError("invalid", "proceeds", "-5"));
  });

  it("reads its rate and cap from CEO_OTHER_RATE and CEO_OTHER_MAX", () => {
    const terms = Terms.fromPairs([
      ["CEO_OTHER_RATE", 0.05],
      ["CEO_OTHER_MAX", 10_000_000],
    ]);
    assert.equal(otherAgreementCommission(D(9_000_000), D(0), terms).toString(), "450000"); // 5% × 9,000,000
  });
});

describe("nasdCapHeadroom and isWithinNasdCap", () => {
  it("leaves $977,500 on the full $25 million with the prospectus' cash compensation", () => {
    // commissions 900,000 + expense reimbursement up to 60,000 + retainer and deposit
    // allocated 62,500 = 1,022,500; 8% × 25,000,000 = 2,000,000; 2,000,000 − 1,022,500 = 977,500
    assert.equal(nasdCapHeadroom(D(1_022_500), D(25_000_000)).toString(), "977500");
    assert.equal(isWithinNasdCap(D(1_022_500), D(25_000_000)), true);
  });

  it("counts exactly 8% as within and a cent more as over", () => {
    assert.equal(isWithinNasdCap(D(2_000_000), D(25_000_000)), true);
    assert.equal(nasdCapHeadroom(D(2_000_000), D(25_000_000)).toString(), "0");
    assert.equal(isWithinNasdCap(D("2000000.01"), D(25_000_000)), false);
    assert.equal(nasdCapHeadroom(D("2000000.01"), D(25_000_000)).toString(), "-0.01");
    // 8% × 12,345.67 = 987.6536 → 987.65
    assert.equal(nasdCapHeadroom(D(0), D("12345.67")).toString(), "987.65");
  });

  it("reads NASD_CAP_PCT and refuses negative amounts", () => {
    assert.equal(isWithinNasdCap(D(2_000_000), D(25_000_000), Terms.fromPairs([["NASD_CAP_PCT", "7%"]])), false);
    assert.throws(() => nasdCapHeadroom(D(-1), D(5)), termsError("invalid", "compensation", "-1"));
    assert.throws(() => isWithinNasdCap(D(1), D(-5)), termsError("invalid", "gross proceeds", "-5"));
  });
});
