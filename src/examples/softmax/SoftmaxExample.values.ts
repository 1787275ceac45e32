/**
 * The values of the softmax example that prose may quote (src/values/types.ts): `A<i><j>` the
 * weight (two decimals), `A<i><j>.percent` the same as a whole percentage ("79 %").
 */
import { softmaxRows } from "../../math/index.ts";
import { matrixEntries, percent } from "../../values/offer-helpers.ts";
import type { OfferedValues } from "../../values/types.ts";
import type { SoftmaxExampleProps } from "./SoftmaxExample.schema.ts";

export function softmaxValues({ scores }: Pick<SoftmaxExampleProps, "scores">): OfferedValues {
  const A = softmaxRows(scores);
  return {
    ...matrixEntries("A", A),
    ...Object.fromEntries(A.flatMap((row, i) => row.map((w, j) => [`A${i}${j}.percent`, percent(w)]))),
  };
}
