/**
 * A worked example as a standalone SVG 1.1 document that looks like the screen right now: the
 * current theme's colours, the current highlights, the numbers as text. Matrices are HTML grids,
 * so their boxes and borders are redrawn from computed styles; plots are inline <svg>, cloned with
 * their computed colours written in as attributes, so the file needs no CSS, no fonts and no
 * other file. Loaded only when a learner asks for a download.
 */

/** The document and its size in CSS pixels. */
export interface FigureSvg {
  readonly svg: string;
  readonly width: number;
  readonly height: number;
}

/** A box relative to the figure's top-left corner, in CSS pixels. */
interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

const SVG_NS = "http://www.w3.org/2000/svg";

/** Never drawn: text alternatives, scripts, and anything the page marks as not part of the figure. */
const SKIP_SELECTOR = 'details, .in-words, [data-export="skip"], script, style, template, noscript';

/** The presentation properties a cloned plot needs once its classes and CSS variables are gone. */
export const SVG_PROPERTIES = [
  "fill",
  "fill-opacity",
  "stroke",
  "stroke-width",
  "stroke-dasharray",
  "stroke-opacity",
  "opacity",
  "stop-color",
  "stop-opacity",
  "font-family",
  "font-size",
  "font-weight",
  "font-style",
  "text-anchor",
  "dominant-baseline",
  "visibility",
] as const;

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
  const parts = (rgb[1] ?? "").split(/[\s,/]+/).filter(Boolean).map(Number);
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

/** The computed style fields the skip rule reads; a plain object in unit tests. */
export type SkipStyle = Pick<CSSStyleDeclaration, "display" | "visibility" | "clip" | "clipPath" | "overflow">;

/**
 * Whether an element (and everything inside it) is left out of the export: not displayed, hidden,
 * visually hidden for screen readers only (clipped, or 1 px with overflow hidden), zero-sized, or
 * matched by SKIP_SELECTOR. `display: contents` boxes have no size but their children are drawn.
 */
export function isSkipped(element: Element, style: SkipStyle, size: { width: number; height: number }): boolean {
  if (element.matches(SKIP_SELECTOR)) return true;
  if (style.display === "none" || style.visibility === "hidden" || style.visibility === "collapse") return true;
  if (style.display === "contents") return false;
  if ((style.clip && style.clip !== "auto") || (style.clipPath && style.clipPath !== "none")) return true;
  if (size.width <= 1 && size.height <= 1 && style.overflow !== "visible") return true;
  return size.width === 0 && size.height === 0;
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
    .map((b) => `<rect x="${num(b.from)}" y="0" width="${num(b.to - b.from)}" height="${num(hatch.period)}"${paint("fill", b.colour)}/>`)
    .join("");
  return `<pattern id="${id}" patternUnits="userSpaceOnUse" width="${num(hatch.period)}" height="${num(hatch.period)}" patternTransform="rotate(${num(hatch.angle - 90)})">${bands}</pattern>`;
}

/** A computed length list ("7px, 4px") as an SVG number list ("7 4"). */
export function lengthList(css: string): string {
  return css.replace(/px/g, "").replace(/\s*,\s*/g, " ").trim();
}

/**
 * Writes the computed presentation values of each element of an inline <svg> onto its clone as
 * attributes, and drops what only made sense on the page (classes, styles, ARIA, focus, titles).
 * `styleOf` gives the computed style of an original element. Paint servers (`url(#…)`) keep the
 * clone's own attribute, since the computed value names the page's ids.
 */
export function inlineSvgStyles(original: Element, clone: Element, styleOf: (element: Element) => CSSStyleDeclaration): void {
  const originals = [original, ...original.querySelectorAll("*")];
  const clones = [clone, ...clone.querySelectorAll("*")];
  originals.forEach((source, i) => {
    const target = clones[i];
    if (!target) return;
    if (source.localName === "title" || source.localName === "desc") return target.remove();
    const style = styleOf(source);
    if (style.display === "none") return target.remove();
    for (const name of SVG_PROPERTIES) {
      let value = style.getPropertyValue(name).trim();
      if (value === "" || value.startsWith("url(")) continue;
      if (name === "fill" || name === "stroke" || name === "stop-color") {
        const colour = parseColour(value);
        value = colour ? colour.colour : "none";
        if (colour && colour.alpha < 1) target.setAttribute(name === "stop-color" ? "stop-opacity" : `${name}-opacity`, num(colour.alpha));
      } else if (name === "stroke-dasharray" || name === "stroke-width" || name === "font-size") value = lengthList(value);
      if (!(name.endsWith("opacity") && target.hasAttribute(name) && value === "1")) target.setAttribute(name, value);
    }
    const decoration = style.getPropertyValue("text-decoration-line");
    if (decoration && decoration !== "none") target.setAttribute("text-decoration", decoration);
    for (const attr of [...target.attributes]) {
      if (/^(class|style|role|tabindex|focusable|aria-.*|data-.*)$/.test(attr.name)) target.removeAttribute(attr.name);
    }
  });
}

