import { z } from "zod";
import { PAGED_CACHE_LIMITS } from "../../math/index.ts";
import { exampleId } from "../props.ts";
import { checkPagedStep, pagedProblem } from "./PagedCacheExample.editing.ts";

const whole = (range: { min: number; max: number }, what: string, example: number) =>
  z
    .number()
    .int()
    .min(range.min)
    .max(range.max)
    .describe(`${what}, a whole number from ${range.min} to ${range.max}, e.g. {${example}}`);

const L = PAGED_CACHE_LIMITS;

/** Props of <PagedCacheExample>: S sequences share a P-token prompt in a paged cache, then each generates tokens. */
export const pagedCacheExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** S, the sequences sampled from the prompt. */
    sequences: whole(L.sequences, "the number of sequences", 2),
    /** P, the prompt's tokens, written once by prefill. */
    promptTokens: whole(L.promptTokens, "the prompt length P", 6),
    /** New tokens each sequence generates after the prompt; the steps run from 0 to this. */
    generatedTokens: whole(L.generatedTokens, "the new tokens per sequence", 4),
    /** B, tokens per block, at most P plus the new tokens. */
    blockSize: whole(L.blockSize, "the block size B", 4),
    /** L, the tokens a contiguous cache would reserve per sequence, at least P plus the new tokens. */
    maxLength: whole(L.maxLength, "the reserved length L", 16),
    /** The step shown first (0, after prefill, when left out). */
    step: z
      .number()
      .int()
      .min(0)
      .max(L.generatedTokens.max)
      .default(0)
      .describe("a whole number from 0 to generatedTokens"),
  })
  .strict()
  .superRefine((props, ctx) => {
    const problem = pagedProblem(props);
    if (problem !== null) ctx.addIssue({ code: "custom", path: ["blockSize"], message: problem });
    const step = checkPagedStep(props.step, props.generatedTokens);
    if (step !== null) ctx.addIssue({ code: "custom", path: ["step"], message: step });
  });

/** The props the example receives, `step` filled in. */
export type PagedCacheExampleProps = z.infer<typeof pagedCacheExampleSchema>;
/** The props as written in MDX: `step` may be left out. */
export type PagedCacheExampleInput = z.input<typeof pagedCacheExampleSchema>;
