/**
 * What a learner may change in the MLP example, and how the inspected number is written in a
 * link: the example's spec for its frame (src/frame/spec.ts, src/frame/url-state.ts).
 */
import type { ExampleSpec, Values } from "../../frame/spec.ts";
import type { InspectCodec } from "../../frame/url-state.ts";
import type { MlpExampleProps } from "./MlpExample.schema.ts";

/** The activations a learner may choose, as they are written in a link (`?mlp.act=gelu`). */
export const ACTIVATIONS = ["relu", "gelu"] as const;

/** What a learner may change: the numbers, and the activation as the one-word field `act`. */
export type MlpValues = Pick<MlpExampleProps, "x" | "W1" | "b1" | "W2" | "b2"> & { readonly act: readonly string[] };

/** The inspected number: hidden unit `col` (u) or output entry `col`. */
export interface MlpTarget {
  readonly part: "hidden" | "output";
  readonly col: number;
}

/** The inspected entry in a link: "hidden:2" (u₂) or "out:0" (MLP(x)₀), read only when it exists. */
export const mlpTargetCodec: InspectCodec<MlpValues> = {
  form: "hidden:unit or out:entry, e.g. hidden:2",
  read(text, { b1, b2 }: Values<MlpValues>): MlpTarget | null {
    const match = /^(hidden|out):(\d)$/.exec(text.trim());
    if (!match) return null;
    const part = match[1] === "hidden" ? "hidden" : "output";
    const col = Number(match[2]);
    return col < (part === "hidden" ? b1 : b2).length ? { part, col } : null;
  },
  write(target) {
    const { part, col } = target as MlpTarget;
    return `${part === "hidden" ? "hidden" : "out"}:${col}`;
  },
};

/**
 * Three sizes keep the shapes compatible: the inputs (entries of x, rows of W₁), the hidden units
 * (columns of W₁, entries of b₁, rows of W₂) and the outputs (columns of W₂, entries of b₂). The
 * activation is one word, relu or gelu, set by the example's own switch or typed.
 */
export const mlpSpec: ExampleSpec<MlpValues> = {
  fields: [
    { kind: "row", key: "x", name: "x", length: "inputs" },
    { kind: "matrix", key: "W1", name: "W₁", rows: "inputs", cols: "hidden" },
    { kind: "row", key: "b1", name: "b₁", length: "hidden" },
    { kind: "matrix", key: "W2", name: "W₂", rows: "hidden", cols: "outputs" },
    { kind: "row", key: "b2", name: "b₂", length: "outputs" },
    { kind: "words", key: "act", name: "activation", min: 1, max: 1, vocabulary: ACTIVATIONS },
  ],
  sizes: {
    inputs: { label: "entries of x (rows of W₁)" },
    hidden: { label: "hidden units (columns of W₁, rows of W₂)" },
    outputs: { label: "outputs (columns of W₂)" },
  },
  inspect: mlpTargetCodec,
};