/**
 * Renames every id inside a clone to `{prefix}{n}` and rewrites the references to them
 * (`url(#…)`, `href="#…"`), so several plots in one file cannot clash. A reference to an id that
 * is not inside the clone would point out of the file: it becomes "none" (or is removed).
 */
export function uniquifyIds(root: Element, prefix: string): void {
  const renamed = new Map<string, string>();
  for (const element of [root, ...root.querySelectorAll("[id]")]) {
    if (!element.id) continue;
    const next = `${prefix}${renamed.size}`;
    renamed.set(element.id, next);
    element.id = next;
  }
  for (const element of [root, ...root.querySelectorAll("*")]) {
    for (const attr of [...element.attributes]) {
      if (attr.name === "href" || attr.name === "xlink:href") {
        const target = attr.value.startsWith("#") ? renamed.get(attr.value.slice(1)) : undefined;
        if (target) attr.value = `#${target}`;
        else element.removeAttribute(attr.name);
      } else if (attr.value.includes("url(")) {
        const refs = [...attr.value.matchAll(/url\(\s*["']?#([^"')]+)["']?\s*\)/g)];
        const dangling = refs.length === 0 || refs.some((ref) => !renamed.has(ref[1] ?? ""));
        attr.value = dangling ? "none" : attr.value.replace(/url\(\s*["']?#([^"')]+)["']?\s*\)/g, (_, id: string) => `url(#${renamed.get(id)})`);
      }
    }
  }
}

/** A radius in px from a computed border radius ("6px", "50%"), for a box of this size. */
function radius(css: string, box: Box): number {
  const value = parseFloat(css) || 0;
  return css.endsWith("%") ? (value / 100) * Math.min(box.width, box.height) : value;
}

/** Dash pattern of a border style, scaled to its width. */
function dashes(style: string, width: number): string {
  if (style === "dashed") return ` stroke-dasharray="${num(width * 3)} ${num(width * 2)}"`;
  if (style === "dotted") return ` stroke-dasharray="${num(width)} ${num(width)}"`;
  return "";
}

/** Draws the figure from the live page; see figureToSvg. */
class FigureWriter {
  readonly parts: string[] = [];
  readonly defs: string[] = [];
  private readonly origin: DOMRect;
  private readonly measure: CanvasRenderingContext2D | null;

  /** The lowest edge drawn inside the root, so space left by skipped parts can be cut off. */
  bottom = 0;

  constructor(readonly root: HTMLElement) {
    this.origin = root.getBoundingClientRect();
    this.measure = document.createElement("canvas").getContext("2d");
  }

  box(rect: DOMRect): Box {
    return { x: rect.left - this.origin.left, y: rect.top - this.origin.top, width: rect.width, height: rect.height };
  }

  visit(element: Element, opacity: number): void {
    const style = getComputedStyle(element);
    const rect = element.getBoundingClientRect();
    if (isSkipped(element, style, rect)) return;
    const alpha = opacity * (parseFloat(style.opacity) || (style.opacity === "" ? 1 : 0));
    if (element instanceof SVGSVGElement) return this.plot(element, rect, alpha);
    if (element instanceof HTMLInputElement || element instanceof HTMLTextAreaElement || element instanceof HTMLSelectElement) {
      const value = element instanceof HTMLSelectElement ? (element.selectedOptions[0]?.text ?? "") : element.value;
      return this.text(value, this.box(rect), style, alpha, true);
    }
    if (style.display !== "contents" && element !== this.root) {
      this.decorate(this.box(rect), style, alpha);
      this.bottom = Math.max(this.bottom, this.box(rect).y + rect.height);
    }
    let firstWord: Box | null = null;
    for (const child of element.childNodes) {
      if (child instanceof Text) {
        const first = this.words(child, style, alpha);
        firstWord ??= first;
      } else if (child instanceof Element) this.visit(child, alpha);
    }
    this.marker(element, firstWord, alpha);
  }

