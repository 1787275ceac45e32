/**
 * How many bytes a KV cache takes: 2 · layers · h_kv · d_head · seq · batch · bytes, with h_kv the
 * key/value heads per layer and d_head one head's key size, as on the Notation page.
 * Exact integers throughout (BigInt), so a result such as 2 GiB is shown as exactly
 * 2,147,483,648 B, never as a rounded float.
 */
import { readTypedNumber } from "./parse-number.ts";

/** The six numbers the cache size depends on, each a whole number. */
export interface CacheShape {
  /** Transformer layers (blocks); every layer keeps its own cache. */
  readonly layers: number;
  /** Key/value heads per layer (fewer than query heads under grouped-query attention). */
  readonly kvHeads: number;
  /** Size of one key (and one value) vector of one head, d_head (= d_k = d_v). */
  readonly headDim: number;
  /** Tokens kept in the cache: prompt plus generated tokens. */
  readonly seqLen: number;
  /** Sequences decoded at the same time, each with its own cache. */
  readonly batch: number;
  /** Bytes per stored number: 4 for fp32, 2 for fp16/bf16, 1 for int8/fp8. */
  readonly bytesPerValue: number;
}

export type CacheField = keyof CacheShape;

/** The fields in the order of the formula. */
export const CACHE_FIELDS: readonly CacheField[] = ["layers", "kvHeads", "headDim", "seqLen", "batch", "bytesPerValue"];

/** Accepted range of each field: whole numbers from min to max. */
export interface FieldLimit {
  readonly min: number;
  readonly max: number;
  /** How the field is named in a message, e.g. "layers". */
  readonly noun: string;
}

/**
 * Explicit limits, generous for any published model but small enough that nobody types a size
 * by accident: ≤ 1,000 layers, ≤ 10⁷ tokens. Bytes per value is 1, 2 or 4 (see BYTES_PER_VALUE).
 */
export const CACHE_LIMITS: Readonly<Record<CacheField, FieldLimit>> = {
  layers: { min: 1, max: 1_000, noun: "layers" },
  kvHeads: { min: 1, max: 1_024, noun: "KV heads" },
  headDim: { min: 1, max: 16_384, noun: "head size" },
  seqLen: { min: 1, max: 10_000_000, noun: "sequence length" },
  batch: { min: 1, max: 100_000, noun: "batch size" },
  bytesPerValue: { min: 1, max: 4, noun: "bytes per value" },
};

/** The number formats on offer, by bytes per value. */
export const BYTES_PER_VALUE: readonly { readonly bytes: number; readonly name: string }[] = [
  { bytes: 2, name: "fp16 / bf16" },
  { bytes: 4, name: "fp32" },
  { bytes: 1, name: "int8 / fp8" },
];

/** The largest cache the calculator reports: 2⁶⁰ B = 1 EiB. */
export const MAX_CACHE_BYTES = 2n ** 60n;

/**
 * A whole-number field read from text: its value, or the reason it was refused, written for the
 * reader ("Received … Expected …").
 */
export type ParsedField =
  { readonly ok: true; readonly value: number } | { readonly ok: false; readonly message: string };

/** "1000" → "1,000"; digits grouped by threes with commas. */
export function groupDigits(n: bigint | number): string {
  const text = BigInt(n).toString();
  const negative = text.startsWith("-");
  const digits = negative ? text.slice(1) : text;
  const grouped = digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
  return negative ? `\u2212${grouped}` : grouped;
}

/** What a field accepts, in words: "a whole number from 1 to 1,000". */
export function acceptedRange(field: CacheField): string {
  if (field === "bytesPerValue") return "1, 2 or 4";
  const { min, max } = CACHE_LIMITS[field];
  return `a whole number from ${groupDigits(min)} to ${groupDigits(max)}`;
}

/**
 * Reads one field as typed, with readTypedNumber (spaces around the number and thousands
 * separators such as "4,096" or "4 096" are fine); anything that is not a whole number within the
 * field's limits is refused with a message naming what was received and what is accepted.
 */
