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
import { DATE_SYSTEM_TERM, DealImport, dealsInWorkbook, planDealImport, termSheetFromWorkbook } from "../termsheet/dealSheet";
import { describeReading } from "../termsheet/priceCsv";
import { PRICE_SHEET, PRICE_TABLE, PriceImport, planPriceImport } from "../termsheet/pricePlan";
import { DEAL_PRESETS, presetTermSheet } from "../termsheet/presets";
import { Checked, Problem } from "../termsheet/problem";
import { serializeTermSheet } from "../termsheet/serializeTermSheet";
import { TermSheet, parseTermSheet, termsBlockName } from "../termsheet/termSheet";
import { Conflict, WorkbookPlan, WorkbookState } from "../termsheet/workbookPlan";
import { REQUIRED_EXCEL_API, excelApiSupported } from "./excelApiSupport";
import { ExcelRun, WorkbookChangedError, WorkbookHost, WorkbookWriteError, WriteStep, excelWorkbook } from "./excelWorkbook";
import { ModelCard } from "./modelCard";
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

/** A write waiting for the banker's go-ahead: the plan and the workbook it was made from. */
interface Pending {
  readonly plan: WorkbookPlan;
  readonly state: WorkbookState;
  readonly done: string;
  /** More to write in the same batch (the deal model's chart). */
  readonly step?: WriteStep;
}

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
    private readonly unsupported = false,
  ) {
    this.modelCard = new ModelCard(view, host, host && findRun(), { run: (action) => this.run(action), offer: (pending) => (this.pending = pending) });
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
      this.view.hostNote.textContent = this.unsupported
        ? `This version of Excel lacks the ExcelApi ${REQUIRED_EXCEL_API} requirement set (Table.resize, used to update a price or deal table in place, and the cell formats an undo restores). The pane checks term sheets and price files but cannot write them here: use Microsoft 365 Excel or Excel on the web.`
        : "Outside Excel this pane checks term sheets and price files but cannot write them. Open it from Excel (Home > NEOT Terms) to set up a workbook.";
      this.view.hostNote.hidden = false;
    }
    this.updateControls();
    document.body.dataset.ready = this.host ? "excel" : "check-only";
    this.view.say(this.host ? "Ready. Choose a deal or a price file." : "Ready to check files.");
    if (this.host) void this.run(() => this.refreshDeals(), false);
  }

  /** Runs an action, turning an unexpected error into a listed problem. */
  private async run(action: () => Promise<void>, busy = true): Promise<void> {
    if (busy) this.view.busy(true);
    try {
      await action();
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (error instanceof WorkbookChangedError) {
        this.pending = undefined;
        const changes = error.changes.map((c) => ({ path: c.slice(0, c.indexOf(":")), message: c.slice(c.indexOf(":") + 2) }));
        this.view.showProblems(`${message}. What changed:`, changes);
      } else {
        this.view.showProblems(error instanceof WorkbookWriteError ? "The write did not complete:" : "Something went wrong:", [
          { path: error instanceof WorkbookWriteError ? "workbook" : "pane", message },
        ]);
      }
    } finally {
      if (busy) this.view.busy(false);
      this.updateControls();
      this.view.hideProgress();
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

  private async read(sheets: string[], tables: string[] = []): Promise<WorkbookState> {
    return this.host ? this.host.read(sheets, tables) : EMPTY_WORKBOOK;
  }

  private async reviewPreset(): Promise<void> {
    const preset = DEAL_PRESETS.find((p) => p.id === this.preset.value)!;
    await this.reviewTermSheet(presetTermSheet(preset), `Preset ${preset.id}`);
  }

  private async reviewTermSheetFile(): Promise<void> {
    const file = this.termSheetFile.files?.[0];
    if (!file) return;
    this.view.say(`Checking ${file.name}…`);
    const text = await readFileText(file);
    this.termSheetFile.value = "";
    await this.reviewTermSheet(parseTermSheet(text), file.name);
  }

  private async reviewTermSheet(sheet: Checked<TermSheet>, label: string): Promise<void> {
    this.pending = undefined;
    if (!sheet.ok) return this.refuse(label, sheet.problems);
    const id = sheet.value.deal.id;
    const state = await this.read([id]);
    const planned = planDealImport(sheet.value, state);
    if (!planned.ok) return this.refuse(label, planned.problems);
    const deal = planned.value;
    this.pending = { plan: deal.plan, state, done: doneText(deal) };
    this.view.showReview(reviewSummary(label, sheet.value, deal), reviewRows(deal), this.host !== undefined, dateSystemNote(deal.dateSystem, true));
    this.view.say(`${label} checked: review the changes, then write them.`);
  }

  private async reviewPriceFile(): Promise<void> {
    const file = this.pricesFile.files?.[0];
    if (!file) return;
    this.pending = undefined;
    this.view.say(`Checking ${file.name}…`);
    const text = await readFileText(file);
    this.pricesFile.value = "";
    const check = checkPriceFile(text, (done) => this.view.showProgress(done, 1, `Checking ${file.name}: ${Math.round(done * 100)}%`));
    this.view.cancelCheck.hidden = false;
    this.view.cancelCheck.onclick = () => check.cancel();
    this.view.showProgress(0, 1, `Checking ${file.name}…`);
    const checked = await check.result.finally(() => (this.view.cancelCheck.hidden = true));
    if (checked === undefined) return this.view.say(`Checking ${file.name} was cancelled. Nothing was written.`);
    if (!("file" in checked)) return this.refuse(file.name, checked.problems, checked.more);
    const state = await this.read([PRICE_SHEET], [PRICE_TABLE]);
    const planned = planPriceImport(checked.file, state);
    if (!planned.ok) return this.refuse(file.name, planned.problems);
    const p = planned.value;
    this.pending = { plan: p.plan, state, done: `Wrote ${p.rows} closing bids to the table ${PRICE_TABLE} on sheet ${p.sheet}.` };
    const column = checked.file.bidColumn ? ` (column "${checked.file.bidColumn}")` : "";
    const reading = `Read with ${describeReading(checked.file.reading)}.`;
    const conflicts = p.conflicts.map(conflictRow);
    this.view.showReview(priceSummary(file.name, column, p), conflicts, this.host !== undefined, [reading, dateSystemNote(p.dateSystem, false)].filter(Boolean).join(" "));
    this.view.say(`${file.name} checked: review, then write.`);
  }

  private refuse(label: string, problems: readonly Problem[], more = 0): void {
    this.view.showProblems(`${label}: nothing was written. Fix these, then try again:`, problems, more);
  }

  private async write(): Promise<void> {
    const pending = this.pending;
    if (!pending || !this.host) return;
    this.view.showProgress(0, 1, "Writing to the workbook…");
    await this.host.apply(pending.plan, pending.state, (done, total) => this.view.showProgress(done, total, `Writing to the workbook: step ${done} of ${total}`), pending.step);
    this.pending = undefined;
    this.view.hideReview();
    this.view.clearProblems();
    this.view.say(pending.done, true);
    await this.refreshDeals();
  }

  private cancel(): void {
    this.pending = undefined;
    this.view.hideReview();
    this.view.say("Nothing was written.");
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
      this.view.showProblems(`${id}: the workbook's terms cannot be exported. Fix these cells, then try again:`, sheet.problems);
      return;
    }
    downloadText(`${id}.json`, serializeTermSheet(sheet.value));
    this.view.clearProblems();
    this.view.say(`Exported ${id}.json (${sheet.value.terms.length} terms).`, true);
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
      change: t.status,
      value: t.status === "changed" ? `${t.before} → ${t.after}` : (t.after ?? ""),
    })),
    ...deal.tables.map((t) => ({
      item: `table ${t.name}`,
      change: t.status,
      value: t.rowsBefore === undefined || t.rowsBefore === t.rows ? `${t.rows} rows` : `${t.rowsBefore} → ${t.rows} rows`,
    })),
  ];
}

function priceSummary(name: string, column: string, p: PriceImport): string {
  const replaces = p.rowsBefore === undefined ? `creates the table ${PRICE_TABLE}` : `replaces the ${p.rowsBefore} rows of ${PRICE_TABLE}`;
  const missing = p.missing ? `, ${p.missing} without a bid` : "";
  return `${name}${column}: ${p.rows} trading days from ${p.first} to ${p.last}${missing}. Writing ${replaces} on sheet ${p.sheet}.`;
}

function doneText(deal: DealImport): string {
  return `Wrote ${deal.dealId}: ${deal.terms.length} terms on sheet ${deal.dealId}. Pass ${termsBlockName(deal.dealId)} as a function's [terms], or use ${deal.dealId}.<TERM> in formulas.`;
}

/** Starts once office.js is ready (or at once if it did not load: the pane still checks files). */
function start(): void {
  const begin = (info?: { host?: unknown }) => {
    const supported = excelApiSupported(info?.host ? Office.context?.requirements : undefined);
    new Pane(new PaneView(), supported ? findHost() : undefined, !supported).start();
  };
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") begin();
  else Office.onReady().then(begin, () => begin());
}

if (typeof document !== "undefined") start();
