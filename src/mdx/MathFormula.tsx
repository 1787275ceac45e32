interface MathFormulaProps {
  /** The TeX source, kept for reference. */
  readonly tex: string;
  /** MathJax's SVG with its assistive MathML, typeset at build time. */
  readonly html: string;
  /** "block" for $$…$$, "inline" for $…$. */
  readonly display: "block" | "inline";
}

/** A formula typeset at build time; no MathJax code reaches the browser. */
export function MathFormula({ tex, html, display }: MathFormulaProps) {
  const Tag = display === "block" ? "div" : "span";
  return <Tag className={`math math-${display}`} data-tex={tex} dangerouslySetInnerHTML={{ __html: html }} />;
}
