/* eslint-disable no-loss-of-precision -- reference values are written to 17 digits, as computed */
import assert from "node:assert/strict";
import {
  OptionInputs,
  blackScholesCall,
  blackScholesGreeks,
  blackScholesPut,
  callValueAt,
  yearsToExpiry,
} from "../../src/engine/valuation/blackScholes";
import { normalCdf, normalPdf } from "../../src/engine/valuation/normalDistribution";
import { warrantValue } from "../../src/engine/valuation/warrantValue";
import { day, termsError } from "../helpers/prices";

/** |actual − expected| ≤ tolerance × |expected| (or ≤ tolerance when expected is 0). */
function near(actual: number, expected: number, tolerance: number, what = "value"): void {
  const scale = expected === 0 ? 1 : Math.abs(expected);
  assert.ok(
    Math.abs(actual - expected) <= tolerance * scale,
    `${what}: ${actual} differs from ${expected} by more than ${tolerance} relative`,
  );
}

// Hull, "Options, Futures, and Other Derivatives", the Black-Scholes-Merton example:
// S = 42, K = 40, r = 10%, σ = 20%, T = 0.5 → c = 4.76, p = 0.81.
const HULL: OptionInputs = {
  spot: 42,
  strike: 40,
  years: 0.5,
  volatility: 0.2,
  rate: 0.1,
  dividendYield: 0,
};
// The New Warrants on a $5.00 average bid: strike 125% × 5.00 = 6.25, 5 years from
// 2001-04-17 (1,826 days with 2004-02-29), σ = 80%, r = 5%, q = 1%.
const NEW_WARRANT: OptionInputs = {
  spot: 5,
  strike: 6.25,
  years: 1826 / 365,
  volatility: 0.8,
  rate: 0.05,
  dividendYield: 0.01,
};

describe("normalCdf and normalPdf (Cody's algorithm)", () => {
  // Columns: x, Φ(x), φ(x). Reference values computed independently with mpmath 1.3
  // (mp.dps = 50: ncdf, npdf), shown to 17 significant digits; the relative error allowed
  // is 1e-15 (the method's is below 2.2e-16 at these points).
  const TABLE: [number, number, number][] = [
    [-37.5, 4.6053530095819548e-308, 1.7282337322841052e-306], // the far lower tail, near underflow
    [-30, 4.9067139271481871e-198, 1.4736461348785475e-196],
    [-20, 2.7536241186062337e-89, 5.5209483621597632e-88],
    [-10, 7.6198530241605261e-24, 7.6945986267064193e-23],
    [-5.6, 1.0717590258310929e-8, 6.182620500165856e-8], // below √32: Cody's asymptotic interval
    [-3, 0.0013498980316300945, 0.0044318484119380072],
    [-2, 0.022750131948179207, 0.053990966513188052],
    [-1, 0.15865525393145705, 0.24197072451914335],
    [-0.5, 0.3085375387259869, 0.35206532676429948],
    [0, 0.5, 0.39894228040143268],
    [0.3, 0.61791142218895263, 0.38138781546052409],
    [1, 0.84134474606854295, 0.24197072451914335],
    [1.96, 0.97500210485177956, 0.058440944333451464],
    [3, 0.99865010196836991, 0.0044318484119380072],
    [5, 0.99999971334842812, 1.4867195147342977e-6],
  ];
  for (const [x, cdf, pdf] of TABLE) {
    it(`Φ(${x}) = ${cdf} and φ(${x}) = ${pdf}`, () => {
      near(normalCdf(x), cdf, 1e-15, "Φ");
      near(normalPdf(x), pdf, 1e-15, "φ");
    });
  }

  it("agrees with Abramowitz & Stegun's Table 26.1 to its 15 decimals", () => {
    // Handbook of Mathematical Functions (1964), Table 26.1, P(x) to 15 decimal places
    const TABLE_26_1: [number, number][] = [
      [0.5, 0.691462461274013],
      [1, 0.841344746068543],
      [2, 0.977249868051821],
      [3, 0.99865010196837],
    ];
    for (const [x, p] of TABLE_26_1)
      assert.ok(Math.abs(normalCdf(x) - p) <= 5e-16, `P(${x}) = ${normalCdf(x)}, table ${p}`);
  });

  it("is 0 and 1 beyond the doubles, and keeps Φ(x) + Φ(−x) = 1", () => {
    assert.equal(normalCdf(-40), 0);
    assert.equal(normalCdf(40), 1);
    assert.equal(normalCdf(-Infinity), 0);
    assert.equal(normalCdf(Infinity), 1);
    assert.equal(normalPdf(39), 0);
    assert.equal(normalPdf(-Infinity), 0);
    assert.ok(Number.isNaN(normalPdf(NaN)) && Number.isNaN(normalCdf(NaN)));
    for (const x of [0.1, 0.6744, 0.6745, 1.5, 4, 5.65, 5.66, 7]) near(normalCdf(x) + normalCdf(-x), 1, 2e-16);
  });
});

