import { z } from "zod";
import { CACHE_PRESETS } from "../../math/index.ts";
import { exampleId } from "../props.ts";

const presetIds = CACHE_PRESETS.map((preset) => preset.id) as [string, ...string[]];

/** Props of <CacheSizeCalculator>: the KV cache size of a model, from six numbers. */
export const cacheSizeCalculatorSchema = z
  .object({
    /** Stable id used for links to this calculator. */
    id: exampleId,
    /** The published configuration filled in first, and shown to readers without JavaScript. */
    preset: z
      .enum(presetIds)
      .default("llama2-7b")
      .describe(`one of ${presetIds.map((id) => `"${id}"`).join(", ")} (default "llama2-7b")`),
  })
  .strict();

export type CacheSizeCalculatorProps = z.input<typeof cacheSizeCalculatorSchema>;
