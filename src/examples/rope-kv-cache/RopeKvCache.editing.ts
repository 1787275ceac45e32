/**
 * What a learner may change in the RoPE + KV cache step-through, and how the inspected number is
 * written in a link: the KV cache stepper's fields plus the base and the offset switch.
 */
import { BASE_LIMITS, runKvCache, TOY_DECODER, type KvCacheRun } from "../../math/index.ts";
import type { ExampleSpec, Values } from "../../frame/spec.ts";
import { checkStep, kvCacheStepperSpec } from "../kv-cache/KvCacheStepper.editing.ts";
import { kvTargetCodecFor, type KvCacheValues } from "../kv-cache/KvCacheTarget.ts";

/**
 * How a decode step turns the new token: at its own position, or at 0 (the offset bug). Kept here,
 * not in the schema, so that the island code never loads zod.
 */
export const OFFSETS = ["right", "wrong"] as const;

/** The stepper's values, the base, and the offset as the one-word field `offset`. */
export interface RopeKvCacheValues extends KvCacheValues {
  readonly base: number;
  readonly offset: readonly string[];
}

/**
 * The run the values describe: the toy decoder with RoPE at `base`, the offset bug on for
 * "wrong"; null when the values describe no run.
 */
export function ropeRunOf({ prompt, steps, base, offset }: Values<RopeKvCacheValues>): KvCacheRun | null {
  try {
    return runKvCache(TOY_DECODER, [...prompt], steps, { rope: { base, wrongOffset: offset[0] === "wrong" } });
  } catch {
    return null;
  }
}

/**
 * The stepper's prompt, decode steps and step, the base (greater than 0, up to BASE_LIMITS.max)
 * and the offset ("right" or "wrong", set by the example's switch or in a link, `?id.offset=wrong`).
 */
export const ropeKvCacheSpec: ExampleSpec<RopeKvCacheValues> = {
  fields: [
    ...kvCacheStepperSpec.fields,
    { kind: "number", key: "base", name: "base", min: 0, max: BASE_LIMITS.max, minInclusive: false },
    { kind: "words", key: "offset", name: "offset", min: 1, max: 1, vocabulary: OFFSETS },
  ],
  sizes: kvCacheStepperSpec.sizes,
  check: ({ step, steps }) => checkStep(step, steps),
  inspect: kvTargetCodecFor<RopeKvCacheValues>(ropeRunOf),
};
