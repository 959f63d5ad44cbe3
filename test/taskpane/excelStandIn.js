/* global structuredClone -- snapshot() and createExcelStandIn(from): Node 17+ and every engine the tests drive have it */
/*
 * A stand-in for Office.js's `Excel` namespace, for the task pane's tests: in Node
 * (excelWorkbook.test.ts) and injected into the real page in Chromium
 * (taskpane.browser.test.ts, before office.js loads).
 *
 * It keeps Office.js's batch model, so code that would fail in Excel fails here too:
 * calls on proxies are queued and run in order at `context.sync()`; a property can be
 * read only after it was loaded and synced; `getItemOrNullObject` gives `isNullObject`
 * after a sync; a failing operation leaves the operations before it applied and drops
 * the rest of the batch. It records every executed write (`writes`) and counts syncs, and
 * it can be told to fail at the n-th write (`failAtWrite(n)`) to test the undo.
 *
 * It models the Excel behaviour the pane's rules depend on (Microsoft's pages cited where
 * the behaviour is documented):
 * - a string written to a cell is taken as typed input unless the cell is formatted as
 *   text ("@"): "=…" becomes a formula, "1250" a number, "TRUE" a boolean; in a text
 *   cell it stays text ("Format numbers as text",
 *   https://support.microsoft.com/office/format-numbers-as-text-583160db-a59d-4f6b-8cea-7ac9b3b2e0d5);
 * - a cell holds at most 32,767 characters; a sheet has 16,384 columns (XFD) and
 *   1,048,576 rows ("Excel specifications and limits",
 *   https://support.microsoft.com/office/excel-specifications-and-limits-1672b34d-7043-467e-8e27-269d656771c3);
 * - formatting is part of a cell: number format, bold, italic, font colour, fill (a colour
 *   and a pattern: "no fill" reads as white with pattern None) and borders per edge, read
 *   and written per cell with Range.getCellProperties / setCellProperties (ExcelApi 1.9,
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getcellproperties-member(1));
 * - `tables.add` creates a table named TableN (with the style TableStyleMedium2) until it
 *   is renamed (https://learn.microsoft.com/javascript/api/excel/excel.tablecollection#excel-excel-tablecollection-add-member(1),
 *   https://learn.microsoft.com/javascript/api/excel/excel.table#excel-excel-table-style-member);
 * - sheet names: at most 31 characters, none of \ / ? * : [ ], no apostrophe at either
 *   end, not blank, and not "History", which Excel reserves ("Rename a worksheet",
 *   https://support.microsoft.com/office/rename-a-worksheet-3f1f7148-ee83-404d-8ef0-9ff99fbad1f9);
 * - defined and table names: a letter, "_" or "\" first, then letters, digits, "_" and
 *   "."; not "R" or "C"; not a cell reference in A1 or R1C1 notation; at most 255
 *   characters; unique ignoring case among names and tables ("Names in formulas",
 *   https://support.microsoft.com/office/names-in-formulas-fc2935f9-115d-4bef-a370-3aa8bb4c91f1);
 * - `workbook.functions.date(y, m, d)` gives the serial in the workbook's date system, 1,462
 *   lower in a 1904 workbook (https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1)).
 *
 * - a defined name refers to a range or to any formula, e.g. a table column
 *   "=NEOT_Prices[Date]" (NamedItemCollection.add takes "the formula or the range",
 *   https://learn.microsoft.com/javascript/api/excel/excel.nameditemcollection#excel-excel-nameditemcollection-add-member(1));
 * - a dynamic-array formula spills: `Range.getSpillingToRangeOrNullObject()` on its anchor
 *   gives the spill range, a null object on any other cell (ExcelApi 1.12,
 *   https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-getspillingtorangeornullobject-member(1)).
 *   The stand-in computes no formula: a test says how far an anchor spills (`setSpill`);
 * - charts live on a worksheet and go with it: `charts.add(type, sourceData, seriesBy)`
 *   makes one series per column of the source ("Series1"…) and names the chart "Chart N"
 *   (https://learn.microsoft.com/javascript/api/excel/excel.chartcollection#excel-excel-chartcollection-add-member(1));
 *   a series is added by name and pointed at ranges with `setValues` / `setXAxisValues`
 *   (ExcelApi 1.7, https://learn.microsoft.com/javascript/api/excel/excel.chartseries);
 *   titles (`chart.title.text`, `chart.axes.categoryAxis.title.text`) and
 *   `setPosition(startCell, endCell)` (https://learn.microsoft.com/javascript/api/excel/excel.chart);
 * - a formula (in a cell or a defined name) with a structured reference Excel refuses is
 *   refused: the table must exist, each column specifier must name one of its headers, a
 *   header with a special character (other than a space) needs its own brackets
 *   (`Tbl[[Close/Last]]`), and `[`, `]`, `#`, `'` and `@` in it are escaped with `'`;
 *   `Tbl[@Col]` is "Col on this row", so `Tbl[@Date]` names a column "Date", never "@Date"
 *   ("Using structured references with Excel tables", syntax rules,
 *   https://support.microsoft.com/office/using-structured-references-with-excel-tables-f5ed2452-2337-4f71-bed3-c8ae6d2b276e);
 * - `workbook.getSelectedRange()` is the selection (`select` sets it;
 *   https://learn.microsoft.com/javascript/api/excel/excel.workbook#excel-excel-workbook-getselectedrange-member(1)).
 *
 * Plain JavaScript (no build step) so it can be injected as a script. Not production code.
 */
