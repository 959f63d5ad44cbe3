import { Problem } from "./problem";

/** How many problems the pane lists; the rest are counted. */
export const PROBLEMS_SHOWN = 100;

/**
 * The first `limit` problems and how many more there are, so that a file with 130,000 bad
 * lines gives a short list and a count (never an unbounded list in the page).
 * @example firstProblems(list300, 100).more //=> 200
 */
export function firstProblems(
  problems: readonly Problem[],
  limit = PROBLEMS_SHOWN,
): { shown: Problem[]; more: number } {
  return { shown: problems.slice(0, limit), more: Math.max(0, problems.length - limit) };
}
