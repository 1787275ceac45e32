/**
 * A sequential colour ramp for attention weights, one per theme, with the ink (text colour) that
 * stays readable on every shade. A two-colour linear blend in sRGB is enough here: each channel
 * moves one way, so lightness changes monotonically with the weight. (d3-interpolate would add
 * colour parsing and several kilobytes to the page for the same result.)
 */

/** A colour as red, green, blue channels, each 0 … 255. */
export type Rgb = readonly [number, number, number];

/** The colours of weight 0 and weight 1. */
export interface Ramp {
  readonly low: Rgb;
  readonly high: Rgb;
}

/** Light theme: near-white to deep blue (the ends of ColorBrewer's Blues). */
export const LIGHT_RAMP: Ramp = { low: [247, 251, 255], high: [8, 48, 107] };

/** Dark theme: near the page background to light blue, so a large weight glows. */
export const DARK_RAMP: Ramp = { low: [27, 35, 46], high: [168, 208, 255] };

/** The two inks a cell's number may be written in; the one with more contrast wins. */
export const INKS: readonly Rgb[] = [
  [0, 0, 0],
  [255, 255, 255],
];

/**
 * The ramp's colour at t, linearly between low (t = 0) and high (t = 1); t is clamped to 0 … 1.
 */
export function rampColour({ low, high }: Ramp, t: number): Rgb {
  const u = Math.min(1, Math.max(0, t));
  return [0, 1, 2].map((c) => Math.round(low[c]! + (high[c]! - low[c]!) * u)) as unknown as Rgb;
}

/** "#rrggbb". */
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}

/** WCAG 2 relative luminance, 0 (black) … 1 (white). */
export function relativeLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio between two colours, 1 … 21. */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [light, dark] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** Whichever ink reads best on `background`. */
export function inkOn(background: Rgb): Rgb {
  return INKS.reduce((best, ink) => (contrastRatio(ink, background) > contrastRatio(best, background) ? ink : best));
}

/** Fill and ink for weight t in both themes, as hex strings for CSS custom properties. */
export interface HeatColours {
  readonly fillLight: string;
  readonly fillDark: string;
  readonly inkLight: string;
  readonly inkDark: string;
}

/** The colours of a cell holding weight t (0 … 1). */
export function heatColours(t: number): HeatColours {
  const light = rampColour(LIGHT_RAMP, t);
  const dark = rampColour(DARK_RAMP, t);
  return { fillLight: toHex(light), fillDark: toHex(dark), inkLight: toHex(inkOn(light)), inkDark: toHex(inkOn(dark)) };
}