(function (root) {
  "use strict";

  /**
   * A new stand-in; given `from` (a stand-in's `snapshot()`), a workbook identical to the one
   * snapshotted (cells, formats, names, tables, charts, spills, selection, date system), with
   * no writes counted yet.
   */
  function createExcelStandIn(from) {
    /** @type {{name: string, cells: Map<string, {value: any, formula?: string, numberFormat: string, bold?: boolean}>}[]} */
    const sheets = [];
    /** name -> {sheet, ref (A1 block), comment} */
    const names = new Map();
    /** upper name -> {name, sheet, address} */
    const tables = new Map();
    const writes = [];
    let syncs = 0;
    let failAt = Infinity;
    let failForever = false;
    let tableCounter = 0;
    let chartCounter = 0;
    /** "Sheet!A6" (upper case) -> {rows, columns} of its spill */
    const spills = new Map();
    let selection = { sheet: "Sheet1", address: "A1" };
    let dateSystem = 1900;
    if (from) {
      const copy = structuredClone(from);
      sheets.push(...copy.sheets);
      copy.names.forEach((v, k) => names.set(k, v));
      copy.tables.forEach((v, k) => tables.set(k, v));
      copy.spills.forEach((v, k) => spills.set(k, v));
      ({ tableCounter, chartCounter, selection, dateSystem } = copy);
    }
    const FORMAT_PROPS = ["bold", "italic", "fontColor", "fill", "borders"];
    const EDGES = ["top", "bottom", "left", "right"];
    const NO_BORDER = { style: "None", color: "#000000", weight: "Thin" };

    const upper = (s) => String(s).toUpperCase();
    const officeError = (code, message) => Object.assign(new Error(message), { name: "RichApi.Error", code });

    // ---- addresses ----------------------------------------------------------------
    function colNumber(letters) {
      let n = 0;
      for (const ch of letters.toUpperCase()) n = n * 26 + ch.charCodeAt(0) - 64;
      return n;
    }
    function colLetters(n) {
      let s = "";
      for (; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
      return s;
    }
    /** "B6", "A6:B8", "A:E", "Sheet!A1" -> {top, left, bottom, right} */
    function parseBlock(address) {
      const a = String(address).replace(/^.*!/, "").replace(/\$/g, "");
      const cols = /^([A-Z]+):([A-Z]+)$/i.exec(a);
      if (cols) return { top: 1, left: colNumber(cols[1]), bottom: 1048576, right: colNumber(cols[2]) };
      const m = /^([A-Z]+)(\d+)(?::([A-Z]+)(\d+))?$/i.exec(a);
      if (!m) throw officeError("InvalidArgument", `bad address ${address}`);
      const top = Number(m[2]);
      const left = colNumber(m[1]);
      const block = { top, left, bottom: m[4] ? Number(m[4]) : top, right: m[3] ? colNumber(m[3]) : left };
      if (block.right > 16384 || block.bottom > 1048576 || block.top < 1 || block.left < 1)
        throw officeError("InvalidArgument", `${address} is outside the sheet`);
      return block;
    }
    function blockText(b) {
      const first = colLetters(b.left) + b.top;
      return b.top === b.bottom && b.left === b.right ? first : `${first}:${colLetters(b.right)}${b.bottom}`;
    }
    const quoteSheet = (name) => (/^[A-Za-z_][A-Za-z0-9_.]*$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`);

    // ---- state helpers --------------------------------------------------------------
    function findSheet(name) {
      return sheets.find((s) => upper(s.name) === upper(name));
    }
    function needSheet(name) {
      const s = findSheet(name);
      if (!s) throw officeError("ItemNotFound", `The requested worksheet "${name}" does not exist.`);
      return s;
    }
    // A sheet's cells, by number: row × CELL_KEY + column (the tests read blocks of 25,000
    // cells many times, and number keys are several times faster than "row,column" strings).
    const CELL_KEY = 16385;
    const cellKey = (r, c) => r * CELL_KEY + c;
    const rowColumn = (key) => [Math.floor(key / CELL_KEY), key % CELL_KEY];
    const EMPTY_CELL = Object.freeze({ value: "", numberFormat: "General" });
    function cell(sheet, r, c) {
      return sheet.cells.get(cellKey(r, c)) || EMPTY_CELL;
    }
    function setCell(sheet, r, c, patch) {
      const key = cellKey(r, c);
      const next = { ...cell(sheet, r, c), ...patch };
      if (next.value === "" && !next.formula && next.numberFormat === "General" && FORMAT_PROPS.every((p) => !next[p]))
        sheet.cells.delete(key);
      else sheet.cells.set(key, next);
    }
    function forBlock(b, fn) {
      const out = [];
      for (let r = b.top; r <= b.bottom; r++) {
        const row = [];
        for (let c = b.left; c <= b.right; c++) row.push(fn(r, c));
        out.push(row);
      }
      return out;
    }
    function checkShape(b, values, what) {
      const rows = b.bottom - b.top + 1;
      const cols = b.right - b.left + 1;
      if (
        !Array.isArray(values) ||
        values.length !== rows ||
        values.some((r) => !Array.isArray(r) || r.length !== cols)
      ) {
        throw officeError(
          "InvalidArgument",
          `${what}: the number of rows or columns in the input array doesn't match the size of the range (${rows}x${cols})`,
        );
      }
    }
    /** A string as Excel takes typed input in a General cell: numbers and TRUE/FALSE are converted. */
    function typed(v) {
      if (typeof v !== "string") return v;
      if (/^\s*-?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?\s*$/i.test(v)) return Number(v);
      if (/^(true|false)$/i.test(v.trim())) return v.trim().toUpperCase() === "TRUE";
      return v;
    }
    /** A cell's properties as getCellProperties gives them; Excel reports "no fill" as white with pattern None. */
    function formatOf(c) {
      const borders = {};
      for (const e of EDGES) borders[e] = { ...((c.borders && c.borders[e]) || NO_BORDER) };
      return {
        format: {
          font: { bold: Boolean(c.bold), italic: Boolean(c.italic), color: c.fontColor || "#000000" },
          fill: { color: c.fill || "#FFFFFF", pattern: c.fill ? "Solid" : "None" },
          borders,
        },
      };
    }
    function validName(name) {
      if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || name.length > 255) return false;
      if (/^[rc]$/i.test(name) || /^r\d*c\d*$/i.test(name)) return false;
      const a1 = /^([A-Za-z]{1,3})(\d+)$/.exec(name);
      return !(a1 && colNumber(a1[1]) <= 16384);
    }
    function nameInUse(name) {
      return names.has(upper(name)) || tables.has(upper(name));
    }

    // ---- structured references (see the file comment) -------------------------------
    const OWN_BRACKETS = /[\t\n\r,:.[\]#'"{}$^&*+=\-<>/@]/;
    /** The header a column specifier's text names (inside one pair of brackets), or undefined. */
    function specifierHeader(text, doubled) {
      let header = "";
      for (let i = 0; i < text.length; i++) {
        const ch = text[i];
        if (!doubled && OWN_BRACKETS.test(ch)) return undefined;
        if (ch === "'") {
          if (!/['#[\]@]/.test(text[i + 1] || "")) return undefined;
          header += text[++i];
        } else if (/[[\]#@]/.test(ch)) return undefined;
        else header += ch;
      }
      return header === "" ? undefined : header;
    }
    /** The columns `spec` (brackets included) names, or undefined when Excel would refuse it. */
    function specifierColumns(spec) {
      const body = spec.slice(1, -1);
      if (!body.startsWith("[") && !body.startsWith("@[")) {
        if (/^#(All|Data|Headers|Totals|This Row)$/i.test(body)) return [];
        const single = specifierHeader(body.replace(/^@/, ""), false);
        return single === undefined ? undefined : [single];
      }
      // A list of bracketed items: [Col], [#Data], @[Col]; split at top-level commas.
      const items = [];
      let depth = 0;
      let start = 0;
      for (let i = 0; i < body.length; i++) {
        if (body[i] === "'") i++;
        else if (body[i] === "[") depth++;
        else if (body[i] === "]") depth--;
        else if (body[i] === "," && depth === 0) {
          items.push(body.slice(start, i).trim());
          start = i + 1;
        }
      }
      items.push(body.slice(start).trim());
      const columns = [];
      for (const item of items) {
        const m = /^@?\[(.*)\]$/s.exec(item);
        if (!m) return undefined;
        if (/^#(All|Data|Headers|Totals|This Row)$/i.test(m[1])) continue;
        const range = m[1].split(/\]:\[/);
        for (const part of range) {
          const h = specifierHeader(part, true);
          if (h === undefined) return undefined;
          columns.push(h);
        }
      }
      return columns;
    }
    /** Throws as Excel does on a structured reference it cannot read in `formula`. */
    function checkStructuredReferences(formula) {
      const text = String(formula).replace(/"(?:[^"]|"")*"/g, '""');
      const start = /(^|[^A-Za-z0-9_.\\'])([A-Za-z_\\][A-Za-z0-9_.\\]*)\[/g;
      let m;
      while ((m = start.exec(text))) {
        const open = m.index + m[0].length - 1;
        let depth = 0;
        let end = -1;
        for (let i = open; i < text.length; i++) {
          if (text[i] === "'") i++;
          else if (text[i] === "[") depth++;
          else if (text[i] === "]" && --depth === 0) {
            end = i;
            break;
          }
        }
        const bad = (why) => officeError("InvalidArgument", `There's a problem with this formula (${formula}): ${why}`);
        if (end < 0) throw bad("unbalanced brackets");
        const spec = text.slice(open, end + 1);
        const table = tables.get(upper(m[2]));
        if (!table) throw bad(`no table ${m[2]}`);
        const columns = specifierColumns(spec);
        if (columns === undefined) throw bad(`${m[2]}${spec} is not a column specifier Excel reads`);
        const b = parseBlock(table.address);
        const sheet = needSheet(table.sheet);
        const headers = [];
        for (let c = b.left; c <= b.right; c++) headers.push(upper(cell(sheet, b.top, c).value));
        for (const col of columns)
          if (!headers.includes(upper(col))) throw bad(`the table ${table.name} has no column ${col}`);
        start.lastIndex = end + 1;
      }
    }

    // ---- the batch ------------------------------------------------------------------
    function Context() {
      const queue = [];
      this.queue = queue;
      this.workbook = makeWorkbook(this);
      this.sync = function () {
        syncs++;
        const ops = queue.splice(0, queue.length);
        return Promise.resolve().then(() => {
          for (const op of ops) {
            if (op.write) {
              if (writes.length + 1 >= failAt) {
                if (!failForever) failAt = Infinity;
                throw officeError("GeneralException", `stand-in failure at write ${writes.length + 1} (${op.write})`);
              }
              op.run();
              writes.push(op.write);
            } else op.run();
          }
        });
      };
    }
    const enqueueWrite = (ctx, description, run) => ctx.queue.push({ write: description, run });
    const enqueueRead = (ctx, run) => ctx.queue.push({ run });

    /** A proxy whose loaded properties can be read only after sync. */
    function loadable(ctx, target, read) {
      const loaded = {};
      const proxy = target;
      const fill = (list) => {
        const values = read(list);
        for (const p of list) loaded[p] = values[p];
      };
      proxy.load = function (props) {
        const list = typeof props === "string" ? props.split(",").map((p) => p.trim()) : [];
        enqueueRead(ctx, () => fill(list));
        return proxy;
      };
      proxy.__fill = (props) => fill(props.split(","));
      proxy.__loaded = loaded;
      return proxy;
    }
    function defineLoaded(proxy, prop, setter) {
      Object.defineProperty(proxy, prop, {
        get() {
          if (!(prop in proxy.__loaded))
            throw officeError(
              "PropertyNotLoaded",
              `The property '${prop}' is not available. Load it and call context.sync() first.`,
            );
          return proxy.__loaded[prop];
        },
        set: setter,
        enumerable: true,
      });
    }
    /** isNullObject, known after the next sync. */
    function nullable(ctx, proxy, exists) {
      let known;
      enqueueRead(ctx, () => (known = !exists()));
      Object.defineProperty(proxy, "isNullObject", {
        get() {
          if (known === undefined)
            throw officeError("PropertyNotLoaded", "isNullObject is not available before context.sync()");
          return known;
        },
      });
      return proxy;
    }

    function makeRange(ctx, sheetName, address) {
      const b = () => parseBlock(address);
      const read = makeRangeReader(sheetName, address);
      // What every range reads, and the number formats a range of the sheet also has.
      const proxy = loadable(ctx, {}, (props) => {
        const out = read(props);
        if (props.includes("numberFormat")) {
          const sheet = needSheet(sheetName);
          out.numberFormat = forBlock(b(), (r, c) => cell(sheet, r, c).numberFormat);
        }
        return out;
      });
      const setValues = (values, asFormulas) => {
        const block = b();
        checkShape(block, values, asFormulas ? "formulas" : "values");
        const sheet = needSheet(sheetName);
        forBlock(block, (r, c) => {
          const v = values[r - block.top][c - block.left];
          const text = cell(sheet, r, c).numberFormat === "@";
          if (typeof v === "string" && v.length > 32767)
            throw officeError("InvalidArgument", "a cell holds at most 32,767 characters");
          if (typeof v === "string" && v.startsWith("=") && !text) {
            checkStructuredReferences(v);
            setCell(sheet, r, c, { value: v, formula: v });
          } else
            setCell(sheet, r, c, {
              value: v === null || v === undefined ? "" : text ? v : typed(v),
              formula: undefined,
            });
        });
      };
      defineLoaded(proxy, "values", (values) =>
        enqueueWrite(ctx, `values ${sheetName}!${address}`, () => setValues(values, false)),
      );
      defineLoaded(proxy, "formulas", (values) =>
        enqueueWrite(ctx, `formulas ${sheetName}!${address}`, () => setValues(values, true)),
      );
      defineLoaded(proxy, "numberFormat", (formats) =>
        enqueueWrite(ctx, `numberFormat ${sheetName}!${address}`, () => {
          const block = b();
          checkShape(block, formats, "numberFormat");
          const sheet = needSheet(sheetName);
          forBlock(block, (r, c) => setCell(sheet, r, c, { numberFormat: formats[r - block.top][c - block.left] }));
        }),
      );
      defineLoaded(proxy, "address");
      defineLoaded(proxy, "rowCount");
      defineLoaded(proxy, "columnCount");
      proxy.getCellProperties = function (wanted) {
        const result = {};
        let value;
        // Only what was asked for, as Excel gives it: { format: { font: { bold: true } } } loads bold alone.
        // Borders are asked for once for every edge: { borders: { color: true } }.
        const pick = (full, want, key) => {
          if (want === true) return full;
          const out = {};
          if (key === "borders") {
            for (const e of Object.keys(full)) out[e] = pick(full[e], want);
            return out;
          }
          for (const k of Object.keys(want || {})) if (full && k in full) out[k] = pick(full[k], want[k], k);
          return out;
        };
        enqueueRead(ctx, () => {
          const sheet = needSheet(sheetName);
          value = forBlock(b(), (r, c) => pick(formatOf(cell(sheet, r, c)), wanted));
        });
        Object.defineProperty(result, "value", {
          get() {
            if (value === undefined)
              throw officeError("PropertyNotLoaded", "getCellProperties: call context.sync() first");
            return value;
          },
        });
        return result;
      };
      proxy.setCellProperties = function (props) {
        enqueueWrite(ctx, `setCellProperties ${sheetName}!${address}`, () => {
          const block = b();
          checkShape(block, props, "setCellProperties");
          const sheet = needSheet(sheetName);
          forBlock(block, (r, c) => {
            const f = props[r - block.top][c - block.left].format || {};
            const patch = {};
            if (f.font && "bold" in f.font) patch.bold = Boolean(f.font.bold);
            if (f.font && "italic" in f.font) patch.italic = Boolean(f.font.italic);
            if (f.font && "color" in f.font) patch.fontColor = f.font.color === "#000000" ? undefined : f.font.color;
            if (f.fill && f.fill.pattern === "None") patch.fill = undefined;
            else if (f.fill && "color" in f.fill)
              patch.fill = f.fill.color === "#FFFFFF" && f.fill.pattern !== "Solid" ? undefined : f.fill.color;
            if (f.borders) {
              const next = { ...(cell(sheet, r, c).borders || {}) };
              for (const e of EDGES) {
                if (!f.borders[e]) continue;
                if (f.borders[e].style === "None") delete next[e];
                else next[e] = { ...NO_BORDER, ...(next[e] || {}), ...f.borders[e] };
              }
              patch.borders = Object.keys(next).length ? next : undefined;
            }
            setCell(sheet, r, c, patch);
          });
        });
      };
      proxy.format = {
        font: {
          set bold(v) {
            enqueueWrite(ctx, `bold ${sheetName}!${address}`, () => {
              const sheet = needSheet(sheetName);
              forBlock(b(), (r, c) => setCell(sheet, r, c, { bold: Boolean(v) }));
            });
          },
        },
        autofitColumns() {
          enqueueRead(ctx, () => needSheet(sheetName));
        },
      };
      proxy.__address = `${sheetName}!${address}`; // for names.add(name, range)
      proxy.getSpillingToRangeOrNullObject = function () {
        let spilled;
        const range = loadable(ctx, {}, (props) => (spilled ? makeRangeReader(sheetName, spilled)(props) : {}));
        enqueueRead(ctx, () => {
          const sheet = needSheet(sheetName);
          const block = b();
          const size = spills.get(upper(`${sheet.name}!${blockText(block)}`));
          const anchor =
            block.top === block.bottom && block.left === block.right && cell(sheet, block.top, block.left).formula;
          spilled =
            size && anchor
              ? blockText({
                  top: block.top,
                  left: block.left,
                  bottom: block.top + size.rows - 1,
                  right: block.left + size.columns - 1,
                })
              : undefined;
        });
        Object.defineProperty(range, "isNullObject", { get: () => spilled === undefined });
        for (const p of ["address", "values", "rowCount", "columnCount"]) defineLoaded(range, p);
        return range;
      };
      proxy.clear = function (applyTo) {
        enqueueWrite(ctx, `clear ${sheetName}!${address}`, () => {
          const sheet = needSheet(sheetName);
          forBlock(b(), (r, c) =>
            applyTo === "Contents"
              ? setCell(sheet, r, c, { value: "", formula: undefined })
              : sheet.cells.delete(cellKey(r, c)),
          );
        });
      };
      return proxy;
    }

    function makeWorksheet(ctx, name, existsCheck) {
      const proxy = loadable(ctx, {}, () => (existsCheck && !findSheet(name) ? {} : { name: needSheet(name).name }));
      defineLoaded(proxy, "name");
      if (existsCheck) nullable(ctx, proxy, () => Boolean(findSheet(name)));
      proxy.getRange = (address) => makeRange(ctx, name, address);
      proxy.getUsedRangeOrNullObject = function () {
        let used;
        const range = loadable(ctx, {}, (props) => {
          if (!used) return {};
          return makeRangeReader(name, used)(props);
        });
        enqueueRead(ctx, () => {
          const sheet = needSheet(name);
          let top = Infinity,
            left = Infinity,
            bottom = 0,
            right = 0;
          for (const [key, c] of sheet.cells) {
            if (c.value === "" && !c.formula) continue;
            const [r, col] = rowColumn(key);
            top = Math.min(top, r);
            left = Math.min(left, col);
            bottom = Math.max(bottom, r);
            right = Math.max(right, col);
          }
          used = bottom === 0 ? undefined : blockText({ top, left, bottom, right });
        });
        Object.defineProperty(range, "isNullObject", { get: () => used === undefined });
        defineLoaded(range, "address");
        defineLoaded(range, "values");
        defineLoaded(range, "formulas");
        return range;
      };
      proxy.tables = {
        add(address, hasHeaders) {
          const table = makeTable(ctx, () => table.__name);
          table.__name = `Table${++tableCounter}`;
          const created = table.__name;
          enqueueWrite(ctx, `tables.add ${name}!${address}`, () => {
            const sheet = needSheet(name);
            if (!hasHeaders) throw officeError("InvalidArgument", "stand-in supports tables with headers only");
            const block = parseBlock(address);
            for (const t of tables.values()) {
              if (upper(t.sheet) !== upper(sheet.name)) continue;
              const o = parseBlock(t.address);
              if (!(o.right < block.left || o.left > block.right || o.bottom < block.top || o.top > block.bottom)) {
                throw officeError("InvalidArgument", "A table can't overlap another table.");
              }
            }
            tables.set(upper(created), {
              name: created,
              sheet: sheet.name,
              address: blockText(block),
              style: "TableStyleMedium2",
            });
          });
          return table;
        },
      };
      proxy.charts = makeCharts(ctx, name);
      proxy.delete = () =>
        enqueueWrite(ctx, `worksheets.delete ${name}`, () => {
          const sheet = needSheet(name);
          sheets.splice(sheets.indexOf(sheet), 1);
          for (const [k, t] of tables) if (upper(t.sheet) === upper(sheet.name)) tables.delete(k);
          for (const n of names.values())
            if (n.sheet && upper(n.sheet) === upper(sheet.name)) Object.assign(n, { sheet: undefined, ref: "#REF!" });
        });
      proxy.activate = () => enqueueRead(ctx, () => needSheet(name));
      return proxy;
    }
    function makeRangeReader(sheetName, address) {
      return (props) => {
        const sheet = needSheet(sheetName);
        const block = parseBlock(address);
        const out = {};
        for (const p of props) {
          if (p === "address") out.address = `${quoteSheet(sheet.name)}!${blockText(block)}`;
          if (p === "values") out.values = forBlock(block, (r, c) => cell(sheet, r, c).value);
          if (p === "formulas")
            out.formulas = forBlock(block, (r, c) => {
              const x = cell(sheet, r, c);
              return x.formula || x.value;
            });
          if (p === "rowCount") out.rowCount = block.bottom - block.top + 1;
          if (p === "columnCount") out.columnCount = block.right - block.left + 1;
        }
        return out;
      };
    }

    function makeTable(ctx, currentName, existsCheck) {
      const get = () => {
        const t = tables.get(upper(currentName()));
        if (!t) throw officeError("ItemNotFound", `The requested table "${currentName()}" does not exist.`);
        return t;
      };
      const proxy = loadable(ctx, {}, () =>
        existsCheck && !tables.has(upper(currentName())) ? {} : { name: get().name, style: get().style },
      );
      defineLoaded(proxy, "style", (style) =>
        enqueueWrite(ctx, `table.style ${currentName()} ${style}`, () => (get().style = style)),
      );
      Object.defineProperty(proxy, "name", {
        get() {
          if (!("name" in proxy.__loaded))
            throw officeError("PropertyNotLoaded", "The property 'name' is not available.");
          return proxy.__loaded.name;
        },
        set(v) {
          const old = currentName();
          enqueueWrite(ctx, `table.name ${old} -> ${v}`, () => {
            const t = get();
            if (!validName(v)) throw officeError("InvalidArgument", `"${v}" is not a valid table name`);
            if (upper(v) !== upper(t.name) && nameInUse(v))
              throw officeError("InvalidArgument", `"${v}" is already in use`);
            tables.delete(upper(t.name));
            t.name = v;
            tables.set(upper(v), t);
            proxy.__name = v;
          });
        },
      });
      if (existsCheck) nullable(ctx, proxy, () => tables.has(upper(currentName())));
      proxy.getRange = function () {
        const range = loadable(ctx, {}, (props) => makeRangeReader(get().sheet, get().address)(props));
        defineLoaded(range, "address");
        defineLoaded(range, "values");
        return range;
      };
      proxy.worksheet = loadable(ctx, {}, () => ({ name: get().sheet }));
      defineLoaded(proxy.worksheet, "name");
      proxy.resize = (address) =>
        enqueueWrite(ctx, `table.resize ${currentName()} ${address}`, () => {
          const t = get();
          const o = parseBlock(t.address);
          const n = parseBlock(address);
          if (o.top !== n.top || o.left !== n.left)
            throw officeError("InvalidArgument", "The headers must stay in the same row.");
          t.address = blockText(n);
        });
      proxy.delete = () =>
        enqueueWrite(ctx, `table.delete ${currentName()}`, () => {
          const t = get();
          const sheet = needSheet(t.sheet);
          forBlock(parseBlock(t.address), (r, c) => setCell(sheet, r, c, { value: "", formula: undefined }));
          tables.delete(upper(t.name));
        });
      return proxy;
    }

    function makeNamedItem(ctx, name, existsCheck) {
      const get = () => {
        const n = names.get(upper(name));
        if (!n) throw officeError("ItemNotFound", `The requested name "${name}" does not exist.`);
        return n;
      };
      const proxy = loadable(ctx, {}, (props) => {
        if (existsCheck && !names.has(upper(name))) return {};
        const n = get();
        const out = {};
        for (const p of props) {
          if (p === "name") out.name = n.name;
          if (p === "formula") out.formula = n.sheet ? `=${quoteSheet(n.sheet)}!${absolute(n.ref)}` : `=${n.ref}`;
          if (p === "comment") out.comment = n.comment;
        }
        return out;
      });
      defineLoaded(proxy, "name");
      defineLoaded(proxy, "formula", (formula) =>
        enqueueWrite(ctx, `name.formula ${name} ${formula}`, () => Object.assign(get(), nameTarget(formula))),
      );
      defineLoaded(proxy, "comment", (comment) =>
        enqueueWrite(ctx, `name.comment ${name}`, () => (get().comment = comment)),
      );
      if (existsCheck) nullable(ctx, proxy, () => names.has(upper(name)));
      proxy.delete = () => enqueueWrite(ctx, `names.delete ${name}`, () => names.delete(upper(get().name)));
      return proxy;
    }
    /** What a name's formula refers to: a sheet's block {sheet, ref}, or any other formula {ref: "NEOT_Prices[Date]"}. */
    function nameTarget(formula) {
      const text = String(formula).replace(/^=/, "");
      const m = /^(?:'((?:[^']|'')+)'|([^!'[\]]+))!(\$?[A-Z]+\$?\d+(?::\$?[A-Z]+\$?\d+)?)$/i.exec(text);
      if (m) return { sheet: needSheet((m[1] || m[2]).replace(/''/g, "'")).name, ref: blockText(parseBlock(m[3])) };
      if (!text || /^'|!/.test(text)) throw officeError("InvalidArgument", `bad reference ${formula}`);
      checkStructuredReferences(text);
      return { sheet: undefined, ref: text };
    }
    function absolute(ref) {
      const b = parseBlock(ref);
      const one = (r, c) => `$${colLetters(c)}$${r}`;
      return b.top === b.bottom && b.left === b.right
        ? one(b.top, b.left)
        : `${one(b.top, b.left)}:${one(b.bottom, b.right)}`;
    }

    function collection(ctx, list, make) {
      const proxy = {};
      let items;
      proxy.load = function () {
        enqueueRead(ctx, () => {
          items = list().map(make);
        });
        return proxy;
      };
      Object.defineProperty(proxy, "items", {
        get() {
          if (!items) throw officeError("PropertyNotLoaded", "The property 'items' is not available.");
          return items;
        },
      });
      return proxy;
    }

    // ---- charts ---------------------------------------------------------------------
    function rangeRef(range) {
      const m = /^(.*)!(.+)$/.exec(range.__address || "");
      if (!m) throw officeError("InvalidArgument", "stand-in: pass a Range from getRange()");
      const sheet = needSheet(m[1]);
      return `${sheet.name}!${blockText(parseBlock(m[2]))}`;
    }
    function makeCharts(ctx, sheetName) {
      const chartsOf = () => needSheet(sheetName).charts || (needSheet(sheetName).charts = []);
      const find = (name) => chartsOf().find((c) => upper(c.name) === upper(name));
      const charts = collection(
        ctx,
        () => chartsOf().map((c) => c.name),
        (chartName) => {
          const chart = makeChart(ctx, sheetName, () => find(chartName), chartName);
          chart.__fill("name");
          return chart;
        },
      );
      return Object.assign(charts, {
        add(type, source, seriesBy) {
          const holder = {};
          enqueueWrite(ctx, `charts.add ${sheetName} ${type}`, () => {
            const ref = rangeRef(source);
            const [sheet, address] = ref.split("!");
            const b = parseBlock(address);
            if (seriesBy !== "Columns")
              throw officeError("InvalidArgument", "stand-in supports series by columns only");
            const series = [];
            for (let c = b.left; c <= b.right; c++)
              series.push({
                name: `Series${series.length + 1}`,
                values: `${sheet}!${blockText({ ...b, left: c, right: c })}`,
                xValues: "",
              });
            holder.chart = {
              name: `Chart ${++chartCounter}`,
              type,
              title: "",
              xTitle: "",
              yTitle: "",
              series,
              position: "",
            };
            chartsOf().push(holder.chart);
          });
          return makeChart(ctx, sheetName, () => holder.chart);
        },
        getItem: (name) => makeChart(ctx, sheetName, () => find(name), name),
        getItemOrNullObject(name) {
          const chart = makeChart(ctx, sheetName, () => find(name), name);
          nullable(ctx, chart, () => Boolean(find(name)));
          return chart;
        },
      });
    }
    function makeChart(ctx, sheetName, current, name) {
      const get = () => {
        const c = current();
        if (!c) throw officeError("ItemNotFound", `The requested chart "${name}" does not exist.`);
        return c;
      };
      const proxy = loadable(ctx, {}, () => {
        const c = current();
        return c ? { name: c.name } : {};
      });
      Object.defineProperty(proxy, "name", {
        get() {
          if (!("name" in proxy.__loaded))
            throw officeError("PropertyNotLoaded", "The property 'name' is not available.");
          return proxy.__loaded.name;
        },
        set(v) {
          enqueueWrite(ctx, `chart.name ${v}`, () => {
            const c = get();
            if ((needSheet(sheetName).charts || []).some((o) => o !== c && upper(o.name) === upper(v)))
              throw officeError("InvalidArgument", `a chart named ${v} exists`);
            c.name = v;
          });
        },
      });
      const titled = (key, what) => {
        const t = loadable(ctx, {}, () => ({ text: get()[key] }));
        defineLoaded(t, "text", (v) => enqueueWrite(ctx, `${what} ${v}`, () => (get()[key] = String(v))));
        return { title: t };
      };
      proxy.title = titled("title", "chart.title").title;
      proxy.axes = {
        categoryAxis: titled("xTitle", "chart.categoryAxis.title"),
        valueAxis: titled("yTitle", "chart.valueAxis.title"),
      };
      proxy.setPosition = (start, end) =>
        enqueueWrite(ctx, `chart.setPosition ${start}:${end}`, () => {
          get().position = blockText({
            ...parseBlock(start),
            bottom: parseBlock(end).bottom,
            right: parseBlock(end).right,
          });
        });
      proxy.delete = () =>
        enqueueWrite(ctx, `chart.delete ${name || ""}`, () => {
          const list = needSheet(sheetName).charts;
          list.splice(list.indexOf(get()), 1);
        });
      const seriesProxy = (which) => {
        const s = loadable(ctx, {}, () => {
          const x = which();
          return x ? { name: x.name } : {};
        });
        defineLoaded(s, "name", (v) => enqueueWrite(ctx, `series.name ${v}`, () => (which().name = v)));
        s.setValues = (range) =>
          enqueueWrite(ctx, `series.setValues ${range.__address}`, () => (which().values = rangeRef(range)));
        s.setXAxisValues = (range) =>
          enqueueWrite(ctx, `series.setXAxisValues ${range.__address}`, () => (which().xValues = rangeRef(range)));
        s.delete = () =>
          enqueueWrite(ctx, "series.delete", () => {
            const list = get().series;
            list.splice(list.indexOf(which()), 1);
          });
        return s;
      };
      proxy.series = Object.assign(
        collection(
          ctx,
          () => get().series.slice(),
          (x) => {
            const s = seriesProxy(() => x);
            s.__fill("name");
            return s;
          },
        ),
        {
          add(seriesName) {
            const holder = {};
            enqueueWrite(ctx, `series.add ${seriesName}`, () => {
              holder.series = { name: seriesName, values: "", xValues: "" };
              get().series.push(holder.series);
            });
            return seriesProxy(() => holder.series);
          },
          getItemAt(i) {
            return seriesProxy(() => {
              const x = get().series[i];
              if (!x) throw officeError("ItemNotFound", `no series ${i}`);
              return x;
            });
          },
        },
      );
      return proxy;
    }

    function makeWorkbook(ctx) {
      return {
        getSelectedRange() {
          const range = makeRange(ctx, selection.sheet, selection.address);
          range.worksheet = loadable(ctx, {}, () => ({ name: needSheet(selection.sheet).name }));
          defineLoaded(range.worksheet, "name");
          return range;
        },
        functions: {
          date(year, month, day) {
            const result = {};
            let value;
            enqueueRead(ctx, () => {
              const serial = Math.round((Date.UTC(year, month - 1, day) - Date.UTC(1899, 11, 30)) / 86400000);
              value = dateSystem === 1904 ? serial - 1462 : serial;
            });
            result.load = () => result;
            Object.defineProperty(result, "value", {
              get() {
                if (value === undefined) throw officeError("PropertyNotLoaded", "value: call context.sync() first");
                return value;
              },
            });
            return result;
          },
        },
        worksheets: {
          add(name) {
            enqueueWrite(ctx, `worksheets.add ${name}`, () => {
              if (findSheet(name)) throw officeError("ItemAlreadyExists", `A sheet named "${name}" already exists.`);
              if (
                !name ||
                !name.trim() ||
                name.length > 31 ||
                /[[\]:*?/\\]/.test(name) ||
                /^'|'$/.test(name) ||
                upper(name) === "HISTORY"
              ) {
                throw officeError("InvalidArgument", `bad sheet name ${name}`);
              }
              sheets.push({ name, cells: new Map() });
            });
            return makeWorksheet(ctx, name);
          },
          getItem: (name) => makeWorksheet(ctx, name),
          getItemOrNullObject: (name) => makeWorksheet(ctx, name, true),
        },
        tables: Object.assign(
          collection(
            ctx,
            () => [...tables.values()].map((t) => t.name),
            (name) => {
              const table = makeTable(ctx, () => name);
              table.__fill("name,style");
              return table;
            },
          ),
          {
            getItem: (name) => makeTable(ctx, () => name),
            getItemOrNullObject: (name) => makeTable(ctx, () => name, true),
          },
        ),
        names: Object.assign(
          collection(
            ctx,
            () => [...names.values()].map((n) => n.name),
            (name) => {
              const item = makeNamedItem(ctx, name);
              item.__fill("name,formula,comment");
              return item;
            },
          ),
          {
            add(name, reference, comment) {
              enqueueWrite(ctx, `names.add ${name}`, () => {
                if (!validName(name)) throw officeError("InvalidArgument", `"${name}" is not a valid name`);
                if (nameInUse(name)) throw officeError("ItemAlreadyExists", `"${name}" already exists`);
                if (typeof reference === "string") {
                  names.set(upper(name), { name, ...nameTarget(reference), comment: comment || "" });
                  return;
                }
                const m = /^(?:'((?:[^']|'')+)'|([^!]+))!(.+)$/.exec(reference.__address || "");
                if (!m) throw officeError("InvalidArgument", "stand-in: pass a Range from getRange()");
                names.set(upper(name), {
                  name,
                  sheet: needSheet(m[1] || m[2]).name,
                  ref: blockText(parseBlock(m[3])),
                  comment: comment || "",
                });
              });
              return makeNamedItem(ctx, name);
            },
            getItem: (name) => makeNamedItem(ctx, name),
            getItemOrNullObject: (name) => makeNamedItem(ctx, name, true),
          },
        ),
      };
    }

    // ---- the public face ------------------------------------------------------------
    const Excel = {
      run(batch) {
        const ctx = new Context();
        return Promise.resolve().then(() => batch(ctx));
      },
    };

    /** Test controls and inspection (not part of Office.js). */
    const control = {
      Excel,
      /** The next write operation number `n` (1-based, counted from now) fails. */
      failAtWrite(n) {
        failAt = writes.length + n;
        failForever = false;
      },
      /** Every write from the n-th on fails (so an undo fails too). */
      failAllWritesFrom(n) {
        failAt = writes.length + n;
        failForever = true;
      },
      get writes() {
        return writes.slice();
      },
      get syncs() {
        return syncs;
      },
      /** Puts a value (and optionally a number format) in a cell, creating the sheet. */
      seedCell(sheetName, address, value, numberFormat) {
        let sheet = findSheet(sheetName);
        if (!sheet) sheets.push((sheet = { name: sheetName, cells: new Map() }));
        const b = parseBlock(address);
        const formula = typeof value === "string" && value.startsWith("=") ? value : undefined;
        setCell(sheet, b.top, b.left, { value, formula, numberFormat: numberFormat || "General" });
      },
      /** Formats a block: { bold, italic, fontColor, fill, borders, numberFormat } (colours as "#RRGGBB"). */
      seedFormat(sheetName, address, format) {
        const sheet = findSheet(sheetName);
        forBlock(parseBlock(address), (r, c) => setCell(sheet, r, c, format));
      },
      /** A table the user made: name, range (header first) and style. */
      seedTable(sheetName, address, name, style) {
        tables.set(upper(name), {
          name,
          sheet: findSheet(sheetName).name,
          address: blockText(parseBlock(address)),
          style: style || "TableStyleMedium2",
        });
      },
      /** Makes an empty sheet. */
      seedSheet(sheetName) {
        if (!findSheet(sheetName)) sheets.push({ name: sheetName, cells: new Map() });
      },
      /** The workbook's date system: 1900 (default) or 1904. */
      setDateSystem(system) {
        dateSystem = system;
      },
      /** The formula at `anchor` (e.g. "K6") spills over `rows` × `columns` cells, as Excel would compute it. */
      setSpill(sheetName, anchor, rows, columns) {
        spills.set(upper(`${sheetName}!${blockText(parseBlock(anchor))}`), { rows, columns });
      },
      /** Selects a block, as the banker would with the mouse. */
      select(sheetName, address) {
        selection = { sheet: sheetName, address };
      },
      seedName(name, sheetName, address) {
        names.set(upper(name), { name, sheet: sheetName, ref: address, comment: "" });
      },
      /** The whole workbook's state, for createExcelStandIn(snapshot) to start again from (Node tests). */
      snapshot() {
        return structuredClone({ sheets, names, tables, spills, tableCounter, chartCounter, selection, dateSystem });
      },
      /** A JSON-friendly picture of the whole workbook. */
      dump() {
        const out = { sheets: {}, names: {}, tables: {}, charts: {} };
        for (const s of sheets) {
          const cells = {};
          // Row by row, then by column: the order of the keys.
          for (const key of [...s.cells.keys()].sort((a, b) => a - b)) {
            const c = s.cells.get(key);
            const [r, col] = rowColumn(key);
            const format = {};
            for (const p of FORMAT_PROPS) if (c[p]) format[p] = c[p];
            cells[colLetters(col) + r] = {
              value: c.value,
              numberFormat: c.numberFormat,
              ...(c.formula ? { formula: c.formula } : {}),
              ...format,
            };
          }
          out.sheets[s.name] = cells;
          for (const c of s.charts || []) out.charts[`${s.name}!${c.name}`] = JSON.parse(JSON.stringify(c));
        }
        for (const n of names.values())
          out.names[n.name] = { ref: n.sheet ? `${n.sheet}!${n.ref}` : n.ref, comment: n.comment };
        for (const t of tables.values()) out.tables[t.name] = { sheet: t.sheet, address: t.address, style: t.style };
        return out;
      },
      /** The values of a block, e.g. values("Prices", "A1:B3"). */
      values(sheetName, address) {
        const sheet = needSheet(sheetName);
        return forBlock(parseBlock(address), (r, c) => cell(sheet, r, c).value);
      },
    };
    return control;
  }

  if (typeof module === "object" && module.exports) module.exports = { createExcelStandIn };
  else root.createExcelStandIn = createExcelStandIn;
})(typeof globalThis !== "undefined" ? globalThis : this);
