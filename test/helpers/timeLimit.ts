/*
 * No single test over 5 s (mocha's timeout is 5 s too, in .mocharc.json and scripts/test.js):
 * this root hook fails any test that took longer, even one that raised its own timeout, so
 * a busy CI machine cannot turn a slow test into a flaky one unnoticed. Hooks (a browser
 * launch, a build in `before`) are not tests and are not limited here.
 *
 * SLOW_TESTS lists the tests that still take longer today, by full title: each is to be
 * split or sped up, and the list can only shrink (a test on it that gets fast fails too,
 * so that it is taken off).
 */
import type { Context } from "mocha";

export const LIMIT_MS = 5000;

export const SLOW_TESTS: string[] = [];

export const mochaHooks = {
  afterEach(this: Context) {
    const test = this.currentTest;
    if (!test || test.state !== "passed" || test.duration === undefined) return;
    const title = test.fullTitle();
    const listed = SLOW_TESTS.includes(title);
    if (test.duration > LIMIT_MS && !listed)
      throw new Error(
        `"${title}" took ${test.duration} ms, over the ${LIMIT_MS} ms a test may take: split it or speed it up`,
      );
  },
};
