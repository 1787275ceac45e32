/**
 * The forms the site's notation retired (DESIGN.md, "Notation"), as patterns over what a reader
 * sees or hears: the weight matrices written with an underscore or run together, a raw underscore
 * between a symbol and its subscript, a head or layer counted from 0 (they count from 1, with their
 * word), heads indexed by h, which is the head count, and letters that meant two things: the
 * weights written P (P is the paged cache's prompt length), a raw score written s (s is the scaled
 * score softmax reads), a weight written a (a is a vector of the dot product), and the block's
 * writes named A and M (the weights and the mask). One list, used by the unit test that
 * renders the worked examples in every state and by the browser spec that reads every built page.
 */

/** One retired form: the pattern that finds it and what it is, for the failure message. */
export interface RetiredForm {
  readonly pattern: RegExp;
  readonly what: string;
}

export const RETIRED_FORMS: readonly RetiredForm[] = [
  { pattern: /\bX?W_[qkvoQKVO]\b/, what: "a weight matrix written with an underscore (write W with a subscript)" },
  { pattern: /\bW[qkv]\b/, what: "Wq, Wk or Wv run together (write W with a subscript Q, K or V)" },
  {
    pattern: /\b[A-Za-z]+_(?:\{|[A-Za-z0-9])|kv_heads|head_dim/,
    what: "a raw underscore between a symbol and its subscript",
  },
  { pattern: /\b[Hh]ead(?: 0|₀)(?![0-9.,])|\b[Ll]ayer(?: 0|₀)(?![0-9.,])/, what: "a head or layer counted from 0" },
  { pattern: /\bhead_?[hH]\b|\bhead[ₕ]/, what: "heads indexed by h, the head count" },
  { pattern: /\bP = softmax/, what: "the weights written P (they are A; P is the paged cache's prompt length)" },
  { pattern: /(?<![A-Za-z])s[₀-₉]+ = q/, what: "a raw score written s (it is S; s is the scaled score)" },
  { pattern: /(?<![A-Za-z])a[₀-₉]{2}(?=\s*[=≈,]|·v)/, what: "a weight written a (it is A; a is a vector)" },
  { pattern: /\b[AM][₀-₉]+,[₀-₉]+/, what: "what attention or the MLP writes named A or M (they are attn and mlp)" },
];

/**
 * The first retired form in `text` as "what: “…context…”", or null when there is none.
 * @param text what a reader sees or hears, code left out
 */
export function findRetiredForm(text: string): string | null {
  for (const { pattern, what } of RETIRED_FORMS) {
    const found = pattern.exec(text);
    if (found) return `${what}: “…${text.slice(Math.max(0, found.index - 40), found.index + 40)}…”`;
  }
  return null;
}

/** Attributes whose text a reader hears or sees in place of the element's own. */
const NAMED = ["aria-label", "alt", "title", "placeholder"] as const;

/**
 * What a reader meets in a rendered element: its text outside code, scripts and styles, then every
 * accessible name, alt text and title inside it, separated by spaces.
 */
export function readerTextOf(root: Element): string {
  const parts: string[] = [];
  const visit = (node: Node) => {
    if (node.nodeType === 3) parts.push(node.textContent ?? "");
    if (node.nodeType !== 1) return;
    const element = node as Element;
    if (/^(CODE|PRE|SCRIPT|STYLE)$/.test(element.tagName)) return;
    for (const name of NAMED) {
      const value = element.getAttribute(name);
      if (value) parts.push(` ${value} `);
    }
    element.childNodes.forEach(visit);
  };
  visit(root);
  return parts.join("");
}
