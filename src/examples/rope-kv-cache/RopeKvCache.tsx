import { useMemo } from "react";
import { cachedTokens, DEFAULT_POSITION_BASE, runKvCache, TOY_DECODER } from "../../math/index.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { useExampleFrame } from "../../frame/context.ts";
import { StepControls } from "../../frame/StepControls.tsx";
import { WordChoice } from "../../frame/WordChoice.tsx";
import { KvCacheInWords } from "../kv-cache/KvCacheInWords.tsx";
import { StepView } from "../kv-cache/KvCacheStepper.tsx";
import { ropeKvCacheSpec } from "./RopeKvCache.editing.ts";
import type { RopeKvCacheInput, RopeKvCacheProps } from "./RopeKvCache.schema.ts";
import { RopeKvCacheDrift } from "./RopeKvCacheDrift.tsx";
import { RopeKvInWords } from "./RopeKvInWords.tsx";
import { describeRopeStep } from "./rope-kv-text.ts";

/** The view's props: the offset as the frame's one-word field `offset`. */
type RopeKvViewProps = Omit<RopeKvCacheProps, "offset"> & { readonly offset: readonly string[] };

/**
 * The KV cache step-through with RoPE on: prefill caches keys already turned at their positions,
 * each decode step turns only the new token's q and k, and the check compares with recomputation.
 * The offset switch turns the new token at position 0 instead, and the check shows the drift.
 */
function RopeKvCacheView({ id, prompt, steps, step, base, offset }: RopeKvViewProps) {
  const frame = useExampleFrame();
  const wrongOffset = offset[0] === "wrong";
  const run = useMemo(
    () => runKvCache(TOY_DECODER, prompt, steps, { rope: { base, wrongOffset } }),
    [prompt, steps, base, wrongOffset],
  );
  const words = cachedTokens(run, steps).map((t) => run.model.vocabulary[t]!);
  return (
    <div
      className="example kv-cache-example rope-kv-example"
      data-example={id}
      data-step={step}
      role="group"
      aria-label="RoPE and the KV cache step-through"
    >
      <WordChoice
        field="offset"
        legend="A decode step turns the new token’s q and k at"
        value={wrongOffset ? "wrong" : "right"}
        options={[
          { word: "right", label: "its own position (correct)" },
          { word: "wrong", label: "position 0 (the wrong-offset bug)" },
        ]}
      />
      <StepControls
        step={step}
        last={steps}
        onGo={(next) => frame?.setValues({ step: next })}
        label="Step controls"
        status={describeRopeStep(run, step, words)}
        atStart="Back and Start are off: this is step 0, right after prefill"
        atEnd={`Step is off: step ${steps} is the last step`}
      />
      {step === 0 ? null : <RopeKvCacheDrift run={run} step={step} />}
      <StepView key={step} run={run} step={step} words={words} />
      <RopeKvInWords run={run} words={words} />
      <KvCacheInWords run={run} words={words} />
    </div>
  );
}

const Framed = editableExample(RopeKvCacheView, ropeKvCacheSpec, "RoPE and the KV cache step-through");

/**
 * The KV cache step-through with RoPE, linkable and embeddable: the toy decoder prefills `prompt`
 * and decodes `steps` tokens with RoPE at `base`; `offset: "wrong"` switches the bug on.
 */
export function RopeKvCache(props: RopeKvCacheInput) {
  const { id, prompt, steps, step = 0, base = DEFAULT_POSITION_BASE, offset = "right" } = props;
  const filled = useMemo(
    () => ({ id, prompt, steps, step, base, offset: [offset] }),
    [id, prompt, steps, step, base, offset],
  );
  return <Framed {...filled} />;
}
