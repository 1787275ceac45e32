/**
 * A tiny decoder for showing the KV cache with real numbers: token embeddings, then layers of
 * one-head causal self-attention with a residual connection (no layer norm, no MLP, no W_O: one
 * head whose value size is d_model adds straight back onto its input), then logits = h·Eᵀ with
 * the embedding table reused (tied) and the next token picked greedily (argmax).
 *
 * Two ways to get the same numbers: `forwardFull` recomputes the whole sequence with the causal
 * mask; `prefill` + `decodeStep` keep each layer's K and V rows in a cache and, per new token,
 * compute only that token's own q, k and v. Every number is computed by the primitives of this
 * module (projectRow, projectRows, scaledDotProductAttention, add), not by arithmetic of its own.
 *
 * Optionally (`options.rope`) queries and keys are turned by RoPE at their absolute position:
 * keys BEFORE they enter the cache, values never; a decode step turns the new token at its own
 * position, the cache length. Without the option every number is exactly as before. Several
 * heads per layer, with grouped key/value heads, live in decoder-grouped.ts.
 */
import { projectRows, scaledDotProductAttention, type AttentionResult } from "./attention.ts";
import {
  runCheckedDecode,
  checkVocabulary,
  sharedCacheLength,
  decodeRopePosition,
  greedyReadOut,
  ropeIfOn,
  ropeRowsIfOn,
  type DecoderOptions,
  type RecomputeCheck,
} from "./decoder-shared.ts";
import { embedTokens, tokenIds } from "./embedding.ts";
import { explainProjection, type ProjectionExplanation } from "./explain.ts";
import type { HeadWeights } from "./heads.ts";
import { projectRow, row } from "./matrix.ts";
import { DEFAULT_POSITION_BASE } from "./position-checks.ts";
import { explainRopeEntry, type RopeEntryExplanation } from "./rope.ts";
import { checkIndex, checkSize, shapeOf, ShapeError, type Matrix, type Vector } from "./shape.ts";
import { add } from "./vector.ts";

/** A decoder: a vocabulary, its embedding table (also the output matrix) and its layers. */
export interface TinyDecoder {
  /** The words, one per row of E. */
  readonly vocabulary: readonly string[];
  /** Embedding table, shape [vocabulary size, d_model]; logits are h·Eᵀ. */
  readonly E: Matrix;
  /** One attention head per layer: W_q, W_k, W_v, each of shape [d_model, d_model]. */
  readonly layers: readonly HeadWeights[];
}

/**
 * The cache of one layer: one row of K and one row of V per token seen so far. There is no Q:
 * a query is used once, by its own token, and never again.
 */
export interface LayerCache {
  /** Shape [t, d_k]: row r is k_r. */
  readonly K: Matrix;
  /** Shape [t, d_v]: row r is v_r. */
  readonly V: Matrix;
}

/** One LayerCache per layer, in layer order. */
export type KvCache = readonly LayerCache[];

/** One layer of a full causal forward pass over n tokens. */
export interface FullLayer {
  /** The layer's input, shape [n, d_model]: the embeddings for layer 0. */
  readonly X: Matrix;
  /** XW_q, XW_k, XW_v, each shape [n, d_model]; with RoPE, row r of Q and K turned at position r. */
  readonly Q: Matrix;
  readonly K: Matrix;
  readonly V: Matrix;
  /** With RoPE only: XW_q and XW_k before turning, shape [n, d_model]. */
  readonly QUnrotated?: Matrix;
  readonly KUnrotated?: Matrix;
  /** Causal attention over all n tokens; `attention.output` has shape [n, d_model]. */
  readonly attention: AttentionResult;
  /** X + attention output, shape [n, d_model]: the next layer's input. */
  readonly output: Matrix;
}

