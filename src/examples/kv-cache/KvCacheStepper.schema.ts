import { z } from "zod";
import { TOY_DECODER } from "../../math/index.ts";
import { exampleId } from "../props.ts";

const words = TOY_DECODER.vocabulary;
const listed = words.map((w) => `"${w}"`).join(", ");

/** Props of <KvCacheStepper>: the toy decoder prefills a prompt, then decodes step by step. */
export const kvCacheStepperSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The prompt, 2–5 words of the toy decoder's vocabulary; prefill caches all of them. */
    prompt: z
      .array(z.enum(words as [string, ...string[]]))
      .min(2)
      .max(5)
      .describe(`2–5 words from the toy vocabulary (${listed}), e.g. {["the", "cat", "sat"]}`),
    /** How many tokens to decode after prefill, 1–5; the step control runs from 0 to this. */
    steps: z.number().int().min(1).max(5).describe("a whole number of decode steps from 1 to 5, e.g. {4}"),
    /** The step shown first, 0 (after prefill) … steps; a link may choose another. */
    step: z.number().int().min(0).max(5).default(0).describe("a whole number from 0 to steps (default 0)"),
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

/** The props the stepper receives: `step` filled in. */
export type KvCacheStepperProps = z.infer<typeof kvCacheStepperSchema>;
/** The props as written in MDX: `step` may be left out. */
export type KvCacheStepperInput = z.input<typeof kvCacheStepperSchema>;
