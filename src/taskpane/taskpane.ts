/**
 * The NEOT Terms task pane: one-step deal set-up. Choose a deal (a preset or a term-sheet
 * file) or a price file; the pane checks it completely with the engine's rules, shows what
 * will change in the workbook, and writes it on request. It reads files locally and makes
 * no network request of its own.
 *
 * Host seam: the pane writes through `Excel.run` when the page has one — inside Excel, or
 * wherever a stand-in `Excel` is provided (the browser test). Without it (the page opened
 * in a plain browser) the pane still checks files and shows the review, but cannot write.
 */
import { findTerm } from "../engine/terms/termRegistry";
import { modelsReadingElsewhere, pricesElsewhereNote } from "../model/modelPriceSources";
import {
  DATE_SYSTEM_TERM,
  DealImport,
  dealsInWorkbook,
  planDealImport,
  termSheetFromWorkbook,
} from "../termsheet/dealSheet";
import { describeReading } from "../termsheet/priceCsv";
import { priceFileToConfirm } from "../termsheet/priceFileReview";
import { PRICE_SHEET, PRICE_TABLE, PriceImport, planPriceImport } from "../termsheet/pricePlan";
import { DEAL_PRESETS, presetTermSheet } from "../termsheet/presets";
import { Checked, Problem } from "../workbook/problem";
import { serializeTermSheet } from "../termsheet/serializeTermSheet";
import { TermSheet, parseTermSheet, termsBlockName } from "../termsheet/termSheet";
import { Conflict, WorkbookPlan, WorkbookState } from "../workbook/workbookPlan";
import { REQUIRED_EXCEL_API, excelApiSupported } from "./excelApiSupport";
import {
  ExcelRun,
  WorkbookChangedError,
  WorkbookHost,
  WorkbookWriteError,
  WriteStep,
  excelWorkbook,
} from "./excelWorkbook";
import { ModelCard } from "./modelCard";
import { applyOfficeTheme, officeThemeColors } from "./officeTheme";
import { checkPriceFile } from "./priceCheck";
import { PaneView, ReviewRow, downloadText, element, readFileText } from "./paneView";

const EMPTY_WORKBOOK: WorkbookState = { sheets: [], tables: [], names: [] };

/** Excel's `Excel.run` when the page has one, else none (check-only). */
function findRun(): ExcelRun | undefined {
  const excel = (globalThis as { Excel?: { run?: unknown } }).Excel;
  if (typeof excel?.run !== "function") return undefined;
  return excel.run.bind(excel) as ExcelRun;
}

/** The workbook host over `Excel.run`, or none (check-only). */
function findHost(): WorkbookHost | undefined {
  const run = findRun();
  return run && excelWorkbook(run);
}

/** A write waiting for the banker's go-ahead: the plan, the workbook it was made from, and the control that asked for it. */
interface Pending {
  readonly plan: WorkbookPlan;
  readonly state: WorkbookState;
  readonly done: string;
  readonly origin: HTMLElement;
  /** More to write in the same batch (the deal model's chart). */
  readonly step?: WriteStep;
}

/**
 * Why the pane cannot write here, as its note says: no note inside Excel;
 * "outside-excel" when office.js loaded but Office.onReady gave no host (a plain browser);
 * "no-office-js" when office.js did not load at all (inside Excel: a blocked network);
 * "old-excel" when Excel lacks the ExcelApi the writes need.
 */
export type HostKind = "excel" | "outside-excel" | "no-office-js" | "old-excel";

const HOST_NOTE: Record<Exclude<HostKind, "excel">, string> = {
  "outside-excel":
    "Opened outside Excel: this pane checks term sheets and price files but cannot write them. Open it from Excel (Home > NEOT Terms) to set up a workbook.",
  "no-office-js":
    "Office's add-in script (office.js) did not load, so this pane cannot reach Excel. Inside Excel this means the network blocked it: ask your IT team to allow the add-in's Office script, then reopen the pane. Until then the pane checks term sheets and price files but cannot write them.",
  "old-excel": `This version of Excel lacks the ExcelApi ${REQUIRED_EXCEL_API} requirement set (Table.resize, used to update a price or deal table in place, and the cell formats an undo restores). The pane checks term sheets and price files but cannot write them here: use Microsoft 365 Excel or Excel on the web.`,
};

