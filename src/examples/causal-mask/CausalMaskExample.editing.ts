/**
 * What a learner may change in the causal-mask example, the rules the values keep, and how the
 * inspected number is written in a link: the example's spec for its frame (src/frame/spec.ts,
 * src/frame/url-state.ts).
 */
import type { ExampleSpec, Values } from "../../frame/spec.ts";
import { cellCodec } from "../../frame/url-state.ts";
import { MAX_SIZE } from "../../math/parse-values.ts";
import type { CausalMaskExampleProps } from "./CausalMaskExample.schema.ts";

/** What a learner may change in a causal-mask example: `mask` is the page's `masked` as 1 or 0. */
type CausalMaskValues = Pick<CausalMaskExampleProps, "scores" | "tokens"> & { readonly mask: number };

/** The side of the square scores, for the inspected weight. */
const side = ({ scores }: Values<CausalMaskValues>): [number, number] => [scores.length, scores.length];

/**
 * What a learner may change: the square scores (one size, "tokens", counts their rows, their
 * columns and the token names together, 1–6) and the mask state `mask`, a whole number: 1 for on,
 * 0 for off (`?causal-mask.mask=0`). The inspected weight is "row,column" in the URL.
 */
export function causalMaskSpec(props: Pick<CausalMaskExampleProps, "tokens">): ExampleSpec<CausalMaskValues> {
  return {
    fields: [
      { kind: "matrix", key: "scores", name: "scores", rows: "tokens", cols: "tokens" },
      ...(props.tokens === undefined
        ? []
        : [{ kind: "words", key: "tokens", name: "tokens", length: "tokens", min: 1, max: MAX_SIZE } as const]),
      { kind: "whole", key: "mask", name: "mask (1 on, 0 off)", min: 0, max: 1 },
    ],
    sizes: { tokens: { label: "tokens (rows and columns of scores)", newWord: (count) => `t${count - 1}` } },
    inspect: cellCodec("the weights", side),
    // Switching the mask shows the other half of the page's own numbers (its prose quotes both).
    viewFields: ["mask"],
  };
}
