import assert from "node:assert/strict";
import { Decimal } from "../../src/engine/decimal";
import { isoDate } from "../../src/engine/time/civilDate";
import { serializeTermSheet } from "../../src/termsheet/serializeTermSheet";
import { TermSheet, parseTermSheet, termValueName, termsBlockName } from "../../src/termsheet/termSheet";
import { problemsOf } from "../../src/workbook/problem";

/** A term-sheet object with the given parts replaced. */
function sheet(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    format: "neot-term-sheet",
    version: 1,
    deal: { id: "DEB_T1", title: "New Debentures, Initial Closing", source: "seed 000, Exhibit A" },
    terms: [
      { name: "CONV_INITIAL_PCT", value: 1.2 },
      { name: "DELAY_PRORATE", value: false },
      { name: "CALL_CAP_PRICE", value: 33.75 },
      { name: "SHARE_ROUNDING", value: "DOWN" },
      { name: "SVD_EFFECTIVE_DATE", value: "2001-06-01" },
    ],
    ...overrides,
  };
}
const parse = (o: unknown) => parseTermSheet(JSON.stringify(o));
const okSheet = (o: unknown): TermSheet => {
  const r = parse(o);
  assert.ok(r.ok, JSON.stringify(problemsOf(r)));
  return r.value;
};

describe("parseTermSheet", () => {
  it("reads each kind with the engine's rules: 1.2 is 120%, dates are days, flags and choices as given", () => {
    const s = okSheet(sheet());
    assert.equal(s.deal.id, "DEB_T1");
    const v = Object.fromEntries(s.terms.map((t) => [t.name, t.value]));
    assert.equal((v.CONV_INITIAL_PCT as Decimal).toString(), "1.2");
    assert.equal(v.DELAY_PRORATE, false);
    assert.equal((v.CALL_CAP_PRICE as Decimal).toString(), "33.75");
    assert.equal(v.SHARE_ROUNDING, "DOWN");
    assert.equal(isoDate(v.SVD_EFFECTIVE_DATE as number), "2001-06-01");
  });

  it("accepts what a [terms] range accepts: '120%' text, names in any case (written upper case)", () => {
    const s = okSheet(sheet({ terms: [{ name: "conv_initial_pct", value: "120%" }] }));
    assert.equal(s.terms[0].name, "CONV_INITIAL_PCT");
    assert.equal((s.terms[0].value as Decimal).toString(), "1.2");
  });

  it("lists every problem with its path, not just the first", () => {
    const r = parse(
      sheet({
        version: 2,
        deal: { id: "deb t1", title: "", source: "s", extra: 1 },
        terms: [
          { name: "CONV_INITIAL_PCT", value: -1 }, //       negative percentage
          { name: "NOT_A_TERM", value: 1 }, //              unknown
          { name: "CALL_CAP_PRICE", value: 0 }, //          price must be > 0
          { name: "CALL_CAP_PRICE", value: 30 }, //         given twice
          { name: "CONV_RESET_WINDOW", value: 2.5 }, //     whole trading days only
          { name: "SVD_EFFECTIVE_DATE", value: "2001-02-30" }, // no such day
          { name: "SHARE_ROUNDING", value: "SIDEWAYS" }, // not a choice
          { name: "DELAY_PCT" }, //                         value missing
          { name: "DELAY_PRORATE", vaule: true }, //        misspelt field
        ],
      }),
    );
    assert.equal(r.ok, false);
    const lines = problemsOf(r).map((p) => `${p.path}: ${p.message}`);
    const expect = [
      /^version: version 2 is not supported/,
      /^deal: deal has an unknown field "extra"/,
      /^deal.title: deal.title is required/,
      /^deal.id: deal id "deb t1" must be/,
      /^terms\[0\] CONV_INITIAL_PCT: term CONV_INITIAL_PCT must be a percentage .*got -1/,
      /^terms\[1\] NOT_A_TERM: unknown term "NOT_A_TERM"/,
      /^terms\[2\] CALL_CAP_PRICE: term CALL_CAP_PRICE must be a price greater than zero, got 0/,
      /^terms\[3\] CALL_CAP_PRICE: term "CALL_CAP_PRICE" is given twice/,
      /^terms\[4\] CONV_RESET_WINDOW: term CONV_RESET_WINDOW must be a whole number of trading days, 1 or more, got 2.5/,
      /^terms\[5\] SVD_EFFECTIVE_DATE: term SVD_EFFECTIVE_DATE must be a date .*got text "2001-02-30"/,
      /^terms\[6\] SHARE_ROUNDING: term SHARE_ROUNDING must be one of DOWN, UP, NONE, got text "SIDEWAYS"/,
      /^terms\[7\] DELAY_PCT: terms\[7\].value is required/,
      /^terms\[8\]: terms\[8\] has an unknown field "vaule"/,
    ];
    for (const re of expect)
      assert.ok(
        lines.some((l) => re.test(l)),
        `missing ${re}\n${lines.join("\n")}`,
      );
    assert.equal(lines.length, expect.length + 1, lines.join("\n")); // + terms[8] DELAY_PRORATE value is required
  });

  it("refuses terms that break a rule between terms, as the functions would", () => {
    // Seed 000, Exhibit A: "the ten lowest ... during the 30 Trading Days": 31 lowest of 30 days
    // cannot be, whichever of the two the sheet overrides.
    for (const terms of [[{ name: "CONV_RESET_LOWEST", value: 31 }], [{ name: "CONV_RESET_WINDOW", value: 9 }]]) {
      const lines = problemsOf(parse(sheet({ terms }))).map((p) => `${p.path}: ${p.message}`);
      assert.equal(lines.length, 1, lines.join("\n"));
      assert.match(lines[0], /^terms: .*CONV_RESET_LOWEST.*CONV_RESET_WINDOW/);
    }
    // Within the rule, the same two terms import.
    okSheet(
      sheet({
        terms: [
          { name: "CONV_RESET_LOWEST", value: 5 },
          { name: "CONV_RESET_WINDOW", value: 20 },
        ],
      }),
    );
  });

  it("refuses a file that is not JSON, or not a term sheet, saying so", () => {
    const r = parseTermSheet("{ not json");
    assert.equal(r.ok, false);
    assert.match(problemsOf(r)[0].message, /not valid JSON/);
    assert.match(
      problemsOf(parse({ format: "something-else", version: 1, deal: {}, terms: [] }))[0].message,
      /format must be "neot-term-sheet", got text "something-else"/,
    );
  });

  it("refuses deal ids that would make invalid or reserved names", () => {
    // R1C1_X passes the id pattern but its block name is fine; an id like "R1" is fine too
    // since names get a suffix — but the pane's own sheet name is reserved.
    assert.match(
      problemsOf(parse(sheet({ deal: { id: "PRICES", title: "t", source: "s" } })))[0].message,
      /reserved: it is the name of the pane's price sheet/,
    );
    assert.match(
      problemsOf(parse(sheet({ deal: { id: "A".repeat(25), title: "t", source: "s" } })))[0].message,
      /1 to 24 capital letters/,
    );
  });

  it("checks tables: columns, kinds and every cell", () => {
    const table = {
      id: "WARRANTS",
      title: "Closing warrants",
      source: "seed 000, Exhibit C",
      columns: [
        { name: "Holder", kind: "text" },
        { name: "Shares", kind: "count" },
        { name: "ExercisePrice", kind: "price" },
        { name: "Dated", kind: "date" },
      ],
      rows: [
        ["HBK Master Fund L.P.", 26250, 12.98, "1999-01-29"],
        ["", 26250.5, 0, "1/29/1999"],
        ["Short row", 1],
      ],
    };
    const lines = problemsOf(parse(sheet({ tables: [table] }))).map((p) => p.message);
    assert.deepEqual(lines, [
      "tables[0].rows[1][0] (Holder) must be text, got a blank",
      "tables[0].rows[1][1] (Shares) must be a whole number, 0 or more, got 26250.5",
      "tables[0].rows[1][2] (ExercisePrice) must be a price greater than zero, got 0",
      'tables[0].rows[1][3] (Dated) must be a date "YYYY-MM-DD", got text "1/29/1999"',
      "tables[0].rows[2] has 2 cells, expected 4 (one per column)",
    ]);
    const good = okSheet(sheet({ tables: [{ ...table, rows: [table.rows[0]] }] }));
    assert.deepEqual(good.tables[0].rows, [["HBK Master Fund L.P.", 26250, 12.98, "1999-01-29"]]);
  });
});

