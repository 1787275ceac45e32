/**
 * What a learner may change in a softmax example, the rules the values keep, and how the inspected
 * number is written in a link: the example's spec for its frame (src/frame/spec.ts,
 * src/frame/url-state.ts).
 */
import type { ExampleSpec, Values } from "../../frame/spec.ts";
import { cellCodec } from "../../frame/url-state.ts";
import { MAX_SIZE } from "../../math/parse-values.ts";
import type { SoftmaxExampleProps } from "./SoftmaxExample.schema.ts";

/** What a learner may change in a softmax example. */
type SoftmaxValues = Pick<SoftmaxExampleProps, "scores" | "tokens">;

/** The scores' shape [queries, keys], for the inspected weight. */
const scoresShape = ({ scores }: Values<SoftmaxValues>): [number, number] => [scores.length, scores[0]?.length ?? 0];

/**
 * What a learner may change: the scores (queries × keys, each 1–6). With tokens, they name both
 * the rows and the columns, so one size "tokens" counts the rows, the columns and the words
 * together and the scores stay square. The inspected weight is "row,column" in the URL.
 */
export function softmaxSpec(props: Pick<SoftmaxExampleProps, "tokens">): ExampleSpec<SoftmaxValues> {
  const inspect = cellCodec("the weights", scoresShape);
  if (props.tokens === undefined) {
    return {
      fields: [{ kind: "matrix", key: "scores", name: "scores", rows: "queries", cols: "keys" }],
      sizes: { queries: { label: "queries (rows of scores)" }, keys: { label: "keys (columns of scores)" } },
      inspect,
    };
  }
  return {
    fields: [
      { kind: "matrix", key: "scores", name: "scores", rows: "tokens", cols: "tokens" },
      { kind: "words", key: "tokens", name: "tokens", length: "tokens", min: 1, max: MAX_SIZE },
    ],
    sizes: { tokens: { label: "tokens (rows and columns of scores)", newWord: (count) => `t${count - 1}` } },
    inspect,
  };
}
