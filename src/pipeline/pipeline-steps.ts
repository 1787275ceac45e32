/**
 * The attention pipeline as the "Where am I" strip shows it: each step, the concept page that
 * teaches it, and where the other Foundations and Attention pages sit relative to the steps.
 * Labels use the notation's `_x` subscripts (typeset by withSubscripts), never a bare underscore.
 */

/** One step of the pipeline, in computation order. */
export interface PipelineStep {
  /** Stable id, e.g. "scores". */
  readonly id: string;
  /** What the strip shows, with `_x` for a subscript: "÷√d_k", "W_O". */
  readonly label: string;
  /** The label as a screen reader should say it, when the symbols would be read badly. */
  readonly spoken?: string;
  /** The concept page that teaches the step. */
  readonly slug: string;
  /** A section of that page (a heading id), when the step is one part of it. */
  readonly fragment?: string;
}

/** From the token embeddings to the output projection: the order a forward pass runs. */
export const PIPELINE_STEPS: readonly PipelineStep[] = [
  { id: "embeddings", label: "embeddings", slug: "token-embeddings" },
  { id: "qkv", label: "Q, K, V", slug: "qkv-projections" },
  { id: "scores", label: "scores", slug: "attention-scores" },
  { id: "scale", label: "÷√d_k", spoken: "divide by the square root of d sub k", slug: "scaled-scores" },
  { id: "softmax", label: "softmax", slug: "softmax" },
  { id: "weighted-sum", label: "weighted sum", slug: "weighted-sum-of-values" },
  { id: "heads", label: "heads", slug: "multi-head-attention" },
  { id: "output", label: "W_O", slug: "multi-head-attention", fragment: "side-by-side-then-wo" },
];

/** The categories whose pages show the strip. */
export const PIPELINE_CATEGORIES: readonly string[] = ["foundations", "attention"];

/**
 * Pages of those categories that are not a step of their own: the step they feed or belong to,
 * and a sentence that says how (shown under the strip, so the marker is never unexplained).
 */
export const NEAR_STEP: Readonly<Record<string, { readonly step: string; readonly note: string }>> = {
  "dot-product": { step: "scores", note: "This page is a building block: every score is one dot product." },
  "matrix-vector-projection": {
    step: "qkv",
    note: "This page is a building block: Q, K and V are each a row times a weight matrix.",
  },
  "self-attention-map": {
    step: "softmax",
    note: "This page draws the softmax weights of a whole sentence as one map.",
  },
  "causal-masking": { step: "softmax", note: "The mask is applied to the scaled scores, just before softmax." },
};

/** Where a page sits on the strip: the steps it is (marked as the current page), or the step it is near. */
export interface PipelinePlace {
  /** Ids of the steps this page teaches (two for the multi-head page: heads and W_O). */
  readonly current: readonly string[];
  /** The step a non-step page feeds, or null. */
  readonly near: string | null;
  /** Why a non-step page points at `near`, or null. */
  readonly note: string | null;
}

/** The place of concept `slug` on the strip; `current` empty and `near` null for an unrelated page. */
export function pipelinePlace(slug: string): PipelinePlace {
  const current = PIPELINE_STEPS.filter((step) => step.slug === slug).map((step) => step.id);
  const near = current.length === 0 ? NEAR_STEP[slug] : undefined;
  return { current, near: near?.step ?? null, note: near?.note ?? null };
}

/** Whether a page of this category shows the strip. */
export function showsPipeline(category: string): boolean {
  return PIPELINE_CATEGORIES.includes(category);
}
