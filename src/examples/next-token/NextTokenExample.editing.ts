/**
 * What a learner may change in the next-token example: the prompt (words of the toy decoder's
 * vocabulary), T, k, p and the seed, each within the math module's limits; and how the inspected
 * number is written in a link ("stage:0,column", e.g. "prob:0,5").
 */
import {
  chooseNext,
  prefill,
  SEED_LIMITS,
  TEMPERATURE_LIMITS,
  TOP_P_LIMITS,
  TOY_DECODER,
  type NextTokenChoice,
  type Vector,
} from "../../math/index.ts";
import { refusalSentence } from "../../frame/limit-message.ts";
import { partCellCodec, type PartCell } from "../../frame/part-codec.ts";
import type { ExampleSpec, Values } from "../../frame/spec.ts";
import type { NextTokenExampleProps } from "./NextTokenExample.schema.ts";

const vocabulary = TOY_DECODER.vocabulary;

/** What a learner may change. */
export type NextTokenValues = Pick<NextTokenExampleProps, "prompt" | "temperature" | "k" | "p" | "seed">;

/**
 * The stages, each a row over the vocabulary: logits z, z / T (absent at T = 0), the probabilities,
 * after top-k, after top-p, and the running sums the draw reads.
 */
export type NextStage = "logit" | "scaled" | "prob" | "topk" | "topp" | "cum";
export type NextTarget = PartCell<NextStage>;

/** Everything the example shows for these values. */
export interface NextTokenRun {
  readonly logits: Vector;
  readonly choice: NextTokenChoice;
  /** The greedy token (T = 0): the largest logit. */
  readonly greedy: number;
}

/** The run for these values, or the sentence saying why they are refused. */
export function runNextToken(values: Values<NextTokenValues>): { run: NextTokenRun } | { refusal: string } {
  try {
    const ids = values.prompt.map((w) => vocabulary.indexOf(w));
    const { logits, next } = prefill(TOY_DECODER, ids);
    const choice = chooseNext(logits, { temperature: values.temperature, k: values.k, p: values.p, seed: values.seed });
    return { run: { logits, choice, greedy: next } };
  } catch (error) {
    return { refusal: refusalSentence(error) };
  }
}

const row = (present: (v: Values<NextTokenValues>) => boolean) => (v: Values<NextTokenValues>) =>
  present(v) ? ([1, vocabulary.length] as const) : null;

/** The fields, in the math module's limits; a refused value names its field and keeps the last valid state. */
export const nextTokenSpec: ExampleSpec<NextTokenValues> = {
  fields: [
    { kind: "words", key: "prompt", name: "prompt", min: 1, max: 5, vocabulary },
    { kind: "number", key: "temperature", name: "the temperature T", ...TEMPERATURE_LIMITS },
    { kind: "whole", key: "k", name: "top-k’s k", min: 1, max: vocabulary.length },
    { kind: "number", key: "p", name: "top-p’s p", ...TOP_P_LIMITS },
    { kind: "whole", key: "seed", name: "the seed", ...SEED_LIMITS },
  ],
  check: (values) => {
    const result = runNextToken(values);
    return "refusal" in result ? result.refusal : null;
  },
  inspect: partCellCodec<NextStage, NextTokenValues>(
    {
      logit: row(() => true),
      scaled: row((v) => v.temperature > 0),
      prob: row(() => true),
      topk: row(() => true),
      topp: row(() => true),
      cum: row(() => true),
    },
    "prob:0,5",
  ),
};
