/**
 * What a learner may change in the cross-attention example, and how the inspected number is
 * written in a link: the example's spec for its frame (src/frame/spec.ts, src/frame/url-state.ts).
 */
import type { ExampleSpec, Values } from "../../frame/spec.ts";
import type { InspectCodec } from "../../frame/url-state.ts";
import { MAX_SIZE } from "../../math/parse-values.ts";
import type { CrossAttentionExampleProps } from "./CrossAttentionExample.schema.ts";

export type CrossValues = Pick<CrossAttentionExampleProps, "source" | "target" | "Q" | "K" | "V">;

/** The inspected number: a score S[i][j] (target i, source j) or an output entry O[i][c]. */
export interface CrossTarget {
  readonly part: "score" | "out";
  readonly row: number;
  readonly col: number;
}

/** "score:1,2" (target token 1 against source token 2) or "out:0,1"; read only when it exists. */
export const crossTargetCodec: InspectCodec<CrossValues> = {
  form: "score:target,source or out:target,column, e.g. score:1,2",
  read(text, { source, target, V }: Values<CrossValues>): CrossTarget | null {
    const match = /^(score|out):(\d),(\d)$/.exec(text.trim());
    if (!match) return null;
    const part = match[1] as CrossTarget["part"];
    const row = Number(match[2]);
    const col = Number(match[3]);
    const cols = part === "score" ? source.length : (V[0]?.length ?? 0);
    return row < target.length && col < cols ? { part, row, col } : null;
  },
  write(target) {
    const { part, row, col } = target as CrossTarget;
    return `${part}:${row},${col}`;
  },
};

/**
 * Two token counts: target tokens (rows of Q) and source tokens (rows of K and V), which may
 * differ; d_k is shared by Q and K, d_v is V's width.
 */
export const crossSpec: ExampleSpec<CrossValues> = {
  fields: [
    { kind: "words", key: "source", name: "source", length: "source", min: 1, max: MAX_SIZE },
    { kind: "words", key: "target", name: "target", length: "target", min: 1, max: MAX_SIZE },
    { kind: "matrix", key: "Q", name: "Q", rows: "target", cols: "dk" },
    { kind: "matrix", key: "K", name: "K", rows: "source", cols: "dk" },
    { kind: "matrix", key: "V", name: "V", rows: "source", cols: "dv" },
  ],
  sizes: {
    source: { label: "source tokens (rows of K and V)", newWord: (count) => `s${count - 1}` },
    target: { label: "target tokens (rows of Q)", newWord: (count) => `t${count - 1}` },
    dk: { label: "columns of Q and K (dₖ)" },
    dv: { label: "columns of V" },
  },
  inspect: crossTargetCodec,
};
