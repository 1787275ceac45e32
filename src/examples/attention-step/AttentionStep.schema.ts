import { z } from "zod";
import { singleHeadExamples } from "../../data/data-sets.ts";
import { exampleId } from "../props.ts";
import { sentenceProp, singleHeadExampleName } from "../attention-map/AttentionMapExample.schema.ts";

/** The steps of one head's pass, in order: X → Q, K, V → scores → scaled → weights → output. */
export const ATTENTION_STEPS = ["queries", "keys", "values", "scores", "scaled", "weights", "output"] as const;

export type AttentionStepName = (typeof ATTENTION_STEPS)[number];

/** Props of <AttentionStep>: one step of attention over a named data set, every entry inspectable. */
export const attentionStepSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The data set (tokens, X, W_q, W_k, W_v) to run. */
    example: singleHeadExampleName,
    /** The sentence to run through the data set's weights; its features come from the lexicon. */
    sentence: sentenceProp,
    /** Which step to show: its inputs, its result, and how each entry of the result is made. */
    step: z.enum(ATTENTION_STEPS).describe(`one of ${ATTENTION_STEPS.map((s) => `"${s}"`).join(", ")}`),
    /** The query token whose row the text alternative works out (its strongest key, for scores and weights); the first token when left out. */
    focus: z.string().optional().describe('one of the example\'s tokens, e.g. "sat" (or leave it out)'),
    /**
     * The id of the self-attention map on the same page whose sentence this step follows: a
     * sentence typed into either shows in both, and one link parameter carries it.
     */
    follows: exampleId
      .optional()
      .describe('the id of an <AttentionMapExample> of the same data set on this page, e.g. "cat-sat-map"'),
  })
  .strict()
  .superRefine((props, ctx) => {
    const tokens = props.sentence ?? singleHeadExamples[props.example].tokens;
    if (props.focus !== undefined && !tokens.includes(props.focus)) {
      ctx.addIssue({
        code: "custom",
        path: ["focus"],
        message: `"${props.focus}" is not a word of the sentence (${tokens.join(", ")})`,
      });
    }
  });

export type AttentionStepProps = z.infer<typeof attentionStepSchema>;
