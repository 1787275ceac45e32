import { z } from "zod";
import { exampleId } from "../props.ts";
import { DEFAULT_KEY_SIZES } from "./scaling-demo.ts";

/** What the √dₖ figure and its table both need to draw the same random numbers. */
const sampleFields = {
  /** Seed of the random generator: the same seed draws the same vectors on every visit. */
  seed: z
    .number()
    .int()
    .min(0)
    .max(2 ** 32 - 1)
    .describe("a whole number from 0 to 4294967295, e.g. {5}"),
  /** How many keys the query is scored against (bars per chart). */
  keys: z.number().int().min(2).max(8).default(8).describe("a whole number of keys from 2 to 8 (default 8)"),
  /** The key sizes dₖ on offer, smallest first. */
  keySizes: z
    .array(z.number().int().min(1).max(1024))
    .min(2)
    .max(8)
    .default(() => [...DEFAULT_KEY_SIZES])
    .describe("2–8 whole numbers from 1 to 1024 in increasing order, e.g. {[1, 4, 16, 64, 256, 1024]}"),
};

function checkIncreasing(sizes: readonly number[], ctx: z.RefinementCtx): void {
  if (sizes.every((size, k) => k === 0 || size > (sizes[k - 1] as number))) return;
  ctx.addIssue({ code: "custom", path: ["keySizes"], message: `key sizes must increase: ${sizes.join(", ")}` });
}

/** Props of <ScalingPlot>: softmax of random scores with and without dividing by √dₖ. */
export const scalingPlotSchema = z
  .object({
    /** Stable id used for links to this figure. */
    id: exampleId,
    ...sampleFields,
    /** The key size shown first, and to readers without JavaScript; one of keySizes. */
    keySize: z.number().int().default(64).describe("one of keySizes, e.g. {64} (default 64)"),
  })
  .strict()
  .superRefine((props, ctx) => {
    checkIncreasing(props.keySizes, ctx);
    if (!props.keySizes.includes(props.keySize)) {
      ctx.addIssue({
        code: "custom",
        path: ["keySize"],
        message: `${props.keySize} is not one of keySizes (${props.keySizes.join(", ")})`,
      });
    }
  });

/**
 * Props of <ScalingTable>: the same random numbers as a <ScalingPlot> with the same seed, keys and
 * key sizes, for every key size at once. Static: it ships no JavaScript.
 */
export const scalingTableSchema = z
  .object(sampleFields)
  .strict()
  .superRefine((props, ctx) => checkIncreasing(props.keySizes, ctx));

/** The props the figure draws from: every default filled in. */
export type ScalingPlotProps = z.output<typeof scalingPlotSchema>;
/** The props as written in MDX: keys, keySizes and keySize may be left out. */
export type ScalingPlotInput = z.input<typeof scalingPlotSchema>;
export type ScalingTableProps = z.input<typeof scalingTableSchema>;
