/**
 * The values of the weighted-sum example that prose may quote (src/values/types.ts): `o<i>` the
 * output row of token i, `v<j>` a value row, `A<i><j>` a weight, `token<i>` the words.
 */
import { matmul } from "../../math/index.ts";
import { matrixEntries, rowEntries, wordEntries } from "../../values/offer-helpers.ts";
import type { OfferedValues } from "../../values/types.ts";
import type { WeightedSumExampleProps } from "./WeightedSumExample.schema.ts";

export function weightedSumValues({
  weights,
  V,
  tokens,
}: Pick<WeightedSumExampleProps, "weights" | "V" | "tokens">): OfferedValues {
  const rename = (entries: Record<string, string>, from: string, to: string) =>
    Object.fromEntries(Object.entries(entries).map(([key, text]) => [key.replace(from, to), text]));
  return {
    ...rename(rowEntries("O", matmul(weights, V)), "O.row", "o"),
    ...rename(rowEntries("V", V), "V.row", "v"),
    ...matrixEntries("A", weights),
    ...wordEntries("token", tokens ?? []),
  };
}
