/**
 * The results of the last few simulations, keyed on their exact arguments.
 *
 * Excel recalculates a NEOT.CONVSIM cell whenever anything it refers to might have changed,
 * and a volatile neighbour or a full recalculation passes the same arguments again. A
 * simulation of 10,000 paths costs milliseconds; comparing a dozen values costs nothing. The
 * key holds the price series as read (priceSeriesCache hands back the same series for the
 * same cells), the dates and numbers as read, and every term's value, so the comparison is
 * exact: any changed argument or term misses. A simulation is a function of its key alone,
 * so an engine error it ends in (bids that leave the range of doubles after some paths) is
 * kept too, and given again without simulating; any other exception is never kept.
 */
import { TermsError } from "../engine/errors";

const CAPACITY = 8;

interface Entry {
  readonly key: readonly unknown[];
  readonly value?: unknown;
  readonly error?: TermsError;
}

/** Most recently used first. */
const entries: Entry[] = [];
let runs = 0;

function sameKey(a: readonly unknown[], b: readonly unknown[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The value of `run()` for `key`: the remembered one when the same key (element by element,
 * ===) was computed recently, else `run()`, remembered for next time.
 * @throws whatever `run` throws; a TermsError is remembered and thrown again for the same key
 */
export function cachedSimulation<T>(key: readonly unknown[], run: () => T): T {
  for (let i = 0; i < entries.length; i++) {
    const entry = entries[i];
    if (sameKey(entry.key, key)) {
      if (i > 0) {
        entries.splice(i, 1);
        entries.unshift(entry);
      }
      if (entry.error) throw entry.error;
      return entry.value as T;
    }
  }
  runs++;
  let value: T;
  try {
    value = run();
  } catch (error) {
    if (error instanceof TermsError) remember({ key: key.slice(), error });
    throw error;
  }
  remember({ key: key.slice(), value });
  return value;
}

function remember(entry: Entry): void {
  entries.unshift(entry);
  if (entries.length > CAPACITY) entries.pop();
}

/** How many times `run` was called rather than a result remembered (for tests and the bench). */
export function simulationRuns(): number {
  return runs;
}
