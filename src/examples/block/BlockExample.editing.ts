/**
 * What a learner may change in the residual-stream example, and how the inspected number is
 * written in a link: the example's spec for its frame (src/frame/spec.ts, src/frame/url-state.ts).
 */
import type { ExampleSpec, Values } from "../../frame/spec.ts";
import type { InspectCodec } from "../../frame/url-state.ts";
import { TOY_BLOCK_D_MODEL } from "../../math/index.ts";
import type { BlockExampleProps } from "./BlockExample.schema.ts";

export type BlockValues = Pick<BlockExampleProps, "tokens" | "X" | "WO">;

/** The inspected number: an entry of what attention writes (concat·W_O) or of the block's output. */
export interface BlockTarget {
  readonly part: "attn" | "out";
  readonly row: number;
  readonly col: number;
}

/** "attn:1,2" (what attention writes for token 1, component 2) or "out:0,3"; read only when it exists. */
export const blockTargetCodec: InspectCodec<BlockValues> = {
  form: "attn:row,column or out:row,column, e.g. out:1,2",
  read(text, { X }: Values<BlockValues>): BlockTarget | null {
    const match = /^(attn|out):(\d),(\d)$/.exec(text.trim());
    if (!match) return null;
    const row = Number(match[2]);
    const col = Number(match[3]);
    return row < X.length && col < TOY_BLOCK_D_MODEL ? { part: match[1] as BlockTarget["part"], row, col } : null;
  },
  write(target) {
    const { part, row, col } = target as BlockTarget;
    return `${part}:${row},${col}`;
  },
};

/** Tokens and the rows of X share one size (1–6); d_model stays 4, so X has 4 columns and W_O is 4 × 4. */
export const blockSpec: ExampleSpec<BlockValues> = {
  fields: [
    { kind: "words", key: "tokens", name: "tokens", length: "tokens", min: 1, max: 6 },
    { kind: "matrix", key: "X", name: "X", rows: "tokens", cols: "model" },
    { kind: "matrix", key: "WO", name: "output weights", rows: "model", cols: "model" },
  ],
  sizes: {
    tokens: { label: "tokens (rows of X)", newWord: (count) => `t${count - 1}` },
    model: { label: "components of a row (d model, fixed at 4)", min: TOY_BLOCK_D_MODEL, max: TOY_BLOCK_D_MODEL },
  },
  inspect: blockTargetCodec,
};
