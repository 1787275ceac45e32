/**
 * The tiny decoder with several heads per layer and grouped key/value heads: H query heads read
 * G KV heads (query head h reads KV head ⌊h·G/H⌋, see gqa.ts), the H head outputs are
 * concatenated, multiplied by W_O and added to the residual. The cache holds, per layer, one
 * K and one V matrix per KV head: G · 2 matrices of [t, d_head], so 2·G·d_head numbers per token.
 * Optional RoPE (the same DecoderOptions as decoder.ts) turns each head's q and each KV head's k
 * (pairs within d_head) at the token's position; values are never turned.
 */
import { projectRows, scaledDotProductAttention } from "./attention.ts";
import type { LayerCache, TinyDecoder } from "./decoder.ts";
import {
  runCheckedDecode,
  type FullPassOf,
  checkVocabulary,
  decodeRopePosition,
  greedyReadOut,
  ropeIfOn,
  ropeRowsIfOn,
  sharedCacheLength,
  type DecoderOptions,
  type RecomputeCheck,
} from "./decoder-shared.ts";
import { embedTokens, tokenIds } from "./embedding.ts";
import { checkHeadCounts, kvHeadFor } from "./gqa.ts";
import { concatHeads, type HeadAttention } from "./heads.ts";
import { identity, projectRow, row } from "./matrix.ts";
import { checkSize, shapeOf, ShapeError, type Matrix, type Vector } from "./shape.ts";
import { add } from "./vector.ts";

/** One layer: H query projections, G key and G value projections, and W_O. */
export interface GroupedLayer {
  /** H matrices of shape [d_model, d_head]; query head h reads KV head ⌊h·G/H⌋. */
  readonly Wq: readonly Matrix[];
  /** G matrices of shape [d_model, d_head]. */
  readonly Wk: readonly Matrix[];
  /** G matrices of shape [d_model, d_head]. */
  readonly Wv: readonly Matrix[];
  /** Shape [H·d_head, d_model]: mixes the concatenated heads into the residual stream. */
  readonly WO: Matrix;
}

/** A decoder whose layers have grouped heads; E is also the output matrix (logits = h·Eᵀ). */
export interface GroupedDecoder {
  readonly vocabulary: readonly string[];
  /** Shape [vocabulary size, d_model]. */
  readonly E: Matrix;
  readonly layers: readonly GroupedLayer[];
}

/** One layer's cache: G LayerCaches, KV head g's K and V, each [t, d_head]. */
export type GroupedLayerCache = readonly LayerCache[];

/** One GroupedLayerCache per layer. */
export type GroupedKvCache = readonly GroupedLayerCache[];

/** One query head in a full pass: its Q, the K and V of the KV head it reads, its attention. */
export interface GroupedHeadAttention extends HeadAttention {
  /** The KV head it reads, 0 … G − 1. */
  readonly kvHead: number;
  /** With RoPE only: XW_q before turning, [n, d_head]. */
  readonly QUnrotated?: Matrix;
}

/** One layer of a full causal pass over n tokens. */
export interface GroupedFullLayer {
  /** The layer's input, [n, d_model]. */
  readonly X: Matrix;
  /** H heads, in order. */
  readonly heads: readonly GroupedHeadAttention[];
  /** G KV heads: K (turned with RoPE) and V, each [n, d_head]. This is what prefill caches. */
  readonly kv: GroupedLayerCache;
  /** With RoPE only: each KV head's XW_k before turning, [n, d_head]. */
  readonly KUnrotated?: readonly Matrix[];
  /** The heads' outputs side by side, [n, H·d_head]. */
  readonly concat: Matrix;
  /** concat·W_O, [n, d_model]. */
  readonly attended: Matrix;
  /** X + attended, [n, d_model]. */
  readonly output: Matrix;
}

/** A full causal pass, recomputed from scratch. */
export type GroupedFullForward = FullPassOf<GroupedFullLayer>;

/** Prefill: the full pass over the prompt and the cache it leaves. */
export interface GroupedPrefillResult extends GroupedFullForward {
  readonly cache: GroupedKvCache;
}

/** One query head in a decode step: the new token's q against its KV head's t cached keys. */
export interface GroupedDecodeHead {
  readonly kvHead: number;
  /** Shape [d_head]; turned at the step's ropePosition with RoPE; never cached. */
  readonly q: Vector;
  readonly qUnrotated?: Vector;
  /** Shape [t] each. */
  readonly scores: Vector;
  readonly scaled: Vector;
  readonly weights: Vector;
  /** weights·V of its KV head, shape [d_head]. */
  readonly attended: Vector;
}

