/**
 * The pane follows Office's theme. Its look is Fluent 2's design tokens (@fluentui/tokens,
 * written as CSS custom properties into fluent-tokens.css by the build: web light, or web
 * dark where the system prefers dark). Inside Office, `Office.context.officeTheme` says
 * which colours the host uses; this maps them onto the tokens:
 * - the Fluent theme whose lightness matches Office's body background (web light or dark);
 * - colorNeutralBackground2 (the pane's canvas) = bodyBackgroundColor;
 * - colorNeutralBackground1 (cards, fields, buttons) = controlBackgroundColor;
 * - colorNeutralForeground1 (text) = controlForegroundColor, which Office pairs with it,
 *   and bodyForegroundColor where it reads better on both backgrounds.
 * Every text colour the pane uses must keep WCAG AA contrast (4.5:1) on both backgrounds:
 * a secondary text colour that would not gets the main text colour instead, an accent
 * colour Fluent's stronger step of it; if one still would not, Office's colours are left
 * out and the plain Fluent theme is used.
 */
/** Office.context.officeTheme: the four colours every Office host reports (#RRGGBB). */
export interface OfficeThemeColors {
  readonly bodyBackgroundColor: string;
  readonly bodyForegroundColor: string;
  readonly controlBackgroundColor: string;
  readonly controlForegroundColor: string;
}

/** The backgrounds text sits on, and the text colours the stylesheet puts on them. */
const BACKGROUNDS = ["colorNeutralBackground1", "colorNeutralBackground2"] as const;
const SECONDARY_TEXT = ["colorNeutralForeground2", "colorNeutralForeground3"] as const;
/** Accent text colours, each with Fluent's stronger step (darker in light, lighter in dark) to fall back on. */
const ACCENT_TEXT: Readonly<Record<string, string>> = {
  colorBrandForeground1: "colorBrandForeground2",
  colorPaletteRedForeground1: "colorPaletteRedForeground2",
  colorPaletteGreenForeground1: "colorPaletteGreenForeground2",
  colorStatusSuccessForeground1: "colorStatusSuccessForeground2",
};

/** WCAG 2 AA for normal text. */
export const AA_CONTRAST = 4.5;

/** Fluent's light or dark theme, by the lightness of Office's body background. */
export function paneScheme(office: OfficeThemeColors): "light" | "dark" {
  const body = parseHex(office.bodyBackgroundColor);
  return body && luminance(body) < 0.4 ? "dark" : "light";
}

/**
 * The tokens that put Office's colours on top of the Fluent theme, where they keep AA
 * contrast.
 * @param office - Office.context.officeTheme
 * @param fluent - a token's value in the Fluent theme that {@link paneScheme} chose
 * @returns the tokens (name without "--") to override; none when Office's colours would fail AA
 * @example paneTokens({ bodyBackgroundColor: "#262626", bodyForegroundColor: "#FFFFFF", controlBackgroundColor: "#363636", controlForegroundColor: "#FFFFFF" }, (n) => webDarkTheme[n]).colorNeutralBackground2 //=> "#262626"
 */
export function paneTokens(office: OfficeThemeColors, fluent: (token: string) => string): Record<string, string> {
  const body = parseHex(office.bodyBackgroundColor);
  const control = parseHex(office.controlBackgroundColor);
  const bodyText = parseHex(office.bodyForegroundColor);
  const controlText = parseHex(office.controlForegroundColor);
  if (!body || !control || !bodyText || !controlText) return {};
  const tokens: Record<string, string> = {
    colorNeutralBackground2: hex(body),
    colorNeutralBackground1: hex(control),
  };
  const readable = (color: string) => BACKGROUNDS.every((bg) => contrast(color, tokens[bg]) >= AA_CONTRAST);
  tokens.colorNeutralForeground1 = [hex(controlText), hex(bodyText)].find(readable) ?? hex(controlText);
  for (const name of SECONDARY_TEXT) if (!readable(fluent(name))) tokens[name] = tokens.colorNeutralForeground1;
  for (const name of Object.keys(ACCENT_TEXT)) {
    if (!readable(fluent(name))) tokens[name] = fluent(ACCENT_TEXT[name]);
  }
  const text = ["colorNeutralForeground1", ...SECONDARY_TEXT, ...Object.keys(ACCENT_TEXT)];
  return text.every((name) => readable(tokens[name] ?? fluent(name))) ? tokens : {};
}

/**
 * Puts the pane in Office's theme: `data-theme` picks fluent-tokens.css's light or dark
 * set, and Office's colours are set over it as custom properties through the CSSOM (which
 * the page's Content Security Policy allows; style attributes in the markup it does not).
 */
export function applyOfficeTheme(root: HTMLElement, office: OfficeThemeColors): void {
  root.dataset.theme = paneScheme(office);
  const style = getComputedStyle(root);
  const tokens = paneTokens(office, (name) => style.getPropertyValue(`--${name}`).trim());
  for (const name of Object.keys(tokens)) root.style.setProperty(`--${name}`, tokens[name]);
}

/** Office.context.officeTheme when this host reports one with all four colours, else undefined. */
export function officeThemeColors(theme: unknown): OfficeThemeColors | undefined {
  const t = theme as Partial<Record<keyof OfficeThemeColors, unknown>> | undefined;
  const keys: (keyof OfficeThemeColors)[] = [
    "bodyBackgroundColor",
    "bodyForegroundColor",
    "controlBackgroundColor",
    "controlForegroundColor",
  ];
  return t && keys.every((k) => typeof t[k] === "string") ? (t as OfficeThemeColors) : undefined;
}

type Rgb = readonly [number, number, number];

function parseHex(color: string): Rgb | undefined {
  const m = /^#?([0-9a-f]{6})$/i.exec(color.trim());
  if (!m) return undefined;
  const n = parseInt(m[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function hex(rgb: Rgb): string {
  return "#" + rgb.map((c) => c.toString(16).padStart(2, "0")).join("");
}

/** WCAG 2 relative luminance. */
function luminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : Math.pow((s + 0.055) / 1.055, 2.4);
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two #rrggbb colours (1 to 21). */
export function contrast(a: string, b: string): number {
  const [la, lb] = [parseHex(a), parseHex(b)].map((c) => (c ? luminance(c) : 0));
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}
