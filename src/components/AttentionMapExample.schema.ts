import { z } from "zod";
import { singleHeadExamples } from "../content-data/examples.ts";
import { exampleId } from "./ProjectionExample.schema.ts";

const names = Object.keys(singleHeadExamples) as [keyof typeof singleHeadExamples, ...(keyof typeof singleHeadExamples)[]];

/** Which hand-made data set to run: a name from src/content-data/examples.ts. */
export const singleHeadExampleName = z
  .enum(names)
  .describe(`the name of a data set in src/content-data/examples.ts: ${names.map((n) => `"${n}"`).join(", ")}`);

/** Props of <AttentionMapExample>: the attention map of one head over a sentence. */
export const attentionMapExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The data set (tokens, X, W_q, W_k, W_v) whose weights the map shows. */
    example: singleHeadExampleName,
  })
  .strict();

export type AttentionMapExampleProps = z.infer<typeof attentionMapExampleSchema>;
