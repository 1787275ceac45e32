/**
 * The words of the next-token example: the readout for each inspected number, the draw, and the
 * lines of its text version. Every number comes from src/math/sampling.ts.
 */
import { formatFactor, TOY_DECODER, type Vector } from "../../math/index.ts";
import { relation, show } from "../../text/tiled-text.ts";
import type { NextStage, NextTokenRun, NextTokenValues } from "./NextTokenExample.editing.ts";

const vocabulary = TOY_DECODER.vocabulary;
const word = (i: number) => `“${vocabulary[i]}”`;

/** What the readout shows for one number. */
export interface NextText {
  readonly expansion: string;
  readonly note: string;
}

const sumOf = (v: Vector, keep: readonly number[]) => keep.reduce((s, i) => s + v[i]!, 0);

/** The readout for stage `stage`, token i. */
export function describeNextTarget(values: NextTokenValues, run: NextTokenRun, stage: NextStage, i: number): NextText {
  const { logits, choice } = run;
  const T = values.temperature;
  const z = logits[i]!;
  switch (stage) {
    case "logit":
      return {
        expansion: `z(${vocabulary[i]}) ${relation(z)} ${show(z)}`,
        note: `The toy decoder’s last layer output for the last prompt word, dotted with the embedding of ${word(i)}. Larger means more likely.`,
      };
    case "scaled": {
      const s = choice.scaledLogits![i]!;
      return {
        expansion: `z / T = ${show(z)} / ${formatFactor(T, 3)} ${relation(s)} ${show(s)}`,
        note:
          T < 1
            ? "T below 1 spreads the logits apart: the largest pulls ahead."
            : T > 1
              ? "T above 1 pulls the logits together: the choice gets more even."
              : "T = 1 leaves the logits as they are.",
      };
    }
    case "prob": {
      const q = choice.probs[i]!;
      if (T === 0)
        return {
          expansion: `p(${vocabulary[i]}) = ${q}`,
          note: `T = 0 is the limit of ever smaller T: all the probability goes to the largest logit, ${word(run.greedy)}. Nothing is divided by 0.`,
        };
      const scaled = choice.scaledLogits!;
      return {
        expansion: `p(${vocabulary[i]}) = exp(${show(scaled[i]!)}) / Σ exp(z / T) ${relation(q)} ${show(q)}`,
        note: "Softmax over the whole vocabulary of z / T: every token gets a share, and the shares add up to 1.",
      };
    }
    case "topk":
    case "topp": {
      const filter = stage === "topk" ? choice.topK! : choice.topP!;
      const before = stage === "topk" ? choice.probs : (choice.topK?.probs ?? choice.probs);
      const kept = filter.kept.includes(i);
      const q = filter.probs[i]!;
      const rule =
        stage === "topk"
          ? `top-k keeps the ${values.k} most probable`
          : `top-p keeps the fewest most probable tokens whose probabilities reach p = ${formatFactor(values.p, 3)}`;
      return kept
        ? {
            expansion: `${show(before[i]!)} / ${show(filter.keptMass)} ${relation(q)} ${show(q)}`,
            note: `${word(i)} is kept: ${rule}, and their probabilities are divided by what they add up to, ${show(sumOf(before, filter.kept))}.`,
          }
        : { expansion: `${vocabulary[i]}: 0`, note: `${word(i)} is dropped: ${rule}.` };
    }
    case "cum": {
      const c = choice.cumulative[i]!;
      const start = i === 0 ? 0 : choice.cumulative[i - 1]!;
      return {
        expansion: `${show(start)} + ${show(choice.finalProbs[i]!)} ${relation(c)} ${show(c)}`,
        note: `The probabilities laid end to end in vocabulary order: ${word(i)} owns the stretch from ${show(start)} to ${show(c)}. A draw u in it picks ${word(i)}.`,
      };
    }
  }
}

/** The draw in one sentence: u, the stretch it falls in, the token, and the greedy token. */
export function describeDraw(values: NextTokenValues, run: NextTokenRun): string {
  const { choice, greedy } = run;
  const i = choice.index;
  const start = i === 0 ? 0 : choice.cumulative[i - 1]!;
  const same = i === greedy ? "the same as" : "not";
  return `Seed ${values.seed} draws u ${relation(choice.u)} ${show(choice.u)}, which falls in the stretch of ${word(i)}, ${show(start)} to ${show(choice.cumulative[i]!)}: the next token is ${word(i)}, ${same} the greedy choice ${word(greedy)}.`;
}

/** "the 0.1, cat 0.2, …": one stage over the vocabulary. */
export function stageText(v: Vector): string {
  return v.map((q, i) => `${vocabulary[i]} ${show(q)}`).join(", ");
}
