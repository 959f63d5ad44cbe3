/**
 * exp and ln that give the same double in every JavaScript runtime.
 *
 * ECMAScript leaves Math.exp and Math.log "implementation-approximated": V8, JavaScriptCore
 * and Excel's JavaScript-only runtime may differ in the last bit, and a simulation that must
 * give the same numbers everywhere cannot use them. These follow the algorithms of fdlibm
 * (Sun Microsystems, e_exp.c and e_log.c: argument reduction by ln 2, then a minimax
 * polynomial) using only +, −, ×, ÷ and comparisons, which IEEE 754 rounds correctly and
 * identically everywhere, plus Math.floor (exact). Accuracy: within 1 ulp of the true
 * value (as fdlibm). Valuation code: doubles are the method's arithmetic.
 */

// Looked up once: a vm realm (and some runtimes) reach globals such as Math through a slow path.
const { floor } = Math;

const LN2_HI = 6.9314718036912381649e-1; // 0x3fe62e42 fee00000: k × LN2_HI is exact for |k| < 2^11
const LN2_LO = 1.90821492927058770002e-10; // 0x3dea39ef 35793c76
const INV_LN2 = 1.442695040888963387; // 0x3ff71547 652b82fe
const EXP_OVERFLOW = 7.09782712893383973096e2; // above: +Infinity
const EXP_UNDERFLOW = -7.4513321910194110842e2; // below: 0
// exp's polynomial (fdlibm e_exp.c, P1..P5)
const P1 = 1.66666666666666019037e-1;
const P2 = -2.77777777770155933842e-3;
const P3 = 6.61375632143793436117e-5;
const P4 = -1.6533902205465251539e-6;
const P5 = 4.13813679705723846039e-8;
// ln's polynomial (fdlibm e_log.c, Lg1..Lg7)
const LG1 = 6.66666666666673513e-1;
const LG2 = 3.999999999940941908e-1;
const LG3 = 2.857142874366239149e-1;
const LG4 = 2.222219843214978396e-1;
const LG5 = 1.818357216161805012e-1;
const LG6 = 1.531383769920937332e-1;
const LG7 = 1.479819860511658591e-1;
const SQRT2 = 1.4142135623730951;
const SQRT_HALF = 0.7071067811865476;

/** 2^k for k = −1022…1023 at POW2[k + 1022], made by exact doublings and halvings. */
const POW2 = new Float64Array(2046);
POW2[1022] = 1;
for (let k = 1; k <= 1023; k++) POW2[1022 + k] = POW2[1021 + k] * 2;
for (let k = 1; k <= 1022; k++) POW2[1022 - k] = POW2[1023 - k] / 2;
const TWO_M1000 = POW2[22]; // 2^-1000

/** x × 2^k, exact unless the result is subnormal (then rounded once or twice, the same everywhere). */
function scale(x: number, k: number): number {
  if (k > 1023) return x * POW2[2045] * POW2[1022 + k - 1023];
  if (k >= -1022) return x * POW2[1022 + k];
  return x * POW2[1022 + k + 1000] * TWO_M1000;
}

/**
 * e^x, the same double in every runtime (fdlibm's algorithm).
 * @param x - any number; NaN gives NaN
 * @returns e^x; +Infinity above 709.78, 0 below −745.13
 * @example exp(1) //=> 2.7182818284590455 (fdlibm: within 1 ulp of e)
 */
export function exp(x: number): number {
  if (!(x === x)) return NaN;
  if (x > EXP_OVERFLOW) return Infinity;
  if (x < EXP_UNDERFLOW) return 0;
  const ax = x < 0 ? -x : x;
  if (ax < 3.725290298461914e-9) return 1 + x; // |x| < 2^-28
  let k = 0;
  let hi = x;
  let lo = 0;
  if (ax > 0.34657359027997264) {
    // |x| > ln2 / 2: x = k ln2 + r, |r| ≤ ln2 / 2
    k = floor(INV_LN2 * x + 0.5);
    hi = x - k * LN2_HI;
    lo = k * LN2_LO;
  }
  const r = hi - lo;
  const t = r * r;
  const c = r - t * (P1 + t * (P2 + t * (P3 + t * (P4 + t * P5))));
  if (k === 0) return 1 - ((r * c) / (c - 2) - r);
  const y = 1 - (lo - (r * c) / (2 - c) - hi);
  return scale(y, k);
}

/**
 * The natural logarithm, the same double in every runtime (fdlibm's algorithm).
 * @param x - a number ≥ 0
 * @returns ln x; −Infinity for 0, NaN below 0 or for NaN, +Infinity for +Infinity
 * @example ln(Math.E) //=> 1
 */
export function ln(x: number): number {
  if (!(x > 0)) return x === 0 ? -Infinity : NaN;
  if (x === Infinity) return Infinity;
  // x = 2^k × m with √½ ≤ m < √2: a first guess of k, then exact halvings or doublings,
  // so the pair (k, m) is the same whatever the guess.
  let k = 0;
  let m = x;
  if (m < 2.2250738585072014e-308) {
    m = m * POW2[1022 + 1000] * POW2[1022 + 52]; // subnormal: × 2^1052 makes it normal
    k = -1052;
  }
  while (m >= 1.157920892373162e77) {
    m *= POW2[1022 - 256];
    k += 256;
  }
  while (m < 8.636168555094445e-78) {
    m *= POW2[1022 + 256];
    k -= 256;
  }
  while (m >= SQRT2) {
    m *= 0.5;
    k++;
  }
  while (m < SQRT_HALF) {
    m *= 2;
    k--;
  }
  const f = m - 1;
  const s = f / (2 + f);
  const z = s * s;
  const w = z * z;
  const t1 = w * (LG2 + w * (LG4 + w * LG6));
  const t2 = z * (LG1 + w * (LG3 + w * (LG5 + w * LG7)));
  const R = t2 + t1;
  const hfsq = 0.5 * f * f;
  return k * LN2_HI - (hfsq - (s * (hfsq + R) + k * LN2_LO) - f);
}