/** A full causal forward pass over a sequence, recomputed from scratch. */
export interface FullForward {
  readonly ids: readonly number[];
  readonly layers: readonly FullLayer[];
  /** Last layer's output for the last token against every embedding, shape [vocabulary size]. */
  readonly logits: Vector;
  /** argmax of logits: the greedy next token's id. */
  readonly next: number;
}

/** Prefill: the prompt run through `forwardFull`, and the cache it leaves. */
export interface PrefillResult extends FullForward {
  /** Per layer, the K and V of every prompt token (t = prompt length). */
  readonly cache: KvCache;
}

/** One layer of one decode step: only the new token's numbers. */
export interface DecodeLayer {
  /** The new token's input to this layer, shape [d_model]. */
  readonly xIn: Vector;
  /**
   * Its query x·W_q, shape [d_k]; used for this step's scores only, never stored. With RoPE,
   * turned at the step's `ropePosition`.
   */
  readonly q: Vector;
  /** Its key x·W_k (with RoPE, turned like q) and value x·W_v (never turned), appended to the cache. */
  readonly k: Vector;
  readonly v: Vector;
  /** With RoPE only: x·W_q and x·W_k before turning, shape [d_k]. */
  readonly qUnrotated?: Vector;
  readonly kUnrotated?: Vector;
  /** This layer's cache after the append: t rows, the last one k (and v). */
  readonly cache: LayerCache;
  /** q·k_r for every cached key, shape [t] (no mask: every cached key is in the past). */
  readonly scores: Vector;
  /** scores / √d_k, shape [t]. */
  readonly scaled: Vector;
  /** softmax(scaled), shape [t]. */
  readonly weights: Vector;
  /** weights·V, shape [d_v]: the weighted sum of cached values. */
  readonly attended: Vector;
  /** xIn + attended, shape [d_model]: the next layer's xIn. */
  readonly output: Vector;
}

/** The result of decodeStep. */
export interface DecodeStepResult {
  /** The id of the token that was fed in. */
  readonly token: number;
  /** Its position in the sequence: the number of tokens cached before it. */
  readonly position: number;
  /** With RoPE only: the position its q and k were turned at (0 under the wrongOffset bug). */
  readonly ropePosition?: number;
  readonly layers: readonly DecodeLayer[];
  /** The cache after this step (one more row per layer). */
  readonly cache: KvCache;
  /** Last layer's output against every embedding, shape [vocabulary size]. */
  readonly logits: Vector;
  /** argmax of logits: the next token's id. */
  readonly next: number;
}

function checkLayers(op: string, model: TinyDecoder): number {
  const dModel = checkVocabulary(op, model.vocabulary, model.E);
  model.layers.forEach(({ Wq, Wk, Wv }, l) => {
    for (const W of [Wq, Wk, Wv]) {
      const [r, c] = shapeOf(W);
      if (r !== dModel || c !== dModel) {
        throw new ShapeError(
          op,
          [r, c],
          [dModel, dModel],
          `layer ${l} has a ${r}×${c} weight matrix; with a residual connection and one head ` +
            `every weight matrix must be ${dModel}×${dModel} (d_model × d_model).`,
        );
      }
    }
  });
  return dModel;
}

/**
 * Full causal forward pass over a sequence, from scratch: X = embeddings, and per layer
 * Q, K, V = XW_q, XW_k, XW_v, causal attention scaled by √d_k, output = X + attention.
 * With options.rope, row r of Q and K is turned at position r before the scores (never V);
 * the wrongOffset bug does not touch this pass, which is the reference a decode step must match.
 * @param model its weight matrices are [d_model, d_model] (d_model even with RoPE)
 * @param ids vocabulary indices, at least one
 * @throws ShapeError for weights that do not fit, RangeError for an unknown id or no ids,
 *   OddDimensionError for RoPE with an odd d_model
 */
