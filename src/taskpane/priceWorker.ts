/**
 * The price-file check, off the page's thread: a Web Worker (built as priceWorker.js) that
 * parses and validates a file and posts progress, then the result with at most the first
 * 100 problems and a count of the rest. The page stays responsive for any size of file,
 * and Cancel simply ends the worker.
 */
import { firstProblems } from "../workbook/firstProblems";
import { parsePriceCsv } from "../termsheet/priceCsv";
import { PriceCheckMessage, PriceCheckRequest } from "./priceCheck";

const post = (message: PriceCheckMessage) =>
  (self as unknown as { postMessage(m: PriceCheckMessage): void }).postMessage(message);

self.onmessage = (event: MessageEvent<PriceCheckRequest>) => {
  let last = 0;
  const result = parsePriceCsv(event.data.text, {
    onProgress(done) {
      if (done - last >= 0.02 || done === 1) post({ type: "progress", done: (last = done) });
    },
  });
  if (result.ok) post({ type: "done", file: result.value });
  else {
    const { shown, more } = firstProblems(result.problems);
    post({ type: "done", problems: shown, more });
  }
};
