import { useMemo } from "react";
import { pagedCacheAt, prefixSharing, type PrefixSharingInput } from "../../math/index.ts";
import { useExampleFrame } from "../../frame/context.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { StepControls } from "../../frame/StepControls.tsx";
import { MatrixGrid, type CellPosition } from "../../inspect/MatrixGrid.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { DRAWN_LIMITS, pagedCacheSpec } from "./PagedCacheExample.editing.ts";
import type { PagedCacheExampleInput, PagedCacheExampleProps } from "./PagedCacheExample.schema.ts";
import { PagedBlockPool } from "./PagedBlockPool.tsx";
import { isDrawn, PagedCacheInWords } from "./PagedCacheInWords.tsx";
import { describePagedStep, describeTableEntry, memoryLines } from "./paged-words.ts";

export type { PagedCacheExampleProps };

/** What the readout says while nothing is inspected. */
export const PAGED_HINT =
  "Hover, focus or tap an entry of a block table to see which physical block it points at and who shares it.";

/** The block tables at one step, inspectable, with the pool of physical blocks they point into. */
function PagedTables({ input, step }: { input: PrefixSharingInput; step: number }) {
  const at = pagedCacheAt(input, step);
  const { active: raw, bind, onKeyDown } = useInspection<CellPosition>();
  const blocks = at.tables[0]!.length;
  // A link's or an earlier step's entry may be past this step's tables: then nothing is inspected.
  const active = raw && raw.row < at.tables.length && raw.col < blocks ? raw : null;
  const pointed = active ? at.tables[active.row]![active.col]! : null;
  return (
    <div className="paged-step" onKeyDown={onKeyDown}>
      <div className="operand operand-wide">
        <p className="operand-title">Block tables: logical block → physical block</p>
        <MatrixGrid
          values={at.tables}
          label="Block tables"
          rowLabels={at.tables.map((_, s) => `sequence ${s}`)}
          colLabels={at.tables[0]!.map((_, k) => `block ${k}`)}
          cellLabel={(s, k, id) => `Sequence ${s}, logical block ${k}: physical block ${id}`}
          inspect={{ active, bind }}
          roleOf={(s, k) =>
            active && s === active.row && k === active.col
              ? "inspected"
              : pointed !== null && at.tables[s]![k] === pointed
                ? "ingredient"
                : null
          }
        />
        <p className="operand-note">
          One row per sequence. Logical block k of a sequence holds its tokens {input.blockSize}·k to {input.blockSize}
          ·k + {input.blockSize - 1}; the entry says which physical block stores them. Entries drawn with a dashed
          outline point at the same physical block as the inspected one.
        </p>
      </div>
      <div className="readout" aria-live="polite" aria-atomic="true">
        {active ? describeTableEntry(input, at, active.row, active.col) : PAGED_HINT}
      </div>
      <PagedBlockPool at={at} blockSize={input.blockSize} pointed={pointed} />
    </div>
  );
}

/**
 * A paged KV cache step by step: S sequences share a P-token prompt written once into blocks of
 * B tokens, then each generates tokens of its own, copying a shared part-full block before it
 * writes into it. The block tables are inspectable; the memory saved, and what a contiguous cache
 * reserving L tokens per sequence would waste, are worked out under them.
 */
function PagedCacheView(props: PagedCacheExampleProps) {
  const { id, step, ...input } = props;
  const frame = useExampleFrame();
  const { sequences, promptTokens, generatedTokens, blockSize, maxLength } = input;
  const scenario = useMemo(
    () => ({ sequences, promptTokens, generatedTokens, blockSize, maxLength }),
    [sequences, promptTokens, generatedTokens, blockSize, maxLength],
  );
  const result = useMemo(() => prefixSharing(scenario), [scenario]);
  const drawn = isDrawn(scenario);
  return (
    <div className="example paged-example" data-example={id} data-step={step} role="group" aria-label="Paged KV cache">
      <StepControls
        step={step}
        last={generatedTokens}
        onGo={(next) => frame?.setValues({ step: next })}
        label="Step controls"
        status={describePagedStep(scenario, pagedCacheAt(scenario, step))}
        atStart="Back and Start are off: this is step 0, right after prefill"
        atEnd={`Step is off: step ${generatedTokens} is the last step`}
      />
      {drawn ? (
        <PagedTables input={scenario} step={step} />
      ) : (
        <p className="paged-too-large">
          The block tables are drawn for up to {DRAWN_LIMITS.sequences} sequences of {DRAWN_LIMITS.blocks} blocks; the
          totals below are for these numbers.
        </p>
      )}
      <section className="paged-memory" aria-label="Memory after the last step">
        <p className="paged-memory-title">After the last step</p>
        {memoryLines(scenario, result).map((line, k) => (
          <p key={k}>{line}</p>
        ))}
      </section>
      <PagedCacheInWords input={scenario} />
    </div>
  );
}

const Framed = editableExample(PagedCacheView, pagedCacheSpec, "Paged KV cache");

/** The paged cache, linkable and embeddable; `step` (0 when left out) is the step shown first. */
export function PagedCacheExample(props: PagedCacheExampleInput) {
  const { id, sequences, promptTokens, generatedTokens, blockSize, maxLength, step = 0 } = props;
  const filled = useMemo(
    () => ({ id, sequences, promptTokens, generatedTokens, blockSize, maxLength, step }),
    [id, sequences, promptTokens, generatedTokens, blockSize, maxLength, step],
  );
  return <Framed {...filled} />;
}
