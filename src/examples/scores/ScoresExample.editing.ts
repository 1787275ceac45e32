/**
 * What a learner may change in the scores example, the rules the values keep, and how the
 * inspected number is written in a link: the example's spec for its frame (src/frame/spec.ts,
 * src/frame/url-state.ts).
 */
import type { ExampleSpec } from "../../frame/spec.ts";
import { MAX_SIZE } from "../../math/parse-values.ts";
import { cellCodec } from "../../frame/url-state.ts";
import type { ScoresExampleProps } from "./ScoresExample.schema.ts";

/** What a learner may change in the scores example. */
type ScoresValues = Pick<ScoresExampleProps, "Q" | "K" | "tokens">;

/**
 * What a learner may change: Q and K, which share their columns (dₖ, 1–6). In self-attention
 * each token has one query and one key, so the rows of Q, the rows of K and the tokens are one
 * size; a page that gave Q and K different numbers of rows (no tokens) keeps them separate.
 * The inspected score is "row,column" of S in the URL.
 */
export function scoresSpec(props: Pick<ScoresExampleProps, "Q" | "K">): ExampleSpec<ScoresValues> {
  const self = props.Q.length === props.K.length;
  const [queries, keys] = self ? ["tokens", "tokens"] : ["queries", "keys"];
  return {
    fields: [
      { kind: "matrix", key: "Q", name: "Q", rows: queries, cols: "dk" },
      { kind: "matrix", key: "K", name: "K", rows: keys, cols: "dk" },
      { kind: "words", key: "tokens", name: "tokens", length: "tokens", min: 1, max: MAX_SIZE },
    ],
    sizes: {
      ...(self
        ? { tokens: { label: "tokens (rows of Q and of K)", newWord: (count: number) => `t${count - 1}` } }
        : { queries: { label: "queries (rows of Q)" }, keys: { label: "keys (rows of K)" } }),
      dk: { label: "columns of Q and of K (dₖ)" },
    },
    inspect: cellCodec("S", ({ Q, K }) => [Q.length, K.length]),
  };
}