describe("yearsToExpiry", () => {
  it("counts calendar days / 365", () => {
    // 2001-04-17 → 2006-04-17: 5 × 365 + 1 (2004-02-29) = 1,826 days
    assert.equal(yearsToExpiry(day("2001-04-17"), day("2006-04-17")), 1826 / 365);
    assert.equal(yearsToExpiry(day("2001-04-17"), day("2001-04-17")), 0);
  });

  it("refuses an expiry before the valuation date", () => {
    assert.throws(
      () => yearsToExpiry(day("2001-04-17"), day("2001-04-16")),
      termsError("invalid", "expiry date 2001-04-16 is before the valuation date 2001-04-17"),
    );
  });
});

describe("blackScholesCall and blackScholesPut", () => {
  it("gives Hull's example: c = 4.76, p = 0.81", () => {
    // mpmath at 40 digits: d1 = 0.76926262810603137, d2 = 0.62784127186872185,
    // N(d1) = 0.77913129094266894, N(d2) = 0.73494603684590845;
    // c = 42 × 0.77913129094266894 − 40 e^(−0.05) × 0.73494603684590845 = 4.7594223928715334
    // p = 40 e^(−0.05) × N(−d2) − 42 × N(−d1) = 0.80859937290009365
    near(blackScholesCall(HULL), 4.7594223928715334, 1e-14, "call");
    near(blackScholesPut(HULL), 0.80859937290009365, 1e-13, "put");
    assert.equal(Math.round(blackScholesCall(HULL) * 100) / 100, 4.76);
    assert.equal(Math.round(blackScholesPut(HULL) * 100) / 100, 0.81);
  });

  it("values the New Warrants' option with a dividend yield", () => {
    // mpmath: d1 = 0.88179935595306926, d2 = −0.90754505601952096; c = 2.9713491179320488,
    // p = 3.0821704574159107
    near(blackScholesCall(NEW_WARRANT), 2.9713491179320488, 1e-14, "call");
    near(blackScholesPut(NEW_WARRANT), 3.0821704574159107, 1e-14, "put");
  });

  it("keeps put-call parity: c − p = S·e^(−qT) − K·e^(−rT)", () => {
    const cases: OptionInputs[] = [
      HULL,
      NEW_WARRANT,
      {
        spot: 1.25,
        strike: 5,
        years: 0.1,
        volatility: 1.5,
        rate: -0.05,
        dividendYield: 0.2,
      },
      {
        spot: 30,
        strike: 5,
        years: 20,
        volatility: 0.05,
        rate: 1,
        dividendYield: 0,
      },
      {
        spot: 5,
        strike: 5,
        years: 3,
        volatility: 10,
        rate: 0.02,
        dividendYield: 1,
      },
    ];
    for (const o of cases) {
      const forward = o.spot * Math.exp(-o.dividendYield * o.years) - o.strike * Math.exp(-o.rate * o.years);
      const gap = blackScholesCall(o) - blackScholesPut(o);
      assert.ok(
        Math.abs(gap - forward) <= 1e-12 * Math.max(o.spot, o.strike),
        `${JSON.stringify(o)}: ${gap} vs ${forward}`,
      );
    }
  });

  it("tends to the discounted intrinsic value max(S·e^(−qT) − K·e^(−rT), 0) as σ → 0", () => {
    // S·e^(−qT) = 42 e^(−0.01) = 41.582; K·e^(−rT) = 40 e^(−0.05) = 38.049: in the money by 3.533
    const o = { ...HULL, volatility: 1e-9, dividendYield: 0.02 };
    near(blackScholesCall(o), 42 * Math.exp(-0.01) - 40 * Math.exp(-0.05), 1e-14, "in the money");
    // S = 36: 36 e^(−0.01) = 35.642 < 38.049: worth nothing
    assert.equal(blackScholesCall({ ...o, spot: 36 }), 0);
    near(blackScholesPut({ ...o, spot: 36 }), 40 * Math.exp(-0.05) - 36 * Math.exp(-0.01), 1e-14, "put");
  });

  it("gives a far out-of-the-money call almost nothing, never less than 0", () => {
    // S/K = 1/100, σ√T = 0.3: d2 ≈ −15.5, so c < S·N(d1) ≈ 1e-50
    const c = blackScholesCall({
      spot: 1,
      strike: 100,
      years: 0.25,
      volatility: 0.6,
      rate: 0.05,
      dividendYield: 0,
    });
    assert.ok(c >= 0 && c < 1e-40, String(c));
  });

  it("is max(spot − strike, 0) at expiry, undiscounted", () => {
    assert.equal(blackScholesCall({ ...HULL, years: 0 }), 2);
    assert.equal(blackScholesCall({ ...HULL, years: 0, spot: 39 }), 0);
    assert.equal(blackScholesPut({ ...HULL, years: 0, spot: 39 }), 1);
  });

  it("refuses bad inputs, naming them", () => {
    const bad: [Partial<OptionInputs>, string][] = [
      [{ volatility: 0 }, "volatility must be greater than 0 and at most 10 (1,000%), got 0"],
      [{ volatility: -0.2 }, "volatility must be greater than 0 and at most 10 (1,000%), got -0.2"],
      [{ volatility: 10.5 }, "got 10.5"],
      [{ rate: -0.06 }, "rate must be from -5% to 100% (-0.05 to 1), got -0.06"],
      [{ rate: 1.01 }, "rate must be from -5% to 100%"],
      [{ dividendYield: -0.01 }, "dividend_yield must be from 0% to 100% (0 to 1), got -0.01"],
      [{ spot: 0 }, "spot must be greater than zero, got 0"],
      [{ strike: -1 }, "strike must be greater than zero, got -1"],
      [{ rate: NaN }, "rate must be from -5% to 100%"],
    ];
    for (const [change, message] of bad) {
      assert.throws(() => blackScholesCall({ ...HULL, ...change }), termsError("invalid", message));
      assert.throws(() => blackScholesGreeks({ ...HULL, ...change }), termsError("invalid", message));
    }
    // the bounds themselves are accepted
    assert.ok(
      blackScholesCall({
        ...HULL,
        volatility: 10,
        rate: -0.05,
        dividendYield: 1,
      }) >= 0,
    );
    assert.ok(blackScholesCall({ ...HULL, rate: 1 }) > 0);
  });
});

