import { useCallback, useId, useMemo, useSyncExternalStore } from "react";
import { cachedTokens, runKvCache, TOY_DECODER, type KvCacheRun } from "../../math/index.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { useExampleFrame } from "../../frame/context.ts";
import { useInspection } from "../../inspect/useInspection.ts";
import { KvCacheCheck } from "./KvCacheCheck.tsx";
import { KvCacheInWords } from "./KvCacheInWords.tsx";
import { KvCacheLayer } from "./KvCacheLayer.tsx";
import { KvCacheNext } from "./KvCacheNext.tsx";
import { KvCachePrefill } from "./KvCachePrefill.tsx";
import type { KvTarget } from "./KvCacheReadout.tsx";
import type { KvCacheStepperInput, KvCacheStepperProps } from "./KvCacheStepper.schema.ts";
import type { KvStepTarget } from "./KvCacheTarget.ts";
import { kvCacheStepperSpec } from "./KvCacheStepper.editing.ts";

export type { KvCacheStepperProps };

const noSubscription = () => () => {};

/** The sentence the live region announces for a step. */
export function describeStep(run: KvCacheRun, step: number, words: readonly string[]): string {
  const n = run.steps.length;
  const layers = run.model.layers.length;
  if (step === 0) {
    return `Step 0 of ${n}, after prefill: each of the ${layers} layers caches K and V for the ${run.prompt.length} prompt tokens.`;
  }
  const rows = run.prompt.length + step;
  return `Step ${step} of ${n}: decoding “${words[rows - 1]}”; each layer’s cache grows to ${rows} rows, the last one new.`;
}

/** One step's view (layers, next token, check); keyed by step so the inspection starts afresh. */
export function StepView({ run, step, words }: { run: KvCacheRun; step: number; words: readonly string[] }) {
  const { active, bind: bindStep, onKeyDown } = useInspection<KvStepTarget>();
  // Targets carry their step, so the link to an inspected number names the step it belongs to.
  const bind = useCallback((target: KvTarget) => bindStep({ ...target, step }), [bindStep, step]);
  const checked = step === 0 ? null : run.steps[step - 1]!;
  const last = run.model.layers.length - 1;
  // Each section gets only the target that concerns it, so an inspection re-renders one section
  // (two for a logit: the last layer's h is its ingredient).
  const activeIn = (l: number) =>
    active && (active.layer === l || (active.part === "logits" && l === last)) ? active : null;
  return (
    <div className="kv-step" onKeyDown={onKeyDown}>
      {checked === null
        ? run.prefill.layers.map((full, l) => (
            <KvCachePrefill
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
            <KvCacheLayer
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
      <KvCacheNext run={run} step={step} words={words} active={activeIn(-1)} bind={bind} />
      {checked === null ? null : <KvCacheCheck step={step} checked={checked} words={words} />}
    </div>
  );
}

/**
 * The KV cache step by step: step 0 is the state after prefill, steps 1 … N decode one token each.
 * The step buttons change the frame's `step` field, so the step lives in the URL
 * (`?kv-steps.step=3`) like every edited value.
 */
function KvCacheStepperView({ id, prompt, steps, step = 0 }: KvCacheStepperProps) {
  const frame = useExampleFrame();
  const hydrated = useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
  const run = useMemo(() => runKvCache(TOY_DECODER, prompt, steps), [prompt, steps]);
  const words = cachedTokens(run, steps).map((t) => run.model.vocabulary[t]!);
  const reasonId = useId();

  const go = (next: number) => {
    if (next < 0 || next > steps || next === step) return;
    frame?.setValues({ step: next });
  };

  const atStart = step === 0;
  const atEnd = step === steps;
  const reason = atStart
    ? "Previous step and Back to step 0 are off: this is step 0, right after prefill."
    : atEnd
      ? `Next is off: step ${steps} is the last step.`
      : "";
  const button = (label: string, off: boolean, onClick: () => void) => (
    <button
      type="button"
      className="kv-control"
      disabled={!hydrated}
      aria-disabled={off || undefined}
      aria-describedby={off ? reasonId : undefined}
      onClick={off ? undefined : onClick}
    >
      {label}
    </button>
  );

  return (
    <div
      className="example kv-cache-example"
      data-example={id}
      data-step={step}
      role="group"
      aria-label="KV cache step-through"
    >
      <div className="kv-controls" role="group" aria-label="Step controls">
        {button("Previous step", atStart, () => go(step - 1))}
        {button("Next step", atEnd, () => go(step + 1))}
        {button("Back to step 0", atStart, () => go(0))}
        <p className="kv-status" aria-live="polite" aria-atomic="true">
          {describeStep(run, step, words)}
        </p>
        <p id={reasonId} className="kv-reason">
          {reason}
        </p>
      </div>
      <StepView key={step} run={run} step={step} words={words} />
      <KvCacheInWords run={run} words={words} />
    </div>
  );
}

const Framed = editableExample(KvCacheStepperView, kvCacheStepperSpec, "KV cache step-through");

/**
 * The KV cache step by step, linkable and embeddable: the toy decoder prefills `prompt`, then
 * decodes `steps` tokens; `step` (0 when left out) is the step shown first.
 */
export function KvCacheStepper(props: KvCacheStepperInput) {
  const { id, prompt, steps, step = 0 } = props;
  const filled = useMemo(() => ({ id, prompt, steps, step }), [id, prompt, steps, step]);
  return <Framed {...filled} />;
}
