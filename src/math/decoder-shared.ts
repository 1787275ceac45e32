/**
 * What the single-head decoder (decoder.ts) and the grouped-head decoder (decoder-grouped.ts)
 * share: the RoPE option, the read-out to logits, and the check of a cached decode step against
 * a full recomputation.
 */
import { approxEqual } from "./compare.ts";
import { projectRow, transpose } from "./matrix.ts";
import { DEFAULT_POSITION_BASE } from "./position-checks.ts";
import { argmax } from "./ranking.ts";
import { ropeRotate, ropeRotateRows } from "./rope.ts";
import { shapeOf, ShapeError, type Matrix, type Vector } from "./shape.ts";

/** RoPE inside the decoder: queries and keys turned at their position, values never. */
export interface RopeSettings {
  /** θ_i = base^(−2i/d_head); DEFAULT_POSITION_BASE (10000) when left out. */
  readonly base?: number;
  /**
   * A deliberate bug, for showing what it breaks: a decode step turns the new token's q and k as
   * if it sat at position 0 instead of at its own position (the cache length). Prefill and the
   * full recomputation stay correct, so the recompute check reports the drift.
   */
  readonly wrongOffset?: boolean;
}

/** Options of forwardFull, prefill, decodeStep and runKvCache (and their grouped forms). */
export interface DecoderOptions {
  /** Turn queries and keys with RoPE; off when left out (the original toy decoder). */
  readonly rope?: RopeSettings;
}

/** The recompute check of one decode step against the full pass over the same tokens. */
export interface RecomputeCheck {
  /** Per layer, the largest |decode output − last row of the full output|. */
  readonly differences: readonly number[];
  /** The largest |decode logit − full logit|. */
  readonly logitDifference: number;
  /** The largest of `differences` and `logitDifference`: 0 up to rounding when the cache is right. */
  readonly drift: number;
  /** True when every layer's decode output equals the full pass's last row within `tolerance`. */
  readonly equal: boolean;
}

/**
 * The position a decode step turns its new token at: its own position, or 0 under the
 * wrongOffset bug.
 * @param position the token's position, = the number of tokens already cached
 */
export function decodeRopePosition(position: number, rope: RopeSettings): number {
  return rope.wrongOffset === true ? 0 : position;
}

/**
 * v turned at `position` when RoPE is on, v itself when it is off.
 * @param v shape [d_head], d_head even when RoPE is on
 */
export function ropeIfOn(v: Vector, position: number, rope: RopeSettings | undefined): Vector {
  return rope === undefined ? v : ropeRotate(v, position, rope.base ?? DEFAULT_POSITION_BASE);
}

/**
 * Row r of M turned at position r when RoPE is on (a full pass over tokens 0 … n − 1), M itself
 * when it is off.
 * @param M shape [n, d_head]
 */
export function ropeRowsIfOn(M: Matrix, rope: RopeSettings | undefined): Matrix {
  if (rope === undefined) return M;
  return ropeRotateRows(
    M,
    M.map((_, r) => r),
    rope.base ?? DEFAULT_POSITION_BASE,
  );
}

/**
 * Check that the embedding table has one row per word.
 * @returns d_model
 */
export function checkVocabulary(op: string, vocabulary: readonly string[], E: Matrix): number {
  const [rows, dModel] = shapeOf(E);
  if (rows === vocabulary.length) return dModel;
  throw new ShapeError(
    op,
    [rows, dModel],
    [vocabulary.length],
    `the embedding table has ${rows} rows but the vocabulary has ${vocabulary.length} words; ` +
      `E needs one row per word.`,
  );
}

/**
 * The number of tokens a cache holds, given the row count of each layer (or each layer's KV
 * head); 0 for no layers.
 * @throws ShapeError when two of them differ: every layer caches every token once
 */
export function sharedCacheLength(op: string, lengths: readonly number[]): number {
  const t = lengths[0] ?? 0;
  lengths.forEach((n, l) => {
    if (n === t) return;
    throw new ShapeError(
      op,
      [t],
      [n],
      `the cache's first part holds ${t} tokens but part ${l + 1} holds ${n}; every layer ` +
        `(and every KV head) caches every token once.`,
    );
  });
  return t;
}

