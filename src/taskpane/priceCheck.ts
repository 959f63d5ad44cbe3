/**
 * Checking a price file without freezing the pane: in a Web Worker (priceWorker.ts) when
 * the page can start one, else on the page (a plain browser without workers, the tests in
 * Node). Either way the result holds at most the first 100 problems and a count.
 */
import { firstProblems } from "../workbook/firstProblems";
import { PriceFile, parsePriceCsv } from "../termsheet/priceCsv";
import { Problem } from "../workbook/problem";

export interface PriceCheckRequest {
  readonly text: string;
}

export type PriceCheckMessage =
  | { readonly type: "progress"; readonly done: number }
  | { readonly type: "done"; readonly file: PriceFile }
  | { readonly type: "done"; readonly problems: Problem[]; readonly more: number };

/** The outcome: the file, or the first problems and how many more; undefined when cancelled. */
export type PriceCheck = { readonly file: PriceFile } | { readonly problems: Problem[]; readonly more: number };

/** The worker script, built beside taskpane.js. */
const WORKER_URL = "priceWorker.js";

/**
 * Starts checking `text`; `onProgress` gets the share done (0 to 1).
 * @returns the result (undefined if cancelled) and a cancel function
 */
export function checkPriceFile(
  text: string,
  onProgress: (done: number) => void,
): { result: Promise<PriceCheck | undefined>; cancel: () => void } {
  if (typeof Worker === "undefined") {
    const parsed = parsePriceCsv(text, { onProgress });
    return {
      result: Promise.resolve(parsed.ok ? { file: parsed.value } : firstProblems(parsed.problems)).then(toCheck),
      cancel: () => undefined,
    };
  }
  const worker = new Worker(WORKER_URL);
  let settle: (value: PriceCheck | undefined) => void = () => undefined;
  const result = new Promise<PriceCheck | undefined>((resolve, reject) => {
    settle = resolve;
    worker.onmessage = (event: MessageEvent<PriceCheckMessage>) => {
      const m = event.data;
      if (m.type === "progress") return onProgress(m.done);
      worker.terminate();
      resolve("file" in m ? { file: m.file } : { problems: m.problems, more: m.more });
    };
    worker.onerror = (event) => {
      worker.terminate();
      reject(new Error(event.message || "the price-file check stopped"));
    };
  });
  worker.postMessage({ text } satisfies PriceCheckRequest);
  return {
    result,
    cancel: () => {
      worker.terminate();
      settle(undefined);
    },
  };
}

function toCheck(x: { file: PriceFile } | { shown: Problem[]; more: number }): PriceCheck {
  return "file" in x ? x : { problems: x.shown, more: x.more };
}
