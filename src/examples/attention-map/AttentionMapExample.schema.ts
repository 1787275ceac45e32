import { z } from "zod";
import { singleHeadExamples } from "../../data/data-sets.ts";
import { MAX_WORDS, MIN_WORDS, readSentence } from "../../data/lexicon.ts";
import { exampleId } from "../props.ts";

const names = Object.keys(singleHeadExamples) as [
  keyof typeof singleHeadExamples,
  ...(keyof typeof singleHeadExamples)[],
];

/** Which hand-made data set to run: a name from src/data/data-sets.ts. */
export const singleHeadExampleName = z
  .enum(names)
  .describe(`the name of a data set in src/data/data-sets.ts: ${names.map((n) => `"${n}"`).join(", ")}`);

/**
 * A sentence of MIN_WORDS to MAX_WORDS words, each as readWords accepts it. Left out in MDX: the
 * example uses its data set's tokens (the learner may then type their own).
 */
export const sentenceProp = z
  .array(z.string())
  .superRefine((words, ctx) => {
    const read = readSentence(words.join(" "));
    if (!read.ok) ctx.addIssue({ code: "custom", message: read.message });
    else if (read.value.length !== words.length)
      ctx.addIssue({ code: "custom", message: "each entry must be one word" });
  })
  .optional()
  .describe(
    `${MIN_WORDS}–${MAX_WORDS} words, e.g. {["the", "dog", "ran"]} (or leave it out for the data set's own sentence)`,
  );

/** Props of <AttentionMapExample>: the attention map of one head over a sentence. */
export const attentionMapExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The data set (tokens, X, W_q, W_k, W_v) whose weights the map shows. */
    example: singleHeadExampleName,
    /** The sentence to run through the data set's weights; its features come from the lexicon. */
    sentence: sentenceProp,
  })
  .strict();

export type AttentionMapExampleProps = z.infer<typeof attentionMapExampleSchema>;
