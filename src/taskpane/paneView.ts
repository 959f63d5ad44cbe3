/**
 * The task pane's DOM: finding its elements and showing status, progress, problems and
 * the review of an import. No Office calls and no decisions here.
 */
import { Problem } from "../workbook/problem";

/** The element with `id`, of the expected type; a missing element is a build bug. */
export function element<T extends HTMLElement>(id: string, type: { new (): T }): T {
  const el = document.getElementById(id);
  if (!(el instanceof type)) throw new Error(`task pane: #${id} is missing or not a ${type.name}`);
  return el;
}

/** One line of the review table. */
export interface ReviewRow {
  readonly item: string;
  /** What the item is in plain English (a term's description), shown above its code. */
  readonly label?: string;
  readonly change: "added" | "changed" | "unchanged" | "kept" | "kept-input" | "replaced" | "conflict" | "confirm";
  readonly value: string;
}

const CHANGE_LABEL: Record<ReviewRow["change"], string> = {
  added: "added",
  changed: "changed",
  unchanged: "unchanged",
  kept: "kept (not in the file)",
  "kept-input": "kept as you filled them",
  replaced: "replaced",
  conflict: "not the pane's: will be changed",
  confirm: "to confirm: not the closing bid",
};

/** The checkbox's words for what it accepts: objects the pane did not create, a last-sale column, or both. */
const ACCEPT_LABEL = {
  conflict: "Change these objects that the pane did not create",
  confirm: "Use this last sale price as the closing bid",
  both: "Change these objects, and use the last sale price as the closing bid",
} as const;

/** How an outcome is shown: plain, done (green), or failed (a red message bar). */
export type Outcome = "info" | "success" | "error";

/**
 * The pane's feedback goes where the user is looking: each card has its own status line
 * (a polite live region, created here for every card, so a new card gets one too), and the
 * review, the progress bar and the list of problems move to the card whose control
 * started the action. One outcome, one message: saying something clears the other cards'.
 */
export class PaneView {
  readonly errors = element("errors", HTMLDivElement);
  readonly errorList = element("error-list", HTMLUListElement);
  readonly errorsMore = element("errors-more", HTMLParagraphElement);
  readonly review = element("review", HTMLElement);
  readonly reviewSummary = element("review-summary", HTMLParagraphElement);
  readonly reviewRows = element("review-rows", HTMLTableSectionElement);
  readonly reviewScroll = element("review-scroll", HTMLDivElement);
  readonly writeButton = element("write", HTMLButtonElement);
  readonly cancelButton = element("cancel", HTMLButtonElement);
  readonly progressArea = element("progress-area", HTMLDivElement);
  readonly progress = element("progress", HTMLProgressElement);
  readonly progressLabel = element("progress-label", HTMLLabelElement);
  readonly hostNote = element("host-note", HTMLParagraphElement);
  readonly reviewReading = element("review-reading", HTMLParagraphElement);
  readonly conflicts = element("conflicts", HTMLDivElement);
  readonly conflictsIntro = element("conflicts-intro", HTMLParagraphElement);
  readonly acceptConflicts = element("accept-conflicts", HTMLInputElement);
  readonly acceptLabel = element("accept-label", HTMLSpanElement);
  readonly conflictsList = element("conflicts-list", HTMLUListElement);
  readonly cancelCheck = element("cancel-check", HTMLButtonElement);
  private card: HTMLElement;

  constructor() {
    const cards = Array.from(document.querySelectorAll<HTMLElement>(".card")).filter((c) => c !== this.review);
    for (const card of cards) {
      const status = document.createElement("p");
      status.className = "status";
      status.setAttribute("role", "status");
      status.setAttribute("aria-live", "polite");
      card.append(status);
    }
    this.card = cards[0];
    window.addEventListener("resize", () => {
      focusableWhenScrolling(this.reviewScroll);
      focusableWhenScrolling(this.errorList);
    });
  }

  /**
   * The card whose control started an action: its status line, problems and progress are
   * shown there, and a review just below it. A control of the review keeps the card that
   * started the review.
   */
  useCardOf(control: Element | null): void {
    const card = control?.closest<HTMLElement>(".card");
    if (card && card !== this.review) this.card = card;
  }

  /** The one message of an outcome, in the current card's status line; the other cards' are cleared. */
  say(text: string, outcome: Outcome = "info"): void {
    for (const status of Array.from(document.querySelectorAll<HTMLElement>(".card > .status"))) {
      const here = status.parentElement === this.card;
      status.textContent = here ? text : "";
      status.classList.toggle("success", here && outcome === "success");
      status.classList.toggle("error", here && outcome === "error");
    }
  }

  /**
   * Says `message` as a failure and lists the problems under it (at most the first 100;
   * `more` counts the rest). Items are appended one by one: a list is never spread into a call.
   */
  showProblems(message: string, problems: readonly Problem[], more = 0): void {
    this.hideReview();
    this.say(message, "error");
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
    this.card.append(this.errors);
    this.errors.hidden = shown.length === 0;
    focusableWhenScrolling(this.errorList);
  }

  clearProblems(): void {
    this.errors.hidden = true;
    this.errorList.replaceChildren();
  }