export function forwardFull(model: TinyDecoder, ids: readonly number[], options: DecoderOptions = {}): FullForward {
  checkLayers("forwardFull", model);
  checkSize("forwardFull", "the number of tokens", ids.length, 1);
  const { rope } = options;
  let X = embedTokens(model.E, ids);
  const layers: FullLayer[] = [];
  for (const { Wq, Wk, Wv } of model.layers) {
    const QUnrotated = projectRows(X, Wq);
    const KUnrotated = projectRows(X, Wk);
    const Q = ropeRowsIfOn(QUnrotated, rope);
    const K = ropeRowsIfOn(KUnrotated, rope);
    const V = projectRows(X, Wv);
    const attention = scaledDotProductAttention(Q, K, V, { causal: true });
    const output = X.map((x, i) => add(x, row(attention.output, i)));
    layers.push({ X, Q, K, V, attention, output, ...(rope === undefined ? {} : { QUnrotated, KUnrotated }) });
    X = output;
  }
  return { ids, layers, ...greedyReadOut(model.E, row(X, ids.length - 1)) };
}

/**
 * Prefill: the prompt through the full causal pass at once; each layer's K and V become its cache
 * (with RoPE, the keys already turned at their positions).
 * @param ids the prompt's vocabulary indices, at least one
 */
export function prefill(model: TinyDecoder, ids: readonly number[], options: DecoderOptions = {}): PrefillResult {
  const full = forwardFull(model, ids, options);
  return { ...full, cache: full.layers.map(({ K, V }) => ({ K, V })) };
}

/**
 * One decode step: the new token's q, k, v at every layer, k and v appended to that layer's
 * cache, q scored against all t cached keys (a 1×t row, no mask), softmax, weighted sum of the
 * cached values, residual. Nothing in `cache` is changed; the grown cache is returned.
 * With options.rope, q and k are turned at the token's position t − 1 (the cache length before
 * the append; 0 under the wrongOffset bug) before k is appended; v is not turned.
 * @param cache one LayerCache per layer, each with t − 1 rows
 * @param token the id of the token fed in
 * @throws ShapeError when the cache does not have one entry per layer, or its layers differ in length
 */
export function decodeStep(
  model: TinyDecoder,
  cache: KvCache,
  token: number,
  options: DecoderOptions = {},
): DecodeStepResult {
  checkLayers("decodeStep", model);
  if (cache.length !== model.layers.length) {
    throw new ShapeError(
      "decodeStep",
      [cache.length],
      [model.layers.length],
      `the cache has ${cache.length} layers but the model has ${model.layers.length}; ` +
        `pass the cache returned by prefill or by the previous decodeStep.`,
    );
  }
  const position = sharedCacheLength(
    "decodeStep",
    cache.map((c) => c.K.length),
  );
  const { rope } = options;
  const ropePosition = rope === undefined ? position : decodeRopePosition(position, rope);
  let x = embedTokens(model.E, [token])[0] as Vector;
  const layers = model.layers.map(({ Wq, Wk, Wv }, l): DecodeLayer => {
    const xIn = x;
    const qUnrotated = projectRow(xIn, Wq);
    const kUnrotated = projectRow(xIn, Wk);
    const q = ropeIfOn(qUnrotated, ropePosition, rope);
    const k = ropeIfOn(kUnrotated, ropePosition, rope);
    const v = projectRow(xIn, Wv);
    const past = cache[l] as LayerCache;
    const grown: LayerCache = { K: [...past.K, k], V: [...past.V, v] };
    // One query row against every cached key: the same function as the full pass, without a mask.
    const a = scaledDotProductAttention([q], grown.K, grown.V);
    const attended = row(a.output, 0);
    x = add(xIn, attended);
    return {
      xIn,
      q,
      k,
      v,
      cache: grown,
      scores: row(a.scores, 0),
      scaled: row(a.scaled, 0),
      weights: row(a.weights, 0),
      attended,
      output: x,
      ...(rope === undefined ? {} : { qUnrotated, kUnrotated }),
    };
  });
  return {
    token,
    position,
    ...(rope === undefined ? {} : { ropePosition }),
    layers,
    cache: layers.map((d) => d.cache),
    ...greedyReadOut(model.E, x),
  };
}