class Pane {
  private pending: Pending | undefined;
  private readonly preset = element("preset", HTMLSelectElement);
  private readonly termSheetFile = element("termsheet-file", HTMLInputElement);
  private readonly pricesFile = element("prices-file", HTMLInputElement);
  private readonly exportDeal = element("export-deal", HTMLSelectElement);
  private readonly modelCard: ModelCard;

  constructor(
    private readonly view: PaneView,
    private readonly host: WorkbookHost | undefined,
    private readonly kind: HostKind,
  ) {
    this.modelCard = new ModelCard(view, host, host && findRun(), {
      run: (action) => this.run(action),
      offer: (pending) => (this.pending = pending),
    });
  }

  start(): void {
    for (const p of DEAL_PRESETS) this.preset.append(new Option(`${p.id}: ${p.title}`, p.id));
    element("check-preset", HTMLButtonElement).addEventListener("click", () => this.run(() => this.reviewPreset()));
    this.termSheetFile.addEventListener("change", () => this.run(() => this.reviewTermSheetFile()));
    this.pricesFile.addEventListener("change", () => this.run(() => this.reviewPriceFile()));
    this.view.writeButton.addEventListener("click", () => this.run(() => this.write()));
    element("cancel", HTMLButtonElement).addEventListener("click", () => this.cancel());
    element("export", HTMLButtonElement).addEventListener("click", () => this.run(() => this.exportTermSheet()));
    element("refresh-deals", HTMLButtonElement).addEventListener("click", () => this.run(() => this.refreshDeals()));
    this.exportDeal.addEventListener("change", () => this.updateControls());
    this.view.acceptConflicts.addEventListener("change", () => this.updateControls());
    this.modelCard.start();
    if (!this.host) {
      this.view.hostNote.textContent = HOST_NOTE[this.kind === "excel" ? "outside-excel" : this.kind];
      this.view.hostNote.hidden = false;
    }
    this.updateControls();
    document.body.dataset.ready = this.host ? "excel" : "check-only";
    document.body.dataset.host = this.kind;
    if (this.host) void this.run(() => this.refreshDeals(), false);
  }

  /**
   * Runs an action started from a control (by default the focused one): its outcome is
   * shown in that control's card, an unexpected error as one message there, and focus
   * ends on the control the action returns, else back on the one that started it (busy
   * controls are disabled meanwhile, which would drop focus to the page).
   */
  private async run(action: () => Promise<HTMLElement | void>, busy = true): Promise<void> {
    const origin =
      document.activeElement instanceof HTMLElement && document.activeElement !== document.body
        ? document.activeElement
        : undefined;
    this.view.useCardOf(origin ?? null);
    let next: HTMLElement | void = undefined;
    if (busy) this.view.busy(true);
    try {
      next = await action();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      const pending = this.pending;
      if (error instanceof WorkbookChangedError || error instanceof WorkbookWriteError) {
        // The write was refused or undone: the outcome goes back to where the review began.
        this.pending = undefined;
        this.view.useCardOf(pending?.origin ?? null);
        next = pending?.origin;
      }
      if (error instanceof WorkbookChangedError) {
        const changes = error.changes.map((c) => ({
          path: c.slice(0, c.indexOf(":")),
          message: c.slice(c.indexOf(":") + 2),
        }));
        this.view.showProblems(`${capitalize(message)}. What changed:`, changes);
      } else if (error instanceof WorkbookWriteError) {
        this.view.showProblems(`${capitalize(message)}.`, []);
      } else {
        this.view.showProblems(`Something went wrong: ${message}`, []);
      }
    } finally {
      if (busy) this.view.busy(false);
      this.updateControls();
      this.view.hideProgress();
      if (busy) this.view.focus(next ?? origin);
    }
  }

