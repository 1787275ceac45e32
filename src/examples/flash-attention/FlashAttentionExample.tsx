import { useMemo } from "react";
import { checkFlashAttention } from "../../math/index.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { useExampleFrame } from "../../frame/context.ts";
import { StepControls } from "../../frame/StepControls.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { flashAttentionSpec, type FlashTarget } from "./FlashAttentionExample.editing.ts";
import type { FlashAttentionExampleInput, FlashAttentionExampleProps } from "./FlashAttentionExample.schema.ts";
import { FlashFinal } from "./FlashFinal.tsx";
import { FlashInWords } from "./FlashInWords.tsx";
import { FlashStepView } from "./FlashStepView.tsx";
import { flashRoleOf, type FlashGrid } from "./flash-roles.ts";
import { describeFlashStep, describeFlashTarget } from "./flash-text.ts";

export type { FlashAttentionExampleProps };

export const FLASH_HINT =
  "Hover, focus or tap m, a factor, l, an exp(s − m) or an entry of Õ or O to see how it is made.";

/**
 * FlashAttention step by step: each step brings one K/V block to one Q block; every query's m and
 * l are updated as in online softmax and its running output Õ is rescaled by the same factor and
 * added to. After the last step O = Õ / l stands beside standard attention, with their largest
 * difference.
 */
function FlashAttentionView({ id, Q, K, V, blockRows, blockCols, step = 0 }: FlashAttentionExampleProps) {
  const frame = useExampleFrame();
  const check = useMemo(() => checkFlashAttention(Q, K, V, { blockRows, blockCols }), [Q, K, V, blockRows, blockCols]);
  const steps = check.flash.steps;
  const inspection = useInspection<FlashTarget>();
  const active = inspection.active;
  const values = { Q, K, V, blockRows, blockCols, step };
  const roleOf = (grid: FlashGrid, row: number, col: number) => flashRoleOf(active, grid, row, col);
  const text = active === null ? null : describeFlashTarget(values, check, active);
  const current = steps[step - 1];

  return (
    <div
      className="example flash-attention-example"
      data-example={id}
      data-step={step}
      role="group"
      aria-label="FlashAttention, block by block"
      onKeyDown={inspection.onKeyDown}
    >
      <StepControls
        label="Block controls"
        step={step}
        last={steps.length}
        onGo={(next) => frame?.setValues({ step: next })}
        status={describeFlashStep(check, step)}
        atStart="Back and Start are off: no block has been read yet"
        atEnd="Step is off: every block has been read"
      />
      {current === undefined ? (
        <p className="online-start">
          Nothing on chip yet: every query has m = −∞, l = 0 and Õ = 0. <strong>Step</strong> brings the first K/V
          block.
        </p>
      ) : (
        <FlashStepView step={current} Q={Q} K={K} V={V} inspection={inspection} roleOf={roleOf} />
      )}
      <div className="readout" aria-live="polite" aria-atomic="true">
        {text === null ? (
          <p>{FLASH_HINT}</p>
        ) : (
          <>
            <p className="expansion">{text.expansion}</p>
            <p>{text.note}</p>
          </>
        )}
      </div>
      <FlashFinal check={check} done={step === steps.length} inspection={inspection} roleOf={roleOf} />
      <FlashInWords check={check} />
    </div>
  );
}

const Framed = editableExample(FlashAttentionView, flashAttentionSpec, "FlashAttention example");

/**
 * FlashAttention block by block, editable, linkable and embeddable: Q, K, V in blocks of
 * `blockRows` queries by `blockCols` keys, with `step` steps done when it opens (0 when left out).
 */
export function FlashAttentionExample(props: FlashAttentionExampleInput) {
  const { id, Q, K, V, blockRows, blockCols, step = 0 } = props;
  const filled = useMemo(
    () => ({ id, Q, K, V, blockRows, blockCols, step }),
    [id, Q, K, V, blockRows, blockCols, step],
  );
  return <Framed {...filled} />;
}
