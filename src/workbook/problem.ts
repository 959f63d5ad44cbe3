/**
 * One problem found in a term sheet, a price file or a write plan: where (`path`, e.g.
 * "terms[3] CONV_INITIAL_PCT", "row 12", "cell A23") and what (`message`, from the
 * engine's messages). The task pane lists every problem, never just the first.
 */
export interface Problem {
  readonly path: string;
  readonly message: string;
}

/** A result that is either a value or the full list of problems that prevented it. */
export type Checked<T> =
  { readonly ok: true; readonly value: T } | { readonly ok: false; readonly problems: readonly Problem[] };

/** The value of a Checked, or the problems as a list. */
export function problemsOf<T>(checked: Checked<T>): readonly Problem[] {
  return checked.ok ? [] : checked.problems;
}
