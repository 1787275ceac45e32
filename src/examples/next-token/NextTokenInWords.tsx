import { TOY_DECODER } from "../../math/index.ts";
import { show } from "../../text/tiled-text.ts";
import type { NextTokenRun, NextTokenValues } from "./NextTokenExample.editing.ts";
import { describeDraw, stageText } from "./next-token-text.ts";
import { InWords } from "../../text/InWords.tsx";

const vocabulary = TOY_DECODER.vocabulary;

/**
 * The text version of the next-token example: every stage over the vocabulary, what each filter
 * kept, and the draw. Readable without JavaScript, in print and by screen readers.
 */
export function NextTokenInWords({ values, run }: { readonly values: NextTokenValues; readonly run: NextTokenRun }) {
  const { choice } = run;
  const names = (kept: readonly number[]) => kept.map((i) => `“${vocabulary[i]}”`).join(", ");
  return (
    <InWords label="Choosing the next token, in words" title="The example in words">
      <dl>
        <dt>Logits z after “{values.prompt.join(" ")}”</dt>
        <dd>{stageText(run.logits)}</dd>
        {choice.scaledLogits === null ? null : (
          <>
            <dt>z / T with T = {show(values.temperature)}</dt>
            <dd>{stageText(choice.scaledLogits)}</dd>
          </>
        )}
        <dt>Probabilities</dt>
        <dd>
          {values.temperature === 0 ? "T = 0, the greedy limit: all of it on the largest logit. " : "softmax(z / T): "}
          {stageText(choice.probs)}
        </dd>
        <dt>Top-k with k = {values.k}</dt>
        <dd>
          Keeps {names(choice.topK!.kept)} (together {show(choice.topK!.keptMass)}), renormalised:{" "}
          {stageText(choice.topK!.probs)}
        </dd>
        <dt>Top-p with p = {show(values.p)}</dt>
        <dd>
          Keeps {names(choice.topP!.kept)} (together {show(choice.topP!.keptMass)}), renormalised:{" "}
          {stageText(choice.topP!.probs)}
        </dd>
        <dt>The draw</dt>
        <dd>{describeDraw(values, run)}</dd>
      </dl>
    </InWords>
  );
}
