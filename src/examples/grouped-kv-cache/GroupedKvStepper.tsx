import { useCallback, useMemo } from "react";
import {
  attentionKind,
  groupedCachedTokens,
  runGroupedKvCache,
  TOY_QUERY_HEADS,
  toyGroupedDecoder,
  type GroupedKvCacheRun,
} from "../../math/index.ts";
import { useExampleFrame } from "../../frame/context.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { StepControls } from "../../frame/StepControls.tsx";
import { useInspection } from "../../inspect/useInspection.ts";
import { describeSharing, kvHeadsText } from "../../text/head-sharing.ts";
import { AttentionKindSwitch } from "./AttentionKindSwitch.tsx";
import { KvCacheCheck } from "../kv-cache/KvCacheCheck.tsx";
import { GroupedDecodeLayerView } from "./GroupedDecodeLayer.tsx";
import type { StepTarget } from "./GroupedGrid.tsx";
import { GroupedKvInWords } from "./GroupedKvInWords.tsx";
import { groupedKvStepperSpec } from "./GroupedKvStepper.editing.ts";
import type { GroupedKvStepperInput, GroupedKvStepperProps } from "./GroupedKvStepper.schema.ts";
import type { GroupedTarget } from "./GroupedKvTarget.ts";
import { GroupedNext } from "./GroupedNext.tsx";
import { GroupedPrefillLayer } from "./GroupedPrefillLayer.tsx";

export type { GroupedKvStepperProps };

/** The sentence the live region announces for a step. */
export function describeGroupedStep(run: GroupedKvCacheRun, step: number, words: readonly string[]): string {
  const n = run.steps.length;
  const G = run.model.layers[0]!.Wk.length;
  const kind = attentionKind(run.model.layers[0]!.Wq.length, G);
  if (step === 0) {
    return `Step 0 of ${n}, after prefill, with ${kind}: each of the ${run.model.layers.length} layers caches K and V of ${kvHeadsText(G)} for the ${run.prompt.length} prompt tokens.`;
  }
  const rows = run.prompt.length + step;
  return `Step ${step} of ${n}, with ${kind}: decoding “${words[rows - 1]}”; each layer’s ${kvHeadsText(G)} grow to ${rows} rows, the last one new.`;
}

/** One step's view; keyed by step and KV heads so the inspection starts afresh. */
function StepView({ run, step, words }: { run: GroupedKvCacheRun; step: number; words: readonly string[] }) {
  const { active, bind: bindStep, onKeyDown } = useInspection<GroupedTarget>();
  // Targets carry their step, so the link to an inspected number names the step it belongs to.
  const bind = useCallback((target: StepTarget) => bindStep({ ...target, step }), [bindStep, step]);
  const checked = step === 0 ? null : run.steps[step - 1]!;
  const last = run.model.layers.length - 1;
  const activeIn = (l: number) =>
    active && (active.layer === l || (active.part === "logits" && l === last)) ? active : null;
  const sharing = describeSharing(run.model.layers[0]!.Wq.length, run.model.layers[0]!.Wk.length);
  return (
    <div className="kv-step" onKeyDown={onKeyDown}>
      {checked === null
        ? run.prefill.layers.map((full, l) => (
            <GroupedPrefillLayer
              key={l}
              run={run}
              layer={l}
              full={full}
              words={words}
              active={active?.layer === l ? active : null}
              bind={bind}
            />
          ))
        : checked.layers.map((d, l) => (
            <GroupedDecodeLayerView
              key={l}
              run={run}
              step={step}
              layer={l}
              d={d}
              words={words}
              active={activeIn(l)}
              bind={bind}
            />
          ))}
      <GroupedNext run={run} step={step} words={words} active={activeIn(-1)} bind={bind} />
      {checked === null ? null : (
        <KvCacheCheck step={step} checked={checked} words={words} recomputed={`${sharing}; every layer, causal mask`} />
      )}
    </div>
  );
}

/**
 * The KV cache step by step with 4 query heads per layer sharing 4, 2 or 1 KV heads (MHA, GQA,
 * MQA): step 0 is the state after prefill, steps 1 … N decode one token each, and every step is
 * checked against a full recomputation. The switch and the step buttons change frame fields, so
 * both live in the URL (`?gqa-steps.kvHeads=1&gqa-steps.step=2`).
 */
function GroupedKvStepperView({ id, prompt, steps, step, kvHeads }: GroupedKvStepperProps) {
  const run = useMemo(() => runGroupedKvCache(toyGroupedDecoder(kvHeads), prompt, steps), [prompt, steps, kvHeads]);
  const words = groupedCachedTokens(run, steps).map((t) => run.model.vocabulary[t]!);
  const frame = useExampleFrame();
  return (
    <div
      className="example kv-cache-example gqa-example"
      data-example={id}
      data-step={step}
      data-kv-heads={kvHeads}
      role="group"
      aria-label="Grouped-query KV cache step-through"
    >
      <AttentionKindSwitch queryHeads={TOY_QUERY_HEADS} kvHeads={kvHeads} />
      <StepControls
        step={step}
        last={steps}
        onGo={(next) => frame?.setValues({ step: next })}
        label="Step controls"
        status={describeGroupedStep(run, step, words)}
        atStart="Back and Start are off: this is step 0, right after prefill"
        atEnd={`Step is off: step ${steps} is the last step`}
      />
      <StepView key={`${kvHeads}-${step}`} run={run} step={step} words={words} />
      <GroupedKvInWords run={run} words={words} />
    </div>
  );
}

const Framed = editableExample(GroupedKvStepperView, groupedKvStepperSpec, "Grouped-query KV cache step-through");

/**
 * The grouped KV cache step by step, linkable and embeddable: the toy decoder with 4 query heads
 * and `kvHeads` KV heads (2 when left out) prefills `prompt`, then decodes `steps` tokens; `step`
 * (0 when left out) is the step shown first.
 */
export function GroupedKvStepper(props: GroupedKvStepperInput) {
  const { id, prompt, steps, step = 0, kvHeads = 2 } = props;
  const filled = useMemo(() => ({ id, prompt, steps, step, kvHeads }), [id, prompt, steps, step, kvHeads]);
  return <Framed {...filled} />;
}
