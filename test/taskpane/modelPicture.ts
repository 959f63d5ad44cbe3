import { dayFromExcelSerial, isoDate } from "../../src/engine/time/civilDate";
import { DATE_FORMAT, MONEY_FORMAT, PRICE_FORMAT, WHOLE_FORMAT } from "../../src/workbook/excelValues";
import { ModelWorkbook } from "../model/modelWorkbook";

/**
 * A picture of a deal's model sheet as a formula engine written elsewhere (HyperFormula,
 * with the built NEOT.* functions) computes it: the left blocks (inputs, results,
 * recorded figures) as a grid, and the chart's series drawn as lines. For the README's
 * screenshot; not a renderer of Excel.
 */
export function modelPicture(mw: ModelWorkbook): string {
  const m = mw.model;
  const last = Math.max(...m.cells.filter((c) => c.column <= 4).map((c) => c.row));
  const rows: string[] = [];
  for (let r = 1; r <= last; r++) {
    const cells = [1, 2, 3, 4].map((c) => {
      const cell = m.cells.find((x) => x.row === r && x.column === c);
      if (!cell) return "<td></td>";
      const value = mw.cell(cell.address);
      const cls =
        cell.role === "input"
          ? "input"
          : cell.role === "title" || cell.role === "heading"
            ? "bold"
            : cell.role === "clause"
              ? "clause"
              : "";
      return `<td class="${cls}">${escape(shown(value, cell.numberFormat))}</td>`;
    });
    rows.push(`<tr><th>${r}</th>${cells.join("")}</tr>`);
  }
  const chart = m.charts[0];
  const svg = chart
    ? chartSvg(
        mw,
        chart.spill,
        chart.series.map((s) => s.column),
        chart.series.map((s) => s.label),
        chart.title,
      )
    : "";
  const schedule = chart ? spillTable(mw, chart.spill, 14) : "";
  return `<!doctype html><html><head><meta charset="utf-8"><style>
    body { font: 12px "Segoe UI", Arial, sans-serif; margin: 12px; color: #201f1e; }
    h1 { font-size: 14px; margin: 0 0 8px; }
    table { border-collapse: collapse; }
    td, th { border: 1px solid #d4d4d4; padding: 2px 6px; white-space: nowrap; max-width: 330px; overflow: hidden; text-overflow: ellipsis; }
    th { background: #f3f2f1; color: #605e5c; font-weight: normal; }
    td.bold { font-weight: 600; }
    td.input { background: #fff4ce; }
    td.clause { color: #605e5c; }
    .wrap { display: flex; gap: 16px; align-items: flex-start; }
    p.bold { font-weight: 600; margin: 12px 0 4px; }
  </style></head><body><h1>${escape(m.sheet)} (values as computed by HyperFormula with the NEOT functions)</h1>
  <div class="wrap"><table><tr><th></th><th>A</th><th>B</th><th>C</th><th>D</th></tr>${rows.join("")}</table><div>${svg}${schedule}</div></div></body></html>`;
}

function shown(value: unknown, format: string): string {
  if (value === null || value === undefined || value === "") return "";
  if (typeof value === "object") return String((value as { error?: string }).error ?? "?");
  if (typeof value !== "number") return String(value);
  if (format === DATE_FORMAT) return isoDate(dayFromExcelSerial(value));
  if (format === MONEY_FORMAT)
    return `$${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 })}`;
  if (format === PRICE_FORMAT)
    return `$${value.toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 6 })}`;
  if (format === WHOLE_FORMAT) return value.toLocaleString("en-US", { maximumFractionDigits: 0 });
  return String(value);
}

/** The first `rows` rows of a spill, as the model sheet shows them beside the blocks. */
function spillTable(mw: ModelWorkbook, anchor: string, rows: number): string {
  const spill = mw.model.spills.find((s) => s.address === anchor)!;
  const lines = mw.spill(anchor).slice(0, rows + 1);
  const body = lines.map(
    (line, i) =>
      `<tr>${line.map((v, c) => (i === 0 ? `<th>${escape(String(v))}</th>` : `<td>${escape(shown(v, spill.columnFormats[c]))}</td>`)).join("")}</tr>`,
  );
  return `<p class="bold">${escape(spill.title)} (spill at ${anchor}, first ${rows} rows)</p><table>${body.join("")}</table>`;
}

function escape(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** The spill's columns as lines over its rows, with a legend and the chart's title. */
function chartSvg(mw: ModelWorkbook, anchor: string, columns: number[], labels: string[], title: string): string {
  const data = mw
    .spill(anchor)
    .slice(1)
    .filter((r) => typeof r[0] === "number");
  if (data.length < 2) return "";
  const values = data.flatMap((r) => columns.map((c) => r[c])).filter((v): v is number => typeof v === "number");
  const [lo, hi] = [Math.min(...values), Math.max(...values)];
  const W = 520,
    H = 300,
    L = 48,
    T = 30,
    B = 40;
  const x = (i: number) => L + ((W - L - 10) * i) / (data.length - 1);
  const y = (v: number) => T + ((H - T - B) * (hi - v)) / (hi - lo || 1);
  const colours = ["#0f6cbd", "#c50f1f", "#107c10", "#8764b8"];
  const lines = columns.map((c, k) => {
    const points = data
      .map((r, i) => (typeof r[c] === "number" ? `${x(i).toFixed(1)},${y(r[c] as number).toFixed(1)}` : ""))
      .filter(Boolean);
    return `<polyline fill="none" stroke="${colours[k]}" stroke-width="1.5" points="${points.join(" ")}"/>`;
  });
  const legend = labels.map(
    (l, k) => `<text x="${L + 150 * k}" y="${H - 8}" fill="${colours[k]}">— ${escape(l)}</text>`,
  );
  const first = isoDate(dayFromExcelSerial(data[0][0] as number));
  const lastDay = isoDate(dayFromExcelSerial(data[data.length - 1][0] as number));
  return `<svg width="${W}" height="${H}" viewBox="0 0 ${W} ${H}" font-size="11" style="border:1px solid #d4d4d4;background:#fff">
    <text x="${W / 2}" y="18" text-anchor="middle" font-weight="600">${escape(title)}</text>
    <line x1="${L}" y1="${H - B}" x2="${W - 10}" y2="${H - B}" stroke="#999"/><line x1="${L}" y1="${T}" x2="${L}" y2="${H - B}" stroke="#999"/>
    <text x="${L - 4}" y="${y(hi) + 4}" text-anchor="end">$${hi.toFixed(2)}</text><text x="${L - 4}" y="${y(lo) + 4}" text-anchor="end">$${lo.toFixed(2)}</text>
    <text x="${L}" y="${H - B + 14}">${first}</text><text x="${W - 10}" y="${H - B + 14}" text-anchor="end">${lastDay}</text>
    ${lines.join("")}${legend.join("")}</svg>`;
}
