/**
 * A small seeded pseudo-random generator for the fuzz tests: the same seed gives the same
 * argument lists on every machine, so a failure is reproduced with FUZZ_SEED=<seed>.
 */

/** The seed of a run: FUZZ_SEED when set (decimal or 0x hex), else a fixed default. */
export function fuzzSeed(fallback: number): number {
  const text = process.env.FUZZ_SEED;
  if (text === undefined || text.trim() === "") return fallback >>> 0;
  const seed = Number(text.trim());
  if (!Number.isInteger(seed)) throw new Error(`FUZZ_SEED must be a whole number, got "${text}"`);
  return seed >>> 0;
}

/** A 32-bit FNV-1a hash, to derive one stream per function id from the run's seed. */
export function hash32(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** Mulberry32: fast, 32-bit state, good enough to explore argument space. */
export class Random {
  private state: number;

  constructor(seed: number) {
    this.state = seed >>> 0;
  }

  /** A float in [0, 1). */
  next(): number {
    let t = (this.state = (this.state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }

  /** True with probability `p`. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  /** A whole number in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** A float in [min, max). */
  float(min: number, max: number): number {
    return min + this.next() * (max - min);
  }

  /** One element of a non-empty list. */
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)];
  }

  /** One of `choices` by weight: [[weight, make], …]. */
  weighted<T>(choices: ReadonlyArray<readonly [number, () => T]>): T {
    let total = 0;
    for (const [w] of choices) total += w;
    let r = this.next() * total;
    for (const [w, make] of choices) {
      if ((r -= w) < 0) return make();
    }
    return choices[choices.length - 1][1]();
  }

  /** Shuffles `items` in place (Fisher–Yates) and returns it. */
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j], items[i]];
    }
    return items;
  }
}