export function parseCacheField(field: CacheField, text: string): ParsedField {
  const { noun } = CACHE_LIMITS[field];
  const expected = `Enter ${acceptedRange(field)}.`;
  const trimmed = text.trim();
  const shown = `“${trimmed.length > 24 ? `${trimmed.slice(0, 24)}…` : trimmed}”`;
  const read = readTypedNumber(text);
  if (!read.ok) {
    if (read.problem === "empty") return { ok: false, message: `The ${noun} is empty. ${expected}` };
    if (read.problem === "too-large")
      return { ok: false, message: `${shown} is too large for the ${noun}. ${expected}` };
    return { ok: false, message: `${shown} is not a number. ${expected}` };
  }
  const { value } = read;
  if (value < 0) return { ok: false, message: `The ${noun} cannot be negative (received ${shown}). ${expected}` };
  if (!Number.isInteger(value))
    return { ok: false, message: `The ${noun} must be a whole number (received ${shown}). ${expected}` };
  return checkCacheValue(field, value, shown);
}

/** Checks a number already parsed (e.g. from a preset or props) against the field's limits. */
export function checkCacheValue(
  field: CacheField,
  value: number,
  shown = Number.isSafeInteger(value) ? groupDigits(value) : String(value),
): ParsedField {
  const { min, max, noun } = CACHE_LIMITS[field];
  const expected = `Enter ${acceptedRange(field)}.`;
  if (!Number.isInteger(value))
    return { ok: false, message: `The ${noun} must be a whole number (received ${shown}). ${expected}` };
  if (value === 0) return { ok: false, message: `The ${noun} cannot be 0: the cache would be empty. ${expected}` };
  if (value < min) return { ok: false, message: `The ${noun} cannot be negative (received ${shown}). ${expected}` };
  if (value > max) return { ok: false, message: `${shown} is too large for the ${noun}. ${expected}` };
  if (field === "bytesPerValue" && !BYTES_PER_VALUE.some((format) => format.bytes === value)) {
    return { ok: false, message: `No number format offered here has ${shown} bytes per value. ${expected}` };
  }
  return { ok: true, value };
}

/** The factors of the formula, in order: [2, layers, h_kv, d_head, seq, batch, bytes]. */
export function cacheFactors(shape: CacheShape): readonly number[] {
  return [2, ...CACHE_FIELDS.map((field) => shape[field])];
}

/**
 * 2 · layers · h_kv · d_head · seq · batch · bytes: the 2 is one key and one value per
 * token, per head, per layer. Exact (BigInt).
 * @throws RangeError when a field is outside CACHE_LIMITS (the message says which and why)
 */
export function kvCacheBytes(shape: CacheShape): bigint {
  for (const field of CACHE_FIELDS) {
    const checked = checkCacheValue(field, shape[field]);
    if (!checked.ok) throw new RangeError(`kvCacheBytes: ${checked.message}`);
  }
  return cacheFactors(shape).reduce((product, factor) => product * BigInt(factor), 1n);
}

/** kvCacheBytes(shape) when it is at most MAX_CACHE_BYTES, else a message saying it is too large. */
export function checkedCacheBytes(
  shape: CacheShape,
): { readonly ok: true; readonly bytes: bigint } | { readonly ok: false; readonly message: string } {
  const bytes = kvCacheBytes(shape);
  if (bytes <= MAX_CACHE_BYTES) return { ok: true, bytes };
  return {
    ok: false,
    message: `These numbers give ${groupDigits(bytes)} B, more than the 1 EiB (2⁶⁰ B) this calculator reports. Make a field smaller.`,
  };
}

const BINARY_UNITS = ["KiB", "MiB", "GiB", "TiB", "PiB", "EiB"] as const;

/** A byte count in words, exact and in the largest binary unit it fills. */
export interface FormattedBytes {
  /** "2,147,483,648 B". */
  readonly exact: string;
  /** "2 GiB", "1.5 KiB", "1.33 KiB"; for less than 1 KiB the same as exact. */
  readonly binary: string;
  /** True when `binary` is rounded (shown after "≈"), false when it is exact. */
  readonly rounded: boolean;
  /** "2,147,483,648 B = 2 GiB", "1,365 B ≈ 1.33 KiB", "1,023 B". */
  readonly text: string;
}

