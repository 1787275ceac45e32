import { useEffect, useId, useMemo, useState, useSyncExternalStore } from "react";
import { cachedTokens, runKvCache, TOY_DECODER, type KvCacheRun } from "../math/index.ts";
import { useInspection } from "./inspect/useInspection.ts";
import { KvCacheCheck } from "./KvCacheCheck.tsx";
import { KvCacheInWords } from "./KvCacheInWords.tsx";
import { KvCacheLayer } from "./KvCacheLayer.tsx";
import { KvCacheNext } from "./KvCacheNext.tsx";
import { KvCachePrefill } from "./KvCachePrefill.tsx";
import type { KvTarget } from "./KvCacheReadout.tsx";
import type { KvCacheStepperProps } from "./KvCacheStepper.schema.ts";

export type { KvCacheStepperProps };

const noSubscription = () => () => {};

/** The step read from the URL, or the reason it was not accepted. */
export type StepParam = { readonly step: number; readonly problem?: undefined } | { readonly step: 0; readonly problem: string };

/**
 * Reads `?step=` for a stepper with steps 0 … max. Missing → step 0, no problem; a whole number in
 * range → that step; anything else → step 0 and a sentence saying what was received and what is
 * accepted.
 */
export function parseStepParam(value: string | null, max: number): StepParam {
  if (value === null) return { step: 0 };
  if (/^\d+$/.test(value) && Number(value) <= max) return { step: Number(value) };
  const shown = value.length > 12 ? `${value.slice(0, 12)}…` : value;
  return {
    step: 0,
    problem: `The link asks for step “${shown}”, which this example does not have. Steps are whole numbers from 0 (after prefill) to ${max}, e.g. ?step=${Math.min(3, max)}; showing step 0.`,
  };
}

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

/** One step's view; keyed by step so the inspection starts afresh. */
function StepView({ run, step, words }: { run: KvCacheRun; step: number; words: readonly string[] }) {
  const { active, bind, onKeyDown } = useInspection<KvTarget>();
  const checked = step === 0 ? null : run.steps[step - 1]!;
  const last = run.model.layers.length - 1;
  // Each section gets only the target that concerns it, so an inspection re-renders one section
  // (two for a logit: the last layer's h is its ingredient).
  const activeIn = (l: number) => (active && (active.layer === l || (active.part === "logits" && l === last)) ? active : null);
  return (
    <div className="kv-step" onKeyDown={onKeyDown}>
      {checked === null
        ? run.prefill.layers.map((full, l) => <KvCachePrefill key={l} run={run} layer={l} full={full} words={words} active={active?.layer === l ? active : null} bind={bind} />)
        : checked.layers.map((d, l) => <KvCacheLayer key={l} run={run} step={step} layer={l} d={d} words={words} active={activeIn(l)} bind={bind} />)}
      <KvCacheNext run={run} step={step} words={words} active={activeIn(-1)} bind={bind} />
      {checked === null ? null : <KvCacheCheck step={step} checked={checked} words={words} />}
    </div>
  );
}

/**
 * The KV cache step by step: step 0 is the state after prefill, steps 1 … N decode one token each.
 * The step is kept in the URL as ?step=N (replaceState), and read back on load; a value that is not
 * a step shows a note and falls back to step 0. Server and hydration render step 0; the URL is read
 * after hydration, so the markup always matches.
 */
export function KvCacheStepper({ id, prompt, steps }: KvCacheStepperProps) {
  const hydrated = useSyncExternalStore(noSubscription, () => true, () => false);
  const run = useMemo(() => runKvCache(TOY_DECODER, prompt, steps), [prompt, steps]);
  const words = cachedTokens(run, steps).map((t) => run.model.vocabulary[t]!);
  const [step, setStep] = useState(0);
  const [urlProblem, setUrlProblem] = useState<string | null>(null);
  const reasonId = useId();

  useEffect(() => {
    const parsed = parseStepParam(new URLSearchParams(window.location.search).get("step"), steps);
    setStep(parsed.step);
    setUrlProblem(parsed.problem ?? null);
  }, [steps]);

  const go = (next: number) => {
    if (next < 0 || next > steps || next === step) return;
    setStep(next);
    setUrlProblem(null);
    const url = new URL(window.location.href);
    url.searchParams.set("step", String(next));
    window.history.replaceState(window.history.state, "", url);
  };

  const atStart = step === 0;
  const atEnd = step === steps;
  const reason = atStart ? "Previous and Reset are off: this is step 0, right after prefill." : atEnd ? `Next is off: step ${steps} is the last step.` : "";
  const button = (label: string, off: boolean, onClick: () => void) => (
    <button type="button" className="kv-control" disabled={!hydrated} aria-disabled={off || undefined} aria-describedby={off ? reasonId : undefined} onClick={off ? undefined : onClick}>
      {label}
    </button>
  );

  return (
    <div className="example kv-cache-example" data-example={id} data-step={step} role="group" aria-label="KV cache step-through">
      <div className="kv-controls" role="group" aria-label="Step controls">
        {button("Previous step", atStart, () => go(step - 1))}
        {button("Next step", atEnd, () => go(step + 1))}
        {button("Reset", atStart, () => go(0))}
        <p className="kv-status" aria-live="polite" aria-atomic="true">
          {describeStep(run, step, words)}
        </p>
        <p id={reasonId} className="kv-reason">
          {reason}
        </p>
      </div>
      {urlProblem ? (
        <p className="kv-url-note" role="status">
          {urlProblem}
        </p>
      ) : null}
      <StepView key={step} run={run} step={step} words={words} />
      <KvCacheInWords run={run} words={words} />
    </div>
  );
}
