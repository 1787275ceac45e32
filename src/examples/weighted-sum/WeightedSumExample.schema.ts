import { z } from "zod";
import { matmul, shapeOf } from "../../math/index.ts";
import { weightsProblem } from "./weighted-sum-rule.ts";
import { exampleId, labels, matrix } from "../props.ts";

export { WEIGHT_SUM_TOLERANCE, weightsProblem } from "./weighted-sum-rule.ts";

/** Props of <WeightedSumExample>: O = AV, each output row a weighted sum of value rows. */
export const weightedSumExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The attention weights A: row i holds query i's weights over the keys, each in [0, 1], summing to 1. */
    weights: matrix.describe(
      "one row of weights per query, each weight from 0 to 1 and each row summing to 1, e.g. {[[0.5, 0.5], [0.25, 0.75]]}",
    ),
    /** The values V: one row v_j per key, as many rows as weights has columns. */
    V: matrix.describe("one value row per key (per column of weights), e.g. {[[4, 0], [0, 2]]}"),
    /** The tokens: rows of the weights (queries) and their columns and the rows of V (keys). */
    tokens: labels.optional().describe('one label per token, e.g. {["the", "cat", "sat"]}'),
  })
  .strict()
  .superRefine((props, ctx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    try {
      shapeOf(props.weights);
    } catch (error) {
      return fail("weights", (error as Error).message);
    }
    const problem = weightsProblem(props.weights);
    if (problem !== null) return fail("weights", problem);
    try {
      shapeOf(props.V);
      matmul(props.weights, props.V);
    } catch (error) {
      return fail("V", (error as Error).message);
    }
    const { tokens, weights } = props;
    if (tokens && (tokens.length !== weights.length || tokens.length !== props.V.length)) {
      fail(
        "tokens",
        `${tokens.length} tokens for ${weights.length} queries and ${props.V.length} keys; with tokens, give one row of weights and one value row per token`,
      );
    }
  });

export type WeightedSumExampleProps = z.infer<typeof weightedSumExampleSchema>;