  /** Disables what cannot be used now: writing without a pending import or outside Excel, exporting without deals. */
  private updateControls(): void {
    const noHost = this.host === undefined;
    const unaccepted = !this.view.conflicts.hidden && !this.view.acceptConflicts.checked;
    this.view.writeButton.disabled = noHost || this.pending === undefined || unaccepted;
    this.exportDeal.disabled = noHost;
    element("refresh-deals", HTMLButtonElement).disabled = noHost;
    element("export", HTMLButtonElement).disabled = noHost || this.exportDeal.value === "";
    this.modelCard.updateControls();
  }

  /** The state a plan was made from, with the formats of the cells it writes (a change there stops the write). */
  private async withFormats(state: WorkbookState, plan: WorkbookPlan): Promise<WorkbookState> {
    return this.host ? { ...state, formats: await this.host.readFormats(plan) } : state;
  }

  private async read(sheets: string[], tables: string[] = []): Promise<WorkbookState> {
    return this.host ? this.host.read(sheets, tables) : EMPTY_WORKBOOK;
  }

  private async reviewPreset(): Promise<HTMLElement | void> {
    const preset = DEAL_PRESETS.find((p) => p.id === this.preset.value)!;
    return this.reviewTermSheet(
      presetTermSheet(preset),
      `Preset ${preset.id}`,
      element("check-preset", HTMLButtonElement),
    );
  }

  private async reviewTermSheetFile(): Promise<HTMLElement | void> {
    const file = this.termSheetFile.files?.[0];
    if (!file) return;
    this.view.say(`Checking ${file.name}…`);
    const text = await readFileText(file);
    this.termSheetFile.value = "";
    return this.reviewTermSheet(parseTermSheet(text), file.name, this.termSheetFile);
  }

  private async reviewTermSheet(
    sheet: Checked<TermSheet>,
    label: string,
    origin: HTMLElement,
  ): Promise<HTMLElement | void> {
    this.pending = undefined;
    this.view.useCardOf(origin);
    if (!sheet.ok) return this.refuse(label, sheet.problems, 0, origin);
    const id = sheet.value.deal.id;
    const state = await this.read([id]);
    const planned = planDealImport(sheet.value, state);
    if (!planned.ok) return this.refuse(label, planned.problems, 0, origin);
    const deal = planned.value;
    this.pending = { plan: deal.plan, state: await this.withFormats(state, deal.plan), done: doneText(deal), origin };
    const next = this.view.showReview(
      reviewSummary(label, sheet.value, deal),
      reviewRows(deal),
      this.host !== undefined,
      dateSystemNote(deal.dateSystem, true),
    );
    this.sayIfCheckOnly(label);
    return next;
  }

  /** Outside Excel, a review cannot be written: say so (inside Excel the review speaks for itself). */
  private sayIfCheckOnly(label: string): void {
    if (!this.host)
      this.view.say(
        `${label} checked. Writing needs Excel: ${this.kind === "old-excel" ? "a newer Excel (see the note above)" : "open this pane from Excel to write it"}.`,
      );
  }