  /** Background, hatching and borders of one box. */
  decorate(box: Box, style: CSSStyleDeclaration, opacity: number): void {
    const rx = radius(style.borderTopLeftRadius, box);
    const rect = (b: Box, r: number, attrs: string) =>
      `<rect x="${num(b.x)}" y="${num(b.y)}" width="${num(b.width)}" height="${num(b.height)}"${r > 0 ? ` rx="${num(r)}"` : ""}${attrs}/>`;
    if (parseColour(style.backgroundColor)) this.parts.push(rect(box, rx, paint("fill", style.backgroundColor, opacity)));
    const hatch = parseHatch(style.backgroundImage);
    if (hatch) {
      const id = `hatch${this.defs.length}`;
      this.defs.push(hatchPattern(id, hatch));
      this.parts.push(rect(box, rx, ` fill="url(#${id})"${opacity < 1 ? ` opacity="${num(opacity)}"` : ""}`));
    }
    const sides = (["Top", "Right", "Bottom", "Left"] as const).map((side) => ({
      side,
      width: style.getPropertyValue(`border-${side.toLowerCase()}-width`) ? parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) : 0,
      kind: style.getPropertyValue(`border-${side.toLowerCase()}-style`),
      colour: style.getPropertyValue(`border-${side.toLowerCase()}-color`),
    }));
    const drawn = sides.filter((s) => s.width > 0 && s.kind !== "none" && s.kind !== "hidden" && parseColour(s.colour));
    const [first] = drawn;
    if (!first) return;
    if (drawn.length === 4 && drawn.every((s) => s.width === first.width && s.kind === first.kind && s.colour === first.colour)) {
      const w = first.width;
      const inner = { x: box.x + w / 2, y: box.y + w / 2, width: box.width - w, height: box.height - w };
      this.parts.push(rect(inner, Math.max(0, rx - w / 2), ` fill="none"${paint("stroke", first.colour, opacity)} stroke-width="${num(w)}"${dashes(first.kind, w)}`));
      return;
    }
    const bracket = rx > 0 && drawn.every((s) => s.side === "Left" || s.side === "Right");
    for (const s of drawn) {
      const h = s.width / 2;
      if (bracket) {
        // A side border with rounded corners reads as a bracket: curve its ends inwards.
        const x = s.side === "Left" ? box.x + h : box.x + box.width - h;
        const inward = s.side === "Left" ? rx : -rx;
        const [top, bottom] = [box.y + h, box.y + box.height - h];
        const d = `M${num(x + inward)} ${num(top)}Q${num(x)} ${num(top)} ${num(x)} ${num(top + rx)}V${num(bottom - rx)}Q${num(x)} ${num(bottom)} ${num(x + inward)} ${num(bottom)}`;
        this.parts.push(`<path d="${d}" fill="none"${paint("stroke", s.colour, opacity)} stroke-width="${num(s.width)}"${dashes(s.kind, s.width)}/>`);
        continue;
      }
      const [x1, y1, x2, y2] = {
        Top: [box.x, box.y + h, box.x + box.width, box.y + h],
        Bottom: [box.x, box.y + box.height - h, box.x + box.width, box.y + box.height - h],
        Left: [box.x + h, box.y, box.x + h, box.y + box.height],
        Right: [box.x + box.width - h, box.y, box.x + box.width - h, box.y + box.height],
      }[s.side];
      this.parts.push(
        `<line x1="${num(x1 ?? 0)}" y1="${num(y1 ?? 0)}" x2="${num(x2 ?? 0)}" y2="${num(y2 ?? 0)}"${paint("stroke", s.colour, opacity)} stroke-width="${num(s.width)}"${dashes(s.kind, s.width)}/>`,
      );
    }
  }

  /**
   * A `::before` box with a border or background (legend swatches): it has no rect of its own, so
   * it is placed just before the element's first word, centred on that line.
   */
  marker(element: Element, firstWord: Box | null, opacity: number): void {
    if (!firstWord) return;
    const style = getComputedStyle(element, "::before");
    if (!style.content || style.content === "none" || style.content === "normal") return;
    const width = parseFloat(style.width) || 0;
    const height = parseFloat(style.height) || parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth) || 0;
    if (width <= 0 || height <= 0) return;
    const x = firstWord.x - (parseFloat(style.marginRight) || 0) - width;
    this.decorate({ x, y: firstWord.y + firstWord.height / 2 - height / 2, width, height }, style, opacity);
  }

  /** The words of a text node, one <text> per line box; returns the first word's box. */
  words(node: Text, style: CSSStyleDeclaration, opacity: number): Box | null {
    const range = document.createRange();
    const lines: { text: string[]; box: Box }[] = [];
    for (const match of (node.data ?? "").matchAll(/\S+/g)) {
      range.setStart(node, match.index);
      range.setEnd(node, match.index + match[0].length);
      const r = range.getClientRects()[0];
      if (!r || r.width === 0) continue;
      const box = this.box(r);
      const line = lines.at(-1);
      if (line && Math.abs(line.box.y - box.y) < 1) {
        line.text.push(match[0]);
        line.box = { ...line.box, width: box.x + box.width - line.box.x };
      } else lines.push({ text: [match[0]], box });
    }
    for (const line of lines) this.text(line.text.join(" "), line.box, style, opacity, false);
    return lines[0]?.box ?? null;
  }

  /** One line of text; a form control's value is placed inside its padding and not stretched. */
  text(value: string, box: Box, style: CSSStyleDeclaration, opacity: number, control: boolean): void {
    const text = value.trim();
    if (text === "") return;
    const font = `${style.fontStyle} ${style.fontWeight} ${style.fontSize} ${style.fontFamily}`;
    const size = parseFloat(style.fontSize) || 16;
    let ascent = size * 0.8;
    let descent = size * 0.2;
    if (this.measure) {
      this.measure.font = font;
      const m = this.measure.measureText(text);
      ascent = m.fontBoundingBoxAscent || ascent;
      descent = m.fontBoundingBoxDescent || descent;
    }
    const left = control ? box.x + (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.borderLeftWidth) || 0) : box.x;
    const baseline = control ? box.y + box.height / 2 + (ascent - descent) / 2 : box.y + ascent * (box.height / (ascent + descent));
    const fit = control ? "" : ` textLength="${num(box.width)}" lengthAdjust="spacingAndGlyphs"`;
    this.parts.push(
      `<text x="${num(left)}" y="${num(baseline)}" font-family="${escapeXml(style.fontFamily)}" font-size="${num(size)}" font-weight="${escapeXml(style.fontWeight)}" font-style="${escapeXml(style.fontStyle)}"${paint("fill", style.color, opacity)}${fit} xml:space="preserve">${escapeXml(text)}</text>`,
    );
  }

  /** An inline plot: cloned, styles written in, ids renamed, placed where it is on screen. */
  plot(svg: SVGSVGElement, rect: DOMRect, opacity: number): void {
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineSvgStyles(svg, clone, (element) => getComputedStyle(element));
    uniquifyIds(clone, `plot${this.parts.length}-`);
    const box = this.box(rect);
    for (const [name, value] of [["x", box.x], ["y", box.y], ["width", box.width], ["height", box.height]] as const) clone.setAttribute(name, num(value));
    if (opacity < 1) clone.setAttribute("opacity", num(opacity));
    this.parts.push(new XMLSerializer().serializeToString(clone));
  }
}

