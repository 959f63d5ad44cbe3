import assert from "node:assert/strict";
import { webDarkTheme, webLightTheme } from "@fluentui/tokens";
import {
  AA_CONTRAST,
  OfficeThemeColors,
  contrast,
  officeThemeColors,
  paneScheme,
  paneTokens,
} from "../../src/taskpane/officeTheme";

// Theme colours of the kind Office.context.officeTheme reports; illustrative values, one
// per kind of Office theme (white, colourful grey, black, dark grey).
const WHITE: OfficeThemeColors = {
  bodyBackgroundColor: "#FFFFFF",
  bodyForegroundColor: "#262626",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#262626",
};
const COLORFUL: OfficeThemeColors = {
  bodyBackgroundColor: "#E6E6E6",
  bodyForegroundColor: "#262626",
  controlBackgroundColor: "#FFFFFF",
  controlForegroundColor: "#262626",
};
const BLACK: OfficeThemeColors = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#363636",
  controlForegroundColor: "#F0F0F0",
};
const DARK_GREY: OfficeThemeColors = {
  bodyBackgroundColor: "#444444",
  bodyForegroundColor: "#FFFFFF",
  controlBackgroundColor: "#6A6A6A",
  controlForegroundColor: "#FFFFFF",
};

const light = (name: string) => (webLightTheme as unknown as Record<string, string>)[name];
const dark = (name: string) => (webDarkTheme as unknown as Record<string, string>)[name];

/** Every text colour the stylesheet puts on a card or the canvas, after the overrides. */
const TEXT = [
  "colorNeutralForeground1",
  "colorNeutralForeground2",
  "colorNeutralForeground3",
  "colorBrandForeground1",
  "colorPaletteRedForeground1",
  "colorPaletteGreenForeground1",
  "colorStatusSuccessForeground1",
];

function worstContrast(tokens: Record<string, string>, fluent: (name: string) => string): number {
  const value = (name: string) => tokens[name] ?? fluent(name);
  let worst = 21;
  for (const text of TEXT)
    for (const bg of ["colorNeutralBackground1", "colorNeutralBackground2"])
      worst = Math.min(worst, contrast(value(text), value(bg)));
  return worst;
}

describe("contrast (WCAG 2)", () => {
  it("is 21 for black on white, 1 for a colour on itself, and 4.54 for #767676 on white (the lightest AA grey)", () => {
    assert.equal(contrast("#000000", "#ffffff"), 21);
    assert.equal(contrast("#ffffff", "#FFFFFF"), 1);
    // #767676: 118/255 = 0.4627 → ((0.4627 + 0.055) / 1.055)^2.4 = 0.1812; (1.05) / (0.2312) = 4.54
    assert.equal(contrast("#767676", "#ffffff").toFixed(2), "4.54");
  });
});

describe("paneScheme", () => {
  it("takes Fluent's light theme for white and colourful Office, the dark one for black and dark grey", () => {
    assert.deepEqual([WHITE, COLORFUL, BLACK, DARK_GREY].map(paneScheme), ["light", "light", "dark", "dark"]);
  });
});

describe("paneTokens: Office's colours on Fluent's tokens", () => {
  it("puts the body colour on the canvas, the control colours on cards and text", () => {
    const tokens = paneTokens(COLORFUL, light);
    assert.equal(tokens.colorNeutralBackground2, "#e6e6e6");
    assert.equal(tokens.colorNeutralBackground1, "#ffffff");
    assert.equal(tokens.colorNeutralForeground1, "#262626");
    assert.ok(worstContrast(tokens, light) >= AA_CONTRAST);
  });

  it("gives Office's black theme its colours and swaps in Fluent's stronger accents where the usual ones fall short of AA", () => {
    const tokens = paneTokens(BLACK, dark);
    assert.equal(tokens.colorNeutralBackground2, "#262626");
    assert.equal(tokens.colorNeutralBackground1, "#363636");
    // Fluent dark's brand text #479ef5 on #363636: luminance 0.323 and 0.0368 → 0.373 / 0.0868 = 4.3 < 4.5
    assert.ok(contrast(dark("colorBrandForeground1"), "#363636") < AA_CONTRAST);
    assert.equal(tokens.colorBrandForeground1, dark("colorBrandForeground2"));
    assert.ok(worstContrast(tokens, dark) >= AA_CONTRAST);
  });

  it("gives secondary text the main text colour where Fluent's grey would be too faint", () => {
    // A grey #d8d8d8 (luminance 0.687): Fluent light's #616161 (0.1195) gives 0.737 / 0.1695 = 4.35 < 4.5.
    const grey: OfficeThemeColors = { ...COLORFUL, bodyBackgroundColor: "#D8D8D8", controlBackgroundColor: "#D8D8D8" };
    assert.ok(contrast(light("colorNeutralForeground3"), "#d8d8d8") < AA_CONTRAST);
    const tokens = paneTokens(grey, light);
    assert.equal(tokens.colorNeutralForeground3, "#262626");
    assert.equal(tokens.colorBrandForeground1, light("colorBrandForeground2"));
    assert.ok(worstContrast(tokens, light) >= AA_CONTRAST);
  });

  it("keeps the plain Fluent theme when Office's colours cannot reach AA", () => {
    // Dark grey cards #6a6a6a (luminance 0.144) need text of luminance 0.823 or more; Fluent
    // dark's stronger brand blue #62abf5 has 0.383.
    assert.deepEqual(paneTokens(DARK_GREY, dark), {});
    const faint: OfficeThemeColors = { ...WHITE, bodyForegroundColor: "#BBBBBB", controlForegroundColor: "#BBBBBB" };
    assert.deepEqual(paneTokens(faint, light), {});
    assert.deepEqual(paneTokens({ ...WHITE, bodyBackgroundColor: "white" }, light), {});
  });
});

describe("officeThemeColors", () => {
  it("takes a theme with its four colours, and nothing from a host without one", () => {
    assert.deepEqual(officeThemeColors({ ...BLACK, fontFamily: "Segoe UI" }), { ...BLACK, fontFamily: "Segoe UI" });
    assert.equal(officeThemeColors(undefined), undefined);
    assert.equal(officeThemeColors({ bodyBackgroundColor: "#FFFFFF" }), undefined);
  });
});
