/**
 * What a learner may change in the weighted sum, the rules the values keep, and how the inspected
 * number is written in a link: the example's spec for its frame (src/frame/spec.ts,
 * src/frame/url-state.ts).
 */
import { MAX_SIZE } from "../../math/parse-values.ts";
import type { ExampleSpec, Values } from "../../frame/spec.ts";
import { cellCodec } from "../../frame/url-state.ts";
import type { WeightedSumExampleProps } from "./WeightedSumExample.schema.ts";
import { WEIGHT_SUM_TOLERANCE, weightsProblem } from "./weighted-sum-rule.ts";

/** What a learner may change in the weighted sum. */
type WeightedSumValues = Pick<WeightedSumExampleProps, "weights" | "V" | "tokens">;

/**
 * The example's rule, as a sentence for the learner: weights in 0 … 1, each row summing to 1.
 * @returns null when the weights are a valid softmax output
 */
export function weightsRule({ weights }: Values<Pick<WeightedSumValues, "weights">>): string | null {
  const problem = weightsProblem(weights);
  if (problem === null) return null;
  return `In the weights, ${problem}. Change the other weights of that row too (in place, “Set … and rescale” keeps the one you typed), or type whole rows that sum to 1, e.g. 0.5 0.5.`;
}

/**
 * After a resize, each row of weights made a softmax output again: a new row (all zeros) shares
 * its weight equally, and a row that lost a key has what is left rescaled to sum to 1 (a row that
 * lost all of it shares equally). Rows that already sum to 1 are kept as they are.
 */
export function sharesSummingToOne(weights: readonly (readonly number[])[]): number[][] {
  return weights.map((row) => {
    const total = row.reduce((sum, w) => sum + w, 0);
    if (Math.abs(total - 1) <= WEIGHT_SUM_TOLERANCE) return [...row];
    if (total <= 0) return row.map(() => 1 / row.length);
    return row.map((w) => w / total);
  });
}

/**
 * What a learner may change: the weights (queries × keys) and V (keys × value size), the keys
 * shared by the weights' columns and V's rows; with tokens, one token is one query and one key,
 * so the tokens, the rows and the columns of the weights and the rows of V are one size. The rule
 * keeps every weight in 0 … 1 and every row summing to 1. The inspected entry of O is
 * "row,column" in the URL.
 */
export function weightedSumSpec(props: Pick<WeightedSumExampleProps, "tokens">): ExampleSpec<WeightedSumValues> {
  const paired = props.tokens !== undefined;
  const [queries, keys] = paired ? ["tokens", "tokens"] : ["queries", "keys"];
  return {
    fields: [
      { kind: "matrix", key: "weights", name: "weights", rows: queries, cols: keys },
      { kind: "matrix", key: "V", name: "V", rows: keys, cols: "dv" },
      ...(paired
        ? [{ kind: "words", key: "tokens", name: "tokens", length: "tokens", min: 1, max: MAX_SIZE } as const]
        : []),
    ],
    sizes: {
      ...(paired
        ? {
            tokens: {
              label: "tokens (rows and columns of the weights, rows of V)",
              newWord: (count: number) => `t${count - 1}`,
            },
          }
        : {
            queries: { label: "queries (rows of the weights)" },
            keys: { label: "keys (columns of the weights, rows of V)" },
          }),
      dv: { label: "columns of V (and of O)" },
    },
    check: weightsRule,
    afterResize: (values) => ({ ...values, weights: sharesSummingToOne(values.weights) }),
    inspect: cellCodec("O", ({ weights, V }) => [weights.length, V[0]!.length]),
  };
}
