/**
 * Inline plots (<svg> inside an example) made standalone: computed presentation values written in
 * as attributes, page-only attributes dropped, ids renamed so several plots share one file.
 */
import { num, parseColour } from "./svg-paint.ts";

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

/** The properties among SVG_PROPERTIES that are not inherited, with their initial values. */
const NOT_INHERITED: Partial<Record<string, string>> = {
  opacity: "1",
  "stop-color": "rgb(0, 0, 0)",
  "stop-opacity": "1",
};

/** A computed length list ("7px, 4px") as an SVG number list ("7 4"). */
export function lengthList(css: string): string {
  return css
    .replace(/px/g, "")
    .replace(/\s*,\s*/g, " ")
    .trim();
}

/**
 * Writes the computed presentation values of each element of an inline <svg> onto its clone as
 * attributes, and drops what only made sense on the page (classes, styles, ARIA, focus, titles).
 * `styleOf` gives the computed style of an original element. Paint servers (`url(#…)`) keep the
 * clone's own attribute, since the computed value names the page's ids.
 */
export function inlineSvgStyles(
  original: Element,
  clone: Element,
  styleOf: (element: Element) => CSSStyleDeclaration,
): void {
  const originals = [original, ...original.querySelectorAll("*")];
  const clones = [clone, ...clone.querySelectorAll("*")];
  originals.forEach((source, i) => {
    const target = clones[i];
    if (!target) return;
    if (source.localName === "title" || source.localName === "desc") return target.remove();
    const style = styleOf(source);
    if (style.display === "none") return target.remove();
    const parent = i > 0 && source.parentElement ? styleOf(source.parentElement) : null;
    const written = new Set<string>();
    const write = (name: string, value: string) => {
      target.setAttribute(name, value);
      written.add(name);
    };
    for (const name of SVG_PROPERTIES) {
      const raw = style.getPropertyValue(name).trim();
      if (raw === "" || raw.startsWith("url(") || written.has(name)) continue;
      // Inherited values are written where they change; others where they are not the default.
      const initial = NOT_INHERITED[name];
      const same = initial === undefined ? parent?.getPropertyValue(name).trim() === raw : initial === raw;
      if (same && !target.hasAttribute(name)) continue;
      if (name === "fill" || name === "stroke" || name === "stop-color") {
        const colour = parseColour(raw);
        write(name, colour ? colour.colour : "none");
        const opacityName = name === "stop-color" ? "stop-opacity" : `${name}-opacity`;
        const own = Number(style.getPropertyValue(opacityName) || 1);
        if (colour && colour.alpha < 1) write(opacityName, num(colour.alpha * (Number.isFinite(own) ? own : 1)));
      } else write(name, /^(stroke-dasharray|stroke-width|font-size)$/.test(name) ? lengthList(raw) : raw);
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
        attr.value = dangling
          ? "none"
          : attr.value.replace(/url\(\s*["']?#([^"')]+)["']?\s*\)/g, (_, id: string) => `url(#${renamed.get(id)})`);
      }
    }
  }
}
