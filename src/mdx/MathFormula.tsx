import { href } from "../site.ts";

interface MathFormulaProps {
  /** The TeX source, kept for reference. */
  readonly tex: string;
  /** MathJax's SVG with its assistive MathML, typeset at build time. */
  readonly html: string;
  /** "block" for $$…$$, "inline" for $…$. */
  readonly display: "block" | "inline";
}

/**
 * A formula typeset at build time; no MathJax code reaches the browser. A displayed formula is
 * followed by a link to the Notation page, where every symbol in it is explained.
 */
export function MathFormula({ tex, html, display }: MathFormulaProps) {
  if (display === "inline") {
    return <span className="math math-inline" data-tex={tex} dangerouslySetInnerHTML={{ __html: html }} />;
  }
  return (
    <>
      <div className="math math-block" data-tex={tex} dangerouslySetInnerHTML={{ __html: html }} />
      <p className="math-notation" data-pagefind-ignore="">
        <a href={href("/notation/")}>What the symbols mean</a>
      </p>
    </>
  );
}
