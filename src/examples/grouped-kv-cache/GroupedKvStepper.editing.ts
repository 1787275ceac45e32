/**
 * What a learner may change in the grouped step-through, the rules the values keep, and how the
 * inspected number is written in a link: the example's spec for its frame (src/frame/spec.ts).
 */
import { TOY_DECODER, TOY_QUERY_HEADS, type WholeRange } from "../../math/index.ts";
import type { ExampleSpec } from "../../frame/spec.ts";
import { headCountProblem } from "../../text/head-sharing.ts";
import { checkStep } from "../kv-cache/KvCacheStepper.editing.ts";
import { groupedTargetCodec, type GroupedKvValues } from "./GroupedKvTarget.ts";

/** The prompt's words and the decode steps the step-through takes (the schema uses them too). */
export const GROUPED_STEPPER_LIMITS: Readonly<{ promptWords: WholeRange; steps: WholeRange }> = {
  promptWords: { min: 2, max: 5 },
  steps: { min: 1, max: 5 },
};

const vocabulary = TOY_DECODER.vocabulary;
const { promptWords, steps } = GROUPED_STEPPER_LIMITS;

/**
 * What a learner may change: the prompt and the number of decode steps in the editor, the step
 * with the step buttons, and the KV heads with the MHA / GQA / MQA switch (a link may ask for any
 * count; one that does not divide the 4 query heads is refused in plain words).
 */
export const groupedKvStepperSpec: ExampleSpec<GroupedKvValues> = {
  fields: [
    { kind: "words", key: "prompt", name: "prompt", length: "words", ...promptWords, vocabulary },
    { kind: "whole", key: "steps", name: "decode steps", ...steps },
    { kind: "whole", key: "step", name: "step", min: 0, max: steps.max },
    { kind: "whole", key: "kvHeads", name: "KV heads", min: 1, max: TOY_QUERY_HEADS },
  ],
  sizes: {
    words: {
      label: "prompt words",
      ...promptWords,
      newWord: (count) => vocabulary[(count - 1) % vocabulary.length]!,
    },
  },
  check: ({ kvHeads, step, steps: last }) => headCountProblem(TOY_QUERY_HEADS, kvHeads) ?? checkStep(step, last),
  inspect: groupedTargetCodec,
};