  private async reviewPriceFile(): Promise<HTMLElement | void> {
    const file = this.pricesFile.files?.[0];
    if (!file) return;
    this.pending = undefined;
    this.view.useCardOf(this.pricesFile);
    this.view.say(`Checking ${file.name}…`);
    const text = await readFileText(file);
    this.pricesFile.value = "";
    const check = checkPriceFile(text, (done) =>
      this.view.showProgress(done, 1, `Checking ${file.name}: ${Math.round(done * 100)}%`),
    );
    this.view.cancelCheck.hidden = false;
    this.view.cancelCheck.onclick = () => check.cancel();
    this.view.showProgress(0, 1, `Checking ${file.name}…`);
    const checked = await check.result.finally(() => (this.view.cancelCheck.hidden = true));
    if (checked === undefined) {
      this.view.say(`Checking ${file.name} was cancelled. Nothing was written.`);
      return this.pricesFile;
    }
    if (!("file" in checked)) return this.refuse(file.name, checked.problems, checked.more, this.pricesFile);
    const state = await this.read([PRICE_SHEET], [PRICE_TABLE]);
    const planned = planPriceImport(checked.file, state);
    if (!planned.ok) return this.refuse(file.name, planned.problems, 0, this.pricesFile);
    const p = planned.value;
    // A model that reads prices selected in place goes on reading them: say which.
    const elsewhere = pricesElsewhereNote(modelsReadingElsewhere(state));
    this.pending = {
      plan: p.plan,
      state: await this.withFormats(state, p.plan),
      done: `Wrote ${p.rows} closing bids to the table ${PRICE_TABLE} on sheet ${p.sheet}.${elsewhere ? ` ${elsewhere}` : ""}`,
      origin: this.pricesFile,
    };
    const column = checked.file.bidColumn
      ? ` (column "${checked.file.bidColumn}"${checked.file.lastSale ? ", a last sale price" : ""})`
      : "";
    const reading = `Read with ${describeReading(checked.file.reading)}.`;
    const conflicts = [...p.conflicts.map(conflictRow), ...priceFileToConfirm(checked.file)];
    const next = this.view.showReview(
      priceSummary(file.name, column, p),
      conflicts,
      this.host !== undefined,
      [reading, dateSystemNote(p.dateSystem, false), elsewhere].filter(Boolean).join(" "),
    );
    this.sayIfCheckOnly(file.name);
    return next;
  }

  /** A file or preset that cannot be imported: one message, its problems listed below it; focus goes back to `origin` to try again. */
  private refuse(label: string, problems: readonly Problem[], more: number, origin: HTMLElement): HTMLElement {
    const total = problems.length + more;
    const count = `${total.toLocaleString("en-US")} problem${total === 1 ? "" : "s"}`;
    this.view.showProblems(
      `${label} cannot be imported: ${count} to fix, listed below. Nothing was written.`,
      problems,
      more,
    );
    return origin;
  }

  private async write(): Promise<HTMLElement | void> {
    const pending = this.pending;
    if (!pending || !this.host) return;
    this.view.showProgress(0, 1, "Writing to the workbook…", this.view.review);
    await this.host.apply(
      pending.plan,
      pending.state,
      (done, total) =>
        this.view.showProgress(done, total, `Writing to the workbook: step ${done} of ${total}`, this.view.review),
      pending.step,
    );
    this.pending = undefined;
    this.view.hideReview();
    this.view.clearProblems();
    this.view.useCardOf(pending.origin);
    this.view.say(pending.done, "success");
    await this.refreshDeals();
    return pending.origin;
  }

  private cancel(): void {
    const origin = this.pending?.origin;
    this.pending = undefined;
    this.view.hideReview();
    this.view.useCardOf(origin ?? null);
    this.view.say("Review cancelled. Nothing was written.");
    this.view.focus(origin);
  }

  private async refreshDeals(): Promise<void> {
    if (!this.host) return;
    const ids = dealsInWorkbook(await this.host.read([]));
    const selected = this.exportDeal.value;
    this.exportDeal.replaceChildren();
    for (const id of ids) this.exportDeal.append(new Option(id, id));
    if (ids.includes(selected)) this.exportDeal.value = selected;
    if (ids.length === 0) this.exportDeal.append(new Option("(no deal in this workbook yet)", ""));
    this.modelCard.setDeals(ids);
    this.updateControls();
  }

  private async exportTermSheet(): Promise<void> {
    const id = this.exportDeal.value;
    if (!id) return;
    const sheet = termSheetFromWorkbook(id, await this.read([id]));
    if (!sheet.ok) {
      const n = sheet.problems.length;
      this.view.showProblems(
        `${id} cannot be exported: ${n} cell${n === 1 ? "" : "s"} to fix, listed below.`,
        sheet.problems,
      );
      return;
    }
    downloadText(`${id}.json`, serializeTermSheet(sheet.value));
    this.view.clearProblems();
    this.view.say(`Exported ${id}.json (${sheet.value.terms.length} terms).`, "success");
  }
}

