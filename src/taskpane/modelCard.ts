/**
 * The task pane's "Deal model" card: for a deal already in the workbook, Build model
 * (reviewed, then written by the pane's Write button with the imports' re-check and undo),
 * Refresh model (the chart re-pointed to the schedule's current rows, in one click) and
 * Use selected prices (a two-column range or two table columns, checked like a price file
 * and referenced in place). Planning is pure (src/model/); Office calls are in
 * excelWorkbook.ts and modelWorkbook.ts.
 */
import { messages } from "../engine/messages";
import { PriceSource } from "../model/dealModel";
import { modelSheetName } from "../model/modelLayout";
import { planDealModel } from "../model/planDealModel";
import { currentPriceSource, planModelBuild } from "../model/planModelBuild";
import { isModelSheet } from "../model/planModelWrite";
import { priceSourceFromSelection } from "../model/priceSelection";
import { termSheetFromWorkbook } from "../termsheet/dealSheet";
import { PRICE_TABLE } from "../termsheet/pricePlan";
import { Problem } from "../workbook/problem";
import { WorkbookPlan, WorkbookState, sheetState } from "../workbook/workbookPlan";
import { ExcelRun, WorkbookHost, WriteStep } from "./excelWorkbook";
import { chartStep, readSelection } from "./modelWorkbook";
import { PaneView, element } from "./paneView";

/** A write for the pane's review: what the Write button applies. */
export interface ModelPending {
  readonly plan: WorkbookPlan;
  readonly state: WorkbookState;
  readonly done: string;
  readonly step?: WriteStep;
  /** The control that asked for the write: focus and the outcome go back to it. */
  readonly origin: HTMLElement;
}

/** What the card needs from the pane: its error handling and its pending write. */
export interface PaneActions {
  run(action: () => Promise<HTMLElement | void>): Promise<void>;
  offer(pending: ModelPending): void;
}

const NOTHING: WorkbookPlan = { newSheets: [], ranges: [], tables: [], names: [], autofit: [] };

export class ModelCard {
  private readonly deal = element("model-deal", HTMLSelectElement);
  private readonly build = element("build-model", HTMLButtonElement);
  private readonly refresh = element("refresh-model", HTMLButtonElement);
  private readonly useSelection = element("model-use-selection", HTMLButtonElement);
  private readonly prices = element("model-prices", HTMLParagraphElement);
  /** Prices the banker pointed a deal at, until its model is built with them. */
  private readonly chosen = new Map<string, PriceSource>();

  constructor(
    private readonly view: PaneView,
    private readonly host: WorkbookHost | undefined,
    private readonly run: ExcelRun | undefined,
    private readonly pane: PaneActions,
  ) {}

  start(): void {
    this.build.addEventListener("click", () => this.pane.run(() => this.reviewBuild()));
    this.refresh.addEventListener("click", () => this.pane.run(() => this.refreshModel()));
    this.useSelection.addEventListener("click", () => this.pane.run(() => this.pointAtSelection()));
    this.deal.addEventListener("change", () => this.pane.run(() => this.showPrices()));
    this.setDeals([]);
  }

  /** The deals found in the workbook (the pane's Refresh list). */
  setDeals(ids: readonly string[]): void {
    const selected = this.deal.value;
    this.deal.replaceChildren();
    for (const id of ids) this.deal.append(new Option(id, id));
    if (ids.includes(selected)) this.deal.value = selected;
    if (ids.length === 0) this.deal.append(new Option("(no deal in this workbook yet)", ""));
    this.updateControls();
    this.showPrices().catch(() => (this.prices.textContent = ""));
  }

  updateControls(): void {
    const off = this.host === undefined || this.deal.value === "";
    for (const b of [this.build, this.refresh, this.useSelection]) b.disabled = off;
    this.deal.disabled = this.host === undefined;
  }

  private async read(id: string): Promise<WorkbookState> {
    return this.host!.read([id, modelSheetName(id)], [PRICE_TABLE]);
  }

  private pricesOf(id: string, state: WorkbookState): PriceSource {
    return this.chosen.get(id) ?? currentPriceSource(id, state);
  }

