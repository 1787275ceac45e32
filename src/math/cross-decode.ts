/**
 * Cross-attention during decoding: the source's K and V are computed once, before the first
 * decode step, and every step reuses them; a step computes only the new target row's query.
 * crossDecodeStep checks that this gives the numbers of recomputing everything, and
 * sourceProjectionCounts counts the source rows projected with and without keeping K and V.
 */
import {
  crossAttendStep,
  crossAttention,
  encoderKv,
  type CrossAttentionResult,
  type CrossStepResult,
  type EncoderKv,
} from "./cross-attention.ts";
import { RECOMPUTE_TOLERANCE } from "./decoder.ts";
import { largestDifference } from "./decoder-shared.ts";
import { checkWholeInRange } from "./limits.ts";
import { shapeOf, type Matrix } from "./shape.ts";

/** One decode step of cross-attention, from the kept K and V, checked against recomputing. */
export interface CrossDecodeStep {
  /** The step, 0 … n_tgt − 1: the decoder has target rows 0 … step. */
  readonly step: number;
  /** The source's K and V, computed once before step 0 and the same at every step. */
  readonly cache: EncoderKv;
  /** The new target row's query against the kept K and V. */
  readonly cached: CrossStepResult;
  /** Cross-attention of target rows 0 … step recomputed from scratch (K and V projected again). */
  readonly full: CrossAttentionResult;
  /** The largest |cached.output[j] − full.output[step][j]|. */
  readonly difference: number;
  /** True when the difference is within RECOMPUTE_TOLERANCE. */
  readonly equal: boolean;
}

/**
 * Decode step `step` of cross-attention: the target row `step` attends to the source through the
 * kept K and V, compared with the full computation over target rows 0 … step.
 * @param Xtgt shape [n_tgt, d_model], the decoder's rows
 * @param Xsrc shape [n_src, d_model_src], the encoder's output rows
 * @param step whole number 0 … n_tgt − 1
 * @throws LimitError for a step outside 0 … n_tgt − 1; ShapeError when a weight does not fit
 */
export function crossDecodeStep(
  Xtgt: Matrix,
  Xsrc: Matrix,
  Wq: Matrix,
  Wk: Matrix,
  Wv: Matrix,
  step: number,
): CrossDecodeStep {
  const [nTgt] = shapeOf(Xtgt);
  checkWholeInRange("crossDecodeStep", "the decode step", step, { min: 0, max: nTgt - 1 }, "one step per target row");
  const cache = encoderKv(Xsrc, Wk, Wv);
  const cached = crossAttendStep(Xtgt[step]!, Wq, cache);
  const full = crossAttention(Xtgt.slice(0, step + 1), Xsrc, Wq, Wk, Wv);
  const difference = largestDifference(cached.output, full.output[step]!);
  return { step, cache, cached, full, difference, equal: difference <= RECOMPUTE_TOLERANCE };
}

/** How many source rows are multiplied by W_K (and as many by W_V) over some decode steps. */
export interface SourceProjectionCounts {
  /** Keeping K and V: each source row once, before the first step. */
  readonly kept: number;
  /** Recomputing K and V at every step: every source row at every step. */
  readonly recomputed: number;
}

/**
 * Source rows projected to keys (the same count again to values) over `steps` decode steps.
 * @param sourceTokens n_src, whole number ≥ 1
 * @param steps whole number ≥ 1
 */
export function sourceProjectionCounts(sourceTokens: number, steps: number): SourceProjectionCounts {
  checkWholeInRange("sourceProjectionCounts", "the number of source tokens", sourceTokens, {
    min: 1,
    max: Number.MAX_SAFE_INTEGER,
  });
  checkWholeInRange("sourceProjectionCounts", "the number of decode steps", steps, {
    min: 1,
    max: Number.MAX_SAFE_INTEGER,
  });
  return { kept: sourceTokens, recomputed: sourceTokens * steps };
}
