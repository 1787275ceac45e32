/**
 * A worked example as a standalone SVG 1.1 document that looks like the screen right now: the
 * current theme's colours, the current highlights, the numbers as text. Matrices are HTML grids,
 * so their boxes and borders are redrawn from computed styles; plots are inline <svg>, cloned with
 * their computed colours written in as attributes, so the file needs no CSS and no
 * other file but the site font, which download-figure.ts embeds (svg-fonts.ts). Loaded only when
 * a learner asks for a download.
 */
import { inlineSvgStyles, uniquifyIds } from "./svg-clone.ts";
import { escapeXml, hatchPattern, num, paint, parseColour, parseHatch } from "./svg-paint.ts";

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

/**
 * Never drawn: text alternatives, instructions for the screen ("Hover, focus or tap …", marked
 * data-hint), scripts, and anything the page marks as not part of the figure.
 */
const SKIP_SELECTOR = 'details, .in-words, [data-hint], [data-export="skip"], script, style, template, noscript';

/** A box that holds nothing but instructions (the readout before anything is inspected). */
function onlyHints(element: Element): boolean {
  return element.children.length > 0 && [...element.children].every((child) => child.matches("[data-hint]"));
}

/** The computed style fields the skip rule reads; a plain object in unit tests. */
export type SkipStyle = Pick<CSSStyleDeclaration, "display" | "visibility" | "clip" | "clipPath" | "overflow">;

/**
 * Whether an element (and everything inside it) is left out of the export: not displayed, hidden,
 * visually hidden for screen readers only (clipped, or 1 px with overflow hidden), zero-sized, or
 * matched by SKIP_SELECTOR. `display: contents` boxes have no size but their children are drawn.
 */
export function isSkipped(element: Element, style: SkipStyle, size: { width: number; height: number }): boolean {
  if (element.matches(SKIP_SELECTOR) || onlyHints(element)) return true;
  if (style.display === "none" || style.visibility === "hidden" || style.visibility === "collapse") return true;
  if (style.display === "contents") return false;
  if ((style.clip && style.clip !== "auto") || (style.clipPath && style.clipPath !== "none")) return true;
  if (size.width <= 1 && size.height <= 1 && style.overflow !== "visible") return true;
  return size.width === 0 && size.height === 0;
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
    if (element instanceof HTMLInputElement && (element.type === "checkbox" || element.type === "radio")) {
      return this.checkbox(element, this.box(rect), style, alpha);
    }
    if (
      element instanceof HTMLInputElement ||
      element instanceof HTMLTextAreaElement ||
      element instanceof HTMLSelectElement
    ) {
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
    if (parseColour(style.backgroundColor))
      this.parts.push(rect(box, rx, paint("fill", style.backgroundColor, opacity)));
    const hatch = parseHatch(style.backgroundImage);
    if (hatch) {
      const id = `hatch${this.defs.length}`;
      this.defs.push(hatchPattern(id, hatch));
      this.parts.push(rect(box, rx, ` fill="url(#${id})"${opacity < 1 ? ` opacity="${num(opacity)}"` : ""}`));
    }
    const sides = (["Top", "Right", "Bottom", "Left"] as const).map((side) => {
      const border = (part: string) => style.getPropertyValue(`border-${side.toLowerCase()}-${part}`);
      return { side, width: parseFloat(border("width")) || 0, kind: border("style"), colour: border("color") };
    });
    const drawn = sides.filter((s) => s.width > 0 && s.kind !== "none" && s.kind !== "hidden" && parseColour(s.colour));
    const [first] = drawn;
    if (!first) return;
    if (
      drawn.length === 4 &&
      drawn.every((s) => s.width === first.width && s.kind === first.kind && s.colour === first.colour)
    ) {
      const w = first.width;
      const inner = { x: box.x + w / 2, y: box.y + w / 2, width: box.width - w, height: box.height - w };
      this.parts.push(
        rect(
          inner,
          Math.max(0, rx - w / 2),
          ` fill="none"${paint("stroke", first.colour, opacity)} stroke-width="${num(w)}"${dashes(first.kind, w)}`,
        ),
      );
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
        this.parts.push(
          `<path d="${d}" fill="none"${paint("stroke", s.colour, opacity)} stroke-width="${num(s.width)}"${dashes(s.kind, s.width)}/>`,
        );
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
    const height =
      parseFloat(style.height) || parseFloat(style.borderTopWidth) + parseFloat(style.borderBottomWidth) || 0;
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
    // A control's value sits in its padding box, aligned as its text-align says.
    const inset = (side: "Left" | "Right") =>
      (parseFloat(style.getPropertyValue(`padding-${side.toLowerCase()}`)) || 0) +
      (parseFloat(style.getPropertyValue(`border-${side.toLowerCase()}-width`)) || 0);
    const align = control
      ? ({ center: "middle", right: "end", end: "end" } as Partial<Record<string, string>>)[style.textAlign]
      : undefined;
    const left = !control
      ? box.x
      : align === "middle"
        ? box.x + box.width / 2
        : align === "end"
          ? box.x + box.width - inset("Right")
          : box.x + inset("Left");
    const baseline = control
      ? box.y + box.height / 2 + (ascent - descent) / 2
      : box.y + ascent * (box.height / (ascent + descent));
    const fit = control
      ? align
        ? ` text-anchor="${align}"`
        : ""
      : ` textLength="${num(box.width)}" lengthAdjust="spacingAndGlyphs"`;
    this.parts.push(
      `<text x="${num(left)}" y="${num(baseline)}" font-family="${escapeXml(style.fontFamily)}" font-size="${num(size)}" font-weight="${escapeXml(style.fontWeight)}" font-style="${escapeXml(style.fontStyle)}"${paint("fill", style.color, opacity)}${fit} xml:space="preserve">${escapeXml(text)}</text>`,
    );
  }

  /** A checkbox or radio button as a plain box (round for a radio), with a tick when checked. */
  checkbox(input: HTMLInputElement, box: Box, style: CSSStyleDeclaration, opacity: number): void {
    const rx = input.type === "radio" ? box.width / 2 : 2;
    const ink = paint("stroke", style.color, opacity);
    this.parts.push(
      `<rect x="${num(box.x + 0.5)}" y="${num(box.y + 0.5)}" width="${num(box.width - 1)}" height="${num(box.height - 1)}" rx="${num(rx)}" fill="none"${ink}/>`,
    );
    if (!input.checked) return;
    const at = (fx: number, fy: number) => `${num(box.x + fx * box.width)} ${num(box.y + fy * box.height)}`;
    this.parts.push(
      `<path d="M${at(0.2, 0.5)}L${at(0.42, 0.72)}L${at(0.8, 0.28)}" fill="none"${ink} stroke-width="2"/>`,
    );
  }

  /** An inline plot: cloned, styles written in, ids renamed, placed where it is on screen. */
  plot(svg: SVGSVGElement, rect: DOMRect, opacity: number): void {
    const clone = svg.cloneNode(true) as SVGSVGElement;
    inlineSvgStyles(svg, clone, (element) => getComputedStyle(element));
    uniquifyIds(clone, `plot${this.parts.length}-`);
    const box = this.box(rect);
    for (const [name, value] of [
      ["x", box.x],
      ["y", box.y],
      ["width", box.width],
      ["height", box.height],
    ] as const)
      clone.setAttribute(name, num(value));
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