  private async showPrices(): Promise<void> {
    const id = this.deal.value;
    if (!this.host || !id) return void (this.prices.textContent = "");
    this.prices.textContent = `Prices: ${this.pricesOf(id, await this.host.read([])).description}.`;
  }

  /** One message, the problems listed below it; focus goes back to `origin` to try again. */
  private refuse(label: string, problems: readonly Problem[], origin: HTMLElement): HTMLElement {
    const n = problems.length;
    this.view.showProblems(
      `${label} cannot be built: ${n} problem${n === 1 ? "" : "s"} to fix, listed below. Nothing was written.`,
      problems,
    );
    return origin;
  }

  private async reviewBuild(): Promise<HTMLElement | void> {
    const id = this.deal.value;
    if (!this.host || !id) return;
    const state = await this.read(id);
    const terms = termSheetFromWorkbook(id, state);
    if (!terms.ok) return this.refuse(`${id} model`, terms.problems, this.build);
    const prices = this.pricesOf(id, state);
    const planned = planModelBuild(terms.value, prices, state);
    if (!planned.ok) return this.refuse(`${id} model`, planned.problems, this.build);
    const { model, write, rows } = planned.value;
    this.pane.offer({
      plan: planned.value.plan,
      // The formats of the cells the build writes: a change there before Write stops it.
      state: { ...state, formats: await this.host.readFormats(planned.value.plan) },
      step: chartStep(model, state),
      origin: this.build,
      done: `Built ${model.sheet}: every figure is a NEOT formula over ${id}'s names and ${prices.description}. Fill the inputs (shaded, with a border), then Refresh model to redraw the chart.`,
    });
    const kept = write.keptInputs.length;
    const where = !write.sheetExists
      ? `creates the sheet ${model.sheet}`
      : kept === 0
        ? `updates the sheet ${model.sheet} in place (no input holds a value of yours yet)`
        : `updates the sheet ${model.sheet} in place, keeping ${kept} input${kept === 1 ? "" : "s"} you filled`;
    return this.view.showReview(
      `${id} model: writing ${where}. Nothing outside ${model.sheet} and its names changes.`,
      rows,
      true,
    );
  }

  private async refreshModel(): Promise<HTMLElement | void> {
    const id = this.deal.value;
    if (!this.host || !id) return;
    const state = await this.read(id);
    const terms = termSheetFromWorkbook(id, state);
    if (!terms.ok) return this.refuse(`${id} model`, terms.problems, this.refresh);
    const model = planDealModel(terms.value, currentPriceSource(id, state));
    const sheet = sheetState(state, model.sheet);
    if (!sheet.exists || !isModelSheet(model, sheet.grid))
      return this.refuse(
        `${id} model`,
        [{ path: `sheet ${model.sheet}`, message: messages.modelNotBuilt(model.sheet) }],
        this.refresh,
      );
    await this.host.apply(NOTHING, state, undefined, chartStep(model, state));
    this.view.clearProblems();
    const charts = model.charts.length === 1 ? "the chart" : `the ${model.charts.length} charts`;
    this.view.say(`Refreshed ${charts} of ${model.sheet}: each plots its table's rows as they are now.`, "success");
  }

  private async pointAtSelection(): Promise<HTMLElement | void> {
    const id = this.deal.value;
    if (!this.host || !this.run || !id) return;
    const selection = await readSelection(this.run);
    const state = await this.host.read([selection.sheet]);
    const found = priceSourceFromSelection(selection.sheet, selection.address, state);
    // The row is in the message already ("row 22: …"), as a price file's line is.
    const problems = found.ok
      ? []
      : found.problems.map((p) =>
          p.message.startsWith(`${p.path}: `) ? { path: p.path, message: p.message.slice(p.path.length + 2) } : p,
        );
    if (!found.ok) return this.refuse(`${selection.sheet}!${selection.address}`, problems, this.useSelection);
    this.chosen.set(id, found.value.source);
    this.view.clearProblems();
    this.prices.textContent = `Prices: ${found.value.source.description} (${found.value.days} trading days, checked).`;
    this.view.say(
      `${selection.sheet}!${selection.address}: ${found.value.days} trading days checked. Build model to use them in place.`,
      "success",
    );
    return this.build;
  }
}
