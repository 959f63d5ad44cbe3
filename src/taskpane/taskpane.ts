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
import { DealImport, dealsInWorkbook, planDealImport, termSheetFromWorkbook } from "../termsheet/dealSheet";
import { parsePriceCsv } from "../termsheet/priceCsv";
import { PRICE_SHEET, PRICE_TABLE, PriceImport, planPriceImport } from "../termsheet/pricePlan";
import { DEAL_PRESETS, presetTermSheet } from "../termsheet/presets";
import { Checked, Problem } from "../termsheet/problem";
import { serializeTermSheet } from "../termsheet/serializeTermSheet";
import { TermSheet, parseTermSheet, termsBlockName } from "../termsheet/termSheet";
import { WorkbookPlan, WorkbookState } from "../termsheet/workbookPlan";
import { ExcelRun, WorkbookHost, WorkbookWriteError, excelWorkbook } from "./excelWorkbook";
import { PaneView, ReviewRow, downloadText, element, readFileText } from "./paneView";

const EMPTY_WORKBOOK: WorkbookState = { sheets: [], tables: [], names: [] };

/** The workbook host: Excel's `Excel.run` when the page has one, else none (check-only). */
function findHost(): WorkbookHost | undefined {
  const excel = (globalThis as { Excel?: { run?: unknown } }).Excel;
  if (typeof excel?.run !== "function") return undefined;
  const run = excel.run.bind(excel) as ExcelRun;
  return excelWorkbook(run);
}

/** A write waiting for the banker's go-ahead. */
interface Pending {
  readonly plan: WorkbookPlan;
  readonly done: string;
}

class Pane {
  private pending: Pending | undefined;
  private readonly preset = element("preset", HTMLSelectElement);
  private readonly termSheetFile = element("termsheet-file", HTMLInputElement);
  private readonly pricesFile = element("prices-file", HTMLInputElement);
  private readonly exportDeal = element("export-deal", HTMLSelectElement);

  constructor(
    private readonly view: PaneView,
    private readonly host: WorkbookHost | undefined,
  ) {}

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
    if (!this.host) {
      this.view.hostNote.textContent =
        "Outside Excel this pane checks term sheets and price files but cannot write them. Open it from Excel (Home > NEOT Terms) to set up a workbook.";
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
      this.view.showProblems(error instanceof WorkbookWriteError ? "The write did not complete:" : "Something went wrong:", [
        { path: "workbook", message },
      ]);
    } finally {
      if (busy) this.view.busy(false);
      this.updateControls();
      this.view.hideProgress();
    }
  }

  /** Disables what cannot be used now: writing without a pending import or outside Excel, exporting without deals. */
  private updateControls(): void {
    const noHost = this.host === undefined;
    this.view.writeButton.disabled = noHost || this.pending === undefined;
    this.exportDeal.disabled = noHost;
    element("refresh-deals", HTMLButtonElement).disabled = noHost;
    element("export", HTMLButtonElement).disabled = noHost || this.exportDeal.value === "";
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
    const planned = planDealImport(sheet.value, await this.read([id]));
    if (!planned.ok) return this.refuse(label, planned.problems);
    const deal = planned.value;
    this.pending = { plan: deal.plan, done: doneText(deal) };
    this.view.showReview(reviewSummary(label, sheet.value, deal), reviewRows(deal), this.host !== undefined);
    this.view.say(`${label} checked: review the changes, then write them.`);
  }

  private async reviewPriceFile(): Promise<void> {
    const file = this.pricesFile.files?.[0];
    if (!file) return;
    this.pending = undefined;
    this.view.say(`Checking ${file.name}…`);
    const text = await readFileText(file);
    this.pricesFile.value = "";
    const parsed = parsePriceCsv(text);
    if (!parsed.ok) return this.refuse(file.name, parsed.problems);
    const planned = planPriceImport(parsed.value, await this.read([PRICE_SHEET], [PRICE_TABLE]));
    if (!planned.ok) return this.refuse(file.name, planned.problems);
    const p = planned.value;
    this.pending = { plan: p.plan, done: `Wrote ${p.rows} closing bids to the table ${PRICE_TABLE} on sheet ${p.sheet}.` };
    const column = parsed.value.bidColumn ? ` (column "${parsed.value.bidColumn}")` : "";
    this.view.showReview(priceSummary(file.name, column, p), [], this.host !== undefined);
    this.view.say(`${file.name} checked: review, then write.`);
  }

  private refuse(label: string, problems: readonly Problem[]): void {
    this.view.showProblems(`${label}: nothing was written. Fix these, then try again:`, problems);
  }

  private async write(): Promise<void> {
    const pending = this.pending;
    if (!pending || !this.host) return;
    this.view.showProgress(0, 1, "Writing to the workbook…");
    await this.host.apply(pending.plan, (done, total) => this.view.showProgress(done, total, `Writing to the workbook: step ${done} of ${total}`));
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
    this.exportDeal.replaceChildren(...ids.map((id) => new Option(id, id)));
    if (ids.includes(selected)) this.exportDeal.value = selected;
    if (ids.length === 0) this.exportDeal.append(new Option("(no deal in this workbook yet)", ""));
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

function reviewRows(deal: DealImport): ReviewRow[] {
  return [
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
  const begin = () => new Pane(new PaneView(), findHost()).start();
  if (typeof Office === "undefined" || typeof Office.onReady !== "function") begin();
  else Office.onReady().then(begin, begin);
}

if (typeof document !== "undefined") start();
