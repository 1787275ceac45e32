import { z } from "zod";
import { BASE_LIMITS, POSITION_LIMITS } from "../../math/index.ts";
import { exampleId } from "../props.ts";
import { SINUSOIDAL_SIZES as S, sinusoidalProblem } from "./sinusoidal-rules.ts";

/** Props of <SinusoidalExample>: the encodings of a few consecutive positions and their dot products. */
export const sinusoidalExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The first position shown. */
    first: z
      .number()
      .int()
      .min(POSITION_LIMITS.min)
      .max(POSITION_LIMITS.max)
      .describe(`a whole number from ${POSITION_LIMITS.min} to ${POSITION_LIMITS.max}, e.g. {0}`),
    /** How many consecutive positions. */
    count: z
      .number()
      .int()
      .min(S.minCount)
      .max(S.maxCount)
      .describe(`a whole number from ${S.minCount} to ${S.maxCount}, e.g. {5}`),
    /** The size of each encoding, even. */
    dModel: z
      .number()
      .int()
      .min(S.minModel)
      .max(S.maxModel)
      .describe(`an even whole number from ${S.minModel} to ${S.maxModel}, e.g. {4}`),
    /** The base of the wavelengths; 10000 in the paper. */
    base: z
      .number()
      .positive()
      .max(BASE_LIMITS.max)
      .describe(`a number greater than 0 and up to ${BASE_LIMITS.max}, e.g. {10000}`),
  })
  .strict()
  .superRefine((props, ctx) => {
    const problem = sinusoidalProblem(props);
    if (problem) ctx.addIssue({ code: "custom", path: [problem.field], message: problem.message });
  });

export type SinusoidalExampleProps = z.infer<typeof sinusoidalExampleSchema>;
