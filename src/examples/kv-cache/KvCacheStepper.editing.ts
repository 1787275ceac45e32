/**
 * What a learner may change in the KV cache step-through, the rules the values keep, and how the
 * inspected number is written in a link: the example's spec for its frame (src/frame/spec.ts,
 * src/frame/url-state.ts).
 */
import { TOY_DECODER } from "../../math/index.ts";
import { counted } from "../../math/parse-values.ts";
import type { ExampleSpec } from "../../frame/spec.ts";
import { kvTargetCodec, type KvCacheValues } from "./KvCacheTarget.ts";

const vocabulary = TOY_DECODER.vocabulary;

/**
 * What a learner may change: the prompt (2–5 words of the toy vocabulary, typed or with the size
 * buttons) and the number of decode steps in the editor, the step with the step buttons; the step
 * of an old `?step=3` link is still read. The inspected number is written as in kvTargetCodec.
 */
export const kvCacheStepperSpec: ExampleSpec<KvCacheValues> = {
  fields: [
    { kind: "words", key: "prompt", name: "prompt", length: "words", min: 2, max: 5, vocabulary },
    { kind: "whole", key: "steps", name: "decode steps", min: 1, max: 5 },
    { kind: "whole", key: "step", name: "step", min: 0, max: 5 },
  ],
  sizes: {
    // An added word continues the vocabulary's order: “the cat sat” grows to “the cat sat on”.
    words: { label: "prompt words", min: 2, max: 5, newWord: (count) => vocabulary[(count - 1) % vocabulary.length]! },
  },
  check: ({ step, steps }) => checkStep(step, steps),
  inspect: kvTargetCodec,
  legacyParams: { step: "step" },
  // Stepping shows another moment of the page's own run, not other numbers.
  viewFields: ["step"],
};

/** A message when `step` is past the last of `steps` decode steps, else null. */
export function checkStep(step: number, steps: number): string | null {
  return step <= steps
    ? null
    : `Step ${step} is past the last step: this example decodes ${counted(steps, "token")}, so its steps go from 0 (after prefill) to ${steps}.`;
}
