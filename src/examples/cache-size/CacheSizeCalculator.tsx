import { useId, useMemo, useState, useSyncExternalStore } from "react";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { useExampleFrame } from "../../frame/context.ts";
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
} from "../../math/index.ts";
import type { CacheSizeCalculatorProps } from "./CacheSizeCalculator.schema.ts";
import { CacheSizeField } from "./CacheSizeField.tsx";
import { DecodeWorkPlot } from "../../charts/decode-work-plot/DecodeWorkPlot.tsx";
import { type CacheValues, shapeOf, valuesOf, cacheSizeSpec } from "./CacheSizeCalculator.editing.ts";

export type { CacheSizeCalculatorProps };

type TextField = Exclude<CacheField, "bytesPerValue">;
type Texts = Readonly<Record<CacheField, string>>;

const TEXT_FIELDS: readonly { field: TextField; label: string; symbol: string }[] = [
  { field: "layers", label: "Layers", symbol: "layers" },
  { field: "kvHeads", label: "KV heads per layer", symbol: "KV heads" },
  { field: "headDim", label: "Head size", symbol: "head size" },
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
    CACHE_FIELDS.map((field) => {
      const p = parsed[field]!;
      return [field, p.ok ? undefined : p.message];
    }),
  ) as Record<CacheField, string | undefined>;
  const valid = CACHE_FIELDS.every((field) => parsed[field]!.ok);
  const shape = valid
    ? (Object.fromEntries(
        CACHE_FIELDS.map((f) => [f, (parsed[f] as { value: number }).value]),
      ) as unknown as CacheShape)
    : null;
  return { errors, shape };
}

/**
 * The KV cache size, 2 · layers · h_kv · d_head · seq · batch · bytes, from six fields or a
 * published preset: the formula with the numbers put in, the exact byte count and its binary
 * units, then the work per decode step with and without a cache for the same head size and
 * length. A refused field says why next to itself; the last valid result stays on screen. Every
 * accepted change goes to the frame, so the preset and the numbers that differ from it are in the
 * URL (`?cache-size.preset=gpt2-small&cache-size.batch=4`).
 */
function CacheSizeCalculatorView({ id, ...values }: CacheValues & { readonly id: string }) {
  const frame = useExampleFrame();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const bytesId = useId();
  const presetId = values.preset[0];
  const shown = shapeOf(values);
  const [texts, setTexts] = useState<Texts>(() => textsOf(shown));
  const { errors, shape } = readTexts(texts);
  const checked = shape ? checkedCacheBytes(shape) : null;
  const tooLarge = checked && !checked.ok ? checked.message : undefined;
  const stale = shape === null || tooLarge !== undefined;

  const update = (next: Texts, preset = presetId ?? CACHE_PRESETS[0]!.id) => {
    setTexts(next);
    const read = readTexts(next);
    if (read.shape && checkedCacheBytes(read.shape).ok) frame?.setValues(valuesOf(read.shape, preset));
  };
  const change = (field: CacheField) => (text: string) => update({ ...texts, [field]: text });
  const result = formatBytes(kvCacheBytes(shown));
  const factors = cacheFactors(shown).map((f) => groupDigits(f));

  return (
    <div className="example cache-calculator" data-example={id} role="group" aria-label="KV cache size calculator">
      <fieldset className="cache-presets">
        <legend>Published configurations</legend>
        {CACHE_PRESETS.map((p) => (
          <button
            key={p.id}
            type="button"
            disabled={!hydrated}
            aria-pressed={!stale && CACHE_FIELDS.every((f) => shown[f] === p.shape[f])}
            onClick={() => update(textsOf(p.shape), p.id)}
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
          <select
            id={bytesId}
            value={texts.bytesPerValue}
            disabled={!hydrated}
            onChange={(e) => change("bytesPerValue")(e.target.value)}
          >
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

      <DecodeWorkPlot seqLen={shown.seqLen} headDim={shown.headDim} />
    </div>
  );
}

const Framed = editableExample(CacheSizeCalculatorView, cacheSizeSpec, "KV cache size calculator");

/** The KV cache size calculator, linkable and embeddable; it starts from `preset` (Llama 2 7B when left out). */
export function CacheSizeCalculator({ id, preset = "llama2-7b" }: CacheSizeCalculatorProps) {
  const start = useMemo<CacheValues & { id: string }>(
    () => ({ id, preset: [preset], layers: 0, kvHeads: 0, headDim: 0, seqLen: 0, batch: 0, bytesPerValue: 0 }),
    [id, preset],
  );
  return <Framed {...start} />;
}
