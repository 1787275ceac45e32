import type { ReactNode } from "react";
import { formatDotExpansion, type Matrix, type MatmulEntryExplanation } from "../../math/index.ts";
import type { MatrixTitle } from "./MatrixProductExample.schema.ts";
import { columnOf, rowOf } from "../../text/matrix-words.ts";
import { formatMatrix } from "../../text/words.ts";
import { memoByValue } from "../../inspect/memo-by-value.ts";
import { InWords } from "../../text/InWords.tsx";

interface MatrixProductInWordsProps {
  readonly A: Matrix;
  readonly B: Matrix;
  /** The product AB as computed by the example. */
  readonly C: Matrix;
  readonly left: MatrixTitle;
  readonly right: MatrixTitle;
  readonly product: MatrixTitle;
  readonly rowLabels?: readonly string[];
  readonly colLabels?: readonly string[];
  /** The same explain function the readout uses, so both say the same thing. */
  readonly explain: (i: number, j: number) => MatmulEntryExplanation;
  readonly nameOf: (i: number, j: number) => string;
  /** More text after the entries. */
  readonly children?: ReactNode;
}

/**
 * The text alternative of a matrix product example, a region named after the product's title
 * (regions on a page need different names, and each product there has its own title): the three matrices and every entry's
 * expansion, readable without JavaScript, in print and by screen readers.
 */
function MatrixProductInWordsText(props: MatrixProductInWordsProps) {
  const { A, B, C, left, right, product, rowLabels, colLabels, explain, nameOf } = props;
  const labels = (what: string, list?: readonly string[]) => (list ? ` ${what}: ${list.join(", ")}.` : "");
  return (
    <InWords label={`${product.title}, in words`} title="The example in words">
      <dl>
        <dt>{left.title}</dt>
        <dd>
          {formatMatrix(A)}, written row by row.{labels("Rows", rowLabels)}
        </dd>
        <dt>{right.title}</dt>
        <dd>
          {formatMatrix(B)}, written row by row.{labels("Columns", colLabels)}
        </dd>
        <dt>{product.title}</dt>
        <dd>
          {formatMatrix(C)}. Entry (i, j) is row i of {left.name} times column j of {right.name}.
        </dd>
      </dl>
      <ul className="in-words-entries">
        {C.flatMap((rowValues, i) =>
          rowValues.map((_, j) => (
            <li key={`${i}-${j}`}>
              <span className="expansion">{formatDotExpansion(nameOf(i, j), explain(i, j))}</span>:{" "}
              {rowOf(left.name, i, rowLabels)} with {columnOf(right.name, j, colLabels)}.
            </li>
          )),
        )}
      </ul>
      {props.children}
    </InWords>
  );
}

/** MatrixProductInWordsText, re-rendered only when its numbers change (an inspection does not change them). */
export const MatrixProductInWords = memoByValue(MatrixProductInWordsText);
