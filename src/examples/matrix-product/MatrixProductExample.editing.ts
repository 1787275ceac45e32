/**
 * What a learner may change in a matrix product, the rules the values keep, and how the inspected
 * number is written in a link: the example's spec for its frame (src/frame/spec.ts,
 * src/frame/url-state.ts).
 */
import type { ExampleSpec } from "../../frame/spec.ts";
import { MAX_SIZE } from "../../math/parse-values.ts";
import { cellCodec } from "../../frame/url-state.ts";
import type { MatrixProductExampleProps } from "./MatrixProductExample.schema.ts";

/** What a learner may change in a matrix product. */
type MatrixProductValues = Pick<MatrixProductExampleProps, "A" | "B" | "rowLabels" | "innerLabels" | "colLabels">;

/**
 * What a learner may change in a matrix product: A and B, with A's columns tied to B's rows, and
 * the label lists the page gave, each tied to the size it labels. Messages use the page's own
 * names for the matrices (x, W, X …). The inspected entry of the product goes in the URL as
 * "row,column".
 */
export function matrixProductSpec(
  props: Pick<MatrixProductExampleProps, "left" | "right" | "product">,
): ExampleSpec<MatrixProductValues> {
  const [L, R, P] = [props.left.name, props.right.name, props.product.name];
  const words = (key: "rowLabels" | "innerLabels" | "colLabels", name: string, length: string) =>
    ({ kind: "words", key, name, length, min: 1, max: MAX_SIZE }) as const;
  return {
    fields: [
      { kind: "matrix", key: "A", name: L, param: L, rows: "rows", cols: "inner" },
      { kind: "matrix", key: "B", name: R, param: R, rows: "inner", cols: "cols" },
      words("rowLabels", "row labels", "rows"),
      words("innerLabels", "inner labels", "inner"),
      words("colLabels", "column labels", "cols"),
    ],
    sizes: {
      rows: { label: `rows of ${L} (and of ${P})`, newWord: (count) => `r${count - 1}` },
      inner: { label: `columns of ${L} (rows of ${R})`, newWord: (count) => `k${count - 1}` },
      cols: { label: `columns of ${R} (and of ${P})`, newWord: (count) => `c${count - 1}` },
    },
    inspect: cellCodec(P, ({ A, B }) => [A.length, B[0]!.length]),
  };
}