/**
 * logits = h·Eᵀ (the embedding table reused as the output matrix) and the greedy pick.
 * @param E shape [vocabulary size, d_model]
 * @param h shape [d_model], the last layer's output for the last token
 */
export function greedyReadOut(E: Matrix, h: Vector): { readonly logits: Vector; readonly next: number } {
  const logits = projectRow(h, transpose(E));
  return { logits, next: argmax(logits) };
}

/**
 * The largest entry-wise |a − b| (0 for identical vectors).
 * @param a shape [n]
 * @param b shape [n]
 */
export function largestDifference(a: Vector, b: Vector): number {
  return a.reduce((m, v, i) => Math.max(m, Math.abs(v - (b[i] as number))), 0);
}

/**
 * Compare a decode step with the full pass over the same tokens: each layer's output against the
 * full output's last row, and the logits.
 * @param stepOutputs per layer, the decode step's output, shape [d_model]
 * @param fullOutputs per layer, the full pass's output, shape [n, d_model]
 */
export function checkRecompute(
  stepOutputs: readonly Vector[],
  stepLogits: Vector,
  fullOutputs: readonly Matrix[],
  fullLogits: Vector,
  tolerance: number,
): RecomputeCheck {
  const lastRows = fullOutputs.map((M) => M[M.length - 1] as Vector);
  const differences = stepOutputs.map((out, l) => largestDifference(out, lastRows[l]!));
  const logitDifference = largestDifference(stepLogits, fullLogits);
  const equal = stepOutputs.every((out, l) => out.every((v, j) => approxEqual(v, lastRows[l]![j]!, tolerance)));
  return { differences, logitDifference, drift: Math.max(logitDifference, ...differences), equal };
}

/** The tolerance used for the recompute check: decode and recompute run the same sums. */
export const RECOMPUTE_TOLERANCE = 1e-12;

/** What a decode step hands on: the grown cache, the token it picked, its outputs per layer. */
interface StepLike<C> {
  readonly cache: C;
  readonly next: number;
  readonly logits: Vector;
  readonly layers: readonly { readonly output: Vector }[];
}

/** The three passes of a decoder that runCheckedDecode drives; `C` is its cache. */
export interface DecoderPasses<C, P extends { readonly cache: C; readonly next: number }, S extends StepLike<C>, F> {
  readonly prefill: (ids: readonly number[]) => P;
  readonly step: (cache: C, token: number) => S;
  /** The whole sequence again, causally; its layers' outputs and logits are compared with the step's. */
  readonly full: (ids: readonly number[]) => F & {
    readonly logits: Vector;
    readonly layers: readonly { readonly output: Matrix }[];
  };
}

/**
 * Prefill `ids`, then decode `steps` tokens greedily, each fed the token the step before picked,
 * and check every step against a full causal pass over the prompt and the tokens fed so far.
 * Shared by the single-head and the grouped decoders.
 */
export function runCheckedDecode<C, P extends { readonly cache: C; readonly next: number }, S extends StepLike<C>, F>(
  ids: readonly number[],
  steps: number,
  passes: DecoderPasses<C, P, S, F>,
): { readonly prefill: P; readonly steps: (S & RecomputeCheck & { readonly full: F })[] } {
  const first = passes.prefill(ids);
  const done: (S & RecomputeCheck & { readonly full: F })[] = [];
  let cache = first.cache;
  let token = first.next;
  let seen = [...ids];
  for (let s = 1; s <= steps; s++) {
    const step = passes.step(cache, token);
    seen = [...seen, token];
    const full = passes.full(seen);
    const check = checkRecompute(
      step.layers.map((d) => d.output),
      step.logits,
      full.layers.map((f) => f.output),
      full.logits,
      RECOMPUTE_TOLERANCE,
    );
    done.push({ ...step, full, ...check });
    cache = step.cache;
    token = step.next;
  }
  return { prefill: first, steps: done };
}
