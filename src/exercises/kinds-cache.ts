/**
 * "Check yourself" kinds on the KV cache's size: the rows it holds after prefill and decode, and
 * its bytes for a model's shape. Answers, working, hints and slips come from src/math.
 */
import {
  cacheFactors,
  formatNumber,
  groupDigits,
  isRounded,
  kvCacheBytes,
  type CacheField,
  type CacheShape,
  type Rng,
} from "../math/index.ts";
import { ROUNDED_DECIMALS, type Slip, type SolvedExercise } from "./kinds.ts";
import { int, pick } from "./variant-numbers.ts";

/** Size units for a KV-cache answer; KiB = 1024 bytes and so on. */
export const BYTE_UNITS = { bytes: 1, KiB: 1024, MiB: 1024 ** 2, GiB: 1024 ** 3 } as const;
export type ByteUnit = keyof typeof BYTE_UNITS;

/** The KV-cache size exercises as declared in MDX. */
export type CacheExerciseSpec =
  /** Rows in one layer's, one head's K cache after prefilling `prefill` tokens and `decode` decode steps. */
  | { readonly kind: "kv-cache-rows"; readonly prefill: number; readonly decode: number }
  /** KV-cache size 2·layers·kvHeads·headDim·seqLen·batch·bytesPerValue, in `unit` (fields as CacheShape). */
  | {
      readonly kind: "kv-cache-bytes";
      readonly layers: number;
      readonly kvHeads: number;
      /** Query heads, when they differ from kvHeads (grouped-query attention). */
      readonly queryHeads?: number;
      readonly headDim: number;
      readonly seqLen: number;
      readonly batch: number;
      /** 1, 2 or 4. */
      readonly bytesPerValue: number;
      readonly unit?: ByteUnit;
    };

function solveKvCacheRows(prefill: number, decode: number): SolvedExercise {
  const value = prefill + decode;
  return {
    answer: "number",
    prompt: `A model prefills a prompt of ${prefill} tokens, then runs ${decode} decode steps, each feeding one new token through the model. How many rows does one layer's K cache (for one head) hold now?`,
    tables: [],
    hint: "Every token that has gone through the model leaves one key row behind; nothing is ever removed.",
    working: [
      `Prefill stores one row per prompt token: ${prefill}. Each decode step appends one row: ${decode}. Rows = ${prefill} + ${decode} = ${value}.`,
    ],
    value,
    setup: `Rows = (prompt tokens) + (decode steps) = ${prefill} + ${decode}`,
    slips: [
      { value: prefill, why: `That counts only the prompt. Each decode step adds the new token's key too.` },
      {
        value: decode,
        why: `That counts only the decode steps. The prompt's ${prefill} keys are stored during prefill.`,
      },
      {
        value: prefill * decode,
        why: `That is ${prefill} × ${decode}. The cache grows by one row per token, so the counts add.`,
      },
      {
        value: value - 1,
        why: `One row short: every decode step stores the key of the token it feeds in, the last one included.`,
      },
    ],
  };
}

