import { check } from "../errors";
import { messages } from "../messages";
import { ln } from "./portableMath";

// Looked up once: a vm realm (and some runtimes) reach globals such as Math through a slow path.
const { floor, imul, sqrt } = Math;

/**
 * The simulation's random numbers: the same sequence for the same seed in every runtime.
 * Valuation code: doubles are the method's arithmetic.
 *
 * - Generator: xoshiro128** 1.1 (Blackman and Vigna, 2018; the reference is
 *   xoshiro128starstar.c): 128 bits of state s0..s3, each output
 *   rotl(s1 × 5, 7) × 9 mod 2^32, then t = s1 << 9; s2 ^= s0; s3 ^= s1; s1 ^= s2;
 *   s0 ^= s3; s2 ^= t; s3 = rotl(s3, 11). 32-bit integer arithmetic only (Math.imul, shifts).
 * - Seeding, as the authors recommend: SplitMix64 (Steele, Lea and Flood, 2014) started at
 *   the seed as an unsigned 64-bit integer; its first output gives s0 (low 32 bits) and s1
 *   (high 32 bits), its second s2 (low) and s3 (high). The 64-bit arithmetic is done in
 *   32-bit halves.
 * - Uniforms: u = (x + 0.5) / 2^32 for each 32-bit output x: strictly inside (0, 1), and
 *   1 − u is exact.
 * - Normals: Z = Φ⁻¹(u) by Acklam's rational approximation (relative error below
 *   1.15 × 10⁻⁹), one output per normal; its tails use {@link ln}, not Math.log.
 */
export class Xoshiro128StarStar {
  private s0: number;
  private s1: number;
  private s2: number;
  private s3: number;

  /**
   * A generator with the state (s0, s1, s2, s3) as given (unsigned 32-bit words, not all 0).
   * @example Xoshiro128StarStar.fromState(1, 2, 3, 4).nextUint32() //=> 11520
   */
  static fromState(s0: number, s1: number, s2: number, s3: number): Xoshiro128StarStar {
    return new Xoshiro128StarStar(s0, s1, s2, s3);
  }

  /**
   * A generator seeded from `seed` by SplitMix64 (see above).
   * @param seed - a whole number, 0 … 2^53 − 1 (MC_SEED)
   * @throws TermsError `invalid` for any other seed
   * @example Xoshiro128StarStar.fromSeed(1).nextUint32() // the first output for MC_SEED = 1
   */
  static fromSeed(seed: number): Xoshiro128StarStar {
    check(Number.isInteger(seed) && seed >= 0 && seed <= Number.MAX_SAFE_INTEGER, "invalid", () =>
      messages.badSeed(seed),
    );
    const mix = new SplitMix64(floor(seed / 4294967296), seed % 4294967296);
    const a = mix.next();
    const b = mix.next();
    return new Xoshiro128StarStar(a[1], a[0], b[1], b[0]);
  }

  private constructor(s0: number, s1: number, s2: number, s3: number) {
    this.s0 = s0 | 0;
    this.s1 = s1 | 0;
    this.s2 = s2 | 0;
    this.s3 = s3 | 0;
    // The one state the generator cannot leave; SplitMix64 never gives it for two outputs.
    if ((this.s0 | this.s1 | this.s2 | this.s3) === 0) this.s0 = 1;
  }

  /** The next output, an unsigned 32-bit integer. */
  nextUint32(): number {
    const s1 = this.s1;
    const times5 = imul(s1, 5);
    const result = imul((times5 << 7) | (times5 >>> 25), 9) >>> 0;
    const t = s1 << 9;
    this.s2 ^= this.s0;
    this.s3 ^= s1;
    this.s1 ^= this.s2;
    this.s0 ^= this.s3;
    this.s2 ^= t;
    this.s3 = (this.s3 << 11) | (this.s3 >>> 21);
    return result;
  }

  /** The next uniform, (x + 0.5) / 2^32: strictly between 0 and 1. */
  nextUniform(): number {
    return (this.nextUint32() + 0.5) * 2.3283064365386963e-10;
  }

  /** The next standard normal, Φ⁻¹ of the next uniform ({@link inverseNormal}). */
  nextNormal(): number {
    return inverseNormal(this.nextUniform());
  }
}

/**
 * SplitMix64 in 32-bit halves: x += 0x9e3779b97f4a7c15; z = x; z = (z ^ z >> 30) ×
 * 0xbf58476d1ce4e5b9; z = (z ^ z >> 27) × 0x94d049bb133111eb; output z ^ z >> 31 (mod 2^64).
 */
