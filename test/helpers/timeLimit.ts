/*
 * No single test over 5 s (mocha's timeout is 5 s too, in .mocharc.json and scripts/test.js):
 * this root hook notes every test that took longer, even one that raised its own timeout,
 * and fails the run at its end, naming them all, so a busy CI machine cannot turn a slow
 * test into a flaky one unnoticed. Hooks (a browser launch, a build in `before`) are not
 * tests and are not limited here.
 */
import type { Context } from "mocha";

export const LIMIT_MS = 5000;

const over: string[] = [];

export const mochaHooks = {
  afterEach(this: Context) {
    const test = this.currentTest;
    if (!test || test.state !== "passed" || test.duration === undefined || test.duration <= LIMIT_MS) return;
    over.push(`"${test.fullTitle()}" took ${test.duration} ms`);
  },
  afterAll() {
    if (over.length)
      throw new Error(
        `${over.length} test(s) over the ${LIMIT_MS} ms a test may take; split or speed them up:\n${over.join("\n")}`,
      );
  },
};
