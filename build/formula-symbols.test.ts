/**
 * Every symbol a concept page writes in its formulas is on the Notation page: each `$…$` and
 * `$$…$$` of content/*.mdx, parsed as the site parses it, is read for its symbols
 * (formula-symbols.ts), and each must be an entry of src/data/notation/*.ts. A page that brings in
 * a new letter fails here until the letter has its entry, and the entry goes through the
 * one-meaning check of src/notation/collect.ts.
 */
import { readdirSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import type { Root } from "mdast";
import remarkFrontmatter from "remark-frontmatter";
import remarkMath from "remark-math";
import remarkMdx from "remark-mdx";
import remarkParse from "remark-parse";
import { unified } from "unified";
import { visit } from "unist-util-visit";
import { describe, expect, it } from "vitest";
import { formulaSymbols, type FormulaSymbol } from "./formula-symbols.ts";
import type { NotationEntry } from "../src/data/notation/types.ts";

const root = resolve(import.meta.dirname, "..");

const modules: Readonly<Record<string, { readonly notation?: readonly NotationEntry[] }>> = import.meta.glob(
  ["/src/data/notation/*.ts", "!/src/data/notation/types.ts", "!/src/data/notation/*.test.ts"],
  { eager: true },
);
const ENTRIES = Object.values(modules).flatMap((module) => module.notation ?? []);

/** A subscript that counts something (q₂, S₂₁, x_{n−1}, W_{:,j}) rather than names it (W_Q, d_model). */
const INDEX = /^[ijkctn0-9+\-,:()]+$/;
/** Subscripts that tell the running values of a tile apart (m_old, m_new): the symbol is the same. */
const MOMENT = new Set(["old", "new"]);

/**
 * Why `found` is not on the Notation page, or null when it is. A symbol is listed when:
 * - an entry has the same symbol and subscript (W_Q, d_model, B_c);
 * - its subscript counts (q₂, k_t, S_{i0}) and an entry gives the symbol with a counting subscript
 *   or none (q_i, S_ij, x_i), or the subscript is a listed count (head_h, the last head);
 * - its subscript is old or new and the symbol is listed (m, l, Õ);
 * - it has no subscript and an entry gives the letter with a counting subscript (a bare q is a
 *   query, as q_i is query i), or squared (σ²);
 * - it is top-k's k or top-p's p, listed under the filter's name;
 * - it is primed (Q′, k′) and the unprimed symbol is listed: a prime marks the same quantity after
 *   a change the page names.
 */
export function missing(found: FormulaSymbol): string | null {
  const { symbol, sub } = found;
  const same = ENTRIES.filter((entry) => entry.symbol === symbol);
  if (same.some((entry) => (entry.sub ?? "") === (sub ?? ""))) return null;
  if (sub && MOMENT.has(sub) && same.some((entry) => !entry.sub)) return null;
  const counting = same.some((entry) => !entry.sub || INDEX.test(entry.sub));
  if ((!sub || INDEX.test(sub)) && counting) return null;
  if (sub && ENTRIES.some((entry) => entry.symbol === sub && !entry.sub) && counting) return null;
  if (!sub && ENTRIES.some((entry) => entry.symbol === `${symbol}²`)) return null;
  // Top-k's k and top-p's p are listed under the filters' names.
  if (!sub && ENTRIES.some((entry) => entry.symbol === `top-${symbol}`)) return null;
  if (symbol.endsWith("′") && symbol.length > 1) return missing({ ...found, symbol: symbol.slice(0, -1) });
  return sub ? `${symbol} with subscript ${sub}` : symbol;
}

/** Every formula of a page: its TeX and line. */
function formulas(source: string): { tex: string; line: number }[] {
  const tree = unified().use(remarkParse).use(remarkMdx).use(remarkFrontmatter).use(remarkMath).parse(source) as Root;
  const found: { tex: string; line: number }[] = [];
  visit(tree, (node) => {
    if (node.type === "math" || node.type === "inlineMath") {
      found.push({ tex: node.value, line: node.position?.start.line ?? 0 });
    }
  });
  return found;
}

describe("formulaSymbols", () => {
  it.each([
    ["\\mathbf{Q} = \\mathbf{X}\\mathbf{W}_Q", ["Q", "X", "W Q"]],
    ["d_{\\text{model}} = 4", ["d model"]],
    ["h_\\text{kv}", ["h kv"]],
    ["S_{ij} = \\sum_c q_{ic}\\, k_{jc}", ["S ij", "c", "q ic", "k jc"]],
    [
      "\\tilde O_\\text{new} = \\tilde O_\\text{old}\\, e^{\\,m_\\text{old} - m_\\text{new}}",
      ["Õ new", "Õ old", "e", "m old", "m new"],
    ],
    ["\\sum_{c=0}^{d_k - 1} q_c", ["c", "d k", "q c"]],
    ["\\text{head}_i = \\operatorname{softmax}(\\mathbf{X}\\mathbf{W}_Q^{(i)})", ["head i", "X", "W Q", "i"]],
    ["\\mathbf{K}^\\top \\Theta(N^2 d^2 / M) + O(N)", ["K", "N", "d", "M", "N"]],
    ["\\mathbf{q}'_m \\cdot \\boldsymbol{\\gamma}", ["q′ m", "γ"]],
    ["\\mathrm{PE}(\\mathit{pos}+\\Delta) \\text{ row } i", ["PE", "pos", "Δ", "i"]],
    ["\\max_{j \\in \\text{tile}} s_j", ["j", "s j"]],
  ])("reads %s", (tex, expected) => {
    expect(formulaSymbols(tex).map((s) => (s.sub ? `${s.symbol} ${s.sub}` : s.symbol))).toEqual(expected);
  });
});

describe("the Notation page lists every symbol of every formula", () => {
  it("refuses a symbol with no entry, and accepts the listed ones", () => {
    expect(missing({ symbol: "F" })).toBe("F");
    expect(missing({ symbol: "W", sub: "Z" })).toBe("W with subscript Z");
    expect(missing({ symbol: "W", sub: "Q" })).toBeNull();
    expect(missing({ symbol: "q", sub: "3" })).toBeNull();
    expect(missing({ symbol: "m", sub: "new" })).toBeNull();
    expect(missing({ symbol: "Q′" })).toBeNull();
  });

  const pages = readdirSync(resolve(root, "content"))
    .filter((name) => name.endsWith(".mdx"))
    .sort();
  it.each(pages)("content/%s", (name) => {
    const source = readFileSync(resolve(root, "content", name), "utf8");
    const problems: string[] = [];
    for (const { tex, line } of formulas(source)) {
      for (const symbol of formulaSymbols(tex)) {
        const problem = missing(symbol);
        if (problem) problems.push(`content/${name}:${line}: ${problem} in “${tex.replace(/\s+/g, " ")}”`);
      }
    }
    expect(
      problems,
      "Give each symbol an entry in src/data/notation/<topic>.ts, or write it as the Notation page does",
    ).toEqual([]);
  });
});
