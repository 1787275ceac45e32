/**
 * Colour arithmetic for checking the token palette: sRGB ↔ linear light, WCAG relative luminance
 * and contrast, CIE Lab (D65), the CIEDE2000 colour difference, and colour-vision-deficiency
 * simulation (Machado, Oliveira & Fernandes 2009, severity 1.0). Pure functions, no DOM.
 */

/** A colour as three sRGB channels in [0, 1]. */
export type Rgb = readonly [number, number, number];

/** A colour in CIE L*a*b* (D65 white): L in [0, 100]. */
export type Lab = readonly [number, number, number];

/** The deficiencies the palette is checked against (dichromacy: one cone type missing). */
export type Deficiency = "protanopia" | "deuteranopia" | "tritanopia";

/** "#rrggbb" → sRGB channels in [0, 1]; throws on anything else, naming what it received. */
export function parseHex(hex: string): Rgb {
  const match = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!match) throw new Error(`Received colour "${hex}". Expected six hex digits after #, e.g. "#1d58b0".`);
  return [parseInt(match[1] ?? "", 16) / 255, parseInt(match[2] ?? "", 16) / 255, parseInt(match[3] ?? "", 16) / 255];
}

/** One sRGB channel (gamma-encoded, [0, 1]) → linear light (IEC 61966-2-1). */
export function toLinear(channel: number): number {
  return channel <= 0.04045 ? channel / 12.92 : ((channel + 0.055) / 1.055) ** 2.4;
}

/** One linear-light channel → gamma-encoded sRGB, clipped to [0, 1]. */
export function fromLinear(channel: number): number {
  const c = Math.min(1, Math.max(0, channel));
  return c <= 0.0031308 ? c * 12.92 : 1.055 * c ** (1 / 2.4) - 0.055;
}

/** WCAG 2 relative luminance of an sRGB colour, in [0, 1]. */
export function relativeLuminance(rgb: Rgb): number {
  const [r, g, b] = rgb.map(toLinear) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** WCAG 2 contrast ratio of two colours, from 1 (same) to 21 (black on white). */
export function contrastRatio(a: Rgb, b: Rgb): number {
  const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [number, number];
  return (hi + 0.05) / (lo + 0.05);
}

/** Linear sRGB → XYZ (D65), rows of the sRGB primaries' matrix. */
const RGB_TO_XYZ = [
  [0.4124564, 0.3575761, 0.1804375],
  [0.2126729, 0.7151522, 0.072175],
  [0.0193339, 0.119192, 0.9503041],
] as const;

/** D65 reference white, Y = 1. */
const WHITE = [0.95047, 1, 1.08883] as const;

function labF(t: number): number {
  const delta = 6 / 29;
  return t > delta ** 3 ? Math.cbrt(t) : t / (3 * delta * delta) + 4 / 29;
}

/** An sRGB colour → CIE L*a*b* under D65. */
export function toLab(rgb: Rgb): Lab {
  const linear = rgb.map(toLinear);
  const [x, y, z] = RGB_TO_XYZ.map(
    (row, i) =>
      (row[0] * (linear[0] ?? 0) + row[1] * (linear[1] ?? 0) + row[2] * (linear[2] ?? 0)) / WHITE[i as 0 | 1 | 2],
  ) as [number, number, number];
  const [fx, fy, fz] = [labF(x), labF(y), labF(z)];
  return [116 * fy - 16, 500 * (fx - fy), 200 * (fy - fz)];
}

const DEG = Math.PI / 180;

/** Hue angle in degrees [0, 360) of (a, b); 0 for a neutral colour. */
function hueDegrees(b: number, a: number): number {
  if (a === 0 && b === 0) return 0;
  const h = Math.atan2(b, a) / DEG;
  return h < 0 ? h + 360 : h;
}

/**
 * The CIEDE2000 difference ΔE₀₀ between two Lab colours (Sharma, Wu & Dalal 2005, with
 * kL = kC = kH = 1). About 1 is just noticeable side by side; markers need far more.
 */
export function ciede2000(lab1: Lab, lab2: Lab): number {
  const [L1, a1, b1] = lab1;
  const [L2, a2, b2] = lab2;
  const cBar = (Math.hypot(a1, b1) + Math.hypot(a2, b2)) / 2;
  const g = 0.5 * (1 - Math.sqrt(cBar ** 7 / (cBar ** 7 + 25 ** 7)));
  const a1p = (1 + g) * a1;
  const a2p = (1 + g) * a2;
  const c1p = Math.hypot(a1p, b1);
  const c2p = Math.hypot(a2p, b2);
  const h1p = hueDegrees(b1, a1p);
  const h2p = hueDegrees(b2, a2p);

  const dL = L2 - L1;
  const dC = c2p - c1p;
  let dh = 0;
  if (c1p * c2p !== 0) {
    dh = h2p - h1p;
    if (dh > 180) dh -= 360;
    else if (dh < -180) dh += 360;
  }
  const dH = 2 * Math.sqrt(c1p * c2p) * Math.sin((dh / 2) * DEG);

  const lBar = (L1 + L2) / 2;
  const cBarP = (c1p + c2p) / 2;
  let hBar = h1p + h2p;
  if (c1p * c2p !== 0) {
    if (Math.abs(h1p - h2p) <= 180) hBar /= 2;
    else hBar = h1p + h2p < 360 ? (hBar + 360) / 2 : (hBar - 360) / 2;
  }
  const t =
    1 -
    0.17 * Math.cos((hBar - 30) * DEG) +
    0.24 * Math.cos(2 * hBar * DEG) +
    0.32 * Math.cos((3 * hBar + 6) * DEG) -
    0.2 * Math.cos((4 * hBar - 63) * DEG);
  const dTheta = 30 * Math.exp(-(((hBar - 275) / 25) ** 2));
  const rC = 2 * Math.sqrt(cBarP ** 7 / (cBarP ** 7 + 25 ** 7));
  const sL = 1 + (0.015 * (lBar - 50) ** 2) / Math.sqrt(20 + (lBar - 50) ** 2);
  const sC = 1 + 0.045 * cBarP;
  const sH = 1 + 0.015 * cBarP * t;
  const rT = -Math.sin(2 * dTheta * DEG) * rC;
  return Math.sqrt((dL / sL) ** 2 + (dC / sC) ** 2 + (dH / sH) ** 2 + rT * (dC / sC) * (dH / sH));
}

/**
 * Machado et al. 2009 simulation matrices at severity 1.0, applied to linear RGB. Each row sums
 * to 1, so white and greys are unchanged.
 */
export const DEFICIENCY_MATRICES: Readonly<Record<Deficiency, readonly (readonly [number, number, number])[]>> = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

/** How an sRGB colour looks to a reader with the given dichromacy (sRGB out, clipped to gamut). */
export function simulateDeficiency(rgb: Rgb, deficiency: Deficiency): Rgb {
  const linear = rgb.map(toLinear);
  const out = DEFICIENCY_MATRICES[deficiency].map((row) =>
    fromLinear(row[0] * (linear[0] ?? 0) + row[1] * (linear[1] ?? 0) + row[2] * (linear[2] ?? 0)),
  );
  return out as unknown as Rgb;
}
