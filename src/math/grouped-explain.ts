/**
 * Explain forms for the grouped-head decoder's step-through (decoder-grouped.ts): which tokens
 * a step has cached, how one cached key or value entry of one KV head was computed and when,
 * and how one entry of a layer's output is reached through W_O and the residual.
 */
import type { GroupedDecodeLayer, GroupedKvCacheRun } from "./decoder-grouped.ts";
import { explainProjection, type ProjectionExplanation } from "./explain.ts";
import { row } from "./matrix.ts";
import { checkIndex, type Vector } from "./shape.ts";
import { add } from "./vector.ts";

/**
 * The token ids cached after step s (0 = after prefill): the prompt, then each token fed in.
 * @param s 0 … run.steps.length
 */
export function groupedCachedTokens(run: GroupedKvCacheRun, s: number): number[] {
  checkIndex("groupedCachedTokens", "step", s, run.steps.length + 1);
  return [...run.prompt, ...run.steps.slice(0, s).map((d) => d.token)];
}

/** How one entry of a KV head's cached key or value row was computed, and when. */
export interface GroupedCacheEntryExplanation extends ProjectionExplanation {
  /** The token position whose row it is. */
  readonly row: number;
  /** The KV head, 0-based. */
  readonly kvHead: number;
  /** 0 when written by prefill, else the decode step that appended it. */
  readonly origin: number;
  /** That token's input to the layer, shape [d_model]. */
  readonly input: Vector;
}

/**
 * The ingredients of K[r][j] (or V[r][j]) of KV head g in layer l: token r's input to the layer,
 * as it was when the row was written, times column j of that KV head's W_k (W_v). The row never
 * changes afterwards. Runs without RoPE only (a RoPE key is turned after this projection).
 * @param r cache row (token position), cached by the run's last step
 * @throws RangeError for an index out of range, or a run with RoPE
 */
export function explainGroupedCacheEntry(
  run: GroupedKvCacheRun,
  which: "K" | "V",
  l: number,
  g: number,
  r: number,
  j: number,
): GroupedCacheEntryExplanation {
  if (run.options.rope !== undefined) {
    throw new RangeError("explainGroupedCacheEntry: runs with RoPE turn their keys after projecting; not shown here.");
  }
  checkIndex("explainGroupedCacheEntry", "layer", l, run.model.layers.length);
  const weights = run.model.layers[l]!;
  checkIndex("explainGroupedCacheEntry", "KV head", g, weights.Wk.length);
  checkIndex("explainGroupedCacheEntry", "row", r, run.prompt.length + run.steps.length);
  const origin = r < run.prompt.length ? 0 : r - run.prompt.length + 1;
  const input = origin === 0 ? row(run.prefill.layers[l]!.X, r) : run.steps[origin - 1]!.layers[l]!.xIn;
  const projection = explainProjection(input, which === "K" ? weights.Wk[g]! : weights.Wv[g]!, j);
  return { ...projection, row: r, kvHead: g, origin, input };
}

/** How output[j] = xIn[j] + (concat·W_O)[j] of one decode layer is reached. */
export interface GroupedOutputExplanation {
  readonly index: number;
  /** xIn[j], the token's input to the layer. */
  readonly input: number;
  /** (concat·W_O)[j]: the heads side by side against column j of W_O. */
  readonly mixed: ProjectionExplanation;
  /** input + mixed.sum, equal to output[j] exactly. */
  readonly output: number;
}

/**
 * The ingredients of output[j] of one decode layer: the concatenated heads times column j of
 * W_O, added to the layer's input.
 * @param WO the layer's W_O, shape [H·d_head, d_model]
 * @param j 0 … d_model − 1
 */
export function explainGroupedOutput(
  layer: GroupedDecodeLayer,
  WO: readonly (readonly number[])[],
  j: number,
): GroupedOutputExplanation {
  checkIndex("explainGroupedOutput", "index j =", j, layer.output.length);
  const mixed = explainProjection(layer.concat, WO, j);
  const output = add([layer.xIn[j]!], [mixed.sum])[0]!;
  return { index: j, input: layer.xIn[j]!, mixed, output };
}
