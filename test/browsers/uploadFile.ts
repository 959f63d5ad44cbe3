/*
 * A file for a page's file input, written to disk for the browser to read from there: a
 * driver carrying the bytes instead is slow (playwright-core took about 4 s for 12 MB on
 * this 2-core machine, against 0.15 s for the file's path). Each file gets a folder of its
 * own, so a name can be used again with another text; all are removed when the process ends.
 */
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

let folder: string | undefined;

/** Writes `text` (UTF-8) to a new file called `name`; @returns its path */
export function uploadFile(name: string, text: string): string {
  if (!folder) {
    const made = mkdtempSync(join(tmpdir(), "neot-upload-"));
    process.once("exit", () => rmSync(made, { recursive: true, force: true }));
    folder = made;
  }
  const file = join(mkdtempSync(join(folder, "file-")), name);
  writeFileSync(file, text, "utf8");
  return file;
}
