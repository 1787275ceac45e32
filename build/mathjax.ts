/**
 * TeX → SVG at build time, so no MathJax code reaches the browser.
 *
 * Each formula becomes MathJax's `<mjx-container>` holding
 *  - an SVG (aria-hidden) drawn with `currentColor`, so it follows the page's
 *    text colour in light and dark themes, and
 *  - `<mjx-assistive-mml>` with real MathML, visually hidden by src/styles/math.css,
 *    which is what screen readers read (and what gives the formula a name for axe).
 *
 * The SVG font cache is off: with it on, glyphs are shared through `<use href="#id">`
 * and formulas rendered separately but shown on one page would collide on ids. Each page
 * shares its repeated glyphs itself, once it is whole (src/pages/math-glyphs.ts).
 */
import { mathjax } from "mathjax-full/js/mathjax.js";
import { TeX } from "mathjax-full/js/input/tex.js";
import { SVG } from "mathjax-full/js/output/svg.js";
import { liteAdaptor, type LiteAdaptor } from "mathjax-full/js/adaptors/liteAdaptor.js";
import { RegisterHTMLHandler } from "mathjax-full/js/handlers/html.js";
import { AssistiveMmlHandler } from "mathjax-full/js/a11y/assistive-mml.js";
import { AllPackages } from "mathjax-full/js/input/tex/AllPackages.js";

/** A formula MathJax could not parse; `message` is MathJax's own (e.g. "Missing close brace"). */
export class TexError extends Error {
  override name = "TexError";
  /** The TeX source that failed. */
  readonly tex: string;
  /** MathJax's error id (e.g. "MissingCloseBrace"), when it gave one. */
  readonly mathjaxId: string | undefined;
  constructor(message: string, tex: string, mathjaxId?: string) {
    super(message);
    this.tex = tex;
    this.mathjaxId = mathjaxId;
  }
}

/**
 * Packages that hide errors (rendering them as red text instead of failing) are
 * excluded: a broken formula must fail the build, not ship.
 */
const PACKAGES = AllPackages.filter((p) => p !== "noerrors" && p !== "noundefined");

interface Engine {
  adaptor: LiteAdaptor;
  tex: TeX<unknown, unknown, unknown>;
  doc: ReturnType<typeof mathjax.document>;
}

let engine: Engine | undefined;

/** Builds the MathJax document once per process; setting it up costs more than a formula. */
function getEngine(): Engine {
  if (engine) return engine;
  const adaptor = liteAdaptor();
  AssistiveMmlHandler(RegisterHTMLHandler(adaptor));
  const tex = new TeX({
    packages: PACKAGES,
    // Without this MathJax renders an error box into the page; we want the build to stop.
    formatError: (_jax: unknown, err: unknown) => {
      throw err;
    },
  });
  const svg = new SVG({ fontCache: "none" });
  const doc = mathjax.document("", { InputJax: tex, OutputJax: svg });
  engine = { adaptor, tex, doc };
  return engine;
}

/** Counter for making ids unique per call, as several formulas share one page. */
let idCounter = 0;

/**
 * MathJax only emits ids for `\label`/`\tag` (equation anchors). Prefix them, and
 * in-formula `href="#…"` links to them, so two formulas never share an id.
 */
function uniquifyIds(html: string): string {
  const ids = new Set<string>();
  for (const m of html.matchAll(/\sid="([^"]*)"/g)) ids.add(m[1] ?? "");
  if (ids.size === 0) return html;
  const prefix = `mjx${++idCounter}-`;
  return html.replace(/(\s(?:id|href|xlink:href)=")(#?)([^"]*)"/g, (all, attr: string, hash: string, value: string) => {
    const isIdAttr = attr.trim().startsWith("id");
    if (isIdAttr || (hash === "#" && ids.has(value))) return `${attr}${hash}${prefix}${value}"`;
    return all;
  });
}

function messageOf(err: unknown): { message: string; id: string | undefined } {
  if (err && typeof err === "object" && "message" in err) {
    const e = err as { message: unknown; id?: unknown };
    return { message: String(e.message), id: typeof e.id === "string" ? e.id : undefined };
  }
  return { message: String(err), id: undefined };
}

/**
 * Renders one TeX formula to the outerHTML of an `<mjx-container>` (SVG + assistive MathML).
 * `display: true` is block math (`$$…$$`), false is inline (`$…$`).
 * Throws TexError with MathJax's message when the TeX is invalid.
 */
export function texToSvg(tex: string, options: { display: boolean }): string {
  const { adaptor, tex: input, doc } = getEngine();
  // Labels persist in the parser between calls; forget them so re-rendering a
  // formula (dev reloads, a formula used twice) is not "Label multiply defined".
  input.parseOptions.tags.reset();
  let node: unknown;
  try {
    node = doc.convert(tex, { display: options.display });
  } catch (err) {
    const { message, id } = messageOf(err);
    throw new TexError(message, tex, id);
  }
  return uniquifyIds(adaptor.outerHTML(node as Parameters<LiteAdaptor["outerHTML"]>[0]));
}
