import { z } from "zod";
import { DEFAULT_NORM_EPSILON } from "../../math/index.ts";
import { MIN_MAGNITUDE } from "../../math/parse-values.ts";
import { exampleId, MAX_SIZE, row } from "../props.ts";

import { MIN_COMPONENTS } from "./NormExample.editing.ts";

export { MIN_COMPONENTS };

const components = `${MIN_COMPONENTS}–${MAX_SIZE}`;

/** Props of <NormExample>: layer norm and RMSNorm of the same row, side by side. */
export const normExampleSchema = z
  .object({
    /** Stable id used for links to this example. */
    id: exampleId,
    /** The row to normalise (one token's numbers), MIN_COMPONENTS–MAX_SIZE of them. */
    x: row(MIN_COMPONENTS).describe(`a row of ${components} numbers, e.g. {[8, 2, 2, 0]}`),
    /** The gain γ, one number per component of x; both norms multiply by it. */
    gain: row(MIN_COMPONENTS).describe("a row with one gain per component of x, e.g. {[1, 1, 2, 1]}"),
    /** The bias β, one number per component of x; only layer norm adds it. */
    bias: row(MIN_COMPONENTS).describe("a row with one bias per component of x, e.g. {[0, 1, 0, 0]}"),
    /** ε, added under the square root so a row of equal numbers never divides by 0. */
    epsilon: z
      .number()
      .min(MIN_MAGNITUDE)
      .max(1)
      .default(DEFAULT_NORM_EPSILON)
      .describe(`a small positive number from ${MIN_MAGNITUDE} to 1 (default ${DEFAULT_NORM_EPSILON})`),
  })
  .strict()
  .superRefine((props, ctx) => {
    for (const key of ["gain", "bias"] as const) {
      if (props[key].length === props.x.length) continue;
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: `x has ${props.x.length} components but ${key} has ${props[key].length}; give one ${key} per component`,
      });
    }
  });

/** The props the view receives: ε filled in. */
export type NormExampleProps = z.infer<typeof normExampleSchema>;
/** The props as written in MDX: ε may be left out. */
export type NormExampleInput = z.input<typeof normExampleSchema>;