/**
 * Formats a whole number of bytes with binary units (1 KiB = 1,024 B), at most two decimals,
 * rounded half up; `rounded` says whether the two decimals lost anything.
 * @param bytes a whole number ≥ 0
 */
export function formatBytes(bytes: bigint): FormattedBytes {
  if (bytes < 0n) throw new RangeError(`formatBytes: a byte count cannot be negative; received ${bytes}.`);
  const exact = `${groupDigits(bytes)} B`;
  let unit = -1;
  while (unit + 1 < BINARY_UNITS.length && bytes >= 1024n ** BigInt(unit + 2)) unit++;
  if (unit < 0) return { exact, binary: exact, rounded: false, text: exact };
  const size = 1024n ** BigInt(unit + 1);
  const hundredths = (bytes * 100n + size / 2n) / size;
  const rounded = (bytes * 100n) % size !== 0n;
  const whole = hundredths / 100n;
  const fraction = (hundredths % 100n).toString().padStart(2, "0").replace(/0+$/, "");
  const binary = `${groupDigits(whole)}${fraction ? `.${fraction}` : ""} ${BINARY_UNITS[unit]}`;
  return { exact, binary, rounded, text: `${exact} ${rounded ? "≈" : "="} ${binary}` };
}

/** A published model configuration to fill the calculator with. */
export interface CachePreset {
  readonly id: string;
  readonly name: string;
  /** Query heads per layer; equal to kvHeads for multi-head attention. */
  readonly queryHeads: number;
  /** The configuration, at the model's full context length and batch 1. */
  readonly shape: CacheShape;
  /** Where the numbers come from. */
  readonly source: string;
}

/**
 * Five published configurations, at their context length and batch size 1: GPT-2 small in
 * fp32, Llama 2 7B in fp16 (multi-head attention: 32 KV heads), Llama 3 8B in bf16 at its
 * original 8,192 tokens and Llama 3.1 8B at 131,072 (grouped-query attention: 32 query heads
 * share 8 KV heads), and Falcon-7B in bf16 (multi-query attention: 71 query heads share 1 KV
 * head of size 64, as its fused query-key-value layer is 4,544 → 4,672 = 71·64 + 2·64 wide).
 */
export const CACHE_PRESETS: readonly CachePreset[] = [
  {
    id: "gpt2-small",
    name: "GPT-2 small",
    queryHeads: 12,
    shape: { layers: 12, kvHeads: 12, headDim: 64, seqLen: 1024, batch: 1, bytesPerValue: 4 },
    source: "Radford et al. 2019",
  },
  {
    id: "llama2-7b",
    name: "Llama 2 7B",
    queryHeads: 32,
    shape: { layers: 32, kvHeads: 32, headDim: 128, seqLen: 4096, batch: 1, bytesPerValue: 2 },
    source: "Touvron et al. 2023",
  },
  {
    id: "llama3-8b",
    name: "Llama 3 8B",
    queryHeads: 32,
    shape: { layers: 32, kvHeads: 8, headDim: 128, seqLen: 8192, batch: 1, bytesPerValue: 2 },
    source: "Meta-Llama-3-8B config.json: max_position_embeddings 8192",
  },
  {
    id: "llama3.1-8b-128k",
    name: "Llama 3.1 8B",
    queryHeads: 32,
    shape: { layers: 32, kvHeads: 8, headDim: 128, seqLen: 131_072, batch: 1, bytesPerValue: 2 },
    source: "Dubey et al. 2024, The Llama 3 Herd of Models",
  },
  {
    id: "falcon-7b",
    name: "Falcon-7B",
    queryHeads: 71,
    shape: { layers: 32, kvHeads: 1, headDim: 64, seqLen: 2048, batch: 1, bytesPerValue: 2 },
    source: "Almazrouei et al. 2023, and tiiuae/falcon-7b config.json: multi_query",
  },
];