class SplitMix64 {
  constructor(
    private hi: number,
    private lo: number,
  ) {}

  /** The next output as [high 32 bits, low 32 bits], unsigned. */
  next(): [number, number] {
    const lo = this.lo + 0x7f4a7c15;
    this.hi = (this.hi + 0x9e3779b9 + (lo > 0xffffffff ? 1 : 0)) >>> 0;
    this.lo = lo >>> 0;
    let z = xorShiftRight(this.hi, this.lo, 30);
    z = multiply64(z[0], z[1], 0xbf58476d, 0x1ce4e5b9);
    z = xorShiftRight(z[0], z[1], 27);
    z = multiply64(z[0], z[1], 0x94d049bb, 0x133111eb);
    return xorShiftRight(z[0], z[1], 31);
  }
}

/** z ^ (z >> n) for a 64-bit z = (hi, lo), 0 < n < 32. */
function xorShiftRight(hi: number, lo: number, n: number): [number, number] {
  return [(hi ^ (hi >>> n)) >>> 0, (lo ^ ((lo >>> n) | (hi << (32 - n)))) >>> 0];
}

/** The low 64 bits of (ah, al) × (bh, bl), as [high, low] unsigned 32-bit words. */
function multiply64(ah: number, al: number, bh: number, bl: number): [number, number] {
  // al × bl exactly, in 16-bit pieces (every partial product and sum below 2^53).
  const a0 = al & 0xffff;
  const a1 = al >>> 16;
  const b0 = bl & 0xffff;
  const b1 = bl >>> 16;
  const middle = a0 * b1 + a1 * b0;
  const low = a0 * b0 + (middle % 65536) * 65536;
  const lowWord = low % 4294967296;
  const high = a1 * b1 + floor(middle / 65536) + floor(low / 4294967296);
  // The cross products only reach the high word: their low 32 bits are Math.imul's.
  const highWord = (high + imul(ah, bl) + imul(al, bh)) >>> 0;
  return [highWord, lowWord >>> 0];
}

// Acklam's coefficients (P. J. Acklam, "An algorithm for computing the inverse normal
// cumulative distribution function", 2003).
const A1 = -3.969683028665376e1;
const A2 = 2.209460984245205e2;
const A3 = -2.759285104469687e2;
const A4 = 1.38357751867269e2;
const A5 = -3.066479806614716e1;
const A6 = 2.506628277459239;
const B1 = -5.447609879822406e1;
const B2 = 1.615858368580409e2;
const B3 = -1.556989798598866e2;
const B4 = 6.680131188771972e1;
const B5 = -1.328068155288572e1;
const C1 = -7.784894002430293e-3;
const C2 = -3.223964580411365e-1;
const C3 = -2.400758277161838;
const C4 = -2.549732539343734;
const C5 = 4.374664141464968;
const C6 = 2.938163982698783;
const D1 = 7.784695709041462e-3;
const D2 = 3.224671290700398e-1;
const D3 = 2.445134137142996;
const D4 = 3.754408661907416;
const P_LOW = 0.02425;

/**
 * Φ⁻¹(p), the standard normal quantile, by Acklam's rational approximation (relative error
 * below 1.15 × 10⁻⁹): a rational function of p − ½ in the centre, of √(−2 ln p) in the tails
 * (p < 0.02425 or p > 0.97575). Odd about ½: Φ⁻¹(1 − p) = −Φ⁻¹(p) exactly when 1 − p is.
 * Square roots are IEEE 754's (correctly rounded in every runtime); logarithms are {@link ln}.
 * @param p - a probability strictly between 0 and 1
 * @example inverseNormal(0.975) // 1.959963985 (Φ⁻¹(0.975) = 1.9599639845…)
 */
export function inverseNormal(p: number): number {
  if (p < P_LOW) return tail(p);
  if (p > 1 - P_LOW) return -tail(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A1 * r + A2) * r + A3) * r + A4) * r + A5) * r + A6) * q) /
    (((((B1 * r + B2) * r + B3) * r + B4) * r + B5) * r + 1)
  );
}

function tail(p: number): number {
  const q = sqrt(-2 * ln(p));
  return (((((C1 * q + C2) * q + C3) * q + C4) * q + C5) * q + C6) / ((((D1 * q + D2) * q + D3) * q + D4) * q + 1);
}
