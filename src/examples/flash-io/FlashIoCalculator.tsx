import { useMemo, useState, useSyncExternalStore } from "react";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { useExampleFrame } from "../../frame/context.ts";
import { attentionIo, FLASH_IO_LIMITS, groupDigits } from "../../math/index.ts";
import { readWhole } from "../../math/parse-values.ts";
import { CacheSizeField } from "../cache-size/CacheSizeField.tsx";
import { checkFlashIo, flashIoSpec, type FlashIoValues } from "./FlashIoCalculator.editing.ts";
import type { FlashIoCalculatorProps } from "./FlashIoCalculator.schema.ts";
import { flashFormula, ratioText, standardFormula, termText } from "./flash-io-text.ts";

export type { FlashIoCalculatorProps };

type Key = keyof FlashIoValues;
const FIELDS: readonly { key: Key; label: string; name: string }[] = [
  { key: "N", label: "Sequence length", name: "the sequence length N" },
  { key: "d", label: "Head size", name: "the head size d" },
  { key: "M", label: "On-chip memory (numbers)", name: "the on-chip memory M" },
];
const RANGES = { N: FLASH_IO_LIMITS.sequenceLength, d: FLASH_IO_LIMITS.headDim, M: FLASH_IO_LIMITS.sram };
const noSubscription = () => () => {};

/**
 * Numbers moved between the GPU's main memory and its chip by standard attention (which writes
 * the N×N scores S and weights A and reads them back) and by FlashAttention (which never
 * does), for the learner's N, d and M: each count as a formula with the numbers put in, the lines
 * it is made of, and the ratio. A refused field says why next to itself; the last valid counts stay.
 */
function FlashIoView({ id, N, d, M }: FlashIoValues & { readonly id: string }) {
  const frame = useExampleFrame();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const [texts, setTexts] = useState<Record<Key, string>>({ N: String(N), d: String(d), M: String(M) });
  const reads = Object.fromEntries(
    FIELDS.map(({ key, name }) => [key, readWhole(texts[key], name, RANGES[key].min, RANGES[key].max)]),
  ) as Record<Key, ReturnType<typeof readWhole>>;
  const valueOf = (key: Key) => {
    const read = reads[key];
    return read.ok ? read.value : null;
  };
  const [n, h, m] = [valueOf("N"), valueOf("d"), valueOf("M")];
  const typed = n !== null && h !== null && m !== null ? { N: n, d: h, M: m } : null;
  const together = typed === null ? null : checkFlashIo(typed);
  const stale = typed === null || together !== null;
  const { standard, flash } = attentionIo(N, d, M);

  const change = (key: Key) => (text: string) => {
    const next = { ...texts, [key]: text };
    setTexts(next);
    const values = FIELDS.map(({ key: k, name }) => readWhole(next[k], name, RANGES[k].min, RANGES[k].max));
    if (values.every((v) => v.ok)) {
      const [n, h, m] = values.map((v) => (v as { value: number }).value) as [number, number, number];
      if (checkFlashIo({ N: n, d: h, M: m }) === null) frame?.setValues({ N: n, d: h, M: m });
    }
  };

  return (
    <div className="example flash-io-calculator" data-example={id} role="group" aria-label="Memory traffic calculator">
      <div className="cache-fields">
        {FIELDS.map(({ key, label }) => {
          const read = reads[key];
          return (
            <CacheSizeField
              key={key}
              label={label}
              symbol={key}
              text={texts[key]}
              hint={`A whole number from ${groupDigits(RANGES[key].min)} to ${groupDigits(RANGES[key].max)}${key === "M" ? ", at least d" : ""}.`}
              error={read.ok ? (key === "M" && together !== null ? together : undefined) : read.message}
              disabled={!hydrated}
              onChange={change(key)}
            />
          );
        })}
      </div>
      <div className="readout flash-io-result" aria-live="polite" aria-atomic="true">
        {stale && <p className="cache-stale">Showing the last valid counts until every field is accepted:</p>}
        <p>
          <strong>Standard attention</strong>: <span className="expansion">{standardFormula(standard, N, d)}</span>, of
          which {groupDigits(standard.scoreMatrixElements)} are S and A going out and back.
        </p>
        <p>
          <strong>FlashAttention</strong>:{" "}
          {flashFormula(flash, N, d).map((line) => (
            <span key={line} className="expansion flash-io-line">
              {line}
            </span>
          ))}
        </p>
        <p className="flash-io-ratio">{ratioText(standard, flash)}</p>
      </div>
      <details className="flash-io-terms">
        <summary>Every array read or written</summary>
        <div className="equation-row">
          {(
            [
              ["Standard attention", standard.terms],
              ["FlashAttention", flash.terms],
            ] as const
          ).map(([title, terms]) => (
            <section key={title} aria-label={`${title}: every array read or written`}>
              <p className="operand-title">{title}</p>
              <ul>
                {terms.map((term, k) => (
                  <li key={k}>{termText(term)}</li>
                ))}
              </ul>
            </section>
          ))}
        </div>
      </details>
    </div>
  );
}

const Framed = editableExample(FlashIoView, flashIoSpec, "Memory traffic calculator");

/** The memory-traffic calculator, linkable and embeddable, starting from the page's N, d and M. */
export function FlashIoCalculator({ id, N, d, M }: FlashIoCalculatorProps) {
  const start = useMemo(() => ({ id, N, d, M }), [id, N, d, M]);
  return <Framed {...start} />;
}