describe("blackScholesGreeks", () => {
  it("gives Hull's example in the desk's units", () => {
    // mpmath: delta = N(d1) = 0.77913129094266894; gamma = n(d1)/(Sσ√T) = 0.049962670405911853;
    // vega = S·n(d1)√T / 100 = 0.088134150596028514; theta per day = (−S·n(d1)σ/(2√T) −
    // rK·e^(−rT)N(d2)) / 365 = −0.012490663546829114; rho = K·T·e^(−rT)N(d2) / 100 = 0.13982045913360281
    const g = blackScholesGreeks(HULL);
    near(g.value, 4.7594223928715334, 1e-14, "value");
    near(g.delta, 0.77913129094266894, 1e-14, "delta");
    near(g.gamma, 0.049962670405911853, 1e-14, "gamma");
    near(g.vega, 0.088134150596028514, 1e-14, "vega");
    near(g.theta, -0.012490663546829114, 1e-14, "theta");
    near(g.rho, 0.13982045913360281, 1e-14, "rho");
  });

  it("matches central finite differences of the value", () => {
    const call = (o: OptionInputs) => callValueAt(o, o.spot).value;
    for (const o of [HULL, NEW_WARRANT, { ...HULL, spot: 30, dividendYield: 0.05, rate: -0.02 }]) {
      const g = blackScholesGreeks(o);
      const hS = o.spot * 1e-4;
      const up = { ...o, spot: o.spot + hS };
      const down = { ...o, spot: o.spot - hS };
      near(g.delta, (call(up) - call(down)) / (2 * hS), 1e-6, "delta");
      near(g.gamma, (call(up) - 2 * call(o) + call(down)) / (hS * hS), 1e-4, "gamma");
      const hv = 1e-5;
      // per 1 point of volatility: ∂c/∂σ ÷ 100
      near(
        g.vega,
        (call({ ...o, volatility: o.volatility + hv }) - call({ ...o, volatility: o.volatility - hv })) /
          (2 * hv) /
          100,
        1e-7,
        "vega",
      );
      const hr = 1e-5;
      near(
        g.rho,
        (call({ ...o, rate: o.rate + hr }) - call({ ...o, rate: o.rate - hr })) / (2 * hr) / 100,
        1e-7,
        "rho",
      );
      // per calendar day passing: −∂c/∂T ÷ 365, T in years
      const hT = 1e-5;
      near(
        g.theta,
        -(call({ ...o, years: o.years + hT }) - call({ ...o, years: o.years - hT })) / (2 * hT) / 365,
        1e-6,
        "theta",
      );
    }
  });

  it("stays finite when S/K overflows the doubles", () => {
    // 1e300 / 1e-9 is beyond the doubles: d1 = +∞, N(d1) = 1, n(d1) = 0; 7,998 years at σ = 10
    const g = blackScholesGreeks({
      spot: 1e300,
      strike: 1e-9,
      years: 7998,
      volatility: 10,
      rate: 0.05,
      dividendYield: 0,
    });
    assert.deepEqual([g.value, g.delta, g.gamma, g.vega], [1e300, 1, 0, 0]);
    // N(d2) = 1: theta = −rK·e^(−rT) ÷ 365, rho = K·T·e^(−rT) ÷ 100
    near(g.theta, (-0.05 * 1e-9 * Math.exp(-0.05 * 7998)) / 365, 1e-12, "theta");
    near(g.rho, (1e-9 * 7998 * Math.exp(-0.05 * 7998)) / 100, 1e-12, "rho");
  });

  it("at expiry: the intrinsic value, delta 1 in the money and 0 otherwise, no other greek", () => {
    assert.deepEqual(blackScholesGreeks({ ...HULL, years: 0 }), {
      value: 2,
      delta: 1,
      gamma: 0,
      vega: 0,
      theta: 0,
      rho: 0,
    });
    assert.deepEqual(blackScholesGreeks({ ...HULL, years: 0, spot: 40 }), {
      value: 0,
      delta: 0,
      gamma: 0,
      vega: 0,
      theta: 0,
      rho: 0,
    });
  });
});

