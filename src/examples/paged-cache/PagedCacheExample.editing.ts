/**
 * What a learner may change in the paged-cache example and the rules the values keep: the
 * example's spec for its frame (src/frame/spec.ts). The limits are the math's (PAGED_CACHE_LIMITS).
 */
import { PAGED_CACHE_LIMITS, prefixSharing, type PrefixSharingInput } from "../../math/index.ts";
import type { ExampleSpec, Values } from "../../frame/spec.ts";
import { cellCodec } from "../../frame/url-state.ts";

/** The example's values: the scenario and the step shown. */
export interface PagedCacheValues extends PrefixSharingInput {
  readonly step: number;
}

/** The block tables are drawn up to this many sequences and logical blocks; the counts go further. */
export const DRAWN_LIMITS = { sequences: 8, blocks: 16 } as const;

/**
 * The scenario's problem in one sentence naming the field ("The block size B must be a whole
 * number from 1 to 10 (…); received 12."), or null when prefixSharing accepts it.
 */
export function pagedProblem(input: PrefixSharingInput): string | null {
  try {
    prefixSharing(input);
    return null;
  } catch (error) {
    const text = (error as Error).message.replace(/^\w+: /, "");
    return text.charAt(0).toUpperCase() + text.slice(1);
  }
}

/** Null when the step is one of 0 … new tokens, else the sentence saying so. */
export function checkPagedStep(step: number, generatedTokens: number): string | null {
  return step <= generatedTokens
    ? null
    : `Step ${step} is past the last step: each sequence generates ${generatedTokens} new tokens, so the steps go from 0 (after prefill) to ${generatedTokens}.`;
}

const { sequences, promptTokens, generatedTokens, blockSize, maxLength } = PAGED_CACHE_LIMITS;

/** Block tables are sequences × logical blocks: the inspected entry is "sequence,block" in a link. */
const tableShape = (v: Values<PagedCacheValues>): [number, number] => {
  const length = v.promptTokens + v.step;
  return [v.sequences, Math.ceil(length / v.blockSize)];
};

/** The fields, each within the math's limits; the step moves with the step buttons. */
export const pagedCacheSpec: ExampleSpec<PagedCacheValues> = {
  fields: [
    { kind: "whole", key: "sequences", name: "number of sequences", ...sequences },
    { kind: "whole", key: "promptTokens", name: "prompt tokens P", ...promptTokens },
    { kind: "whole", key: "generatedTokens", name: "new tokens per sequence", ...generatedTokens },
    { kind: "whole", key: "blockSize", name: "block size B", ...blockSize },
    { kind: "whole", key: "maxLength", name: "reserved length L", ...maxLength },
    { kind: "whole", key: "step", name: "step", min: 0, max: generatedTokens.max },
  ],
  check: (v) => pagedProblem(v) ?? checkPagedStep(v.step, v.generatedTokens),
  inspect: cellCodec("the block tables", tableShape),
};