/** One layer of one decode step. */
export interface GroupedDecodeLayer {
  /** The new token's input to this layer, [d_model]. */
  readonly xIn: Vector;
  readonly heads: readonly GroupedDecodeHead[];
  /** G new key rows (turned with RoPE) and G new value rows, each [d_head], appended to the cache. */
  readonly k: readonly Vector[];
  readonly v: readonly Vector[];
  readonly kUnrotated?: readonly Vector[];
  /** This layer's cache after the append: G LayerCaches of t rows. */
  readonly cache: GroupedLayerCache;
  /** [H·d_head]. */
  readonly concat: Vector;
  /** concat·W_O, [d_model]. */
  readonly attended: Vector;
  /** xIn + attended, [d_model]. */
  readonly output: Vector;
}

/** The result of decodeStepGrouped. */
export interface GroupedDecodeStepResult {
  readonly token: number;
  /** The token's position: the number of tokens cached before it. */
  readonly position: number;
  /** With RoPE only: the position its q and k were turned at (0 under the wrongOffset bug). */
  readonly ropePosition?: number;
  readonly layers: readonly GroupedDecodeLayer[];
  readonly cache: GroupedKvCache;
  readonly logits: Vector;
  readonly next: number;
}

/** A decode step next to the full recomputation it must equal. */
export interface GroupedCheckedStep extends GroupedDecodeStepResult, RecomputeCheck {
  readonly full: GroupedFullForward;
}

/** A prompt prefilled, then decoded greedily, every step checked. */
export interface GroupedKvCacheRun {
  readonly model: GroupedDecoder;
  readonly prompt: readonly number[];
  readonly options: DecoderOptions;
  readonly prefill: GroupedPrefillResult;
  readonly steps: readonly GroupedCheckedStep[];
}

function checkGroupedModel(op: string, model: GroupedDecoder): void {
  const dModel = checkVocabulary(op, model.vocabulary, model.E);
  model.layers.forEach(({ Wq, Wk, Wv, WO }, l) => {
    const where = `layer ${l + 1}`;
    if (Wk.length !== Wv.length) {
      throw new ShapeError(
        op,
        [Wk.length],
        [Wv.length],
        `${where} has ${Wk.length} key projections but ${Wv.length} value projections; each KV head needs one of each.`,
      );
    }
    checkHeadCounts(Wq.length, Wk.length);
    const dHead = shapeOf(Wq[0]!)[1];
    for (const W of [...Wq, ...Wk, ...Wv]) {
      const [r, c] = shapeOf(W);
      if (r !== dModel || c !== dHead) {
        throw new ShapeError(
          op,
          [r, c],
          [dModel, dHead],
          `${where} has a ${r}×${c} projection; every query, key and value weight matrix must be ${dModel}×${dHead} (d_model rows, d_head columns).`,
        );
      }
    }
    const [r, c] = shapeOf(WO);
    if (r !== Wq.length * dHead || c !== dModel) {
      throw new ShapeError(
        op,
        [r, c],
        [Wq.length * dHead, dModel],
        `${where} has a ${r}×${c} W_O; it must be ${Wq.length * dHead}×${dModel} (H·d_head × d_model).`,
      );
    }
  });
}

/**
 * Full causal pass from scratch: per layer, each KV head's K = XW_k (row r turned at r with
 * RoPE) and V = XW_v; each query head's Q = XW_q (turned likewise) attends causally to its KV
 * head; concat·W_O is added to X.
 * @param ids vocabulary indices, at least one
 * @throws ShapeError / HeadCountError for weights that do not fit
 */
export function forwardFullGrouped(
  model: GroupedDecoder,
  ids: readonly number[],
  options: DecoderOptions = {},
): GroupedFullForward {
  checkGroupedModel("forwardFullGrouped", model);
  checkSize("forwardFullGrouped", "the number of tokens", ids.length, 1);
  const { rope } = options;
  let X = embedTokens(model.E, ids);
  const layers = model.layers.map((layer): GroupedFullLayer => {
    const KUnrotated = layer.Wk.map((W) => projectRows(X, W));
    const kv = KUnrotated.map((K, g): LayerCache => ({ K: ropeRowsIfOn(K, rope), V: projectRows(X, layer.Wv[g]!) }));
    const heads = layer.Wq.map((W, h): GroupedHeadAttention => {
      const kvHead = kvHeadFor(h, layer.Wq.length, layer.Wk.length);
      const QUnrotated = projectRows(X, W);
      const Q = ropeRowsIfOn(QUnrotated, rope);
      const { K, V } = kv[kvHead]!;
      const attention = scaledDotProductAttention(Q, K, V, { causal: true });
      return { ...attention, Q, K, V, kvHead, ...(rope === undefined ? {} : { QUnrotated }) };
    });
    const concat = concatHeads(heads.map((h) => h.output));
    const attended = projectRows(concat, layer.WO);
    const output = X.map((x, i) => add(x, row(attended, i)));
    const result = { X, heads, kv, concat, attended, output, ...(rope === undefined ? {} : { KUnrotated }) };
    X = output;
    return result;
  });
  return { ids, layers, ...greedyReadOut(model.E, row(X, ids.length - 1)) };
}

/**
 * Prefill: the full pass over the prompt; each layer's G KV heads become its cache.
 * @param ids at least one
 */
