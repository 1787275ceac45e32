/**
 * What a learner may change in a step of single-head attention, the rules the values keep, and how
 * the inspected number is written in a link: the example's spec for its frame (src/frame/spec.ts,
 * src/frame/url-state.ts).
 */
import { singleHeadExamples } from "../../data/data-sets.ts";
import type { ExampleSpec } from "../../frame/spec.ts";
import { cellCodec } from "../../frame/url-state.ts";
import { sentenceSpec, type SentenceValues } from "../attention-map/attention-map-sentence.ts";
import type { AttentionStepProps } from "./AttentionStep.schema.ts";

/** What each step's inspectable result is called in a link's message. */
const RESULT_NAMES = {
  queries: "Q",
  keys: "K",
  values: "V",
  scores: "the scores S",
  scaled: "the scaled scores",
  weights: "the weights A",
  output: "the output O",
} as const;

/**
 * The entry a step inspects, as "row,column" of its result: Q, K or V (one column per column of
 * the weights), the scores, scaled scores or weights (one column per word), or the output.
 */
export function attentionStepSpec({
  example,
  step,
  follows,
}: Pick<AttentionStepProps, "example" | "step" | "follows">): ExampleSpec<SentenceValues> {
  const data = singleHeadExamples[example];
  const columns = (words: number): number => {
    if (step === "queries") return data.Wq[0]!.length;
    if (step === "keys") return data.Wk[0]!.length;
    if (step === "values" || step === "output") return data.Wv[0]!.length;
    return words;
  };
  const spec = sentenceSpec(
    cellCodec<SentenceValues>(RESULT_NAMES[step], ({ sentence }) => [sentence.length, columns(sentence.length)]),
  );
  // A step that follows the map shares its sentence (src/frame/shared-edits.ts).
  return follows ? { ...spec, shares: follows } : spec;
}
