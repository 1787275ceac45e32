import { useId, useState, useSyncExternalStore } from "react";
import {
  BYTES_PER_VALUE,
  CACHE_FIELDS,
  CACHE_PRESETS,
  acceptedRange,
  cacheFactors,
  checkedCacheBytes,
  formatBytes,
  groupDigits,
  kvCacheBytes,
  parseCacheField,
  type CacheField,
  type CacheShape,
} from "../math/index.ts";
import type { CacheSizeCalculatorProps } from "./CacheSizeCalculator.schema.ts";
import { CacheSizeField } from "./CacheSizeField.tsx";
import { DecodeWorkPlot } from "./DecodeWorkPlot.tsx";

export type { CacheSizeCalculatorProps };

type TextField = Exclude<CacheField, "bytesPerValue">;
type Texts = Readonly<Record<CacheField, string>>;

const TEXT_FIELDS: readonly { field: TextField; label: string; symbol: string }[] = [
  { field: "layers", label: "Layers", symbol: "layers" },
  { field: "kvHeads", label: "KV heads per layer", symbol: "kv_heads" },
  { field: "headDim", label: "Head size", symbol: "head_dim" },
  { field: "seqLen", label: "Sequence length (tokens)", symbol: "seq" },
  { field: "batch", label: "Batch size", symbol: "batch" },
];
const SYMBOLS = ["2", ...TEXT_FIELDS.map((f) => f.symbol), "bytes"];
const noSubscription = () => () => {};

function textsOf(shape: CacheShape): Texts {
  return Object.fromEntries(CACHE_FIELDS.map((field) => [field, String(shape[field])])) as Record<CacheField, string>;
}

/** Each field's value or message, and the shape when every field is valid. */
function readTexts(texts: Texts) {
  const parsed = Object.fromEntries(CACHE_FIELDS.map((field) => [field, parseCacheField(field, texts[field])]));
  const errors = Object.fromEntries(
    CACHE_FIELDS.map((field) => { const p = parsed[field]!; return [field, p.ok ? undefined : p.message]; }),
  ) as Record<CacheField, string | undefined>;
  const valid = CACHE_FIELDS.every((field) => parsed[field]!.ok);
  const shape = valid ? (Object.fromEntries(CACHE_FIELDS.map((f) => [f, (parsed[f] as { value: number }).value])) as unknown as CacheShape) : null;
  return { errors, shape };
}

/**
 * The KV cache size, 2 · layers · kv_heads · head_dim · seq · batch · bytes, from six fields or a
 * published preset: the formula with the numbers put in, the exact byte count and its binary
 * units, then the work per decode step with and without a cache for the same head size and
 * length. A refused field says why next to itself; the last valid result stays on screen.
 */
export function CacheSizeCalculator({ id, preset = "llama2-7b" }: CacheSizeCalculatorProps) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const bytesId = useId();
  const start = (CACHE_PRESETS.find((p) => p.id === preset) ?? CACHE_PRESETS[0]!).shape;
  const [texts, setTexts] = useState<Texts>(() => textsOf(start));
  const [lastValid, setLastValid] = useState<CacheShape>(start);
  const { errors, shape } = readTexts(texts);
  const checked = shape ? checkedCacheBytes(shape) : null;
  const tooLarge = checked && !checked.ok ? checked.message : undefined;
  const stale = shape === null || tooLarge !== undefined;

  const update = (next: Texts) => {
    setTexts(next);
    const read = readTexts(next);
    if (read.shape && checkedCacheBytes(read.shape).ok) setLastValid(read.shape);
  };
  const change = (field: CacheField) => (text: string) => update({ ...texts, [field]: text });
  const result = formatBytes(kvCacheBytes(lastValid));
  const factors = cacheFactors(lastValid).map((f) => groupDigits(f));

  return (
    <div className="example cache-calculator" data-example={id} role="group" aria-label="KV cache size calculator">
      <fieldset className="cache-presets">
        <legend>Published configurations</legend>
        {CACHE_PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            disabled={!hydrated}
            aria-pressed={!stale && CACHE_FIELDS.every((f) => lastValid[f] === p.shape[f])}
            onClick={() => update(textsOf(p.shape))}
          >
            {p.name}
          </button>
        ))}
      </fieldset>

      <div className="cache-fields">
        {TEXT_FIELDS.map(({ field, label, symbol }) => (
          <CacheSizeField
            key={field}
            label={label}
            symbol={symbol}
            text={texts[field]}
            hint={`${acceptedRange(field).replace(/^a/, "A")}.`}
            error={errors[field]}
            disabled={!hydrated}
            onChange={change(field)}
          />
        ))}
        <div className="cache-field">
          <label htmlFor={bytesId}>
            Bytes per value <code>bytes</code>
          </label>
          <select id={bytesId} value={texts.bytesPerValue} disabled={!hydrated} onChange={(e) => change("bytesPerValue")(e.target.value)}>
            {BYTES_PER_VALUE.map(({ bytes, name }) => (
              <option key={bytes} value={String(bytes)}>
                {bytes} ({name})
              </option>
            ))}
          </select>
        </div>
      </div>

      <div className="cache-result readout" aria-live="polite" aria-atomic="true">
        {tooLarge && <p className="field-error">{tooLarge}</p>}
        {stale && <p className="cache-stale">Showing the last valid result until every field is accepted:</p>}
        <p className="cache-formula">
          <span className="formula-symbols">{SYMBOLS.join(" · ")}</span>
          <span className="formula-numbers">= {factors.join(" · ")}</span>
          <strong className="cache-total">= {result.exact}</strong>
          {result.exact !== result.binary && (
            <strong className="cache-binary">
              {result.rounded ? "≈" : "="} {result.binary}
            </strong>
          )}
        </p>
      </div>

      <DecodeWorkPlot seqLen={lastValid.seqLen} headDim={lastValid.headDim} />
    </div>
  );
}
