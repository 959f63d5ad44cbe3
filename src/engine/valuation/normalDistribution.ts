/**
 * The standard normal distribution in doubles: valuation is a numerical method, so its
 * arithmetic is the double's (the contract figures it reads stay Decimal elsewhere).
 *
 * The distribution function is W. J. Cody's rational Chebyshev approximation ("Rational
 * Chebyshev approximations for the error function", Math. Comp. 23 (1969) 631–637; the
 * ANORM routine of his SPECFUN package, ACM TOMS Algorithm 715), with the split of x² that
 * keeps exp(−x²/2) exact in the tails. Its relative error is below 1e-15 over the body and
 * both tails down to Φ(−37.5) ≈ 4.6e-308; further out the value underflows to 0 (or is 1).
 */

/** Looked up once: a global lookup per call is measurable in Excel's runtimes. */
const { abs, exp, trunc } = Math;

/* eslint-disable no-loss-of-precision -- Cody's published constants keep their 20 digits; each rounds to its nearest double. */
/** 1/√(2π). */
const ONE_OVER_ROOT_TWO_PI = 0.398942280401432677939946059934;
/** √32: where the middle approximation hands over to the asymptotic one. */
const ROOT_32 = 5.656854249492380195206754896838;
/** Φ(±THRESHOLD) = ½ ± ¼: the first interval of Cody's approximation (qnorm(3/4)). */
const THRESHOLD = 0.67448975;

// Cody's coefficients, interval by interval.
const A = [
  2.2352520354606839287, 161.02823106855587881, 1067.6894854603709582, 18154.981253343561249, 0.065682337918207449113,
];
const B = [47.20258190468824187, 976.09855173777669322, 10260.932208618978205, 45507.789335026729956];
const C = [
  0.39894151208813466764, 8.8831497943883759412, 93.506656132177855979, 597.27027639480026226, 2494.5375852903726711,
  6848.1904505362823326, 11602.651437647350124, 9842.7148383839780218, 1.0765576773720192317e-8,
];
const D = [
  22.266688044328115691, 235.38790178262499861, 1519.377599407554805, 6485.558298266760755, 18615.571640885098091,
  34900.952721145977266, 38912.003286093271411, 19685.429676859990727,
];
const P = [
  0.21589853405795699, 0.1274011611602473639, 0.022235277870649807, 0.001421619193227893466, 2.9112874951168792e-5,
  0.02307344176494017303,
];
const Q = [
  1.28426009614491121, 0.468238212480865118, 0.0659881378689285515, 0.00378239633202758244, 7.29751555083966205e-5,
];

/* eslint-enable no-loss-of-precision */

/**
 * exp(−x²/2) × `factor`, with x² split as s² + (x − s)(x + s) where s is x cut to a
 * multiple of 1/16: s² is exact in doubles, so the large exponent loses no digits.
 */
function gaussianTail(x: number, factor: number): number {
  const s = trunc(x * 16) / 16;
  const rest = (x - s) * (x + s);
  return exp(-s * s * 0.5) * exp(-rest * 0.5) * factor;
}

/**
 * Φ(x), the standard normal distribution function: P(Z ≤ x) for Z ~ N(0, 1).
 * Cody's algorithm (see the file's head); relative error below 1e-15 in the body and the
 * tails; 0 below about −38.5 (underflow), 1 above about 8.3 (rounding).
 * Not in the seeds: the Black-Scholes-Merton formula's N(·) (DOMAIN.md, Valuation).
 * @param x - any number; NaN gives NaN
 * @returns a probability in [0, 1]
 * @throws never
 * @example normalCdf(-1) //=> 0.15865525393145707
 */
export function normalCdf(x: number): number {
  const y = abs(x);
  if (y <= THRESHOLD) {
    const xsq = x * x;
    let num = A[4] * xsq;
    let den = xsq;
    for (let i = 0; i < 3; i++) {
      num = (num + A[i]) * xsq;
      den = (den + B[i]) * xsq;
    }
    return 0.5 + (x * (num + A[3])) / (den + B[3]);
  }
  let upper: number; // P(Z > |x|)
  if (y <= ROOT_32) {
    let num = C[8] * y;
    let den = y;
    for (let i = 0; i < 7; i++) {
      num = (num + C[i]) * y;
      den = (den + D[i]) * y;
    }
    upper = gaussianTail(y, (num + C[7]) / (den + D[7]));
  } else if (y < 37.5193) {
    const xsq = 1 / (y * y);
    let num = P[5] * xsq;
    let den = xsq;
    for (let i = 0; i < 4; i++) {
      num = (num + P[i]) * xsq;
      den = (den + Q[i]) * xsq;
    }
    const factor = (ONE_OVER_ROOT_TWO_PI - (xsq * (num + P[4])) / (den + Q[4])) / y;
    upper = gaussianTail(y, factor);
  } else if (y >= 0) {
    upper = 0;
  } else {
    return NaN;
  }
  return x > 0 ? 1 - upper : upper;
}

/**
 * φ(x), the standard normal density: exp(−x²/2)/√(2π), with the same exact split of x².
 * Not in the seeds: the greeks' n(d1) (DOMAIN.md, Valuation).
 * @throws never
 * @example normalPdf(0) //=> 0.3989422804014327
 */
export function normalPdf(x: number): number {
  const y = abs(x);
  // exp(−y²/2) is 0 in doubles from y ≈ 38.6; ±Infinity (an overflowed d1) is 0 too, not NaN.
  return y < 40 ? gaussianTail(y, ONE_OVER_ROOT_TWO_PI) : y >= 40 ? 0 : NaN;
}