export function prefillGrouped(
  model: GroupedDecoder,
  ids: readonly number[],
  options: DecoderOptions = {},
): GroupedPrefillResult {
  const full = forwardFullGrouped(model, ids, options);
  return { ...full, cache: full.layers.map((l) => l.kv) };
}

/**
 * One decode step: per layer, the new token's G keys and values (keys turned at its position
 * with RoPE) are appended to the G KV heads' caches; each of the H query heads scores its q
 * against its KV head's t keys (no mask), and concat·W_O is added to the residual. The given
 * cache is not changed.
 * @param cache one GroupedLayerCache per layer, G LayerCaches of t − 1 rows each
 * @throws ShapeError when the cache does not fit the model
 */
export function decodeStepGrouped(
  model: GroupedDecoder,
  cache: GroupedKvCache,
  token: number,
  options: DecoderOptions = {},
): GroupedDecodeStepResult {
  checkGroupedModel("decodeStepGrouped", model);
  model.layers.forEach((layer, l) => {
    const held = cache[l]?.length ?? 0;
    if (cache.length === model.layers.length && held === layer.Wk.length) return;
    throw new ShapeError(
      "decodeStepGrouped",
      [cache.length, held],
      [model.layers.length, layer.Wk.length],
      `the cache has ${cache.length} layers with ${held} KV heads in layer ${l + 1}, but the model ` +
        `has ${model.layers.length} layers with ${layer.Wk.length} KV heads there; pass the cache ` +
        `returned by prefillGrouped or the previous decodeStepGrouped.`,
    );
  });
  const position = sharedCacheLength(
    "decodeStepGrouped",
    cache.flatMap((layer) => layer.map((c) => c.K.length)),
  );
  const { rope } = options;
  const ropePosition = rope === undefined ? position : decodeRopePosition(position, rope);
  let x = embedTokens(model.E, [token])[0] as Vector;
  const layers = model.layers.map((layer, l): GroupedDecodeLayer => {
    const xIn = x;
    const kUnrotated = layer.Wk.map((W) => projectRow(xIn, W));
    const k = kUnrotated.map((kr) => ropeIfOn(kr, ropePosition, rope));
    const v = layer.Wv.map((W) => projectRow(xIn, W));
    const grown = cache[l]!.map((c, g): LayerCache => ({ K: [...c.K, k[g]!], V: [...c.V, v[g]!] }));
    const heads = layer.Wq.map((W, h): GroupedDecodeHead => {
      const kvHead = kvHeadFor(h, layer.Wq.length, layer.Wk.length);
      const qUnrotated = projectRow(xIn, W);
      const q = ropeIfOn(qUnrotated, ropePosition, rope);
      const a = scaledDotProductAttention([q], grown[kvHead]!.K, grown[kvHead]!.V);
      const parts = { scores: row(a.scores, 0), scaled: row(a.scaled, 0), weights: row(a.weights, 0) };
      return { kvHead, q, ...parts, attended: row(a.output, 0), ...(rope === undefined ? {} : { qUnrotated }) };
    });
    const concat = row(concatHeads(heads.map((h) => [h.attended])), 0);
    const attended = projectRow(concat, layer.WO);
    x = add(xIn, attended);
    return {
      xIn,
      heads,
      k,
      v,
      cache: grown,
      concat,
      attended,
      output: x,
      ...(rope === undefined ? {} : { kUnrotated }),
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
 * Prefill `prompt`, decode `steps` tokens greedily, and check each step against a full
 * recomputation (RECOMPUTE_TOLERANCE); with the wrongOffset bug the check reports the drift.
 * @param prompt words from model.vocabulary, at least one
 */
export function runGroupedKvCache(
  model: GroupedDecoder,
  prompt: readonly string[],
  steps: number,
  options: DecoderOptions = {},
): GroupedKvCacheRun {
  checkSize("runGroupedKvCache", "the number of steps", steps, 0);
  const ids = tokenIds(model.vocabulary, prompt);
  const run = runCheckedDecode(ids, steps, {
    prefill: (tokens) => prefillGrouped(model, tokens, options),
    step: (cache: GroupedKvCache, token: number) => decodeStepGrouped(model, cache, token, options),
    full: (tokens) => forwardFullGrouped(model, tokens, options),
  });
  return { model, prompt: ids, options, ...run };
}

/**
 * The single-head decoder written as a grouped one: H = G = 1, d_head = d_model and W_O the
 * identity (the single-head decoder adds its head straight back). Both give the same numbers.
 */
export function asGroupedDecoder(model: TinyDecoder): GroupedDecoder {
  const dModel = checkVocabulary("asGroupedDecoder", model.vocabulary, model.E);
  return {
    vocabulary: model.vocabulary,
    E: model.E,
    layers: model.layers.map(({ Wq, Wk, Wv }) => ({ Wq: [Wq], Wk: [Wk], Wv: [Wv], WO: identity(dModel) })),
  };
}
