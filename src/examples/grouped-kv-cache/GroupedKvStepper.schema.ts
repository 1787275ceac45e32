import { z } from "zod";
import { TOY_DECODER, TOY_QUERY_HEADS } from "../../math/index.ts";
import { headCountProblem } from "../../text/head-sharing.ts";
import { exampleId } from "../props.ts";
import { GROUPED_STEPPER_LIMITS as LIMITS } from "./GroupedKvStepper.editing.ts";
import { checkStep } from "../kv-cache/KvCacheStepper.editing.ts";

const words = TOY_DECODER.vocabulary;
const listed = words.map((w) => `"${w}"`).join(", ");
const { promptWords, steps } = LIMITS;

/** Props of <GroupedKvStepper>: the toy decoder with 4 query heads prefills a prompt, then decodes step by step. */
export const groupedKvStepperSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The prompt, words of the toy decoder's vocabulary; prefill caches all of them. */
    prompt: z
      .array(z.enum(words as [string, ...string[]]))
      .min(promptWords.min)
      .max(promptWords.max)
      .describe(
        `${promptWords.min}–${promptWords.max} words from the toy vocabulary (${listed}), e.g. {["the", "cat", "sat"]}`,
      ),
    /** How many tokens to decode after prefill; the step control runs from 0 to this. */
    steps: z
      .number()
      .int()
      .min(steps.min)
      .max(steps.max)
      .describe(`a whole number of decode steps from ${steps.min} to ${steps.max}, e.g. {3}`),
    /** The step shown first, 0 (after prefill) … steps; a link may choose another. */
    step: z.number().int().min(0).max(steps.max).default(0).describe("a whole number from 0 to steps (default 0)"),
    /** KV heads the 4 query heads share: 4 (MHA), 2 (GQA) or 1 (MQA); the switch changes it. */
    kvHeads: z
      .number()
      .int()
      .min(1)
      .max(TOY_QUERY_HEADS)
      .default(2)
      .describe(`the number of KV heads, 1 to ${TOY_QUERY_HEADS}, dividing ${TOY_QUERY_HEADS} (default 2)`),
  })
  .strict()
  .superRefine((props, ctx) => {
    const heads = headCountProblem(TOY_QUERY_HEADS, props.kvHeads);
    if (heads !== null) ctx.addIssue({ code: "custom", path: ["kvHeads"], message: heads });
    const step = checkStep(props.step, props.steps);
    if (step !== null) ctx.addIssue({ code: "custom", path: ["step"], message: step });
  });

/** The props the stepper receives: `step` and `kvHeads` filled in. */
export type GroupedKvStepperProps = z.infer<typeof groupedKvStepperSchema>;
/** The props as written in MDX: `step` and `kvHeads` may be left out. */
export type GroupedKvStepperInput = z.input<typeof groupedKvStepperSchema>;
