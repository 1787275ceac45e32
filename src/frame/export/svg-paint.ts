/**
 * Colours, escaping and hatching for the exported SVG: computed CSS values turned into SVG 1.1
 * attributes (which have no alpha in colours and no CSS gradients).
 */

/** Escapes text for XML content and double-quoted attribute values. */
export function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** A number written briefly: at most two decimals, no trailing zeros. */
export function num(value: number): string {
  return String(Math.round(value * 100) / 100);
}

/**
 * A computed CSS colour split into an opaque colour and its alpha, since SVG 1.1 has no alpha in
 * colours. Null for "transparent", "none" and fully transparent colours. Colours in other syntaxes
 * (hex, names) pass through with alpha 1.
 */
export function parseColour(css: string): { colour: string; alpha: number } | null {
  const value = css.trim();
  if (value === "" || value === "transparent" || value === "none") return null;
  const rgb = /^rgba?\(([^)]*)\)$/.exec(value);
  if (!rgb) return { colour: value, alpha: 1 };
  const parts = (rgb[1] ?? "")
    .split(/[\s,/]+/)
    .filter(Boolean)
    .map(Number);
  const [r = 0, g = 0, b = 0, a = 1] = parts;
  if (a <= 0) return null;
  return { colour: `rgb(${r},${g},${b})`, alpha: Math.min(1, a) };
}

/** ` fill="…" fill-opacity="…"` (or stroke) for a computed colour; `fill="none"` when transparent. */
export function paint(name: "fill" | "stroke", css: string, opacity = 1): string {
  const parsed = parseColour(css);
  if (!parsed) return ` ${name}="none"`;
  const alpha = parsed.alpha * opacity;
  return ` ${name}="${escapeXml(parsed.colour)}"${alpha < 1 ? ` ${name}-opacity="${num(alpha)}"` : ""}`;
}

/** The stripes of a computed `repeating-linear-gradient`, as used to hatch masked cells. */
export interface Hatch {
  /** CSS angle in degrees: 180 runs top to bottom, 90 left to right. */
  readonly angle: number;
  /** Length of one repeat, px. */
  readonly period: number;
  /** The coloured bands within one repeat, px from its start. */
  readonly bands: readonly { readonly colour: string; readonly from: number; readonly to: number }[];
}

/** Reads a computed repeating-linear-gradient with px stops; null for any other background image. */
export function parseHatch(backgroundImage: string): Hatch | null {
  const match = /^repeating-linear-gradient\((.*)\)$/.exec(backgroundImage.trim());
  if (!match) return null;
  const args = (match[1] ?? "").split(/,(?![^(]*\))/).map((s) => s.trim());
  const angleMatch = /^(-?[\d.]+)deg$/.exec(args[0] ?? "");
  const angle = angleMatch ? Number(angleMatch[1]) : 180;
  const points: { colour: string; at: number }[] = [];
  for (const stop of angleMatch ? args.slice(1) : args) {
    const colour = /^(rgba?\([^)]*\)|#\w+|[a-z]+)/.exec(stop)?.[1];
    if (!colour) return null;
    for (const at of stop.slice(colour.length).matchAll(/(-?[\d.]+)px/g)) points.push({ colour, at: Number(at[1]) });
  }
  const first = points[0];
  const last = points.at(-1);
  if (!first || !last || last.at <= first.at) return null;
  const bands = points.flatMap((p, i) => {
    const next = points[i + 1];
    return next && next.colour === p.colour && next.at > p.at && parseColour(p.colour)
      ? [{ colour: p.colour, from: p.at - first.at, to: next.at - first.at }]
      : [];
  });
  return { angle, period: last.at - first.at, bands };
}

/** The <pattern> for a hatch; stripes vary along x, then the tile turns to the CSS angle. */
export function hatchPattern(id: string, hatch: Hatch): string {
  const bands = hatch.bands
    .map(
      (b) =>
        `<rect x="${num(b.from)}" y="0" width="${num(b.to - b.from)}" height="${num(hatch.period)}"${paint("fill", b.colour)}/>`,
    )
    .join("");
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${num(hatch.period)}" height="${num(hatch.period)}" patternTransform="rotate(${num(hatch.angle - 90)})">${bands}</pattern>`;
}