/**
 * A decode step next to the full recomputation it must equal: `differences` per layer,
 * `logitDifference`, their largest (`drift`), and `equal` (every layer within RECOMPUTE_TOLERANCE).
 */
export interface CheckedStep extends DecodeStepResult, RecomputeCheck {
  /** forwardFull over the prompt and every token fed so far, this one included. */
  readonly full: FullForward;
}

export { RECOMPUTE_TOLERANCE } from "./decoder-shared.ts";

/** A prompt prefilled and then decoded greedily for a number of steps. */
export interface KvCacheRun {
  readonly model: TinyDecoder;
  /** The prompt's ids. */
  readonly prompt: readonly number[];
  /** The options the run was made with ({} for the original decoder). */
  readonly options: DecoderOptions;
  readonly prefill: PrefillResult;
  /** steps[s − 1] is decode step s; it feeds the token picked by the step before. */
  readonly steps: readonly CheckedStep[];
}

/**
 * Prefill `prompt`, then decode `steps` tokens greedily, checking each step against a full
 * causal recomputation of the whole sequence so far. With the RoPE wrongOffset bug the check
 * reports how far each step drifts; done right, every step agrees within RECOMPUTE_TOLERANCE.
 * @param prompt words from model.vocabulary, at least one
 * @param steps whole number ≥ 0
 * @throws RangeError for a word not in the vocabulary
 */
export function runKvCache(
  model: TinyDecoder,
  prompt: readonly string[],
  steps: number,
  options: DecoderOptions = {},
): KvCacheRun {
  checkSize("runKvCache", "the number of steps", steps, 0);
  const ids = tokenIds(model.vocabulary, prompt);
  const run = runCheckedDecode(ids, steps, {
    prefill: (tokens) => prefill(model, tokens, options),
    step: (cache: KvCache, token: number) => decodeStep(model, cache, token, options),
    full: (tokens) => forwardFull(model, tokens, options),
  });
  return { model, prompt: ids, options, ...run };
}

/**
 * The token ids in the cache after step s (0 = after prefill): the prompt, then each token fed.
 * @param s 0 … run.steps.length
 */
export function cachedTokens(run: KvCacheRun, s: number): number[] {
  checkIndex("cachedTokens", "step", s, run.steps.length + 1);
  return [...run.prompt, ...run.steps.slice(0, s).map((d) => d.token)];
}

/**
 * When cache row r was computed: 0 for a prompt token (prefill), else the decode step.
 * @param r row index, ≥ 0
 */
export function cacheRowOrigin(run: KvCacheRun, r: number): number {
  checkSize("cacheRowOrigin", "the row index", r, 0);
  return r < run.prompt.length ? 0 : r - run.prompt.length + 1;
}

/**
 * How one entry of a cached key or value row was computed, and when. The projection terms give
 * (x·W_k)[j] (or (x·W_v)[j]); with RoPE a key entry is then turned, which `rotation` explains.
 */
export interface CacheEntryExplanation extends ProjectionExplanation {
  /** The token whose row it is. */
  readonly row: number;
  /** 0 when written by prefill, else the decode step that appended it. */
  readonly origin: number;
  /** That token's input to the layer, shape [d_model]. */
  readonly input: Vector;
  /**
   * RoPE keys only: entry j of the unturned key row turned at the position the row was written
   * with (r itself, or 0 for a row a wrongOffset decode step appended).
   */
  readonly rotation?: RopeEntryExplanation;
  /** The number in the cache: `sum`, or `rotation.sum` for a RoPE key. */
  readonly cached: number;
}

/**
 * The ingredients of K[r][j] (or V[r][j]) in layer l's cache: token r's layer input, as it was
 * when the row was written, times column j of W_k (W_v), and for a RoPE key the turn that
 * followed. The row never changes afterwards.
 * @param which "K" or "V"
 * @param l layer index
 * @param r cache row (token position); it must be cached by the last step of the run
 * @param j column index
 */
