/**
 * The values of a matrix product that prose may quote (src/values/types.ts), under the names the
 * example shows: entry (i, j) of the product as `<product name><i><j>` ("Y21"), and the row and
 * column labels as `row<i>` and `col<j>` ("“sat”"), the arithmetic of an entry as
 * `<product name><i><j>.terms` ("2·10 + 3·(−1)") and the right matrix's columns as `W.col<j>`.
 */
import { explainMatmulEntry, formatTerms, matmul, type Matrix } from "../../math/index.ts";
import { columnEntries, matrixEntries, wordEntries } from "../../values/offer-helpers.ts";
import { VALUE_NAME, type OfferedValues } from "../../values/types.ts";

/** What the offer reads: the two matrices, the product's name and the labels. */
interface MatrixProductNumbers {
  readonly A: Matrix;
  readonly B: Matrix;
  readonly right?: { readonly name: string };
  readonly product?: { readonly name: string };
  readonly rowLabels?: readonly string[];
  readonly colLabels?: readonly string[];
}

export function matrixProductValues(props: MatrixProductNumbers): OfferedValues {
  const P = matmul(props.A, props.B);
  const name = props.product?.name ?? "C";
  const right = props.right?.name ?? "B";
  const terms = Object.fromEntries(
    P.flatMap((row, i) =>
      row.map((_, j) => [`${name}${i}${j}.terms`, formatTerms(explainMatmulEntry(props.A, props.B, i, j).terms)]),
    ),
  );
  return {
    ...(VALUE_NAME.test(name) ? { ...matrixEntries(name, P), ...terms } : {}),
    ...(VALUE_NAME.test(right) ? columnEntries(right, props.B) : {}),
    ...matrixEntries("product", P),
    ...wordEntries("row", props.rowLabels ?? []),
    ...wordEntries("col", props.colLabels ?? []),
  };
}
