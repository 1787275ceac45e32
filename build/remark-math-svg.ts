/**
 * Remark plugin (after remark-math): every `$…$` and `$$…$$` becomes
 * `<MathFormula display="inline"|"block" tex="…" html="…" />`, where html is the
 * MathJax SVG + assistive MathML rendered at build time (see mathjax.ts).
 * String attributes only, so no JS expressions (estree) have to be built.
 * A TeX error stops the build with the file, line and column of the formula.
 */
import type { Root } from "mdast";
import type { InlineMath, Math } from "mdast-util-math";
import type { MdxJsxFlowElement, MdxJsxTextElement } from "mdast-util-mdx-jsx";
import type { Parent } from "unist";
import { visit } from "unist-util-visit";
import type { VFile } from "vfile";
import { TexError, texToSvg } from "./mathjax.ts";
import { ContentError } from "./content-error.ts";

function formulaElement(node: Math | InlineMath, file: VFile): MdxJsxFlowElement | MdxJsxTextElement {
  const display = node.type === "math";
  let html: string;
  try {
    html = texToSvg(node.value, { display });
  } catch (err) {
    if (!(err instanceof TexError)) throw err;
    throw ContentError.at(
      file,
      node,
      `TeX error in formula "${node.value}": ${err.message}. Fix the TeX (braces, commands) in this formula.`,
      {
        column: true,
      },
    );
  }
  const attributes: MdxJsxFlowElement["attributes"] = [
    { type: "mdxJsxAttribute", name: "display", value: display ? "block" : "inline" },
    { type: "mdxJsxAttribute", name: "tex", value: node.value },
    { type: "mdxJsxAttribute", name: "html", value: html },
  ];
  return display
    ? { type: "mdxJsxFlowElement", name: "MathFormula", attributes, children: [], position: node.position }
    : { type: "mdxJsxTextElement", name: "MathFormula", attributes, children: [], position: node.position };
}

/** The plugin; use as `remarkPlugins: [remarkMath, remarkMathSvg]`. */
export function remarkMathSvg() {
  return (tree: Root, file: VFile): void => {
    visit(tree, (node, index, parent: Parent | undefined) => {
      if ((node.type !== "math" && node.type !== "inlineMath") || !parent || index === undefined) return;
      parent.children[index] = formulaElement(node, file);
    });
  };
}
