/**
 * The values of the causal-mask example that prose may quote (src/values/types.ts): `A<i><j>` the
 * weight with the mask on, `A<i><j>.nomask.percent` the weight without it as a percentage, and
 * `token<i>` the words.
 */
import { applyCausalMask, softmaxRows } from "../../math/index.ts";
import { matrixEntries, percent, wordEntries } from "../../values/offer-helpers.ts";
import type { OfferedValues } from "../../values/types.ts";
import type { CausalMaskExampleProps } from "./CausalMaskExample.schema.ts";

export function causalMaskValues({ scores, tokens }: Pick<CausalMaskExampleProps, "scores" | "tokens">): OfferedValues {
  const unmasked = softmaxRows(scores);
  return {
    ...matrixEntries("A", softmaxRows(applyCausalMask(scores))),
    ...Object.fromEntries(unmasked.flatMap((row, i) => row.map((w, j) => [`A${i}${j}.nomask.percent`, percent(w)]))),
    ...wordEntries("token", tokens ?? []),
  };
}