function reviewSummary(label: string, sheet: TermSheet, deal: DealImport): string {
  const count = (s: string) => deal.terms.filter((t) => t.status === s).length;
  const where = deal.sheetExists ? `updates the sheet ${deal.dealId} in place` : `creates the sheet ${deal.dealId}`;
  return (
    `${label}: ${sheet.deal.title}. Writing ${where}: ${count("added")} added, ${count("changed")} changed, ` +
    `${count("unchanged")} unchanged` +
    (count("kept") ? `, ${count("kept")} kept` : "") +
    `. Each value is named ${deal.dealId}.<TERM>; the block is ${termsBlockName(deal.dealId)}.`
  );
}

/** The review's note on a 1904 workbook (empty for 1900). */
function dateSystemNote(system: 1900 | 1904, deal: boolean): string {
  if (system === 1900) return "";
  const term = findTerm(DATE_SYSTEM_TERM)
    ? deal
      ? ` The deal's terms get ${DATE_SYSTEM_TERM} = 1904 so that the functions read these dates right.`
      : ` Give the functions a [terms] block with ${DATE_SYSTEM_TERM} = 1904 (a deal imported here has it).`
    : " This version of the functions reads dates in the 1900 system only: check the dates their results depend on.";
  return `This workbook uses the 1904 date system: dates are written as its serials (1,462 lower than in the 1900 system).${term}`;
}

function conflictRow(c: Conflict): ReviewRow {
  return { item: c.item, change: "conflict", value: c.detail };
}

function reviewRows(deal: DealImport): ReviewRow[] {
  return [
    ...deal.conflicts.map(conflictRow),
    ...deal.terms.map((t) => ({
      item: t.name,
      label: findTerm(t.name)?.description,
      change: t.status,
      value: t.status === "changed" ? `${t.before} → ${t.after}` : (t.after ?? ""),
    })),
    ...deal.tables.map((t) => ({
      item: `table ${t.name}`,
      change: t.status,
      value:
        t.rowsBefore === undefined || t.rowsBefore === t.rows ? `${t.rows} rows` : `${t.rowsBefore} → ${t.rows} rows`,
    })),
  ];
}

function priceSummary(name: string, column: string, p: PriceImport): string {
  const replaces =
    p.rowsBefore === undefined
      ? `creates the table ${PRICE_TABLE}`
      : `replaces the ${p.rowsBefore} rows of ${PRICE_TABLE}`;
  const missing = p.missing ? `, ${p.missing} without a bid` : "";
  return `${name}${column}: ${p.rows} trading days from ${p.first} to ${p.last}${missing}. Writing ${replaces} on sheet ${p.sheet}.`;
}

function doneText(deal: DealImport): string {
  return `Wrote ${deal.dealId}: ${deal.terms.length} terms on sheet ${deal.dealId}. Pass ${termsBlockName(deal.dealId)} as a function's [terms], or use ${deal.dealId}.<TERM> in formulas.`;
}

/**
 * Starts once office.js is ready (or at once if it did not load: the pane still checks
 * files), in Office's theme when the host reports one.
 */
function start(): void {
  const begin = (officeJs: boolean, info?: { host?: unknown }) => {
    const inOffice = Boolean(info?.host);
    const colors = inOffice ? officeThemeColors(Office.context?.officeTheme) : undefined;
    if (colors) applyOfficeTheme(document.documentElement, colors);
    const supported = excelApiSupported(inOffice ? Office.context?.requirements : undefined);
    const host = supported ? findHost() : undefined;
    const kind: HostKind = !supported ? "old-excel" : host ? "excel" : officeJs ? "outside-excel" : "no-office-js";
    new Pane(new PaneView(), host, kind).start();
  };
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") begin(false);
  else
    Office.onReady().then(
      (info) => begin(true, info),
      () => begin(true),
    );
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

if (typeof document !== "undefined") start();
