import { z } from "zod";
import { multiHeadExamples } from "../../data/data-sets.ts";
import { sentenceProp } from "../attention-map/AttentionMapExample.schema.ts";
import { exampleId } from "../props.ts";

const names = Object.keys(multiHeadExamples) as [keyof typeof multiHeadExamples, ...(keyof typeof multiHeadExamples)[]];

/** Props of <MultiHeadExample>: several heads over one sentence, concatenated and projected by W_O. */
export const multiHeadExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The data set (tokens, X, each head's W_q, W_k, W_v, and W_O) to run. */
    example: z
      .enum(names)
      .describe(`the name of a multi-head data set in src/data/data-sets.ts: ${names.map((n) => `"${n}"`).join(", ")}`),
    /** The sentence to run through the data set's weights; its features come from the lexicon. */
    sentence: sentenceProp,
  })
  .strict();

export type MultiHeadExampleProps = z.infer<typeof multiHeadExampleSchema>;
