/**
 * What a learner may change in the cache-size calculator, the rules the values keep, and how the
 * inspected number is written in a link: the example's spec for its frame (src/frame/spec.ts,
 * src/frame/url-state.ts).
 */
import type { ExampleSpec, Values } from "../../frame/spec.ts";
import {
  CACHE_FIELDS,
  CACHE_LIMITS,
  CACHE_PRESETS,
  checkCacheValue,
  checkedCacheBytes,
  type CacheField,
  type CachePreset,
  type CacheShape,
} from "../../math/index.ts";

/** The preset called `id`, or the first one. */
function presetOf(id: string | undefined): CachePreset {
  return CACHE_PRESETS.find((p) => p.id === id) ?? CACHE_PRESETS[0]!;
}

/** The frame's values of the calculator: the preset's id, and each field, 0 where the preset's number is used. */
export type CacheValues = Readonly<Record<CacheField, number>> & { readonly preset: readonly string[] };

/** The numbers the values stand for: each field's own number, or the preset's where it is 0. */
export function shapeOf(values: Values<CacheValues>): CacheShape {
  const base = presetOf(values.preset[0]).shape;
  return Object.fromEntries(CACHE_FIELDS.map((f) => [f, values[f] || base[f]])) as unknown as CacheShape;
}

/** `shape` as frame values over preset `id`: 0 for every number equal to the preset's, so a link carries only what differs. */
export function valuesOf(shape: CacheShape, id: string): CacheValues {
  const base = presetOf(id).shape;
  return {
    preset: [id],
    ...(Object.fromEntries(CACHE_FIELDS.map((f) => [f, shape[f] === base[f] ? 0 : shape[f]])) as Record<
      CacheField,
      number
    >),
  };
}

const presetIds = CACHE_PRESETS.map((p) => p.id);

/** Each number's name in the notes about a link: "The link’s number of layers was not used: …". */
const LINK_NAMES: Readonly<Record<CacheField, string>> = {
  layers: "number of layers",
  kvHeads: "number of KV heads",
  headDim: "head size",
  seqLen: "sequence length",
  batch: "batch size",
  bytesPerValue: "bytes per value",
};

/**
 * What a link may set: the preset (one of its ids) and each of the six numbers, read with
 * readWhole in the ranges the calculator states; the numbers must also give a cache of at most
 * 1 EiB, and bytes per value must be one of the formats offered. The calculator's own fields and
 * buttons change them, so the frame offers no editor.
 */
export const cacheSizeSpec: ExampleSpec<CacheValues> = {
  fields: [
    { kind: "words", key: "preset", name: "preset", min: 1, max: 1, vocabulary: presetIds },
    ...CACHE_FIELDS.map((f) => ({
      kind: "whole" as const,
      key: f,
      name: LINK_NAMES[f],
      min: CACHE_LIMITS[f].min,
      max: CACHE_LIMITS[f].max,
    })),
  ],
  check(values) {
    const shape = shapeOf(values);
    const bytes = checkCacheValue("bytesPerValue", shape.bytesPerValue);
    if (!bytes.ok) return bytes.message;
    const total = checkedCacheBytes(shape);
    return total.ok ? null : total.message;
  },
  ownControls: true,
};
