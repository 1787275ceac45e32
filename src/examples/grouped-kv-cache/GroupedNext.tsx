import { memo } from "react";
import type { GroupedKvCacheRun } from "../../math/index.ts";
import type { InspectHandlers } from "../../inspect/useInspection.ts";
import { GroupedGrid, type StepTarget } from "./GroupedGrid.tsx";
import type { GroupedTarget } from "./GroupedKvTarget.ts";
import { GroupedReadout } from "./GroupedReadout.tsx";

interface GroupedNextProps {
  readonly run: GroupedKvCacheRun;
  readonly step: number;
  readonly words: readonly string[];
  /** The inspected logit, or null. */
  readonly active: GroupedTarget | null;
  readonly bind: (target: StepTarget) => InspectHandlers;
}

/** The last layer's h against every embedding: the logits, and the greedy pick fed in next. */
export const GroupedNext = memo(function GroupedNext({ run, step, words, active, bind }: GroupedNextProps) {
  const result = step === 0 ? run.prefill : run.steps[step - 1]!;
  const vocabulary = run.model.vocabulary;
  const picked = vocabulary[result.next]!;
  return (
    <section className="kv-layer kv-next" aria-label={`Next token after step ${step}`}>
      <p className="kv-row-title">Next token: logits = r·Eᵀ, the largest wins</p>
      <div className="equation-row">
        <GroupedGrid
          title="Logits"
          owner="Next token"
          symbol="logit"
          values={[result.logits]}
          part="logits"
          layer={-1}
          head={-1}
          active={active}
          bind={bind}
          colLabels={vocabulary}
          roleOf={(part, _h, _i, j) => (active?.part === part && active.col === j ? "inspected" : null)}
          note={`The largest is the logit of “${picked}”.`}
        />
        <p className="kv-picked">
          Greedy pick: <strong>“{picked}”</strong>
          {step < run.steps.length ? `, fed in at step ${step + 1}.` : ", which would be fed in at the next step."}
        </p>
      </div>
      <GroupedReadout
        run={run}
        step={step}
        words={words}
        target={active}
        hint="Hover, focus or tap a logit to see r times that word’s embedding."
      />
    </section>
  );
});
