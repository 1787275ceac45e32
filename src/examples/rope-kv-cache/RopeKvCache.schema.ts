import { z } from "zod";
import { BASE_LIMITS, DEFAULT_POSITION_BASE, TOY_DECODER } from "../../math/index.ts";
import { exampleId } from "../props.ts";
import { OFFSETS } from "./RopeKvCache.editing.ts";

const words = TOY_DECODER.vocabulary;
const listed = words.map((w) => `"${w}"`).join(", ");

export { OFFSETS };

/**
 * Props of <RopeKvCache>: the KV cache stepper's props (prompt, steps, step) with RoPE on, its
 * base, and the position a decode step turns the new token at.
 */
export const ropeKvCacheSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The prompt, 2–5 words of the toy decoder's vocabulary; prefill caches all of them. */
    prompt: z
      .array(z.enum(words as [string, ...string[]]))
      .min(2)
      .max(5)
      .describe(`2–5 words from the toy vocabulary (${listed}), e.g. {["the", "cat", "sat"]}`),
    /** How many tokens to decode after prefill, 1–5. */
    steps: z.number().int().min(1).max(5).describe("a whole number of decode steps from 1 to 5, e.g. {3}"),
    /** The step shown first, 0 (after prefill) … steps. */
    step: z.number().int().min(0).max(5).default(0).describe("a whole number from 0 to steps (default 0)"),
    /** θᵢ = base^(−2i/d); 10000 in the RoFormer paper. */
    base: z
      .number()
      .positive()
      .max(BASE_LIMITS.max)
      .default(DEFAULT_POSITION_BASE)
      .describe(`a number greater than 0 and up to ${BASE_LIMITS.max} (default ${DEFAULT_POSITION_BASE})`),
    /** "wrong" turns each decoded token as if it sat at position 0: the bug the check catches. */
    offset: z.enum(OFFSETS).default("right").describe(`"right" (default) or "wrong"`),
  })
  .strict()
  .superRefine((props, ctx) => {
    if (props.step > props.steps)
      ctx.addIssue({
        code: "custom",
        path: ["step"],
        message: `step ${props.step} is past the last step (${props.steps})`,
      });
  });

/** The props with defaults filled in. */
export type RopeKvCacheProps = z.infer<typeof ropeKvCacheSchema>;
/** The props as written in MDX. */
export type RopeKvCacheInput = z.input<typeof ropeKvCacheSchema>;