describe("term sheet names", () => {
  it("names the block DEAL_TERMS and each value DEAL.TERM", () => {
    assert.equal(termsBlockName("DEB_T1"), "DEB_T1_TERMS");
    assert.equal(termValueName("DEB_T1", "CONV_INITIAL_PCT"), "DEB_T1.CONV_INITIAL_PCT");
  });
});

describe("serializeTermSheet", () => {
  it("writes the canonical text: one term per line, fields in format order, final newline", () => {
    const text = serializeTermSheet(
      okSheet(
        sheet({
          terms: [
            { name: "conv_initial_pct", value: "120%" },
            { name: "SVD_EFFECTIVE_DATE", value: "2001-06-01" },
          ],
        }),
      ),
    );
    assert.equal(
      text,
      [
        "{",
        '  "format": "neot-term-sheet",',
        '  "version": 1,',
        '  "deal": {',
        '    "id": "DEB_T1",',
        '    "title": "New Debentures, Initial Closing",',
        '    "source": "seed 000, Exhibit A"',
        "  },",
        '  "terms": [',
        '    { "name": "CONV_INITIAL_PCT", "value": 1.2 },',
        '    { "name": "SVD_EFFECTIVE_DATE", "value": "2001-06-01" }',
        "  ],",
        '  "tables": []',
        "}",
        "",
      ].join("\n"),
    );
  });

  it("gives back the same bytes when its output is parsed and written again", () => {
    const once = serializeTermSheet(okSheet(sheet()));
    const r = parseTermSheet(once);
    assert.ok(r.ok);
    assert.equal(serializeTermSheet(r.value), once);
  });
});
