import { z } from "zod";
import { shapeOf, tokenIds } from "../../math/index.ts";
import { exampleId, labels, matrix, SIZES } from "../props.ts";

/** Props of <EmbeddingLookup>: a sentence becomes X, one row of the embedding table E per token. */
export const embeddingLookupSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The vocabulary: every word the table knows, each once; word k owns row k of E. */
    vocabulary: labels.describe(`${SIZES} different words, e.g. {["the", "cat", "sat"]}`),
    /** The embedding table E: one row per vocabulary word, d_model columns. */
    E: matrix.describe("one row of numbers per vocabulary word, e.g. {[[1, 0], [0, 2], [2, 1]]}"),
    /** The sentence, one vocabulary word per token, in order. */
    tokens: labels.describe(`${SIZES} words from the vocabulary, e.g. {["the", "cat", "sat"]}`),
  })
  .strict()
  .superRefine((props, ctx) => {
    const fail = (path: string, message: string) => ctx.addIssue({ code: "custom", path: [path], message });
    const repeated = props.vocabulary.find((word, k) => props.vocabulary.indexOf(word) !== k);
    if (repeated !== undefined)
      return fail("vocabulary", `"${repeated}" appears twice; each word gets exactly one row`);
    try {
      shapeOf(props.E);
    } catch (error) {
      return fail("E", (error as Error).message);
    }
    if (props.E.length !== props.vocabulary.length) {
      return fail(
        "E",
        `E has ${props.E.length} rows for ${props.vocabulary.length} vocabulary words; give one row per word`,
      );
    }
    try {
      tokenIds(props.vocabulary, props.tokens);
    } catch (error) {
      fail("tokens", (error as Error).message);
    }
  });

export type EmbeddingLookupProps = z.infer<typeof embeddingLookupSchema>;
