import { z } from "zod";
import { MAX_WORDS, MIN_WORDS, readSentence } from "../../data/lexicon.ts";
import { exampleId } from "../props.ts";
import { swapProblem } from "./order-shuffle-rules.ts";

/** A sentence of MIN_WORDS to MAX_WORDS words, each as the learner's typed words are read. */
const sentence = z
  .array(z.string())
  .superRefine((words, ctx) => {
    const read = readSentence(words.join(" "));
    if (!read.ok) ctx.addIssue({ code: "custom", message: read.message });
    else if (read.value.length !== words.length)
      ctx.addIssue({ code: "custom", message: "each entry must be one word" });
  })
  .describe(`${MIN_WORDS}–${MAX_WORDS} words, e.g. {["The", "cat", "sat", "on", "the", "mat"]}`);

/** A position in the sentence: a whole number from 0 to MAX_WORDS − 1. */
const position = z
  .number()
  .int()
  .min(0)
  .max(MAX_WORDS - 1)
  .describe(`a position in the sentence, a whole number from 0 to ${MAX_WORDS - 1}, e.g. {1}`);

/** Props of <OrderShuffleExample>: one head over a sentence with no positions, before and after two words swap. */
export const orderShuffleExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The sentence (its features come from the word list, without any column for position). */
    sentence,
    /** The position of the first word to swap, counted from 0. */
    a: position,
    /** The position of the word it swaps with; equal to a for no swap. */
    b: position,
  })
  .strict()
  .superRefine((props, ctx) => {
    const problem = swapProblem(props);
    if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  });

export type OrderShuffleExampleProps = z.infer<typeof orderShuffleExampleSchema>;
