/** The zod schemas of the kv-sharing exercise kinds (kinds-kv-sharing.ts); server only, like every schema. */
import { z } from "zod";
import { HEAD_GROUP_LIMITS, PAGED_CACHE_LIMITS } from "../math/index.ts";

const whole = (range: { min: number; max: number }) => z.number().int().min(range.min).max(range.max);

/** The zod schemas of these kinds, for the <CheckYourself> props (the numbers' own checks are the solver's). */
export const kvSharingExerciseSchemas = [
  z
    .object({
      kind: z.literal("kv-head-for"),
      queryHeads: whole(HEAD_GROUP_LIMITS.queryHeads),
      kvHeads: whole(HEAD_GROUP_LIMITS.kvHeads),
      queryHead: whole({ min: 1, max: HEAD_GROUP_LIMITS.queryHeads.max }),
    })
    .strict(),
  z
    .object({
      kind: z.literal("paged-blocks"),
      sequences: whole(PAGED_CACHE_LIMITS.sequences),
      promptTokens: whole(PAGED_CACHE_LIMITS.promptTokens),
      generatedTokens: whole(PAGED_CACHE_LIMITS.generatedTokens),
      blockSize: whole(PAGED_CACHE_LIMITS.blockSize),
    })
    .strict(),
] as const;
