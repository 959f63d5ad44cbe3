import assert from "node:assert/strict";
import { Xoshiro128StarStar, inverseNormal } from "../../src/engine/valuation/random";
import { exp, ln } from "../../src/engine/valuation/portableMath";

/** SplitMix64 written from its published definition (Steele, Lea and Flood 2014) in BigInt. */
function splitMix64(seed: bigint): () => bigint {
  const MASK = (1n << 64n) - 1n;
  let x = seed;
  return () => {
    x = (x + 0x9e3779b97f4a7c15n) & MASK;
    let z = x;
    z = ((z ^ (z >> 30n)) * 0xbf58476d1ce4e5b9n) & MASK;
    z = ((z ^ (z >> 27n)) * 0x94d049bb133111ebn) & MASK;
    return z ^ (z >> 31n);
  };
}

/** Distance in units in the last place between two positive doubles. */
function ulps(a: number, b: number): number {
  const words = new BigInt64Array(new Float64Array([a, b]).buffer);
  const d = words[0] - words[1];
  return Number(d < 0n ? -d : d);
}

describe("the simulation's random numbers (random.ts)", () => {
  it("gives the outputs of the xoshiro128** C reference for a published state", () => {
    // Test vectors of xoshiro128starstar.c as published with the 6502 port
    // (github.com/edorfaus/xoshiro-6502, test-rom/testdata.asm): the state
    // 964D4A0C D40AB895 AD7FDECB 3006F0F0 gives F1391922 6FE53806 A5BE2840 F510EE70.
    const g = Xoshiro128StarStar.fromState(0x964d4a0c, 0xd40ab895, 0xad7fdecb, 0x3006f0f0);
    assert.deepEqual(
      [g.nextUint32(), g.nextUint32(), g.nextUint32(), g.nextUint32()],
      [0xf1391922, 0x6fe53806, 0xa5be2840, 0xf510ee70],
    );
  });

  it("gives rotl(s1 × 5, 7) × 9 as its first output (state 1, 2, 3, 4: 10 << 7 = 1,280, × 9 = 11,520)", () => {
    assert.equal(Xoshiro128StarStar.fromState(1, 2, 3, 4).nextUint32(), 11_520);
  });

  it("seeds by SplitMix64, whose first outputs from 0 are the published e220a8397b1dcdaf, 6e789e6aa1b965f4", () => {
    const next = splitMix64(0n);
    assert.equal(next(), 0xe220a8397b1dcdafn);
    assert.equal(next(), 0x6e789e6aa1b965f4n);
    // MC_SEED = s: s0 = low and s1 = high word of SplitMix64's first output, s2/s3 of its second.
    for (const seed of [0, 1, 2, 12_345, 2 ** 32 + 7, Number.MAX_SAFE_INTEGER]) {
      const mix = splitMix64(BigInt(seed));
      const [a, b] = [mix(), mix()];
      const words = [a & 0xffffffffn, a >> 32n, b & 0xffffffffn, b >> 32n].map(Number);
      const seeded = Xoshiro128StarStar.fromSeed(seed);
      const stated = Xoshiro128StarStar.fromState(words[0], words[1], words[2], words[3]);
      for (let i = 0; i < 100; i++) assert.equal(seeded.nextUint32(), stated.nextUint32(), `seed ${seed}, output ${i}`);
    }
  });

  it("refuses a seed that is not a whole number from 0 to 2^53 − 1", () => {
    for (const seed of [-1, 0.5, 2 ** 53, NaN]) assert.throws(() => Xoshiro128StarStar.fromSeed(seed), /MC_SEED/);
  });

  it("makes uniforms (x + 0.5) / 2^32 strictly inside (0, 1)", () => {
    // State (1, 2, 3, 4): first output 11,520, so u = 11,520.5 / 4,294,967,296.
    assert.equal(Xoshiro128StarStar.fromState(1, 2, 3, 4).nextUniform(), 11_520.5 / 4_294_967_296);
  });

  it("inverts the normal CDF within Acklam's 1.15e-9 relative error, odd about one half", () => {
    // Quantiles to 16 digits (Φ⁻¹(0.975) = 1.959963984540054, Φ⁻¹(0.99) = 2.326347874040841,
    // Φ⁻¹(0.9) = 1.281551565544601, Φ⁻¹(1e-10) = −6.361340902404056).
    const cases: [number, number][] = [
      [0.975, 1.959963984540054],
      [0.99, 2.326347874040841],
      [0.9, 1.281551565544601],
      [1e-10, -6.361340902404056],
    ];
    for (const [p, z] of cases) assert.ok(Math.abs(inverseNormal(p) / z - 1) < 1.15e-9, `p = ${p}`);
    assert.equal(inverseNormal(0.5), 0);
    // The uniforms (x + 0.5) / 2^32 have an exact 1 − u: their normals are exactly antisymmetric.
    for (const x of [0, 1, 4_000_000, 100_000_000, 1_500_000_000, 2_147_483_000]) {
      const u = (x + 0.5) / 4_294_967_296;
      assert.equal(inverseNormal(1 - u), -inverseNormal(u), `x = ${x}`);
    }
  });

  it("draws normals with mean 0 and variance 1 (within 4 standard errors over 200,000 draws)", () => {
    const g = Xoshiro128StarStar.fromSeed(1);
    const n = 200_000;
    let sum = 0;
    let squares = 0;
    for (let i = 0; i < n; i++) {
      const z = g.nextNormal();
      sum += z;
      squares += z * z;
    }
    // SE of the mean: 1/√n = 0.00224; SE of the mean square: √(2/n) = 0.00316.
    assert.ok(Math.abs(sum / n) < 4 / Math.sqrt(n), `mean ${sum / n}`);
    assert.ok(Math.abs(squares / n - 1) < 4 * Math.sqrt(2 / n), `variance ${squares / n}`);
  });
});

describe("portable exp and ln (portableMath.ts)", () => {
  it("stay within 1 ulp of Node's Math.exp and Math.log over 30,000 arguments", () => {
    const g = Xoshiro128StarStar.fromSeed(7);
    for (let i = 0; i < 30_000; i++) {
      const x = (g.nextUniform() - 0.5) * 1400;
      assert.ok(ulps(exp(x), Math.exp(x)) <= 1, `exp(${x})`);
      const y = 10 ** ((g.nextUniform() - 0.5) * 600);
      assert.ok(ulps(ln(y), Math.log(y)) <= 1, `ln(${y})`);
      const small = (g.nextUniform() - 0.5) * 0.01;
      assert.ok(ulps(exp(small), Math.exp(small)) <= 1, `exp(${small})`);
    }
  });

  it("handles the edges: exp(0) = 1, ln(1) = 0, overflow, underflow, subnormals, 0 and negatives", () => {
    assert.equal(exp(0), 1);
    assert.equal(ln(1), 0);
    assert.equal(exp(710), Infinity);
    assert.equal(exp(-746), 0);
    assert.equal(exp(-745), 5e-324); // the least subnormal, as e^-745 ≈ 4.9e-324 rounds
    assert.equal(ln(5e-324), Math.log(5e-324)); // −744.44…
    assert.equal(ln(0), -Infinity);
    assert.ok(Number.isNaN(ln(-1)));
    assert.ok(Number.isNaN(exp(NaN)));
  });
});
