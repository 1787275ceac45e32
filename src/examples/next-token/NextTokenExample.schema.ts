import { z } from "zod";
import { SEED_LIMITS, TEMPERATURE_LIMITS, TOP_P_LIMITS, TOY_DECODER } from "../../math/index.ts";
import { exampleId } from "../props.ts";

const vocabulary = TOY_DECODER.vocabulary;

/**
 * Props of <NextTokenExample>: the toy decoder's logits after a prompt, turned into the next token
 * by temperature T, top-k, top-p and one draw from a seeded generator, beside the greedy choice.
 */
export const nextTokenExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The prompt, 1–5 words of the toy decoder's vocabulary. */
    prompt: z
      .array(z.enum(vocabulary as unknown as [string, ...string[]]))
      .min(1)
      .max(5)
      .describe(`1–5 words from ${vocabulary.join(", ")}, e.g. {["the", "cat", "sat"]}`),
    /** T, 0 (greedy) … 100. */
    temperature: z
      .number()
      .min(TEMPERATURE_LIMITS.min)
      .max(TEMPERATURE_LIMITS.max)
      .describe("a number from 0 to 100, e.g. {1}"),
    /** Keep the k most probable tokens, 1 … vocabulary size (the whole vocabulary: no top-k). */
    k: z.number().int().min(1).max(vocabulary.length).describe(`a whole number from 1 to ${vocabulary.length}`),
    /** Keep the smallest most-probable set reaching p, 0 < p ≤ 1 (1: no top-p). */
    p: z
      .number()
      .gt(TOP_P_LIMITS.min)
      .max(TOP_P_LIMITS.max)
      .describe("a number greater than 0 and at most 1, e.g. {0.9}"),
    /** Seed of the generator that draws u. */
    seed: z.number().int().min(SEED_LIMITS.min).max(SEED_LIMITS.max).describe("a whole number, e.g. {42}"),
  })
  .strict();

export type NextTokenExampleProps = z.infer<typeof nextTokenExampleSchema>;
