/**
 * The task pane's DOM: finding its elements and showing status, progress, problems and
 * the review of an import. No Office calls and no decisions here.
 */
import { Problem } from "../termsheet/problem";

/** The element with `id`, of the expected type; a missing element is a build bug. */
export function element<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`task pane: #${id} is missing or not a ${type.name}`);
  return el;
}

/** One line of the review table. */
export interface ReviewRow {
  readonly item: string;
  readonly change: "added" | "changed" | "unchanged" | "kept" | "replaced" | "conflict";
  readonly value: string;
}

const CHANGE_LABEL: Record<ReviewRow["change"], string> = {
  added: "added",
  changed: "changed",
  unchanged: "unchanged",
  kept: "kept (not in the file)",
  replaced: "replaced",
  conflict: "not the pane's: will be changed",
};

export class PaneView {
  readonly status = element("status", HTMLDivElement);
  readonly errors = element("errors", HTMLElement);
  readonly errorsHeading = element("errors-heading", HTMLHeadingElement);
  readonly errorsIntro = element("errors-intro", HTMLParagraphElement);
  readonly errorList = element("error-list", HTMLUListElement);
  readonly review = element("review", HTMLElement);
  readonly reviewHeading = element("review-heading", HTMLHeadingElement);
  readonly reviewSummary = element("review-summary", HTMLParagraphElement);
  readonly reviewRows = element("review-rows", HTMLTableSectionElement);
  readonly writeButton = element("write", HTMLButtonElement);
  readonly progressArea = element("progress-area", HTMLDivElement);
  readonly progress = element("progress", HTMLProgressElement);
  readonly progressLabel = element("progress-label", HTMLLabelElement);
  readonly hostNote = element("host-note", HTMLParagraphElement);
  readonly errorsMore = element("errors-more", HTMLParagraphElement);
  readonly reviewReading = element("review-reading", HTMLParagraphElement);
  readonly conflicts = element("conflicts", HTMLDivElement);
  readonly conflictsIntro = element("conflicts-intro", HTMLParagraphElement);
  readonly acceptConflicts = element("accept-conflicts", HTMLInputElement);
  readonly cancelCheck = element("cancel-check", HTMLButtonElement);

  /** A status line for screen readers and eyes; `success` colours it. */
  say(text: string, success = false): void {
    this.status.textContent = text;
    this.status.classList.toggle("success", success);
  }

  /**
   * Lists the problems (at most the first 100; `more` counts the rest) and moves focus to
   * the list. Items are appended one by one: a list is never spread into a call.
   */
  showProblems(intro: string, problems: readonly Problem[], more = 0): void {
    this.hideReview();
    this.errorsIntro.textContent = intro;
    const shown = problems.slice(0, 100);
    const hidden = more + problems.length - shown.length;
    const list = document.createDocumentFragment();
    for (const p of shown) {
      const li = document.createElement("li");
      const where = document.createElement("strong");
      where.textContent = `${p.path}: `;
      li.append(where, p.message);
      list.append(li);
    }
    this.errorList.replaceChildren(list);
    this.errorsMore.textContent = `…and ${hidden.toLocaleString("en-US")} more problem${hidden === 1 ? "" : "s"}, not listed.`;
    this.errorsMore.hidden = hidden === 0;
    this.errors.hidden = false;
    const total = shown.length + hidden;
    this.say(`Nothing was written: ${total.toLocaleString("en-US")} problem${total === 1 ? "" : "s"} found.`);
    this.errorsHeading.focus();
  }

  clearProblems(): void {
    this.errors.hidden = true;
    this.errorList.replaceChildren();
  }

  /**
   * Shows what an import will change, how the file was read (`reading`), and whether it
   * can be written here. Rows of change "conflict" must be accepted with the checkbox
   * before Write is enabled.
   */
  showReview(summary: string, rows: readonly ReviewRow[], canWrite: boolean, reading = ""): void {
    this.clearProblems();
    this.reviewSummary.textContent = summary;
    this.reviewReading.textContent = reading;
    this.reviewReading.hidden = reading === "";
    const body = document.createDocumentFragment();
    for (const r of rows) {
      const tr = document.createElement("tr");
      [r.item, CHANGE_LABEL[r.change], r.value].forEach((text, i) => {
        const td = document.createElement(i === 0 ? "th" : "td");
        if (i === 0) td.setAttribute("scope", "row");
        td.textContent = text;
        if (i === 1) td.className = `change-${r.change}`;
        tr.append(td);
      });
      body.append(tr);
    }
    this.reviewRows.replaceChildren(body);
    this.reviewRows.closest("table")!.hidden = rows.length === 0;
    const conflicts = rows.filter((r) => r.change === "conflict").length;
    this.conflicts.hidden = conflicts === 0;
    this.conflictsIntro.textContent =
      conflicts === 0 ? "" : `${conflicts} of these change${conflicts === 1 ? "s" : ""} something in the workbook that this pane did not create (marked "not the pane's"). Nothing is written unless you accept ${conflicts === 1 ? "it" : "them"}.`;
    this.acceptConflicts.checked = false;
    this.writeButton.disabled = !canWrite || conflicts > 0;
    this.review.hidden = false;
    this.reviewHeading.focus();
  }

  hideReview(): void {
    this.review.hidden = true;
  }

  /** Shows progress of a long write (done of total steps), or hides it. */
  showProgress(done: number, total: number, label: string): void {
    this.progressArea.hidden = false;
    this.progress.max = total;
    this.progress.value = done;
    this.progressLabel.textContent = label;
  }

  hideProgress(): void {
    this.progressArea.hidden = true;
  }

  /**
   * While `on`, every control is disabled (a write must not be started twice); when off,
   * they are enabled again and the caller re-applies its own disabled states.
   */
  busy(on: boolean): void {
    document.querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>("button, input, select").forEach((el) => {
      el.disabled = on && el !== this.cancelCheck;
    });
    document.querySelector("main")?.setAttribute("aria-busy", String(on));
  }
}

/** A local file's text, read with FileReader (nothing leaves the machine). */
export function readFileText(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error(`could not read ${file.name}`));
    reader.readAsText(file);
  });
}

/** Offers text as a file download from memory (a blob: URL; no network). */
export function downloadText(fileName: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: "application/json" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10000);
}