export function explainCacheEntry(
  run: KvCacheRun,
  which: "K" | "V",
  l: number,
  r: number,
  j: number,
): CacheEntryExplanation {
  checkIndex("explainCacheEntry", "layer", l, run.model.layers.length);
  checkIndex("explainCacheEntry", "row", r, run.prompt.length + run.steps.length);
  const origin = cacheRowOrigin(run, r);
  const input = origin === 0 ? row(run.prefill.layers[l]!.X, r) : run.steps[origin - 1]!.layers[l]!.xIn;
  const weights = run.model.layers[l]!;
  const projection = explainProjection(input, which === "K" ? weights.Wk : weights.Wv, j);
  const { rope } = run.options;
  if (which === "V" || rope === undefined) return { ...projection, row: r, origin, input, cached: projection.sum };
  const turnedAt = origin === 0 ? r : run.steps[origin - 1]!.ropePosition!;
  const rotation = explainRopeEntry(projectRow(input, weights.Wk), turnedAt, j, rope.base ?? DEFAULT_POSITION_BASE);
  return { ...projection, row: r, origin, input, rotation, cached: rotation.sum };
}

/**
 * The decoder the KV cache page runs: 6 words, d_model = 4, two layers of one head (d_k = 4, so
 * scores are divided by √4 = 2). Small integer weights, chosen so a learner can redo layer 1 by
 * hand; they are not trained, so the greedy picks are not meant to make sense as English.
 */
export const TOY_DECODER: TinyDecoder = {
  vocabulary: ["the", "cat", "sat", "on", "a", "mat"],
  E: [
    [-1, -1, 0, 1],
    [0, 0, 2, -1],
    [2, 1, 0, -1],
    [1, 2, 0, 0],
    [-1, 0, 2, 0],
    [2, 0, -1, 1],
  ],
  layers: [
    {
      Wq: [
        [0, 1, -1, 1],
        [-1, -1, 0, 0],
        [0, 1, 0, 0],
        [0, 0, -1, 0],
      ],
      Wk: [
        [1, -1, 0, -1],
        [1, 0, -1, 1],
        [0, 1, 0, 0],
        [0, -1, -1, 1],
      ],
      Wv: [
        [0, 0, 1, 0],
        [1, 1, -1, -1],
        [0, 1, -1, -1],
        [1, 1, -1, 1],
      ],
    },
    {
      Wq: [
        [0, 0, 0, -1],
        [0, 0, 1, -1],
        [0, 0, 1, -1],
        [1, 0, 0, 0],
      ],
      Wk: [
        [1, -1, 0, 1],
        [0, 0, 1, 1],
        [-1, 0, -1, -1],
        [0, 0, 0, 0],
      ],
      Wv: [
        [0, 0, 0, 0],
        [0, 1, 0, 0],
        [1, 0, 0, -1],
        [-1, 0, -1, -1],
      ],
    },
  ],
};

/** How one entry of a layer's output is reached: the residual, input + attended. */
export interface ResidualExplanation {
  readonly index: number;
  /** xIn[j], the token's input to the layer. */
  readonly input: number;
  /** attended[j], the weighted sum of cached values. */
  readonly attended: number;
  /** input + attended, equal to output[j] exactly. */
  readonly output: number;
}

/**
 * The ingredients of output[j] = xIn[j] + attended[j] of one decode layer.
 * @param j index in 0 … d_model − 1
 */
export function explainResidual(layer: DecodeLayer, j: number): ResidualExplanation {
  checkIndex("explainResidual", "index j =", j, layer.output.length);
  const sum = add([layer.xIn[j]!], [layer.attended[j]!])[0]!;
  return { index: j, input: layer.xIn[j]!, attended: layer.attended[j]!, output: sum };
}