describe("warrantValue (Hull's dilution adjustment)", () => {
  const residual = (o: OptionInputs, w: number, m: number, n: number) =>
    Math.abs(w - (n / (n + m)) * callValueAt(o, o.spot + (m * w) / n).value);

  it("is the call itself with no warrants", () => {
    assert.equal(warrantValue(HULL, 0, 1_000_000), blackScholesCall(HULL));
  });

  it("solves W = N/(N+M) × c(S + M·W/N) to a relative 1e-12", () => {
    // mpmath findroot at 40 digits: Hull's option with M = 200,000 on N = 1,000,000:
    // W = 4.5771871911000406; the New Warrants' option with M = 1,600,000 on N = 21,862,772:
    // W = 2.9231075305954711
    const w1 = warrantValue(HULL, 200_000, 1_000_000);
    near(w1, 4.5771871911000406, 1e-13, "Hull");
    const w2 = warrantValue(NEW_WARRANT, 1_600_000, 21_862_772);
    near(w2, 2.9231075305954711, 1e-13, "New Warrants");
    const cases: [OptionInputs, number, number][] = [
      [HULL, 200_000, 1_000_000],
      [NEW_WARRANT, 1_600_000, 21_862_772],
      [NEW_WARRANT, 50_000_000, 1_000], // warrants far above the shares: slow for a fixed point
      [{ ...HULL, volatility: 3, years: 40 }, 1e6, 1e6],
      [{ ...HULL, years: 0 }, 1e6, 1e6],
      [{ ...HULL, spot: 2, strike: 40 }, 1e5, 1e6],
      [NEW_WARRANT, 1e6, 1], // the most warrants a share allowed
    ];
    for (const [o, m, n] of cases) {
      const w = warrantValue(o, m, n);
      assert.ok(w >= 0 && w <= o.spot, `${w}`);
      assert.ok(
        residual(o, w, m, n) <= 1e-12 * w,
        `${JSON.stringify([o, m, n])}: residual ${residual(o, w, m, n)} on ${w}`,
      );
    }
  });

  it("at expiry is the intrinsic value: W = S − K solves W = N/(N+M)(S + M·W/N − K)", () => {
    // N/(N+M)·(42 + W − 40) with M = N: (2 + W)/2 = W → W = 2
    near(warrantValue({ ...HULL, years: 0 }, 1e6, 1e6), 2, 1e-15);
  });

  it("falls as more warrants dilute the stock", () => {
    let previous = warrantValue(NEW_WARRANT, 0, 21_862_772);
    for (const m of [1e5, 1e6, 5e6, 2e7, 1e8, 1e9]) {
      const w = warrantValue(NEW_WARRANT, m, 21_862_772);
      assert.ok(w < previous, `${m} warrants: ${w} is not below ${previous}`);
      previous = w;
    }
  });

  it("refuses a negative warrant count and no shares outstanding", () => {
    assert.throws(() => warrantValue(HULL, -1, 1e6), termsError("invalid", "warrants must not be negative, got -1"));
    assert.throws(
      () => warrantValue(HULL, 1, 0),
      termsError("invalid", "outstanding must be greater than zero, got 0"),
    );
    assert.throws(() => warrantValue({ ...HULL, volatility: 0 }, 1, 1), termsError("invalid", "volatility"));
    // a million warrants a share is the most: beyond it S + M·W/N swamps the strike in doubles
    assert.ok(warrantValue(HULL, 1e6, 1) > 0);
    assert.throws(
      () => warrantValue(HULL, 1e300, 1),
      termsError("invalid", "warrants 1e+300 are more than 1,000,000 times the shares outstanding 1"),
    );
  });
});