  /**
   * Shows, just below the current card, what an import will change, how the file was read
   * (`reading`), and whether it can be written here. Rows of change "conflict" must be
   * accepted with the checkbox before Write is enabled.
   * @returns the control to focus next: Write, else the checkbox to accept conflicts, else Cancel
   */
  showReview(summary: string, rows: readonly ReviewRow[], canWrite: boolean, reading = ""): HTMLElement {
    this.clearProblems();
    this.say("");
    this.reviewSummary.textContent = summary;
    this.reviewReading.textContent = reading;
    this.reviewReading.hidden = reading === "";
    const body = document.createDocumentFragment();
    for (const r of rows) {
      const tr = document.createElement("tr");
      tr.setAttribute("role", "row");
      const item = document.createElement("th");
      item.setAttribute("scope", "row");
      item.setAttribute("role", "rowheader");
      if (r.label) {
        const label = document.createElement("span");
        label.className = "item-label";
        label.textContent = r.label;
        item.append(label, " ");
      }
      const code = document.createElement("span");
      code.className = "item-code";
      code.textContent = r.item;
      item.append(code);
      const change = document.createElement("td");
      change.setAttribute("role", "cell");
      change.className = `change-${r.change}`;
      change.textContent = CHANGE_LABEL[r.change];
      tr.append(item, change, valueCell(r));
      body.append(tr);
    }
    this.reviewRows.replaceChildren(body);
    this.reviewScroll.hidden = rows.length === 0;
    // What must be accepted is listed whole beside the box that accepts it, not only in the table.
    const toAccept = rows.filter((r) => r.change === "conflict" || r.change === "confirm");
    const conflicts = toAccept.filter((r) => r.change === "conflict").length;
    const confirms = toAccept.length - conflicts;
    this.conflicts.hidden = toAccept.length === 0;
    const intro: string[] = [];
    if (conflicts > 0)
      intro.push(
        `${conflicts} of these change${conflicts === 1 ? "s" : ""} something in the workbook that this pane did not create (marked "not the pane's"). Nothing is written unless you accept ${conflicts === 1 ? "it" : "them"}.`,
      );
    if (confirms > 0)
      intro.push("The prices are not closing bids. Nothing is written unless you confirm the column below.");
    this.conflictsIntro.textContent = intro.join(" ");
    const list = document.createDocumentFragment();
    for (const r of toAccept) {
      const li = document.createElement("li");
      const what = document.createElement("strong");
      what.textContent = `${r.item}: `;
      li.append(what, r.value);
      list.append(li);
    }
    this.conflictsList.replaceChildren(list);
    this.acceptLabel.textContent =
      ACCEPT_LABEL[conflicts > 0 && confirms > 0 ? "both" : conflicts > 0 ? "conflict" : "confirm"];
    this.acceptConflicts.checked = false;
    this.acceptConflicts.disabled = !canWrite;
    this.writeButton.disabled = !canWrite || toAccept.length > 0;
    this.card.after(this.review);
    this.review.hidden = false;
    focusableWhenScrolling(this.reviewScroll);
    if (!this.writeButton.disabled) return this.writeButton;
    return canWrite && toAccept.length > 0 ? this.acceptConflicts : this.cancelButton;
  }

  hideReview(): void {
    this.review.hidden = true;
  }

  /** Shows progress (done of total) with its label, in the current card or in `place`. */
  showProgress(done: number, total: number, label: string, place: HTMLElement = this.card): void {
    if (this.progressArea.parentElement !== place) place.append(this.progressArea);
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
   * they are enabled again and the caller re-applies its own disabled states and focus.
   */
  busy(on: boolean): void {
    document
      .querySelectorAll<HTMLButtonElement | HTMLInputElement | HTMLSelectElement>("button, input, select")
      .forEach((el) => {
        el.disabled = on && el !== this.cancelCheck;
      });
    // The pane's own <main>: the page's first is the hidden old-webview message.
    element("pane", HTMLElement).setAttribute("aria-busy", String(on));
  }

  /**
   * Moves keyboard focus to `target`, or, when it cannot take focus now (hidden or
   * disabled), to the first control of the current card that can.
   */
  focus(target: HTMLElement | undefined): void {
    const usable = (el: HTMLElement | null | undefined): el is HTMLElement =>
      !!el && !(el as HTMLButtonElement).disabled && el.closest("[hidden]") === null && el.getClientRects().length > 0;
    const next = usable(target)
      ? target
      : Array.from(this.card.querySelectorAll<HTMLElement>("button, input, select")).find(usable);
    next?.focus();
  }
}

/** A value cell: a changed value ("$33.75 → $30.00") may wrap at its arrow only; a conflict's explanation between words. */
function valueCell(r: ReviewRow): HTMLTableCellElement {
  const td = document.createElement("td");
  td.setAttribute("role", "cell");
  if (r.change === "conflict" || r.change === "confirm") {
    td.className = "prose";
    td.textContent = r.value;
    return td;
  }
  r.value.split(" → ").forEach((part, i) => {
    if (i > 0) td.append(" → ");
    const span = document.createElement("span");
    span.className = "token";
    span.textContent = part;
    td.append(span);
  });
  return td;
}

/**
 * A scroll box is a tab stop (so the keyboard can scroll it) only while it actually
 * scrolls: an empty or short one is not.
 */
export function focusableWhenScrolling(box: HTMLElement): void {
  const scrolls = box.scrollWidth > box.clientWidth + 1 || box.scrollHeight > box.clientHeight + 1;
  if (scrolls) box.tabIndex = 0;
  else box.removeAttribute("tabindex");
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
