/** Timing and printing helpers of `npm run bench`. */

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/**
 * Runs each task `rounds` times after `warmups` untimed runs, rotating which goes first so
 * none always runs on a cold or a warm machine. Returns each task's times, ms.
 */
export function timeRounds(tasks: readonly (() => void)[], warmups: number, rounds: number): number[][] {
  for (let w = 0; w < warmups; w++) for (const task of tasks) task();
  const samples = tasks.map(() => [] as number[]);
  for (let round = 0; round < rounds; round++) {
    for (let k = 0; k < tasks.length; k++) {
      const i = (k + round) % tasks.length;
      const started = performance.now();
      tasks[i]();
      samples[i].push(performance.now() - started);
    }
  }
  return samples;
}

/** A verdict line: the ratio, the target and PASS or MISS. */
export function verdict(label: string, ratio: number, target: string, met: boolean): string {
  return `${label} = ${ratio.toFixed(2)}×  (target ${target})  ${met ? "PASS" : "MISS"}`;
}

/** Prints a table: first column left-aligned, the others right-aligned. */
export function table(header: string[], rows: string[][]): void {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  console.log(line(header));
  console.log(widths.map((w) => "-".repeat(w)).join("  "));
  for (const r of rows) console.log(line(r));
}

/** A deterministic generator (mulberry32), so every run uses the same data. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    let t = (state = (state + 0x6d2b79f5) >>> 0);
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
