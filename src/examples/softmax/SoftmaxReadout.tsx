import type { Matrix } from "../../math/index.ts";
import { joinIndices, nameInText } from "../../charts/axis-labels.ts";
import type { CellPosition } from "../../inspect/MatrixGrid.tsx";
import { describeSoftmaxWeight } from "../../text/softmax-text.ts";

interface SoftmaxReadoutProps {
  /** The scores softmax is taken of, one row per query (masked entries are −∞). */
  readonly scores: Matrix;
  /** The inspected weight, or null. */
  readonly active: CellPosition | null;
  readonly tokens?: readonly string[];
  /** What the readout says while nothing is inspected. */
  readonly hint: string;
}

/**
 * The live explanation of one softmax weight: the definition, the shift by the row's largest
 * score, then the numbers. Masked keys appear as exp(−∞) = 0 in the sum.
 */
export function SoftmaxReadout({ scores, active, tokens, hint }: SoftmaxReadoutProps) {
  const row = active === null ? undefined : scores[active.row];
  if (active === null || row === undefined) {
    return (
      <div className="readout" aria-live="polite" aria-atomic="true">
        <p data-hint="">{hint}</p>
      </div>
    );
  }
  const text = describeSoftmaxWeight(row, active.row, active.col);
  const maskedKeys = text.masked.length === 1 ? "Key" : "Keys";
  return (
    <div className="readout" aria-live="polite" aria-atomic="true">
      <p className="expansion">{text.formula}</p>
      <p>
        The weight {nameInText("query", active.row, tokens)} gives {nameInText("key", active.col, tokens)}. First
        subtract the row’s largest score, {text.max}, from every score in the row: {text.shifted}.
      </p>
      {text.masked.length > 0 ? (
        <p>
          {maskedKeys} {joinIndices(text.masked)} {text.masked.length === 1 ? "is" : "are"} masked: exp(−∞) = 0, so{" "}
          {text.masked.length === 1 ? "it adds" : "they add"} nothing to the sum.
        </p>
      ) : null}
      <p className="expansion" aria-label={text.spoken}>
        {text.expansion}
      </p>
    </div>
  );
}
