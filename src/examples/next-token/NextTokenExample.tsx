import { useMemo } from "react";
import { TOY_DECODER, type Vector } from "../../math/index.ts";
import { editableExample } from "../../frame/ExampleFrame.tsx";
import { MatrixGrid, type CellRole } from "../../inspect/MatrixGrid.tsx";
import { partInspect } from "../../inspect/part-inspection.ts";
import { useInspection } from "../../inspect/useInspection.ts";
import { show } from "../../text/tiled-text.ts";
import { equalsOrApprox } from "../../text/weight-format.ts";
import { nextTokenSpec, runNextToken, type NextStage, type NextTarget } from "./NextTokenExample.editing.ts";
import type { NextTokenExampleProps } from "./NextTokenExample.schema.ts";
import { NextTokenInWords } from "./NextTokenInWords.tsx";
import { describeDraw, describeNextTarget } from "./next-token-text.ts";

export type { NextTokenExampleProps };

const vocabulary = TOY_DECODER.vocabulary;
export const NEXT_HINT = "Hover, focus or tap a number to see how it is made.";

/** The stage a stage's numbers come from, for marking ingredients. */
const SOURCE: Readonly<Record<NextStage, NextStage | null>> = {
  logit: null,
  scaled: "logit",
  prob: "scaled",
  topk: "prob",
  topp: "topk",
  cum: "topp",
};

/**
 * The toy decoder's logits after the prompt, turned into the next token: z / T, softmax, top-k,
 * top-p, and the running sums one seeded draw u reads; the chosen token beside the greedy one.
 * Every number is inspectable; T, k, p, the seed and the prompt are edited in the frame's editor.
 */
function NextTokenView({ id, prompt, temperature, k, p, seed }: NextTokenExampleProps) {
  const values = { prompt, temperature, k, p, seed };
  const result = runNextToken(values);
  const inspection = useInspection<NextTarget>();
  if ("refusal" in result) return <p className="field-error">{result.refusal}</p>;
  const { run } = result;
  const { choice } = run;
  const active = inspection.active;
  const source = (stage: NextStage): NextStage | null =>
    stage === "prob" && temperature === 0 ? "logit" : SOURCE[stage];
  const roleOf = (stage: NextStage, col: number): CellRole => {
    if (active === null) return null;
    if (active.part === stage && active.col === col) return "inspected";
    if (source(active.part) !== stage) return null;
    if (active.part === "scaled") return col === active.col ? "ingredient" : null;
    if (active.part === "cum") return col <= active.col ? "ingredient" : null;
    if (active.part === "topk" || active.part === "topp") {
      const filter = active.part === "topk" ? choice.topK! : choice.topP!;
      return filter.kept.includes(col) ? "ingredient" : null;
    }
    return "ingredient";
  };
  const rows: readonly [NextStage, string, Vector][] = [
    ["logit", "Logits z", run.logits],
    ...(choice.scaledLogits === null
      ? []
      : [["scaled", `z / T, T = ${show(temperature)}`, choice.scaledLogits] as [NextStage, string, Vector]]),
    ["prob", temperature === 0 ? "Probabilities, T = 0 (greedy)" : "Probabilities softmax(z / T)", choice.probs],
    ["topk", `After top-k, k = ${k}`, choice.topK!.probs],
    ["topp", `After top-p, p = ${show(p)}`, choice.topP!.probs],
    ["cum", "Running sums, in vocabulary order", choice.cumulative],
  ];
  const text = active === null ? null : describeNextTarget(values, run, active.part, active.col);

  return (
    <div
      className="example next-token-example"
      data-example={id}
      role="group"
      aria-label="Choosing the next token"
      onKeyDown={inspection.onKeyDown}
    >
      <p className="operand-title">Prompt: “{prompt.join(" ")}”</p>
      {rows.map(([stage, title, v]) => (
        <div key={stage} className="operand operand-wide">
          <p className="operand-title">{title}</p>
          <MatrixGrid
            values={[v]}
            label={`${title}: inspect one`}
            colLabels={vocabulary}
            format={show}
            cellLabel={(_, c, value) => `${title}, ${vocabulary[c]} ${equalsOrApprox(value, 3)}`}
            roleOf={(_, c) => roleOf(stage, c)}
            inspect={partInspect(inspection, stage)}
          />
        </div>
      ))}
      <div className="readout" aria-live="polite" aria-atomic="true">
        {text === null ? (
          <p>{NEXT_HINT}</p>
        ) : (
          <>
            <p className="expansion">{text.expansion}</p>
            <p>{text.note}</p>
          </>
        )}
      </div>
      <p className="next-token-draw">
        <strong>Next token: “{vocabulary[choice.index]}”.</strong> {describeDraw(values, run)}
      </p>
      <NextTokenInWords values={values} run={run} />
    </div>
  );
}

const Framed = editableExample(NextTokenView, nextTokenSpec, "Next token example");

/** Choosing the next token from the toy decoder's logits, editable, linkable and embeddable. */
export function NextTokenExample(props: NextTokenExampleProps) {
  const { id, prompt, temperature, k, p, seed } = props;
  const filled = useMemo(() => ({ id, prompt, temperature, k, p, seed }), [id, prompt, temperature, k, p, seed]);
  return <Framed {...filled} />;
}