function solveKvCacheBytes(s: Extract<CacheExerciseSpec, { kind: "kv-cache-bytes" }>): SolvedExercise {
  const unit = s.unit ?? "bytes";
  const divisor = BYTE_UNITS[unit];
  const shape: CacheShape = {
    layers: s.layers,
    kvHeads: s.kvHeads,
    headDim: s.headDim,
    seqLen: s.seqLen,
    batch: s.batch,
    bytesPerValue: s.bytesPerValue,
  };
  const total = Number(kvCacheBytes(shape));
  const value = total / divisor;
  const decimals = isRounded(value, 0) ? ROUNDED_DECIMALS : undefined;
  /** The size with some factors replaced, e.g. { layers: 1 } for "forgot the layers". */
  const without = (change: Partial<Record<"two" | CacheField, number>>) =>
    cacheFactors({ ...shape, ...change }).reduce((p, f, k) => p * (k === 0 ? (change.two ?? f) : f), 1) / divisor;
  const product = cacheFactors(shape).join(" · ");
  const inUnit =
    unit === "bytes"
      ? ""
      : ` = ${groupDigits(total)} / ${groupDigits(divisor)} ${decimals ? "≈" : "="} ${formatNumber(value, ROUNDED_DECIMALS)} ${unit}`;
  const slips: Slip<number>[] = [
    { value: without({ two: 1 }), why: `That leaves out the factor 2: the cache stores keys AND values.` },
    {
      value: without({ bytesPerValue: 1 }),
      why: `That counts numbers, not bytes: multiply by ${s.bytesPerValue} bytes per number.`,
    },
    { value: without({ layers: 1 }), why: `That is one layer's cache; each of the ${s.layers} layers keeps its own.` },
    {
      value: without({ batch: 1 }),
      why: `That is for one sequence; the batch holds ${s.batch}, each with its own cache.`,
    },
  ];
  if (s.queryHeads !== undefined && s.queryHeads !== s.kvHeads) {
    slips.unshift({
      value: without({ kvHeads: s.queryHeads }),
      why: `That uses the ${s.queryHeads} query heads. Only the ${s.kvHeads} KV heads are cached; the query heads share them.`,
    });
  }
  if (unit !== "bytes") {
    const decimal = { KiB: 1e3, MiB: 1e6, GiB: 1e9 }[unit];
    slips.push({
      value: total / decimal,
      why: `That divides by ${groupDigits(decimal)}; 1 ${unit} is ${groupDigits(divisor)} bytes (powers of 1024).`,
    });
  }
  return {
    answer: "number",
    prompt:
      `How large is the KV cache for ${s.layers} layers, ${s.kvHeads} KV heads${s.queryHeads ? ` (${s.queryHeads} query heads)` : ""} of size ${s.headDim}, ` +
      `${groupDigits(s.seqLen)} tokens, a batch of ${s.batch} and ${s.bytesPerValue} bytes per number? Answer in ${unit}${decimals ? " to 2 decimals" : ""}` +
      `${unit === "bytes" ? "" : ` (1 ${unit} = ${groupDigits(divisor)} bytes)`}.`,
    tables: [],
    hint: "Size = 2 (K and V) · layers · KV heads · head size · tokens · batch · bytes per number.",
    working: [
      `2 · layers · KV heads · head size · tokens · batch · bytes = ${product} = ${groupDigits(total)} bytes${inUnit}`,
    ],
    value,
    ...(decimals === undefined ? {} : { decimals }),
    unit,
    setup: `${product} bytes`,
    slips,
  };
}

/** Works a KV-cache size exercise out: prompt, answer, working, hint and likely slips. */
export function solveCacheExercise(spec: CacheExerciseSpec): SolvedExercise {
  switch (spec.kind) {
    case "kv-cache-rows":
      return solveKvCacheRows(spec.prefill, spec.decode);
    case "kv-cache-bytes":
      return solveKvCacheBytes(spec);
  }
}

/** A variant of a KV-cache size exercise: small model shapes whose sizes can be multiplied out by hand, in bytes. */
export function generateCacheExercise(spec: CacheExerciseSpec, rng: Rng): CacheExerciseSpec {
  switch (spec.kind) {
    case "kv-cache-rows":
      return { kind: spec.kind, prefill: int(rng, 2, 12), decode: int(rng, 1, 6) };
    case "kv-cache-bytes": {
      const kvHeads = pick(rng, [1, 2, 4]);
      return {
        kind: spec.kind,
        layers: pick(rng, [2, 4, 8]),
        kvHeads,
        ...(spec.queryHeads === undefined ? {} : { queryHeads: kvHeads * pick(rng, [2, 4]) }),
        headDim: pick(rng, [4, 8, 16]),
        seqLen: pick(rng, [4, 8, 10, 16]),
        batch: pick(rng, [1, 2]),
        bytesPerValue: pick(rng, [1, 2, 4]),
        unit: "bytes",
      };
    }
  }
}
