/**
 * What a learner may change in the Q/K/V example, and how the inspected number is written in a
 * link: the example's spec for its frame (src/frame/spec.ts, src/frame/url-state.ts).
 */
import type { ExampleSpec } from "../../frame/spec.ts";
import { partCellCodec } from "../../frame/part-codec.ts";
import type { QkvTripleExampleProps } from "./QkvTripleExample.schema.ts";

/** What a learner may change: x and the three weight matrices. */
export type QkvTripleValues = Pick<QkvTripleExampleProps, "x" | "WQ" | "WK" | "WV">;

/**
 * Three sizes keep the shapes compatible: the entries of x (the rows of every weight matrix),
 * d_k (the columns of the query and key weights, which must match for q·k) and d_v (the columns
 * of the value weights). The inspected component is "q:0,1" (q₁), "k:0,0" or "v:0,1" in a link.
 */
export const qkvTripleSpec: ExampleSpec<QkvTripleValues> = {
  fields: [
    { kind: "row", key: "x", name: "x", length: "inputs" },
    { kind: "matrix", key: "WQ", name: "query weights", rows: "inputs", cols: "dk" },
    { kind: "matrix", key: "WK", name: "key weights", rows: "inputs", cols: "dk" },
    { kind: "matrix", key: "WV", name: "value weights", rows: "inputs", cols: "dv" },
  ],
  sizes: {
    inputs: { label: "entries of x (rows of every weight matrix)" },
    dk: { label: "columns of the query and key weights (entries of q and k)" },
    dv: { label: "columns of the value weights (entries of v)" },
  },
  inspect: partCellCodec<"q" | "k" | "v", QkvTripleValues>(
    {
      q: ({ WQ }) => [1, WQ[0]!.length],
      k: ({ WK }) => [1, WK[0]!.length],
      v: ({ WV }) => [1, WV[0]!.length],
    },
    "q:0,1",
  ),
};