/** The colour behind the figure: its own background or the nearest ancestor's; white if none. */
function backgroundOf(element: Element | null): string {
  for (let e = element; e; e = e.parentElement) {
    const colour = getComputedStyle(e).backgroundColor;
    if (parseColour(colour)) return colour;
  }
  return "rgb(255,255,255)";
}

/**
 * The example `root` as it looks now, as a standalone SVG document sized in CSS pixels, titled
 * with the example's accessible name (its aria-label).
 */
export function figureToSvg(root: HTMLElement): FigureSvg {
  const writer = new FigureWriter(root);
  const rect = root.getBoundingClientRect();
  const style = getComputedStyle(root);
  writer.visit(root, 1);
  // Skipped parts at the end (the text alternative) would leave an empty band: end the figure
  // below the last thing drawn, with the root's own bottom padding and border.
  const inset = (parseFloat(style.paddingBottom) || 0) + (parseFloat(style.borderBottomWidth) || 0);
  const used = writer.bottom > 0 ? writer.bottom + inset : rect.height;
  const width = Math.ceil(rect.width);
  const height = Math.ceil(Math.min(rect.height, used));
  const body = writer.parts.splice(0);
  writer.decorate({ x: 0, y: 0, width: rect.width, height }, style, parseFloat(style.opacity) || 1);
  const title = root.getAttribute("aria-label") ?? "Worked example";
  const svg = [
    '<?xml version="1.0" encoding="UTF-8"?>\n',
    `<svg xmlns="${SVG_NS}" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}">`,
    `<title>${escapeXml(title)}</title>`,
    writer.defs.length > 0 ? `<defs>${writer.defs.join("")}</defs>` : "",
    `<rect width="${width}" height="${height}"${paint("fill", backgroundOf(root))}/>`,
    ...writer.parts,
    ...body,
    "</svg>\n",
  ].join("");
  return { svg, width, height };
}
